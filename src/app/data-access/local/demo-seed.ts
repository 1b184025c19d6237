import {
  Activity,
  AuditEntry,
  Department,
  FocusArea,
  Goal,
  Indicator,
  Measurement,
  measurementId,
  Member,
  Organisation,
  Period,
  Plan,
  Report,
  ReportState,
  ReportStatus,
  Stamped,
  reportId,
} from '../../domain/model';
import { standardPeriods } from '../../domain/periods';
import { analysisReason } from '../../domain/equality-analysis';
import { previousReport, responsibleDepartments } from '../../domain/status';

/**
 * The embedded backend's demo: a Halmstad-like municipality (invented people) with the
 * integration and gender-equality plans, three years of follow-up periods and reports in every
 * workflow state and status. Deterministic for a given `today`, so tests can recompute figures.
 */
export interface DemoSeed {
  organisation: Organisation;
  departments: Department[];
  members: Member[];
  plans: Plan[];
  focusAreas: FocusArea[];
  goals: Goal[];
  indicators: Indicator[];
  activities: Activity[];
  measurements: Measurement[];
  periods: Period[];
  reports: Report[];
  audit: AuditEntry[];
}

export const DEMO_ORG_ID = 'halmstad';

/** Small deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DEPARTMENTS: [string, string, string][] = [
  ['kk', 'Kommunkontoret', 'KK'],
  ['uaf', 'Utbildnings- och arbetsmarknadsförvaltningen', 'UAF'],
  ['buf', 'Barn- och ungdomsförvaltningen', 'BUF'],
  ['sof', 'Socialförvaltningen', 'SOF'],
  ['kof', 'Kultur- och fritidsförvaltningen', 'KOF'],
  ['sbk', 'Samhällsbyggnadskontoret', 'SBK'],
  ['tff', 'Teknik- och fritidsförvaltningen', 'TFF'],
  ['fk', 'Fastighetskontoret', 'FK'],
  ['hfab', 'Halmstads Fastighets AB', 'HFAB'],
  ['mf', 'Miljöförvaltningen', 'MF'],
];

// [id, name, title, roles, departments] – invented names, no real persons.
const PEOPLE: [string, string, string, Member['roles'], string[]][] = [
  ['m-admin', 'Alva Systemsson', 'Systemförvaltare', ['admin'], []],
  ['m-strateg-int', 'Samir Haddad', 'Integrationsstrateg', ['strategist'], ['kk']],
  ['m-strateg-jam', 'Karin Lindqvist', 'Jämställdhetsstrateg', ['strategist'], ['kk']],
  [
    'm-ledamot-1',
    'Per-Olof Strand',
    'Ordförande, utskottet för tillväxt och hållbar utveckling',
    ['committee'],
    [],
  ],
  [
    'm-ledamot-2',
    'Leila Karimi',
    'Ledamot, utskottet för tillväxt och hållbar utveckling',
    ['committee'],
    [],
  ],
  ['m-kk', 'Johanna Berg', 'Avdelningschef', ['reporter'], ['kk']],
  ['m-uaf', 'Mikael Öberg', 'Förvaltningschef', ['reporter'], ['uaf']],
  ['m-buf', 'Sara Nyström', 'Förvaltningschef', ['reporter'], ['buf']],
  ['m-sof', 'Ahmed Yusuf', 'Förvaltningschef', ['reporter'], ['sof']],
  ['m-kof', 'Eva Holm', 'Förvaltningschef', ['reporter'], ['kof']],
  ['m-sbk', 'Lars Ekström', 'Kontorschef', ['reporter'], ['sbk']],
  ['m-tff', 'Nadia Rahimi', 'Förvaltningschef', ['reporter'], ['tff']],
  ['m-fk', 'Oskar Wallin', 'Kontorschef', ['reporter'], ['fk']],
  ['m-hfab', 'Maria Sandberg', 'Vd', ['reporter'], ['hfab']],
  ['m-mf', 'Erik Fors', 'Förvaltningschef', ['reporter'], ['mf']],
  [
    'm-enhet',
    'Fatima Ali',
    'Enhetschef, rapportör för två förvaltningar',
    ['reporter', 'committee'],
    ['uaf', 'kof'],
  ],
  // A strategist who also reports for Kommunkontoret: approves others' reports, never her own.
  [
    'm-strateg-kk',
    'Hanna Sjöberg',
    'Utvecklingsstrateg, rapporterar för Kommunkontoret',
    ['strategist', 'reporter'],
    ['kk'],
  ],
];

interface IndicatorSpec {
  name: string;
  unit: string;
  baseline: number;
  target: number;
  kpi?: string;
  source?: string;
  gender?: boolean;
  /** Counts persons (small counts are not published as they are); things and visits do not. */
  people?: boolean;
  /** A target for the gap between women and men: at most this much, by the plan's last year. */
  maxGap?: number;
  /** Targets of their own for women and men, by the plan's last year. */
  targets?: { women: number; men: number };
}
interface GoalSpec {
  title: string;
  lead: string;
  contributing?: string[];
  /** The strategist asks the contributing departments for their share of the indicator values. */
  contributorsReportValues?: boolean;
  indicators?: IndicatorSpec[];
  activities?: [string, string, number | null][];
}
/**
 * A shared goal whose reports show the lead rule in the demo: in every closed period the lead
 * (Utbildnings- och arbetsmarknadsförvaltningen) and the contributor (Socialförvaltningen) have
 * approved reports with different statuses and values (the contributor's men above women), and in
 * the open period neither has reported yet, so a new user can try it.
 */
export const SHARED_DEMO_GOAL = 'Utrikesfödda kvinnor når egen försörjning';

/**
 * The crosswalk of the demo's goals: the gender-equality plan's goals with CEMR charter articles,
 * both plans' goals with Agenda 2030 targets (activities carry their goal's charter articles).
 */
const DEMO_TAGS: Record<string, string[]> = {
  'Ensamkommande unga får ett stabilt boende och en god man': ['sdg:11.1', 'sdg:16.2'],
  'Alla nyanlända erbjuds samhällsorientering inom tre månader': ['sdg:10.2', 'sdg:16.7'],
  'Nyanlända barn börjar i skola eller förskola inom en månad': ['sdg:4.1', 'sdg:4.2'],
  'Tydlig information till nyanlända på flera språk': ['sdg:10.2', 'sdg:16.10'],
  'Hälsosamma och trygga boendemiljöer i utsatta områden': ['sdg:3.4', 'sdg:11.1'],
  'Fler nyanlända har ett eget förstahandskontrakt efter etableringen': ['sdg:11.1'],
  'Minskad trångboddhet i Andersberg och Vallås': ['sdg:10.2', 'sdg:11.1'],
  'Blandade upplåtelseformer i nya detaljplaner': ['sdg:11.3'],
  'Fler elever klarar sfi-kurserna i tid': ['sdg:4.4', 'sdg:4.6'],
  'Fler nyanlända elever uppnår behörighet till gymnasiet': ['sdg:4.1', 'sdg:4.5'],
  'Integrationssamordnare på skolor med stora socioekonomiska utmaningar': ['sdg:4.5', 'sdg:10.3'],
  'Ökad föräldrasamverkan i förskola och skola': ['sdg:4.2'],
  'Fler deltagare i arbete eller studier efter avslutad insats': ['sdg:8.5', 'sdg:8.6'],
  'Minskat långvarigt ekonomiskt bistånd': ['sdg:1.2', 'sdg:10.1'],
  'Kommunen som inkluderande arbetsgivare': ['sdg:8.5', 'sdg:10.3'],
  'Mångfaldsperspektiv i rekrytering hos näringslivet': ['sdg:8.5'],
  'Fler utrikesfödda deltar i föreningslivet': ['sdg:10.2', 'sdg:16.7'],
  'Meningsfull fritid för barn och unga i utsatta områden': ['sdg:3.4', 'sdg:11.7'],
  'Mötesplatser för samverkan mellan kommun, region och civilsamhälle': ['sdg:17.17'],
  'Fri tillgång till datorer och wifi på biblioteken': ['sdg:9.c'],
  'Ökad digital kompetens bland nyanlända och utlandsfödda': ['sdg:4.4'],
  'Stöd med digitala ärenden i medborgarservice': ['sdg:10.2', 'sdg:16.6'],
  'Jämn könsfördelning i kommunala styrelser och råd': ['cemr:2', 'cemr:3', 'sdg:5.5'],
  'Medborgardialoger når kvinnor och män lika': ['cemr:3', 'cemr:7', 'sdg:16.7'],
  'Minskade osakliga löneskillnader i kommunen': ['cemr:11', 'sdg:8.5'],
  'Fler heltidsanställda kvinnor i vård och omsorg': ['cemr:11', 'cemr:15', 'sdg:5.1', 'sdg:8.5'],
  'Utrikesfödda kvinnor når egen försörjning': ['cemr:10', 'cemr:18', 'sdg:5.1', 'sdg:8.5'],
  'Fler unga män fullföljer gymnasiet': ['cemr:13', 'sdg:4.1'],
  'Minskade skillnader i meritvärde mellan flickor och pojkar': ['cemr:13', 'sdg:4.5'],
  'Normkritiskt studie- och yrkesval': ['cemr:6', 'cemr:13', 'sdg:4.5'],
  'Förskola och fritids med öppettider som möjliggör heltidsarbete': ['cemr:16', 'sdg:5.4'],
  'Jämnare uttag av föräldraledighet bland kommunens anställda': ['cemr:11', 'sdg:5.4'],
  'Avlösning och stöd för anhörigvårdare': ['cemr:17', 'sdg:5.4'],
  'Jämställd fördelning av idrotts- och fritidsresurser': ['cemr:20', 'sdg:5.1'],
  'Minskad sjukfrånvaro bland kommunens medarbetare': ['cemr:11', 'cemr:14', 'sdg:3.4', 'sdg:8.8'],
  'Trygga offentliga miljöer för kvinnor och män': ['cemr:21', 'cemr:25', 'sdg:11.7'],
  'Kunskap om våld i nära relationer hos alla chefer': ['cemr:22', 'sdg:5.2'],
  'Fler våldsutsatta får stöd tidigt': ['cemr:22', 'sdg:5.2', 'sdg:16.1'],
  'Våldsförebyggande arbete i skolan': ['cemr:13', 'cemr:22', 'sdg:5.2'],
  'Trygga boenden för våldsutsatta': ['cemr:19', 'cemr:22', 'sdg:5.2', 'sdg:11.1'],
};

/** A number from an id's characters: the same every time, for choices that must not draw from the random sequence. */
const charSum = (id: string) => [...id].reduce((sum, c) => sum + c.charCodeAt(0), 0);

/** The demo's answers to "Varför skiljer det sig mellan kvinnor och män? Vad görs åt det?". */
const EQUALITY_ANALYSES: Record<'outside-target' | 'widened', string> = {
  'outside-target':
    'Skillnaden ligger utanför målet. Kvinnor och män använder verksamheten på olika sätt; vi ser över hur insatserna når båda grupperna och ändrar arbetssätten under nästa period.',
  widened:
    'Skillnaden mellan kvinnor och män har ökat sedan förra perioden. Vi går igenom orsakerna per verksamhet tillsammans med jämställdhetsstrategen och återkommer med åtgärder i nästa rapport.',
};

interface AreaSpec {
  title: string;
  description: string;
  goals: GoalSpec[];
}

const INTEGRATION: AreaSpec[] = [
  {
    title: 'Mottagande av nyanlända',
    description: 'Som ny i Halmstad ska du få ett bra mottagande och stöd att etablera dig.',
    goals: [
      {
        title: 'Ensamkommande unga får ett stabilt boende och en god man',
        lead: 'sof',
        indicators: [
          { name: 'Andel ensamkommande med boende inom en vecka', unit: '%', baseline: 80, target: 98 },
        ],
      },
      {
        title: 'Alla nyanlända erbjuds samhällsorientering inom tre månader',
        lead: 'uaf',
        contributing: ['sof'],
        indicators: [
          {
            name: 'Andel som påbörjat samhällsorientering inom tre månader',
            unit: '%',
            baseline: 62,
            target: 90,
            gender: true,
          },
        ],
        activities: [['Samordnat välkomstsamtal för nyanlända', 'uaf', 250000]],
      },
      {
        title: 'Nyanlända barn börjar i skola eller förskola inom en månad',
        lead: 'buf',
        indicators: [{ name: 'Andel barn placerade inom en månad', unit: '%', baseline: 71, target: 95 }],
      },
      {
        title: 'Tydlig information till nyanlända på flera språk',
        lead: 'kk',
        contributing: ['kof'],
        activities: [['Flerspråkig information på webben och i medborgarservice', 'kk', 120000]],
      },
    ],
  },
  {
    title: 'Boende',
    description: 'Hållbara boendelösningar för nyanlända och motverkad boendesegregation.',
    goals: [
      {
        title: 'Hälsosamma och trygga boendemiljöer i utsatta områden',
        lead: 'mf',
        contributing: ['hfab'],
        indicators: [
          { name: 'Antal tillsynsärenden om bristande inomhusmiljö', unit: 'st', baseline: 45, target: 20 },
        ],
      },
      {
        title: 'Fler nyanlända har ett eget förstahandskontrakt efter etableringen',
        lead: 'fk',
        contributing: ['hfab', 'sof'],
        indicators: [
          {
            name: 'Andel med eget förstahandskontrakt två år efter mottagande',
            unit: '%',
            baseline: 38,
            target: 60,
            gender: true,
          },
        ],
      },
      {
        title: 'Minskad trångboddhet i Andersberg och Vallås',
        lead: 'hfab',
        contributing: ['sbk'],
        indicators: [
          {
            name: 'Andel trångbodda hushåll',
            unit: '%',
            baseline: 24,
            target: 15,
            source: 'Egen boendeundersökning',
          },
        ],
      },
      {
        title: 'Blandade upplåtelseformer i nya detaljplaner',
        lead: 'sbk',
        activities: [['Krav på blandade upplåtelseformer i planprogram', 'sbk', null]],
      },
    ],
  },
  {
    title: 'Språk och utbildning',
    description: 'Språket och utbildning är grunden för etablering.',
    goals: [
      {
        title: 'Fler elever klarar sfi-kurserna i tid',
        lead: 'uaf',
        indicators: [
          {
            name: 'Andel elever som klarat minst två sfi-kurser',
            unit: '%',
            baseline: 48,
            target: 65,
            kpi: 'N18424',
            source: 'Kolada',
            gender: true,
          },
        ],
        activities: [
          ['Språkcafé på biblioteken', 'kof', 80000],
          ['Sfi kombinerad med yrkesutbildning', 'uaf', 1500000],
        ],
      },
      {
        title: 'Fler nyanlända elever uppnår behörighet till gymnasiet',
        lead: 'buf',
        indicators: [
          {
            name: 'Andel nyanlända elever behöriga till yrkesprogram',
            unit: '%',
            baseline: 42,
            target: 60,
            kpi: 'N15428',
            source: 'Kolada',
            gender: true,
          },
        ],
      },
      {
        title: 'Integrationssamordnare på skolor med stora socioekonomiska utmaningar',
        lead: 'buf',
        contributing: ['kof'],
        activities: [
          [
            'Integrationssamordnare på Klaraskolan, Östergårdsskolan, Vallåsskolan och Andersbergsskolan',
            'buf',
            2000000,
          ],
        ],
      },
      {
        title: 'Ökad föräldrasamverkan i förskola och skola',
        lead: 'buf',
        indicators: [{ name: 'Antal föräldraträffar med tolk', unit: 'st', baseline: 40, target: 120 }],
      },
    ],
  },
  {
    title: 'Arbete och egen försörjning',
    description: 'Fler i arbete eller studier och färre med långvarigt ekonomiskt bistånd.',
    goals: [
      {
        title: 'Fler deltagare i arbete eller studier efter avslutad insats',
        lead: 'uaf',
        contributing: ['sof'],
        indicators: [
          {
            name: 'Andel deltagare i arbete eller studier efter avslutad insats',
            unit: '%',
            baseline: 34,
            target: 50,
            kpi: 'N00945',
            source: 'Kolada',
            gender: true,
          },
        ],
        activities: [['Yrkessvenska med praktik hos lokala arbetsgivare', 'uaf', 900000]],
      },
      {
        title: 'Minskat långvarigt ekonomiskt bistånd',
        lead: 'sof',
        contributing: ['uaf'],
        indicators: [
          {
            name: 'Andel invånare med långvarigt ekonomiskt bistånd',
            unit: '%',
            baseline: 2.1,
            target: 1.4,
            kpi: 'N31807',
            source: 'Kolada',
          },
        ],
      },
      {
        title: 'Kommunen som inkluderande arbetsgivare',
        lead: 'kk',
        indicators: [
          {
            name: 'Antal praktikplatser för nyanlända i kommunen',
            unit: 'st',
            // Each place is held by a newly arrived person, counted as women and men.
            people: true,
            baseline: 55,
            target: 150,
            gender: true,
          },
        ],
      },
      {
        title: 'Mångfaldsperspektiv i rekrytering hos näringslivet',
        lead: 'kk',
        contributing: ['uaf'],
        activities: [['Nätverk för mångfaldsrekrytering med näringslivsrådet', 'kk', 60000]],
      },
    ],
  },
  {
    title: 'Delaktighet i samhället',
    description: 'Alla ska ha samma möjligheter att vara delaktiga, med föreningsliv och mötesplatser.',
    goals: [
      {
        title: 'Fler utrikesfödda deltar i föreningslivet',
        lead: 'kof',
        indicators: [
          {
            name: 'Andel utrikesfödda unga med föreningsaktivitet',
            unit: '%',
            baseline: 28,
            target: 40,
            gender: true,
          },
        ],
        activities: [['Föreningsguide för nya Halmstadbor', 'kof', 150000]],
      },
      {
        title: 'Meningsfull fritid för barn och unga i utsatta områden',
        lead: 'tff',
        contributing: ['kof'],
        indicators: [
          {
            name: 'Besök på fritidsgårdar i Andersberg och Vallås',
            unit: 'st',
            baseline: 21000,
            target: 30000,
            gender: true,
          },
        ],
      },
      {
        title: 'Mötesplatser för samverkan mellan kommun, region och civilsamhälle',
        lead: 'kk',
        activities: [['Integration Halland: gemensam konferens och digitalt forum', 'kk', 90000]],
      },
    ],
  },
  {
    title: 'Digital delaktighet',
    description: 'Digital integration bland nyanlända och utlandsfödda invånare.',
    goals: [
      {
        title: 'Fri tillgång till datorer och wifi på biblioteken',
        lead: 'kof',
        activities: [['Utökade öppettider med digital handledning', 'kof', 200000]],
      },
      {
        title: 'Ökad digital kompetens bland nyanlända och utlandsfödda',
        lead: 'kof',
        contributing: ['kk'],
        indicators: [
          {
            name: 'Antal deltagare i digitala kurser och workshops',
            unit: 'st',
            people: true,
            baseline: 300,
            target: 1200,
            gender: true,
          },
        ],
        activities: [['Digital integration i Andersberg, Vallås, City och Oskarström', 'kof', 1000000]],
      },
      {
        title: 'Stöd med digitala ärenden i medborgarservice',
        lead: 'kk',
        indicators: [
          { name: 'Antal besök för stöd med digitala ärenden', unit: 'st', baseline: 2500, target: 5000 },
        ],
      },
    ],
  },
];

const EQUALITY: AreaSpec[] = [
  {
    title: 'Jämn fördelning av makt och inflytande',
    description: 'Kvinnor och män ska ha samma rätt och möjlighet att vara aktiva medborgare.',
    goals: [
      {
        title: 'Jämn könsfördelning i kommunala styrelser och råd',
        lead: 'kk',
        indicators: [
          {
            name: 'Andel kvinnor bland ordförande i nämnder och styrelser',
            unit: '%',
            baseline: 33,
            target: 50,
            kpi: 'N00402',
            source: 'Kolada',
          },
        ],
      },
      {
        title: 'Medborgardialoger når kvinnor och män lika',
        lead: 'sbk',
        contributing: ['kk'],
        indicators: [
          {
            name: 'Deltagare i medborgardialoger',
            unit: 'st',
            baseline: 400,
            target: 800,
            gender: true,
            people: true,
          },
        ],
      },
    ],
  },
  {
    title: 'Ekonomisk jämställdhet',
    description: 'Samma möjligheter och villkor i fråga om betalt arbete som ger ekonomisk självständighet.',
    goals: [
      {
        title: 'Minskade osakliga löneskillnader i kommunen',
        lead: 'kk',
        indicators: [
          {
            name: 'Kvinnors lön i procent av mäns lön',
            unit: '%',
            baseline: 94,
            target: 100,
            source: 'Lönekartläggning',
          },
        ],
      },
      {
        title: 'Fler heltidsanställda kvinnor i vård och omsorg',
        lead: 'sof',
        indicators: [
          { name: 'Andel heltidsanställda', unit: '%', baseline: 61, target: 85, gender: true, maxGap: 5 },
        ],
        activities: [['Heltid som norm i schemaläggning', 'sof', 400000]],
      },
      {
        title: SHARED_DEMO_GOAL,
        lead: 'uaf',
        contributing: ['sof'],
        contributorsReportValues: true,
        indicators: [
          {
            name: 'Andel i arbete eller studier efter etableringsinsats',
            unit: '%',
            baseline: 29,
            target: 45,
            gender: true,
          },
        ],
      },
    ],
  },
  {
    title: 'Jämställd utbildning',
    description: 'Samma möjligheter och villkor i fråga om utbildning, studieval och personlig utveckling.',
    goals: [
      {
        title: 'Fler unga män fullföljer gymnasiet',
        lead: 'uaf',
        indicators: [
          {
            name: 'Andel gymnasieelever med examen inom fyra år',
            unit: '%',
            baseline: 74,
            target: 85,
            kpi: 'N17461',
            source: 'Kolada',
            gender: true,
            maxGap: 3,
          },
        ],
      },
      {
        title: 'Minskade skillnader i meritvärde mellan flickor och pojkar',
        lead: 'buf',
        indicators: [
          {
            name: 'Genomsnittligt meritvärde åk 9',
            unit: 'poäng',
            baseline: 225,
            target: 240,
            kpi: 'N15504',
            source: 'Kolada',
            gender: true,
          },
        ],
      },
      {
        title: 'Normkritiskt studie- och yrkesval',
        lead: 'buf',
        contributing: ['uaf'],
        activities: [['Studie- och yrkesvägledning utan könsstereotyper', 'buf', 100000]],
      },
    ],
  },
  {
    title: 'Jämn fördelning av det obetalda arbetet',
    description: 'Samma ansvar för hemarbetet och möjlighet att ge och få omsorg på lika villkor.',
    goals: [
      {
        title: 'Förskola och fritids med öppettider som möjliggör heltidsarbete',
        lead: 'buf',
        indicators: [
          {
            name: 'Andel föräldrar nöjda med öppettiderna',
            unit: '%',
            baseline: 72,
            target: 90,
            gender: true,
            targets: { women: 90, men: 90 },
          },
        ],
      },
      {
        title: 'Jämnare uttag av föräldraledighet bland kommunens anställda',
        lead: 'kk',
        indicators: [
          {
            name: 'Andel av föräldrapenningdagar som tas ut av män',
            unit: '%',
            baseline: 31,
            target: 45,
            source: 'Försäkringskassan',
          },
        ],
      },
      {
        title: 'Avlösning och stöd för anhörigvårdare',
        lead: 'sof',
        indicators: [
          {
            name: 'Anhörigvårdare som fått stöd',
            unit: 'st',
            baseline: 180,
            target: 300,
            gender: true,
            people: true,
          },
        ],
      },
    ],
  },
  {
    title: 'Jämställd hälsa',
    description: 'Samma förutsättningar för god hälsa och vård och omsorg på lika villkor.',
    goals: [
      {
        title: 'Jämställd fördelning av idrotts- och fritidsresurser',
        lead: 'tff',
        contributing: ['kof'],
        indicators: [
          { name: 'Andel av aktivitetsstödet som går till flickor', unit: '%', baseline: 38, target: 50 },
        ],
        activities: [['Genomlysning av bidragsfördelning ur jämställdhetsperspektiv', 'tff', 50000]],
      },
      {
        title: 'Minskad sjukfrånvaro bland kommunens medarbetare',
        lead: 'kk',
        indicators: [
          {
            name: 'Sjukfrånvaro',
            unit: '%',
            baseline: 7.8,
            target: 6,
            kpi: 'N00090',
            source: 'Kolada',
            gender: true,
            maxGap: 2,
          },
        ],
      },
      {
        title: 'Trygga offentliga miljöer för kvinnor och män',
        lead: 'sbk',
        contributing: ['tff', 'mf'],
        indicators: [
          {
            name: 'Andel som känner sig trygga utomhus på kvällen',
            unit: '%',
            baseline: 58,
            target: 75,
            source: 'Trygghetsmätning',
            gender: true,
            maxGap: 5,
          },
        ],
      },
    ],
  },
  {
    title: 'Mäns våld mot kvinnor ska upphöra',
    description:
      'Kvinnor och män, flickor och pojkar ska ha samma rätt och möjlighet till kroppslig integritet.',
    goals: [
      {
        title: 'Kunskap om våld i nära relationer hos alla chefer',
        lead: 'kk',
        contributing: ['sof'],
        indicators: [
          {
            name: 'Andel chefer som genomgått utbildningen',
            unit: '%',
            baseline: 20,
            target: 100,
            gender: true,
          },
        ],
      },
      {
        title: 'Fler våldsutsatta får stöd tidigt',
        lead: 'sof',
        indicators: [
          { name: 'Andel ärenden där frågan om våld ställts', unit: '%', baseline: 55, target: 95 },
        ],
        activities: [['Rutin för att fråga om våld i alla bedömningar', 'sof', 120000]],
      },
      {
        title: 'Våldsförebyggande arbete i skolan',
        lead: 'buf',
        contributing: ['sof'],
        indicators: [{ name: 'Skolor med våldsförebyggande program', unit: 'st', baseline: 6, target: 30 }],
        activities: [['Mentorer i våldsprevention (MVP) i grundskolan', 'buf', 300000]],
      },
      {
        title: 'Trygga boenden för våldsutsatta',
        lead: 'fk',
        contributing: ['sof', 'hfab'],
        indicators: [{ name: 'Väntetid till skyddat boende', unit: 'dagar', baseline: 14, target: 3 }],
      },
    ],
  },
];

const ANALYSES: Record<ReportStatus, string[]> = {
  'not-started': ['Arbetet har inte kommit igång än; planering pågår med berörda enheter.'],
  'on-track': [
    'Arbetet går enligt plan. Insatserna når målgruppen och utfallet rör sig mot målvärdet.',
    'Samverkan med civilsamhället har stärkts och resultaten följer planen.',
  ],
  'at-risk': [
    'Utvecklingen har planat ut. Personalomsättning har försenat insatserna under perioden.',
    'Resultatet skiljer sig mellan kvinnor och män; vi behöver anpassa insatserna för att nå alla.',
  ],
  'off-track': [
    'Målet nås inte i nuvarande takt. Bristande lokaler och långa väntetider påverkar utfallet.',
    'Utfallet har försämrats jämfört med föregående period och åtgärder behöver prioriteras.',
  ],
  completed: ['Målet är uppnått och arbetet har förts över till ordinarie verksamhet.'],
};

const pad = (n: number) => String(n).padStart(2, '0');
const isoDate = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

export function buildDemoSeed(today: Date = new Date()): DemoSeed {
  const rnd = random(1380);
  const year = today.getFullYear();
  const todayIso = isoDate(today);
  const seededAt = new Date(year - 2, 0, 10, 9, 0, 0).toISOString();
  const stamp = (id: string, by = 'm-admin', at = seededAt): Stamped => ({
    id,
    orgId: DEMO_ORG_ID,
    version: 1,
    createdAt: at,
    createdBy: by,
    updatedAt: at,
    updatedBy: by,
  });

  const organisation: Organisation = {
    id: DEMO_ORG_ID,
    name: 'Halmstads kommun (demo)',
    municipalityCode: '1380',
  };
  const departments: Department[] = DEPARTMENTS.map(([id, name, shortName]) => ({
    ...stamp(id),
    name,
    shortName,
    active: true,
  }));
  const members: Member[] = PEOPLE.map(([id, name, title, roles, departmentIds]) => ({
    ...stamp(id),
    name,
    title,
    email: `${name
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z]+/g, '.')}@halmstad.example`,
    roles,
    departmentIds,
    active: true,
  }));

  const plans: Plan[] = [
    {
      ...stamp('plan-integration', 'm-strateg-int'),
      title: 'Handlingsplan för integration',
      theme: 'integration',
      validFrom: year - 2,
      validTo: year + 1,
      decisionRef: `KS ${year - 3}/00412`,
      adoptedOn: `${year - 3}-02-05`,
      status: 'adopted',
      description:
        'Ett långsiktigt och samordnat arbete med mottagande, boende, språk, utbildning, arbete och delaktighet.',
      tags: ['sdg:10', 'sdg:16'],
    },
    {
      ...stamp('plan-jamstalldhet', 'm-strateg-jam'),
      title: 'Handlingsplan för strategiskt jämställdhetsarbete',
      theme: 'gender-equality',
      validFrom: year - 2,
      validTo: year + 1,
      decisionRef: `KS ${year - 3}/00413`,
      adoptedOn: `${year - 3}-02-05`,
      status: 'adopted',
      description:
        'Verksamheterna sätter mål och följer upp arbetet för ökad jämställdhet, utifrån de jämställdhetspolitiska delmålen.',
      tags: ['cemr:1', 'cemr:4', 'cemr:8', 'cemr:9', 'sdg:5'],
    },
  ];

  const focusAreas: FocusArea[] = [];
  const goals: Goal[] = [];
  const indicators: Indicator[] = [];
  const activities: Activity[] = [];
  const addPlan = (plan: Plan, areas: AreaSpec[], prefix: string) => {
    areas.forEach((area, a) => {
      const areaId = `${prefix}-fa${a + 1}`;
      focusAreas.push({
        ...stamp(areaId, plan.createdBy),
        planId: plan.id,
        title: area.title,
        description: area.description,
        order: a + 1,
      });
      area.goals.forEach((spec, g) => {
        const goalId = `${areaId}-g${g + 1}`;
        goals.push({
          ...stamp(goalId, plan.createdBy),
          planId: plan.id,
          focusAreaId: areaId,
          title: spec.title,
          description: '',
          leadDepartmentId: spec.lead,
          contributingDepartmentIds: spec.contributing ?? [],
          contributorsReportValues: spec.contributorsReportValues ?? false,
          targetYear: plan.validTo,
          order: g + 1,
          tags: DEMO_TAGS[spec.title] ?? [],
        });
        (spec.indicators ?? []).forEach((ind, i) => {
          indicators.push({
            ...stamp(`${goalId}-i${i + 1}`, plan.createdBy),
            planId: plan.id,
            goalId,
            name: ind.name,
            unit: ind.unit,
            baselineValue: ind.baseline,
            baselineYear: year - 3,
            targetValue: ind.target,
            targetYear: plan.validTo,
            direction: ind.target >= ind.baseline ? 'increase' : 'decrease',
            source: ind.source ?? (ind.kpi ? 'Kolada' : 'Egen uppföljning'),
            koladaKpi: ind.kpi ?? null,
            genderDisaggregated: ind.gender ?? false,
            countsPeople: ind.people ?? false,
            gapTarget: ind.maxGap === undefined ? null : { maxGap: ind.maxGap, year: plan.validTo },
            genderTargets: ind.targets ?? null,
          });
        });
        (spec.activities ?? []).forEach(([title, dep, budget], i) => {
          const person = members.find((m) => m.departmentIds.includes(dep) && m.roles.includes('reporter'));
          activities.push({
            ...stamp(`${goalId}-a${i + 1}`, plan.createdBy),
            planId: plan.id,
            goalId,
            title,
            description: '',
            responsibleDepartmentId: dep,
            responsiblePerson: person?.name ?? '',
            startsOn: `${year - 2}-01-01`,
            endsOn: `${year + 1}-12-31`,
            budgetSek: budget,
            tags: (DEMO_TAGS[spec.title] ?? []).filter((t) => t.startsWith('cemr:')),
          });
        });
      });
    });
  };
  addPlan(plans[0], INTEGRATION, 'int');
  addPlan(plans[1], EQUALITY, 'jam');

  // Three years of periods. The latest period that has opened stays open (late reports are
  // still accepted); earlier ones are closed, later ones planned.
  const periodSpecs = [year - 2, year - 1, year].flatMap(standardPeriods);
  const openIndex = periodSpecs.reduce((latest, p, i) => (p.opensOn <= todayIso ? i : latest), 0);
  // The open period's deadline is at most ten days away, so the demo always shows reminders.
  const soon = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 10);
  const periods: Period[] = periodSpecs.map((spec, i) => ({
    ...stamp(`per-${spec.year}-${spec.kind}`, 'm-strateg-int'),
    ...spec,
    deadline: i === openIndex && spec.deadline > isoDate(soon) ? isoDate(soon) : spec.deadline,
    state: i < openIndex ? 'closed' : i === openIndex ? 'open' : 'planned',
  }));

  // Reports: each goal has a trajectory; closed periods are mostly approved with a few gaps,
  // the open period has every workflow state.
  const reports: Report[] = [];
  const audit: AuditEntry[] = [];
  const trend = new Map(goals.map((g) => [g.id, rnd()]));
  const reported = periods.slice(0, openIndex + 1);
  reported.forEach((period, p) => {
    const isOpen = period.state === 'open';
    const progressShare = (p + 1) / (reported.length + 2);
    for (const goal of goals) {
      const pinned = goal.title === SHARED_DEMO_GOAL;
      for (const departmentId of responsibleDepartments(goal)) {
        const reportsAs = departmentId === goal.leadDepartmentId ? 'lead' : 'contributor';
        const roll = rnd();
        let state: ReportState | null;
        if (!isOpen) state = roll < 0.08 ? null : roll < 0.12 ? 'submitted' : 'approved';
        else
          state =
            roll < 0.22
              ? null
              : roll < 0.45
                ? 'draft'
                : roll < 0.7
                  ? 'submitted'
                  : roll < 0.85
                    ? 'approved'
                    : 'returned';
        if (state === null) continue;
        let quality = (trend.get(goal.id) ?? 0.5) + (p / reported.length) * 0.3 + (rnd() - 0.5) * 0.35;
        // The pinned goal's lead is on track, its contributor at risk: the lead's status counts.
        if (pinned) quality = reportsAs === 'lead' ? 0.9 : 0.6;
        const status: ReportStatus =
          p >= reported.length - 3 && quality > 1.12
            ? 'completed'
            : quality > 0.75
              ? 'on-track'
              : quality > 0.45
                ? 'at-risk'
                : 'off-track';
        const reporter = members.find(
          (m) => m.roles.includes('reporter') && m.departmentIds.includes(departmentId),
        );
        const by = reporter?.id ?? 'm-admin';
        const submittedDay = new Date(period.deadline);
        submittedDay.setDate(submittedDay.getDate() - Math.floor(rnd() * 15));
        if (isOpen && submittedDay > today)
          submittedDay.setTime(today.getTime() - Math.floor(rnd() * 5 + 1) * 86400000);
        const submittedAt = new Date(
          submittedDay.getFullYear(),
          submittedDay.getMonth(),
          submittedDay.getDate(),
          9 + Math.floor(rnd() * 8),
          Math.floor(rnd() * 60),
        ).toISOString();
        // A closed period's decisions came two days after the report; the open period's in the last
        // two days, so that the demo's notices show the department heads' latest decisions.
        const decidedAt = new Date(
          isOpen
            ? Math.max(
                new Date(submittedAt).getTime() + 2 * 3600000,
                new Date(today.getFullYear(), today.getMonth(), today.getDate() - 2, 10).getTime(),
              )
            : new Date(submittedAt).getTime() + 2 * 86400000,
        ).toISOString();
        const goalIndicators = indicators.filter((i) => i.goalId === goal.id);
        const texts = ANALYSES[status];
        const wasSubmitted = state !== 'draft';
        const decided = state === 'approved' || state === 'returned';
        const strategist = goal.planId === 'plan-integration' ? 'm-strateg-int' : 'm-strateg-jam';
        const report: Report = {
          ...stamp(reportId(period.id, 'goal', goal.id, departmentId), by, submittedAt),
          version: decided ? 3 : wasSubmitted ? 2 : 1,
          updatedBy: decided ? strategist : by,
          updatedAt: decided ? decidedAt : submittedAt,
          planId: goal.planId,
          goalId: goal.id,
          subjectType: 'goal',
          subjectId: goal.id,
          departmentId,
          reportsAs,
          periodId: period.id,
          status,
          progress: Math.round(Math.min(100, Math.max(0, progressShare * 100 * (0.6 + quality * 0.5)))),
          indicatorValues: goalIndicators.map((ind) => {
            // A share stays a share: 0–100 % (the app refuses anything else, and so does an import).
            const inRange = (value: number) => (ind.unit === '%' ? Math.min(100, Math.max(0, value)) : value);
            const total = inRange(
              round1(
                ind.baselineValue +
                  (ind.targetValue - ind.baselineValue) *
                    Math.min(1.1, Math.max(-0.1, progressShare * (0.5 + quality * 0.7))),
              ),
            );
            if (!ind.genderDisaggregated) return { indicatorId: ind.id, total, women: null, men: null };
            const sign = rnd() < 0.7 ? 1 : -1;
            // The gap narrows as the work goes on, except where it widens for a period (one goal
            // in four, a different one each period), so the demo asks for equality analyses.
            const widens = !pinned && (charSum(goal.id) + p) % 4 === 0 ? 1.8 : 1;
            const gap =
              Math.abs(ind.targetValue - ind.baselineValue) *
              (0.25 - progressShare * 0.15) *
              widens *
              (pinned ? (reportsAs === 'lead' ? 1 : -1) : sign);
            return {
              indicatorId: ind.id,
              total,
              women: inRange(round1(total + gap / 2)),
              men: inRange(round1(total - gap / 2)),
            };
          }),
          analysis: texts[Math.floor(rnd() * texts.length)],
          nextSteps:
            status === 'on-track' || status === 'completed'
              ? 'Fortsätta enligt plan.'
              : 'Ta fram åtgärdsplan tillsammans med berörda förvaltningar.',
          documentUrl: '',
          state,
          returnComment:
            state === 'returned'
              ? 'Komplettera med värden för kvinnor och män och en analys av skillnaden.'
              : '',
          submittedAt: wasSubmitted ? submittedAt : null,
          submittedBy: wasSubmitted ? by : null,
          decidedAt: decided ? decidedAt : null,
          decidedBy: decided ? strategist : null,
        };
        // Contributions carry values only where the strategist asked for their share. (Drawn
        // anyway, so that the random sequence, and with it the rest of the demo, stays the same.)
        if (reportsAs === 'contributor' && !goal.contributorsReportValues) report.indicatorValues = [];
        // The pinned goal is left for the demo's user in the open period.
        if (pinned && isOpen) continue;
        reports.push(report);
        audit.push(...seedHistory(report, members));
      }
    }
  });
  // Where the numbers ask for an equality analysis (a gap outside its target, or wider than in
  // the department's last report), the demo's reports give one, as the form would have required.
  const indicatorById = new Map(indicators.map((i) => [i.id, i]));
  for (const report of reports) {
    const previous = previousReport(report, reports, periods);
    for (const value of report.indicatorValues) {
      const indicator = indicatorById.get(value.indicatorId);
      const before = previous?.indicatorValues.find((v) => v.indicatorId === value.indicatorId);
      const need = indicator ? analysisReason(indicator, value, before) : null;
      if (need) value.equalityAnalysis = EQUALITY_ANALYSES[need.reason];
    }
  }
  // Kolada figures for the indicators that have a KPI: from the baseline year to last year,
  // moving a little towards the target each year.
  const measurements: Measurement[] = indicators
    .filter((i) => i.koladaKpi)
    .flatMap((indicator) =>
      Array.from({ length: year - indicator.baselineYear }, (_, n): Measurement => {
        const total = round1(
          indicator.baselineValue + ((indicator.targetValue - indicator.baselineValue) * n) / 6,
        );
        const split = indicator.genderDisaggregated ? Math.max(0.5, Math.abs(total) * 0.06) : null;
        /** The same KPI elsewhere: a little apart from Halmstad, and a different gap. */
        const elsewhere = (shift: number, gap: number) => ({
          total: round1(total + shift),
          women: split === null ? null : round1(total + shift + split * gap),
          men: split === null ? null : round1(total + shift - split * gap),
        });
        return {
          ...stamp(measurementId(indicator.id, indicator.baselineYear + n), indicator.createdBy),
          planId: indicator.planId,
          indicatorId: indicator.id,
          year: indicator.baselineYear + n,
          total,
          women: split === null ? null : round1(total + split),
          men: split === null ? null : round1(total - split),
          source: `Kolada ${indicator.koladaKpi}`,
          // As if fetched from Kolada's API the day the demo was made, with a demo comparison.
          fetchedAt: new Date(today.getFullYear(), today.getMonth(), today.getDate(), 6).toISOString(),
          missing: [],
          revisedFrom: null,
          peers: {
            county: elsewhere(1.2, 0.8),
            country: elsewhere(2.5, 1.1),
            group: { name: 'Liknande kommuner (demo)', ...elsewhere(-0.8, 1.3) },
          },
        };
      }),
    );
  return {
    organisation,
    departments,
    members,
    plans,
    focusAreas,
    goals,
    indicators,
    activities,
    measurements,
    periods,
    reports,
    audit,
  };
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The audit trail a seeded report would have: created, submitted, approved or returned. */
function seedHistory(report: Report, members: Member[]): AuditEntry[] {
  const name = (id: string | null) => members.find((m) => m.id === id)?.name ?? '';
  const entry = (
    n: number,
    action: AuditEntry['action'],
    at: string,
    by: string,
    comment = '',
  ): AuditEntry => ({
    id: `${report.id}__${n}`,
    orgId: report.orgId,
    at,
    by,
    byName: name(by),
    action,
    entity: 'reports',
    entityId: report.id,
    before: null,
    after: null,
    comment,
  });
  const entries = [entry(1, 'create', report.createdAt, report.createdBy)];
  if (report.submittedAt && report.submittedBy)
    entries.push(entry(2, 'submit', report.submittedAt, report.submittedBy));
  if (report.decidedAt && report.decidedBy) {
    const action = report.state === 'returned' ? 'return' : 'approve';
    entries.push(entry(3, action, report.decidedAt, report.decidedBy, report.returnComment));
  }
  return entries;
}
