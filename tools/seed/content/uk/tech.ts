import type { ArticleSeed } from '../types.ts';

/** Ukrainian edition. Thread: Quillstone Labs, satellite data and the rules for it. */
export const TECH_UK: ArticleSeed[] = [
  {
    slug: 'karty-quillstone-labs-dopomohly-splanuvaty-evakuatsiiu',
    language: 'uk',
    title: 'Супутникові карти Quillstone Labs допомогли спланувати маршрути евакуації',
    standfirst: 'Рятувальники Нижньої Весси щогодини отримували від стартапу з Корвани оновлені карти затоплених доріг і будинків.',
    section: 'technology',
    tags: ['kvilstoun-labs', 'suputnykovi-dani', 'povin'],
    authors: ['daniel-voss'],
    at: [14, '13:40'],
    hero: 'circuit',
    source: 'techpulse',
    body: [
      {
        details:
          'Quillstone Labs обробляє радарні знімки з комерційних супутників, які бачать воду навіть крізь хмари. Під час повені компанія безкоштовно передавала карти ДСНС і місцевим радам.',
      },
      'Карти показували, які дороги ще проїзні, а які вже під водою. За ними рятувальники прокладали маршрути автобусів, що вивозили людей із Бродека та Ледного.',
      {
        quote: 'У нас не було часу обʼїжджати кожну дорогу. Карта на планшеті замінила нам десяток розвідників.',
        by: 'Роман Дудек, речник ДСНС',
      },
      'Компанія каже, що точність карт — близько 10 метрів. Для вулиць у забудові цього замало, тому дані звіряли з повідомленнями від мешканців.',
      'ad',
    ],
    background: [['vessa-vyishla-z-berehiv-sela-bilia-marlova-evakuiuiut', '{date} Весса вийшла з берегів біля Марлова.']],
  },
  {
    slug: 'quillstone-labs-zaluchyla-1-4-miliarda-kron',
    language: 'uk',
    title: 'Quillstone Labs залучила 1,4 мільярда крон інвестицій',
    standfirst: 'Раунд серії B очолив фонд Harbourlight Ventures. Це найбільша інвестиція в технологічну компанію країни цього року.',
    section: 'technology',
    tags: ['kvilstoun-labs', 'startapy'],
    authors: ['daniel-voss'],
    at: [12, '10:30'],
    hero: 'circuit',
    source: 'techpulse',
    citing: 'kbr',
    body: [
      { details: 'Компанію, засновану 2019 року трьома випускниками Корванського політехнічного університету, тепер оцінюють у 6 мільярдів крон.' },
      'Гроші підуть на власний аналітичний центр, нових інженерів і вихід на ринки сусідніх країн. Нині в Quillstone працюють 140 людей.',
      {
        quote: 'Ми продаємо не знімки, а відповіді: де вода, де посуха, де поле не зійшло. Клієнтам байдуже, звідки ми це знаємо, їм важливо знати вчасно.',
        by: 'Тавіо Мерк, співзасновник і генеральний директор Quillstone Labs',
      },
      'Серед клієнтів компанії — страховики, аграрні холдинги й міністерства. Державні замовлення дають близько чверті виручки.',
      'ad',
    ],
    background: [['karty-quillstone-labs-dopomohly-splanuvaty-evakuatsiiu', 'Карти Quillstone допомогли спланувати евакуацію під час повені.']],
  },
  {
    slug: 'upovnovazhenyi-iz-zakhystu-danykh-pereviryt-quillstone',
    language: 'uk',
    title: 'Уповноважений із захисту даних перевірить, як Quillstone продає знімки житлових кварталів',
    standfirst: 'Після скарг мешканців Корвани регулятор зʼясує, чи можна за супутниковими знімками компанії впізнати людей і їхні подвірʼя.',
    section: 'technology',
    tags: ['kvilstoun-labs', 'zakhyst-danykh', 'suputnykovi-dani'],
    authors: ['daniel-voss'],
    at: [9, '16:20'],
    hero: 'circuit',
    source: 'data-commissioner',
    citing: 'techpulse',
    body: [
      {
        details:
          'Уповноважений отримав 23 скарги. Заявники пишуть, що на знімках високої роздільності, які компанія продає забудовникам і страховикам, видно їхні подвірʼя, басейни й автомобілі.',
      },
      'Закон про захист даних не згадує супутникових знімків прямо. Регулятор має вирішити, чи є такі зображення персональними даними, якщо їх можна повʼязати з адресою.',
      {
        quote: 'Ми дотримуємося закону і охоче відповімо на всі запитання. Наші знімки не показують облич.',
        by: 'заява Quillstone Labs',
      },
      'Перевірка триватиме до трьох місяців.',
      'ad',
    ],
    background: [['quillstone-labs-zaluchyla-1-4-miliarda-kron', 'Quillstone залучила 1,4 мільярда крон {date}.']],
  },
  {
    slug: 'quillstone-zapustyla-systemu-rannoho-poperedzhennia-riverwatch',
    language: 'uk',
    title: 'Quillstone Labs запустила для громад систему раннього попередження Riverwatch',
    standfirst: 'Сервіс поєднує супутникові знімки з даними гідропостів і попереджає місцеву владу про загрозу підтоплення за дві–три доби.',
    section: 'technology',
    tags: ['kvilstoun-labs', 'suputnykovi-dani', 'povin'],
    authors: ['daniel-voss'],
    at: [1, '10:00'],
    hero: 'circuit',
    source: 'techpulse',
    body: [
      { details: 'Першими Riverwatch користуватимуться Марлово, Древна й Холлін. Для громад до 20 тисяч мешканців сервіс буде безкоштовним упродовж першого року.' },
      'Система порівнює вологість ґрунту, рівень води на гідропостах і прогноз опадів. Коли ризик перевищує поріг, черговий у міській раді отримує повідомлення з картою ймовірного затоплення.',
      {
        quote: 'Після цієї повені нас питали не «скільки коштує», а «чому цього не було раніше».',
        by: 'Тавіо Мерк, генеральний директор Quillstone Labs',
      },
      'Перевірка в уповноваженого із захисту даних триває, але Riverwatch її не стосується: сервіс не використовує знімків житлових кварталів високої роздільності.',
      'ad',
    ],
    background: [
      ['upovnovazhenyi-iz-zakhystu-danykh-pereviryt-quillstone', 'Уповноважений із захисту даних почав перевірку Quillstone {date}.'],
      ['karty-quillstone-labs-dopomohly-splanuvaty-evakuatsiiu', 'Під час повені карти компанії використовували рятувальники.'],
    ],
  },
];
