/**
 * Email texts in Uzbek (Latin script). Suffixes are never attached to user text (a title or a
 * name may end in anything); they are attached only to our own dates, which always end in a
 * month name: "2026-yil 5-dekabrgacha".
 */
import { linkRequestWords, type Words } from './words';

const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * A request through a personal link: what waits (`noun`, and `nounOf` after a reference: "NOM-1
 * nomzodi"), and what is asked of the reader, as the subject (`asked`) and as the object (`awaited`).
 */
const linkRequest = linkRequestWords<{ noun: string; nounOf: string; asked: string; awaited: string }>({
  subject: (n, a, r) => `${r > 0 ? `${r}-eslatma. ` : ''}${n.asked} kutilmoqda: ${a.reference} ${n.nounOf}`,
  heading: (n, r) => (r > 0 ? `${r}-eslatma: ${n.noun} hali ham ${n.awaited} kutmoqda` : `${capitalised(n.noun)} ${n.awaited} kutmoqda`),
  personal: (d) => `Bu shaxsiy havola — iltimos, uni boshqalarga yubormang. U ${d}gacha amal qiladi.`,
});

export const uz: Words = {
  footer: "Ushbu xat xalqaro aloqalar bo'limining Hamkor tizimi tomonidan avtomatik ravishda yuborildi.",
  linkFallback: 'Agar tugma ishlamasa, ushbu manzilni oching:',
  signin: {
    subject: 'Hamkor tizimiga kirish havolasi',
    heading: 'Hamkor tizimiga kirish',
    body: (m) => `Tizimga kirish uchun tugmani bosing. Havola faqat bir marta ishlaydi va ${m} daqiqa davomida amal qiladi.`,
    button: 'Kirish',
    ignore: "Agar siz kirishni so'ramagan bo'lsangiz, bu xatga e'tibor bermang. Xatni hech kimga yubormang: havolani ochgan har qanday kishi tizimga sizning nomingizdan kiradi.",
  },
  action: {
    subject: (a, r) => `${r > 0 ? `Eslatma ${r}. ` : ''}Qaroringiz kutilmoqda: ${a.reference} — ${a.kind}`,
    heading: (r) => (r > 0 ? `Eslatma ${r}: qaroringiz hali ham kutilmoqda` : 'Qaroringiz kutilmoqda'),
    body: (a, role) => `${a.kind} ${a.reference} «${a.title}» (muallif: ${a.submitter}) sizning qaroringizni kutmoqda. Tasdiqlash bosqichi: ${role}.`,
    due: (d) => `Iltimos, qaroringizni ${d}gacha qabul qiling.`,
    button: "Ko'rib chiqish va qaror qabul qilish",
    safe: (b) =>
      `Havola sizdan qaysi masala bo'yicha qaror kutilayotganini ko'rsatadigan sahifani ochadi. Shu sahifadagi «${b.approve}», «${b.reject}» yoki «${b.changes}» tugmalaridan birini bosmaguningizcha hech narsa sodir bo'lmaydi.`,
    personal: (d) => `Bu havola shaxsiy — iltimos, uni boshqalarga yubormang. Havola ${d}gacha amal qiladi.`,
  },
  receipt: {
    subject: (a, again) => `${again ? 'Qayta yuborildi' : 'Qabul qilindi'}: ${a.reference} — ${a.kind}`,
    heading: (_a, again) => (again ? 'Arizangiz qayta yuborildi' : 'Arizangiz qabul qilindi'),
    body: (a, role, again) =>
      again
        ? `Tuzatilgan ${a.reference} «${a.title}» arizangiz (${a.kindLower}) birinchi bosqichdan boshlab qayta tasdiqlashga yuborildi: ${role}. Oldingi safar yuborilgan havolalar endi ishlamaydi. Qaror qabul qilinganda sizga xabar beramiz.`
        : `«${a.title}» arizangiz (${a.kindLower}) ${a.reference} raqami bilan ro'yxatga olindi va tasdiqlashga yuborildi. Birinchi bosqich: ${role}. Qaror qabul qilinganda sizga xabar beramiz.`,
    button: "Hamkor tizimida ko'rish",
  },
  final: {
    subject: (a, ok) => `${ok ? 'Tasdiqlandi' : 'Rad etildi'}: ${a.reference} — ${a.kind}`,
    heading: (_a, ok) => (ok ? 'Arizangiz tasdiqlandi' : 'Arizangiz rad etildi'),
    body: (a, ok, by) =>
      ok
        ? `${a.reference} «${a.title}» arizangiz (${a.kindLower}) barcha tasdiqlash bosqichlaridan o'tdi va tasdiqlandi. Yakuniy qarorni qabul qilgan: ${by}.`
        : `${a.reference} «${a.title}» arizangiz (${a.kindLower}) rad etildi. Rad etgan: ${by}.`,
    comment: 'Izoh:',
    reason: 'Sabab:',
    button: "Hamkor tizimida ko'rish",
  },
  nominee: {
    subject: (a) => `Almashinuv dasturiga nomzodligingiz tasdiqlandi: ${a.reference}`,
    heading: 'Nomzodligingiz tasdiqlandi',
    greeting: (name) => `Hurmatli ${name}!`,
    body: (a) =>
      `Universitet sizning ${a.reference} («${a.title}») nomzodligingizni tasdiqladi. Endi hujjatlar hamkor universitetga yuboriladi, keyingi qadamlar haqida esa xalqaro aloqalar bo'limi siz bilan bog'lanadi.`,
    noReply: 'Bu xatga javob berishingiz shart emas.',
  },
  changes: {
    subject: (a) => `Qayta ishlashga qaytarildi: ${a.reference} — ${a.kind}`,
    heading: () => 'Arizangiz qayta ishlashga qaytarildi',
    body: (a, by) => `${a.reference} «${a.title}» arizangiz (${a.kindLower}) qayta ishlash uchun sizga qaytarildi. Tasdiqlovchining izohi (${by}):`,
    next: "O'zgartirishlarni kiriting va arizani qayta yuboring — tasdiqlash birinchi bosqichdan qaytadan boshlanadi.",
    button: 'Tahrirlash va qayta yuborish',
  },
  withdrawn: {
    subject: (a) => `Qaytarib olindi: ${a.reference} — ${a.kind}`,
    heading: 'Qaroringiz endi talab qilinmaydi',
    body: (a, by) => `${a.reference} «${a.title}» arizasi (${a.kindLower}) qaytarib olindi. Qaytarib olgan: ${by}.`,
    reason: 'Sabab:',
    noAction: "Bu ariza bo'yicha endi qaror qabul qilishingiz shart emas, sizga yuborilgan havola esa endi ishlamaydi.",
  },
  escalation: {
    subject: (a) => `Tasdiqlash muddati o'tdi: ${a.reference} — ${a.kind}`,
    heading: "Tasdiqlash muddati o'tib ketdi",
    body: (a, role, n) =>
      `${a.reference} «${a.title}» arizasi (${a.kindLower}; muallif: ${a.submitter}) «${role}» bosqichida belgilangan muddatdan ortiq qaror kutmoqda. ${n} ta eslatma yuborildi, ammo qaror hali qabul qilinmagan.`,
    due: (d) => `Qaror ${d}gacha qabul qilinishi kerak edi.`,
    pending: 'Hali qaror qabul qilmaganlar:',
    followUp: "Iltimos, yuqoridagi tasdiqlovchilar bilan bog'laning.",
    button: 'Hamkor tizimida ochish',
  },
  approverMissing: {
    subject: (a) => `Tasdiqlovchi yo'q: ${a.reference} — ${a.kind}`,
    heading: "Bosqichda qaror qabul qiladigan hech kim yo'q",
    body: (a) => `${a.reference} «${a.title}» arizasi (${a.kindLower}; muallif: ${a.submitter}) ko'rib chiqilmoqda, ammo uning bosqichlaridan biriga kerakli rol endi hech kimga berilmagan:`,
    step: (n, role, active) => `${n}-bosqich, «${role}»: ${active ? 'ariza hozir shu bosqichda kutmoqda' : 'ariza bu bosqichga yetganda shu yerda kutadi'}.`,
    next: "Hech narsa o'tkazib yuborilmaydi: ariza kutadi. «Odamlar» bo'limida rolni kimgadir bering — unga qaror uchun havola yuboriladi.",
    button: 'Hamkor tizimida ochish',
  },
  agreement: {
    subject: (a, what) =>
      ({
        activated: `Kuchga kirdi: ${a.reference} — ${a.title}`,
        expiry_reminder: `Muddati tugamoqda: ${a.reference} — ${a.title}`,
        expired: `Muddati tugadi: ${a.reference} — ${a.title}`,
        termination_scheduled: `Bekor qilish qayd etildi: ${a.reference} — ${a.title}`,
        terminated: `Bekor qilindi: ${a.reference} — ${a.title}`,
        amended: `Yangi tahrir kuchda: ${a.reference} — ${a.title}`,
      })[what],
    heading: (what) =>
      ({
        activated: 'Shartnoma kuchga kirdi',
        expiry_reminder: 'Shartnoma muddati tugamoqda',
        expired: 'Shartnoma muddati tugadi',
        termination_scheduled: 'Shartnoma bekor qilinadi',
        terminated: 'Shartnoma bekor qilindi',
        amended: 'Shartnomaning yangi tahriri kuchga kirdi',
      })[what],
    body: (a, what, d) =>
      ({
        activated: `Ikkala tomon ${a.reference} «${a.title}» shartnomasini imzoladi va u kuchga kirdi. Nominatsiyalar uning kvotalaridan foydalanishi mumkin.`,
        expiry_reminder: `${a.reference} «${a.title}» shartnomasining muddati ${d.endDate} tugaydi (${d.daysLeft ?? 0} kundan keyin).`,
        expired: `${a.reference} «${a.title}» shartnomasining muddati ${d.endDate} tugadi. Unga yangi nominatsiyalar berib bo'lmaydi.`,
        termination_scheduled: `${a.reference} «${a.title}» shartnomasini bekor qilish qayd etildi. U ${d.effectiveDate} dan kuchga kiradi.`,
        terminated: `${a.reference} «${a.title}» shartnomasi ${d.effectiveDate} dan bekor qilindi.`,
        amended: `${a.reference} «${a.title}» shartnomasining ${d.version ?? ''}-tahriri kuchga kirdi. Nima o'zgarganini Hamkor tizimida ko'ring.`,
      })[what],
    reason: 'Sababi:',
    renewHint: "Agar hamkorlik davom etishi kerak bo'lsa, shartnomani Hamkor tizimida uzaytiring: yangisi shu shartnoma asosida to'ldiriladi va kelishuvdan o'tadi.",
    button: 'Hamkor tizimida ochish',
  },
  mobility: {
    subject: (a, what) => ({ accepted: `Hamkor qabul qildi: ${a.reference}`, declined: `Hamkor rad etdi: ${a.reference}`, completed: `Mobillik yakunlandi: ${a.reference}` })[what],
    heading: (what) => ({ accepted: 'Hamkor universitet nominatsiyani qabul qildi', declined: 'Hamkor universitet nominatsiyani rad etdi', completed: 'Mobillik yakunlandi' })[what],
    body: (a, what) =>
      ({
        accepted: `Hamkor universitet ${a.reference} («${a.title}») nominatsiyasini qabul qildi. Xalqaro aloqalar bo'limi keyingi qadamlar haqida xabar beradi.`,
        declined: `Hamkor universitet ${a.reference} («${a.title}») nominatsiyasini rad etdi.`,
        completed: `Xalqaro aloqalar bo'limi ${a.reference} («${a.title}») mobilligini yakunlangan deb qayd etdi. Rahmat.`,
      })[what],
    reason: "Hamkorning ko'rsatgan sababi:",
  },
  room: {
    subject: (a) => `Xona ajratildi: ${a.reference}`,
    heading: 'Keladigan talabaga xona ajratildi',
    body: (a, r) => `Xalqaro aloqalar bo'limi ${a.reference} («${a.title}») nominatsiyasi talabasiga «${r.residence}» yotoqxonasidagi ${r.room}-xonani ${r.from} dan ${r.to} gacha ajratdi. Xona taklifnomada ko'rsatilgan.`,
  },
  roomCancelled: {
    subject: (a) => `Xona bekor qilindi: ${a.reference}`,
    heading: 'Keladigan talabaning xonasi bekor qilindi',
    body: (a, r) =>
      `Xalqaro aloqalar bo'limi ${a.reference} («${a.title}») nominatsiyasi talabasiga ${r.from} dan ${r.to} gacha ajratilgan «${r.residence}» yotoqxonasidagi ${r.room}-xonani bekor qildi. Bo'lim boshqa xona ajratmaguncha talabaning xonasi yo'q.`,
  },
  roomReleased: {
    subject: (a) => `Xona bo'shatildi: ${a.reference}`,
    heading: "Keladigan talabaning xonasi bo'shatildi",
    body: (a, r, why) => `${a.reference} («${a.title}») nominatsiyasi talabasiga ${r.from} dan ${r.to} gacha ajratilgan «${r.residence}» yotoqxonasidagi ${r.room}-xona bo'shatildi: ${why}.`,
    why: {
      withdrawn: (by) => `nominatsiya qaytarib olindi (qaytarib olgan — ${by})`,
      declined_by_partner: (by) => `hamkor talabani rad etdi (javob — ${by})`,
      rejected: (by) => `nominatsiya rad etildi (qaror — ${by})`,
    },
  },
  studyPlan: {
    subject: (a, v, r) => `${r > 0 ? `${r}-eslatma. ` : ''}Tasdiqlash uchun o'quv reja: ${a.reference} (${v}-versiya)`,
    heading: (r) => (r > 0 ? `${r}-eslatma: o'quv reja hali ham tasdiqlashingizni kutmoqda` : "Kiruvchi talabaning o'quv rejasi tasdiqlashingizni kutmoqda"),
    body: (a, v) => `${a.reference} «${a.title}» nomzodining o'quv rejasi (${v}-versiya) sizga, qabul qiluvchi fakultet koordinatoriga yuborildi. Iltimos, uni tasdiqlang yoki izoh bilan o'zgartirish so'rang.`,
    button: "O'quv rejani ko'rib chiqish",
    safe: "Havola o'quv reja ko'rsatilgan sahifani ochadi. Siz u yerda «Tasdiqlash» yoki «O'zgartirish so'rash» tugmasini bosmaguningizcha hech narsa yozilmaydi.",
    personal: (d) => `Bu shaxsiy havola — iltimos, uni boshqalarga yubormang. U ${d}gacha amal qiladi.`,
  },
  studyPlanAnswer: {
    subject: (a, ok) => `${ok ? "O'quv reja tasdiqlandi" : "O'quv rejaga o'zgartirish so'raldi"}: ${a.reference}`,
    heading: (ok) => (ok ? "O'quv reja tasdiqlandi" : "Koordinator o'quv rejani o'zgartirishni so'ramoqda"),
    body: (a, v, ok, by) => `${by} ${a.reference} «${a.title}» nomzodi o'quv rejasining ${v}-versiyasini ${ok ? 'tasdiqladi' : "o'zgartirishni so'radi"}.`,
    comment: 'Koordinator izohi:',
    button: 'Nomzodni ochish',
  },
  partner: linkRequest(
    { noun: 'nomzod', nounOf: 'nomzodi', asked: 'Javobingiz', awaited: 'javobingizni' },
    {
      body: (a) =>
        `${a.reference} «${a.title}» nomzodi yuboruvchi universitet tomonidan tasdiqlandi va sizga, universitetingiz koordinatoriga yuborildi. Iltimos, uni qabul qiling yoki rad eting (rad etishda sababini ko'rsating).`,
      button: "Ko'rib chiqish va javob berish",
      safe: "Havola nomzod ko'rsatilgan sahifani ochadi. Siz u yerda «Qabul qilish» yoki «Rad etish» tugmasini bosmaguningizcha hech narsa yozilmaydi.",
    },
  ),
  studyPlanSilent: {
    subject: (a) => `Fakultet koordinatoridan javob yo'q: ${a.reference} o'quv rejasi`,
    heading: "Fakultet koordinatori o'quv rejaga javob bermadi",
    body: (a, v, c, n) =>
      `${a.reference} «${a.title}» nomzodi o'quv rejasining ${v}-versiyasi tasdiqlash uchun qabul qiluvchi fakultet koordinatoriga (${c}) yuborilgan. ${n} ta eslatma yuborildi, ammo javob kelmadi; boshqa eslatma yuborilmaydi.`,
    followUp: "Iltimos, koordinatorga o'zingiz yozing yoki u tayyor bo'lganda rejani qayta yuboring (yangi havola bilan).",
    button: 'Hamkor tizimida ochish',
  },
  partnerSilent: {
    subject: (a) => `Hamkordan javob yo'q: ${a.reference}`,
    heading: 'Hamkor javob bermadi',
    body: (a, contact, n) =>
      `${a.reference} «${a.title}» nomzodi javob uchun hamkor koordinatoriga (${contact}) yuborilgan. ${n} ta eslatma yuborildi, ammo javob kelmadi; boshqa eslatma yuborilmaydi.`,
    followUp: "Iltimos, hamkorga o'zingiz yozing va uning javobini Hamkor tizimiga kiriting.",
    button: 'Hamkor tizimida ochish',
  },
  signatory: linkRequest(
    { noun: 'memorandum', nounOf: 'memorandumi', asked: "Tasdig'ingiz", awaited: "tasdig'ingizni" },
    {
      body: (a) =>
        `${a.reference} «${a.title}» memorandumi universitetimiz tomonidan tasdiqlandi va sizga, universitetingiz nomidan imzolovchi shaxsga yuborildi. Iltimos, aniq matnni o'qib chiqing, so'ng uni tasdiqlang (ismingiz va lavozimingiz bilan) yoki o'zgartirishlar so'rang. Tasdiqlagandan keyin imzolangan nusxani shu havola orqali yuklashingiz mumkin.`,
      button: "Matnni o'qish va javob berish",
      safe: "Havola matn ko'rsatilgan sahifani ochadi. Siz u yerda «Tasdiqlash» yoki «O'zgartirish so'rash» tugmasini bosmaguningizcha hech narsa yozilmaydi.",
    },
  ),
  signatoryNews: {
    subject: (a, w) => `${{ approved: 'Hamkor matnni tasdiqladi', changes_requested: "Hamkor o'zgartirishlar so'ramoqda", signed: 'Hamkor imzolagan nusxa keldi', unanswered: "Hamkorning imzolovchisidan javob yo'q" }[w]}: ${a.reference}`,
    heading: (w) => ({ approved: 'Hamkorning imzolovchisi matnni tasdiqladi', changes_requested: "Hamkorning imzolovchisi o'zgartirishlar so'ramoqda", signed: 'Hamkor imzolangan nusxani yukladi', unanswered: 'Hamkorning imzolovchisi javob bermadi' })[w],
    body: (a, w, who) =>
      ({
        approved: `${who} ${a.reference} «${a.title}» memorandumi matnini tasdiqladi; kvitansiya kelishuvda saqlandi. Endi hamkor imzolangan nusxani yuklashi mumkin.`,
        changes_requested: `${who} ${a.reference} «${a.title}» memorandumiga o'zgartirishlar kiritishni so'ramoqda. Memorandumni o'zgartiring va hamkorga qayta yuboring: eski havola ishlamay qoladi.`,
        signed: `${who} ${a.reference} «${a.title}» memorandumining imzolangan nusxasini yukladi; hamkorning imzosi shu nusxa bo'yicha yozildi.`,
        unanswered: `${a.reference} «${a.title}» memorandumi hamkorning imzolovchisi ${who}ga yuborilgan edi, barcha eslatmalardan keyin ham javob kelmadi; boshqa eslatma yuborilmaydi.`,
      })[w],
    comment: 'Izohi:',
    button: 'Hamkorda ochish',
  },
  activityKinds: {
    conference: 'Konferensiya',
    webinar: 'Vebinar',
    guest_lecture: "Mehmon ma'ruzasi",
    summer_school: 'Yozgi maktab',
    grant_project: 'Grant loyihasi',
    joint_research_project: "Qo'shma ilmiy loyiha",
    joint_laboratory: "Qo'shma laboratoriya",
    delegation_visit: 'Delegatsiya tashrifi',
    other: 'Boshqa',
  },
  activityProposed: {
    subject: (x, again) => `${again ? 'Qayta tasdiqlash uchun' : 'Tasdiqlash uchun'}: ${x.kind} «${x.title}»`,
    heading: (again) => (again ? 'Tadbir yana tasdiqlashingizni kutmoqda' : 'Tadbir tasdiqlashingizni kutmoqda'),
    body: (x, by, c, again) =>
      `«${x.title}» (${x.kindLower}; ${x.faculty}; ${x.dates}) tadbiri ${again ? 'tuzatildi va qayta tasdiqlash uchun' : 'tasdiqlash uchun'} sizga yuborildi (muallif — ${by}). Fakultet xodimlari kiritgan tadbirlar ${c === 'dean' ? 'fakultet dekani' : "xalqaro aloqalar bo'limi"} tasdiqlagandan keyingina hisobotlarda hisobga olinadi.`,
    next: 'Uni tasdiqlash yoki izoh bilan fakultetga qaytarish uchun tadbirlar sahifasini oching.',
    button: 'Tadbirlar sahifasini ochish',
  },
  activityDecided: {
    subject: (x, ok) => `${ok ? 'Tasdiqlandi' : 'Qayta ishlashga qaytarildi'}: ${x.kind} «${x.title}»`,
    heading: (ok) => (ok ? 'Tadbiringiz tasdiqlandi' : 'Tadbiringiz qayta ishlashga qaytarildi'),
    body: (x, ok, by) => `«${x.title}» (${x.kindLower}; ${x.faculty}; ${x.dates}) tadbiri ${ok ? 'tasdiqlandi' : 'qayta ishlashga qaytarildi'} (qaror — ${by}).`,
    comment: 'Izoh:',
    next: (ok) => (ok ? "Endi u bo'lim hisobotlarida hisobga olinadi." : 'Uni tadbirlar sahifasida tahrirlang: saqlangandan keyin u yana tasdiqlash uchun yuboriladi.'),
    button: 'Tadbirlar sahifasini ochish',
  },
  activityCancelled: {
    subject: (x) => `Bekor qilindi, tasdiqlash shart emas: ${x.kind} «${x.title}»`,
    heading: 'Sizga tasdiqlash uchun yuborilgan tadbir bekor qilindi',
    body: (x, by) => `«${x.title}» tadbiri (${x.kindLower}; ${x.faculty}; ${x.dates}) sizning tasdiqlashingizni kutayotgan paytda bekor qilindi (bekor qilgan — ${by}).`,
    reason: 'Sababi:',
    next: 'Hech narsani tasdiqlash shart emas: u tadbirlar sahifasida endi qaror kutmaydi va hisobotlarda hisobga olinmaydi.',
    button: 'Tadbirlar sahifasini ochish',
  },
  undeliverable: {
    subject: (email, a) => `Yetkazilmadi: ${email} uchun xat${a ? ` (${a.reference})` : ''}`,
    heading: "Xatni yetkazib bo'lmadi",
    body: (email, cause, a) => {
      const about = a ? ` ${a.reference} «${a.title}» arizasi (${a.kindLower}) bo'yicha` : '';
      return cause === 'bounce'
        ? `${email} manzilining pochta serveri Hamkor tizimining${about} xatini butunlay rad etdi.`
        : `${email} Hamkor tizimining${about} xatini spam deb belgiladi, shuning uchun bu manzilga xat orqali tayanib bo'lmaydi.`;
    },
    detail: 'Pochta serverining javobi:',
    waiting: (role) => `Ariza «${role}» bosqichida shu xodimning qarorini kutmoqda. Iltimos, u bilan boshqa yo'l bilan (telefon orqali yoki shaxsan) bog'laning yoki rolni boshqa xodimga bering.`,
    notWaiting: "Hozir bu xodimning qarorini hech narsa kutmayapti. Iltimos, uning manzilini ma'lumotnomada tekshiring.",
    partnerWaiting: "Bu nomzod javobini kutayotgan hamkor koordinatori. Iltimos, hamkor bilan boshqa yo'l bilan bog'laning va uning javobini Hamkor tizimiga kiriting yoki hamkor kartasida kontakt manzilini tuzating.",
    signatoryWaiting: "Bu memorandum matnini tasdiqlashi kutilayotgan hamkorning imzolovchisi. Iltimos, hamkor kartasida kontakt manzilini tuzating va matnni kelishuv sahifasidan qayta yuboring yoki hamkor bilan boshqa yo'l bilan bog'lanib, uning imzosini qo'lda kiriting.",
    button: 'Hamkor tizimida ochish',
    activity: {
      subject: (email, x) => `Yetkazilmadi: ${email} uchun «${x.title}» tadbiri haqidagi xat`,
      body: (email, cause, x) =>
        cause === 'bounce'
          ? `${email} manzilining pochta serveri Hamkor tizimining «${x.title}» tadbiri (${x.kindLower}; ${x.faculty}; ${x.dates}) haqidagi xatini butunlay rad etdi.`
          : `${email} Hamkor tizimining «${x.title}» tadbiri (${x.kindLower}; ${x.faculty}; ${x.dates}) haqidagi xatini spam deb belgiladi, shuning uchun bu manzilga xat orqali tayanib bo'lmaydi.`,
      waiting: "Tadbir hali ham shu xodimning tasdiqlashini kutmoqda. Iltimos, u bilan boshqa yo'l bilan bog'laning yoki boshqa tasdiqlovchidan uni tadbirlar sahifasida tasdiqlash yoki qaytarishni so'rang.",
    },
  },
};
