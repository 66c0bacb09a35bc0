/**
 * Email texts in Russian. Sentences are built around «заявка» (always feminine) and around
 * verbs without gender, because the kind («меморандум», «выдвижение») and the people named
 * have different grammatical genders that the template cannot know.
 */
import type { Words } from './words';

export const ru: Words = {
  footer: 'Это письмо отправлено автоматически системой Hamkor отдела международных связей.',
  linkFallback: 'Если кнопка не работает, откройте этот адрес:',
  signin: {
    subject: 'Ссылка для входа в Hamkor',
    heading: 'Вход в Hamkor',
    // "мин." avoids choosing between минуту / минуты / минут for the number.
    body: (m) => `Нажмите кнопку, чтобы войти. Ссылка одноразовая и действует ${m} мин.`,
    button: 'Войти',
    ignore: 'Если вы не запрашивали вход, просто проигнорируйте это письмо. Не пересылайте его: любой, кто откроет ссылку, войдёт в систему под вашим именем.',
  },
  action: {
    subject: (a, r) => `${r > 0 ? `Напоминание ${r}. ` : ''}Требуется решение: ${a.reference} — ${a.kind}`,
    heading: (r) => (r > 0 ? `Напоминание ${r}: ваше решение всё ещё ожидается` : 'Требуется ваше решение'),
    body: (a, role) => `${a.kind} ${a.reference} «${a.title}» (автор — ${a.submitter}) ожидает вашего решения. Этап согласования: ${role}.`,
    // No full stop after a date: it already ends in «г.».
    due: (d) => `Просим принять решение до ${d}`,
    button: 'Рассмотреть и принять решение',
    safe: (b) =>
      `Ссылка открывает страницу, на которой показано, что именно вам предстоит решить. Ничего не произойдёт, пока вы не нажмёте на этой странице одну из кнопок: «${b.approve}», «${b.reject}» или «${b.changes}».`,
    personal: (d) => `Это персональная ссылка — пожалуйста, не пересылайте её. Она действительна до ${d}`,
  },
  receipt: {
    subject: (a, again) => `${again ? 'Отправлено повторно' : 'Получено'}: ${a.reference} — ${a.kind}`,
    heading: (_a, again) => (again ? 'Ваша заявка отправлена повторно' : 'Ваша заявка принята'),
    body: (a, role, again) =>
      again
        ? `Исправленная заявка ${a.reference} «${a.title}» (${a.kindLower}) снова отправлена на согласование, начиная с первого этапа: ${role}. Ссылки, разосланные в предыдущем круге, больше не действуют. Мы сообщим вам, когда будет принято решение.`
        : `Ваша заявка «${a.title}» (${a.kindLower}) зарегистрирована под номером ${a.reference} и отправлена на согласование. Первый этап: ${role}. Мы сообщим вам, когда будет принято решение.`,
    button: 'Открыть в Hamkor',
  },
  final: {
    subject: (a, ok) => `${ok ? 'Одобрено' : 'Отклонено'}: ${a.reference} — ${a.kind}`,
    heading: (_a, ok) => (ok ? 'Ваша заявка одобрена' : 'Ваша заявка отклонена'),
    body: (a, ok, by) =>
      ok
        ? `Заявка ${a.reference} «${a.title}» (${a.kindLower}) прошла все этапы согласования и одобрена. Окончательное решение — ${by}.`
        : `Заявка ${a.reference} «${a.title}» (${a.kindLower}) отклонена на этапе согласования (согласующий — ${by}).`,
    comment: 'Комментарий:',
    reason: 'Причина:',
    button: 'Открыть в Hamkor',
  },
  nominee: {
    subject: (a) => `Ваше выдвижение на обмен одобрено: ${a.reference}`,
    heading: 'Ваше выдвижение одобрено',
    greeting: (name) => `Здравствуйте, ${name}!`,
    body: (a) =>
      `Университет одобрил ваше выдвижение ${a.reference} («${a.title}») на программу обмена. Теперь документы будут направлены в университет-партнёр, а отдел международных связей свяжется с вами и расскажет о дальнейших шагах.`,
    noReply: 'Отвечать на это письмо не нужно.',
  },
  changes: {
    subject: (a) => `Возвращено на доработку: ${a.reference} — ${a.kind}`,
    heading: () => 'Заявка возвращена на доработку',
    body: (a, by) => `Заявка ${a.reference} «${a.title}» (${a.kindLower}) возвращена вам на доработку. Комментарий согласующего (${by}):`,
    next: 'Внесите изменения и отправьте заявку снова — согласование начнётся заново с первого этапа.',
    button: 'Исправить и отправить снова',
  },
  withdrawn: {
    subject: (a) => `Отозвано: ${a.reference} — ${a.kind}`,
    heading: 'Ваше решение больше не требуется',
    body: (a, by) => `Заявка ${a.reference} «${a.title}» (${a.kindLower}) отозвана. Инициатор отзыва — ${by}.`,
    reason: 'Причина:',
    noAction: 'Принимать решение по ней больше не нужно, а полученная вами ссылка больше не действует.',
  },
  escalation: {
    subject: (a) => `Просрочено согласование: ${a.reference} — ${a.kind}`,
    heading: 'Срок согласования истёк',
    body: (a, role, n) =>
      `Заявка ${a.reference} «${a.title}» (${a.kindLower}; автор — ${a.submitter}) ожидает решения на этапе «${role}» дольше установленного срока. Напоминаний отправлено: ${n}, решение так и не принято.`,
    due: (d) => `Решение нужно было принять до ${d}`,
    pending: 'Ещё не приняли решение:',
    followUp: 'Пожалуйста, свяжитесь с перечисленными согласующими.',
    button: 'Открыть в Hamkor',
  },
  agreement: {
    subject: (a, what) =>
      ({
        activated: `Вступило в силу: ${a.reference} — ${a.title}`,
        expiry_reminder: `Скоро истекает: ${a.reference} — ${a.title}`,
        expired: `Истёк срок действия: ${a.reference} — ${a.title}`,
        termination_scheduled: `Оформлено расторжение: ${a.reference} — ${a.title}`,
        terminated: `Расторгнуто: ${a.reference} — ${a.title}`,
        amended: `Действует новая редакция: ${a.reference} — ${a.title}`,
      })[what],
    heading: (what) =>
      ({
        activated: 'Соглашение вступило в силу',
        expiry_reminder: 'Срок действия соглашения скоро истекает',
        expired: 'Срок действия соглашения истёк',
        termination_scheduled: 'Соглашение будет расторгнуто',
        terminated: 'Соглашение расторгнуто',
        amended: 'Действует новая редакция соглашения',
      })[what],
    // «дн.» avoids choosing between день / дня / дней for the number.
    body: (a, what, d) =>
      ({
        activated: `Обе стороны подписали соглашение ${a.reference} «${a.title}», и оно вступило в силу. Выдвижения могут использовать его квоты.`,
        expiry_reminder: `Срок действия соглашения ${a.reference} «${a.title}» истекает ${d.endDate} (через ${d.daysLeft ?? 0} дн.).`,
        expired: `Срок действия соглашения ${a.reference} «${a.title}» истёк ${d.endDate}. Новые выдвижения по нему невозможны.`,
        termination_scheduled: `Оформлено расторжение соглашения ${a.reference} «${a.title}». Оно вступает в силу ${d.effectiveDate}.`,
        terminated: `Соглашение ${a.reference} «${a.title}» расторгнуто с ${d.effectiveDate}.`,
        amended: `Редакция ${d.version ?? ''} соглашения ${a.reference} «${a.title}» вступила в силу. Что изменилось, видно в Hamkor.`,
      })[what],
    reason: 'Причина:',
    renewHint: 'Если сотрудничество должно продолжаться, продлите соглашение в Hamkor: новое соглашение будет заполнено по этому и пройдёт согласование.',
    button: 'Открыть в Hamkor',
  },
  mobility: {
    subject: (a, what) => ({ accepted: `Принято партнёром: ${a.reference}`, declined: `Отклонено партнёром: ${a.reference}`, completed: `Мобильность завершена: ${a.reference}` })[what],
    heading: (what) => ({ accepted: 'Университет-партнёр принял выдвижение', declined: 'Университет-партнёр отклонил выдвижение', completed: 'Мобильность завершена' })[what],
    body: (a, what) =>
      ({
        accepted: `Университет-партнёр принял выдвижение ${a.reference} («${a.title}»). Отдел международных связей сообщит о дальнейших шагах.`,
        declined: `Университет-партнёр отклонил выдвижение ${a.reference} («${a.title}»).`,
        completed: `Отдел международных связей отметил мобильность ${a.reference} («${a.title}») как завершённую. Спасибо.`,
      })[what],
    reason: 'Причина, указанная партнёром:',
  },
  undeliverable: {
    subject: (email, a) => `Не доставлено: письмо для ${email}${a ? ` по ${a.reference}` : ''}`,
    heading: 'Письмо не удалось доставить',
    body: (email, cause, a) => {
      const about = a ? ` по заявке ${a.reference} «${a.title}» (${a.kindLower})` : '';
      return cause === 'bounce'
        ? `Почтовый сервер адресата ${email} окончательно отклонил письмо Hamkor${about}.`
        : `Адресат ${email} отметил письмо Hamkor${about} как спам, поэтому полагаться на почту по этому адресу нельзя.`;
    },
    detail: 'Ответ почтового сервера:',
    waiting: (role) => `Заявка ждёт решения этого сотрудника на этапе «${role}». Пожалуйста, свяжитесь с ним иначе (по телефону или лично) или передайте роль другому сотруднику.`,
    notWaiting: 'Сейчас решения этого сотрудника ничто не ждёт. Пожалуйста, проверьте его адрес в справочнике.',
    button: 'Открыть в Hamkor',
  },
};
