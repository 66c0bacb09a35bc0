/**
 * The header's language switcher: each language named in itself (and marked with its `lang`,
 * so a screen reader says it in that language), labelled in the page's current language.
 */
import { LANGUAGE_NAMES, LANGUAGES, isLanguage, type Language } from '../i18n/choice';

type Props = { label: string; value: Language; onChoose: (language: Language) => void };

export function LanguageSwitcher({ label, value, onChoose }: Props) {
  return (
    <div class="language">
      <label for="language">{label}</label>
      <select
        id="language"
        value={value}
        onChange={(event) => {
          const chosen = event.currentTarget.value;
          if (isLanguage(chosen)) onChoose(chosen);
        }}
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </select>
    </div>
  );
}
