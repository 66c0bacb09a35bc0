/**
 * The office's setting on the activities page: who confirms the activities faculty members record
 * (nobody, the faculty's dean, the international office). The office reads it; administrators
 * change it, against the version read (a stale change shows the current setting).
 */
import { signal } from '@preact/signals';
import { ACTIVITY_CONFIRMERS, type ActivityConfirmationSetting, type ActivityConfirmer } from '../../../shared/schemas/activity';
import { api } from '../api';
import { SubmitButton } from '../components/buttons';
import { Field } from '../components/field';
import { MessageBox, type Message } from '../components/message-box';
import { t } from '../i18n/live';

const choiceWord = (c: ActivityConfirmer) => t(`activities.setting.${c}`);

export function confirmationSetting() {
  const current = signal<ActivityConfirmationSetting | undefined>(undefined);
  const choice = signal<ActivityConfirmer>('nobody');
  const said = signal<Message | undefined>(undefined);
  const busy = signal(false);

  async function load(): Promise<void> {
    try {
      const answer = await api('GET /settings/activity-confirmation');
      if (answer.ok) {
        current.value = answer.data;
        choice.value = answer.data.confirmer;
      }
    } catch {
      /* offline: the page says so for its list; the setting is simply not shown */
    }
  }

  async function save(): Promise<void> {
    const read = current.value;
    if (!read) return;
    busy.value = true;
    try {
      const answer = await api('PUT /settings/activity-confirmation', { body: { confirmer: choice.value, version: read.version } });
      if (answer.ok) {
        current.value = answer.data;
        const saved = answer.data.confirmer;
        said.value = { text: () => t('activities.settingSaved', { choice: choiceWord(saved) }), tone: 'ok' };
      } else if (answer.status === 409 && answer.data.setting) {
        // The conflict's schema mixes the two zod flavours, which widens its type: it is the stored setting.
        const now = answer.data.setting as ActivityConfirmationSetting;
        current.value = now;
        choice.value = now.confirmer;
        said.value = { text: () => t('activities.settingChanged'), tone: 'warn' };
      } else {
        said.value = { text: () => t('activities.failed', { status: String(answer.status) }), tone: 'error' };
      }
    } catch {
      said.value = { text: () => t('common.offline'), tone: 'error' };
    } finally {
      busy.value = false;
    }
  }

  return { current, choice, said, busy, load, save };
}

export type ConfirmationSetting = ReturnType<typeof confirmationSetting>;

/** Administrators choose and save; the rest of the office reads what is set. */
export function ConfirmationSettingForm({ setting, admin }: { setting: ConfirmationSetting; admin: boolean }) {
  const read = setting.current.value;
  if (!read) return null;
  if (!admin) {
    return (
      <p id="confirmation-setting" class="muted">
        {t('activities.setting')}: {choiceWord(read.confirmer)}
      </p>
    );
  }
  return (
    <form
      id="confirmation-setting"
      class="card"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void setting.save();
      }}
    >
      <Field id="setting-confirmer" label={t('activities.setting')} hint={t('activities.settingHint')}>
        {(control) => (
          <select {...control} name="confirmer" value={setting.choice.value} onChange={(e) => (setting.choice.value = e.currentTarget.value as ActivityConfirmer)}>
            {ACTIVITY_CONFIRMERS.map((c) => (
              <option key={c} value={c}>
                {choiceWord(c)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <SubmitButton id="save-setting" busy={setting.busy.value}>
        {t('activities.settingSave')}
      </SubmitButton>
      <MessageBox id="setting-message" message={setting.said.value} />
    </form>
  );
}
