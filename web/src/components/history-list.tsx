/**
 * An item's history as the approver's page and the item's own page show it: each event's time,
 * what happened in the page's words (item-words.ts), and the comment or reason in the language's
 * quotation marks. Also here: the words item-words.ts speaks with, and the quotation marks.
 */
import { day, languageName, list, number, region, when } from '../format';
import { label, lang, plural, t } from '../i18n/live';
import { eventNote, historyLine, type ShownEvent, type Speech } from '../item-words';

/** The words an item's view needs, in the page's language (item-words.ts). */
export const speech: Speech = { t, label, day, number, list, language: languageName, when: (iso) => when(iso), plural, region };

/** Someone's words, in the language's quotation marks. */
export const quote = (text: string) => (lang.value === 'ru' ? `«${text}»` : `“${text}”`);

export function HistoryList({ id, events }: { id: string; events: readonly ShownEvent[] }) {
  return (
    <ol class="history" id={id}>
      {events.length ? (
        events.map((e, i) => {
          const note = eventNote(e);
          return (
            <li key={i}>
              <div class="muted">{when(e.at)}</div>
              <div>{historyLine(e, speech)}</div>
              {note ? <p class="pre">{quote(note)}</p> : null}
            </li>
          );
        })
      ) : (
        <li class="muted">{t('history.nothing')}</li>
      )}
    </ol>
  );
}
