import type { ArticleSeed } from '../types.ts';

/** Russian edition: Quillstone Labs and satellite data. */
export const TECH_RU: ArticleSeed[] = [
  {
    slug: 'karty-quillstone-labs-pomogli-splanirovat-evakuatsiyu',
    language: 'ru',
    title: 'Спутниковые карты Quillstone Labs помогли спланировать маршруты эвакуации',
    standfirst: 'Спасатели Нижней Вессы каждый час получали от стартапа из Корваны обновлённые карты затопленных дорог и домов.',
    section: 'technology',
    tags: ['kvillstoun-labs', 'sputnikovye-dannye', 'navodnenie'],
    authors: ['daniel-voss'],
    at: [14, '14:10'],
    hero: 'circuit',
    source: 'techpulse',
    body: [
      {
        details:
          'Quillstone Labs обрабатывает радарные снимки с коммерческих спутников, которые видят воду даже сквозь облака. Во время наводнения компания бесплатно передавала карты спасателям и местным советам.',
      },
      'По картам было видно, какие дороги ещё проезжи, а какие уже под водой. По ним спасатели прокладывали маршруты автобусов, вывозивших людей из Бродека и Ледного.',
      {
        quote: 'У нас не было времени объезжать каждую дорогу. Карта на планшете заменила нам десяток разведчиков.',
        by: 'Роман Дудек, пресс-секретарь ГСЧС',
      },
      'Точность карт — около 10 метров. Для городских улиц этого мало, поэтому данные сверяли с сообщениями жителей.',
      'ad',
    ],
    background: [['vessa-vyshla-iz-beregov-sela-u-marlova-evakuiruyut', '{date} Весса вышла из берегов у Марлова.']],
  },
  {
    slug: 'quillstone-labs-zapustila-sistemu-rannego-preduprezhdeniya-riverwatch',
    language: 'ru',
    title: 'Quillstone Labs запустила для общин систему раннего предупреждения Riverwatch',
    standfirst: 'Сервис сочетает спутниковые снимки с данными гидропостов и предупреждает местные власти об угрозе подтопления за двое-трое суток.',
    section: 'technology',
    tags: ['kvillstoun-labs', 'sputnikovye-dannye', 'navodnenie'],
    authors: ['daniel-voss'],
    at: [1, '10:30'],
    hero: 'circuit',
    source: 'techpulse',
    body: [
      { details: 'Первыми Riverwatch будут пользоваться Марлово, Древна и Холлин. Для общин до 20 тысяч жителей сервис будет бесплатным в течение первого года.' },
      'Система сравнивает влажность почвы, уровень воды на гидропостах и прогноз осадков. Когда риск превышает порог, дежурный в городском совете получает уведомление с картой вероятного затопления.',
      {
        quote: 'После этого наводнения нас спрашивали не «сколько стоит», а «почему этого не было раньше».',
        by: 'Тавио Мерк, генеральный директор Quillstone Labs',
      },
      'Сервис не использует снимков жилых кварталов высокого разрешения, из-за которых компанией заинтересовался уполномоченный по защите данных.',
      'ad',
    ],
    background: [['karty-quillstone-labs-pomogli-splanirovat-evakuatsiyu', 'Во время наводнения карты компании использовали спасатели.']],
  },
];
