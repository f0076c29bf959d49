//! The words people write around times, in English, French, German, Spanish, Portuguese and
//! Italian (and, for lengths, the Slavic languages): number words, units, month and weekday names, range connectors and the cue
//! words that mark an approximate length, a length per speaker, the end of an agenda, a
//! day of a programme or a labelled field.
//!
//! Every lookup takes a word already folded by [`fold`] (lowercase, accents removed), so one
//! table serves every spelling (`Minuten`, `minutos`, `durée`, `Duração`).

/// The words of `text` between white space that hold a letter or a digit: marks standing
/// alone (`/`, `+`, `—`, `##`, an emoji) are no words of a line's length.
pub fn real_words(text: &str) -> impl Iterator<Item = &str> {
    text.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric))
}

/// True when `word` says "every" or "each" (`every`, `chaque`, `jeden`, `cada`, `ogni`,
/// `elke`), in any case: a weekday after it recurs.
pub fn is_every_word(word: &str) -> bool {
    ["every", "each", "chaque", "tous", "toutes", "jeden", "jede", "jeder", "cada", "todos", "todas", "ogni", "elke", "iedere", "varje", "hver", "hvert"].iter().any(|e| e.eq_ignore_ascii_case(word))
        || ["каждые", "каждый", "каждую", "кожні", "кожен", "кожну"].iter().any(|e| words_equal(e, word))
}

/// True when `a` and `b` are the same word once lowercased (for scripts other than Latin).
fn words_equal(a: &str, b: &str) -> bool {
    a.chars().count() == b.chars().count() && a.chars().zip(b.chars()).all(|(x, y)| x.to_lowercase().eq(y.to_lowercase()))
}

/// True for a folded word saying a place is shut (`closed`, `fermé`, `geschlossen`,
/// `cerrado`, `chiuso`): said of a weekday, it makes the list the hours of a place.
pub fn is_closed_word(folded: &str) -> bool {
    matches!(folded, "closed" | "ferme" | "fermee" | "geschlossen" | "cerrado" | "cerrada" | "chiuso" | "chiusa" | "fechado" | "fechada" | "gesloten" | "zamkniete" | "stangt" | "lukket" | "suljettu")
}

/// Currency symbols written before or after an amount (`€20`, `12,50 €`, `$31`).
pub const CURRENCY_SYMBOLS: [char; 10] = ['€', '$', '£', '¥', '₹', '₽', '₩', '₺', '₴', '₱'];

/// True for a letter of a script written without spaces between words: Han ideographs,
/// Japanese kana and Korean Hangul. A number right after one starts a word (`일시2022`).
pub fn is_cjk(c: char) -> bool {
    matches!(c, '\u{1100}'..='\u{11FF}' | '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}' | '\u{F900}'..='\u{FAFF}')
}

/// True for a folded verb of lasting that may stand right before a length (`lasts`,
/// `dauert`, `dure`, `duurt`, `varer`, `kestää`, `trwa`, Russian `длится`, Ukrainian
/// `триває`), in the present, past or future.
pub fn is_lasting_verb(folded: &str) -> bool {
    matches!(
        folded,
        "last" | "lasts" | "lasted" | "dura" | "durara" | "dauert" | "dauerte" | "dure" | "durait" | "durera" | "duurt" | "duurde" | "duurden"
            | "varar" | "varade" | "varer" | "varte" | "pagar" | "pagick" | "kestaa" | "kesti" | "trwa" | "trva"
            | "длится" | "длилась" | "продлится" | "продолжается" | "займет" | "займёт" | "триває" | "триватиме"
    )
}

/// Lowercases `word` and removes accents (`Duração` → `duracao`, `Frühstück` →
/// `fruhstuck`), keeping only letters, digits and `.` `'` `-`; cheap for ASCII words.
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        let base = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => 'a',
            'ç' | 'Ç' => 'c',
            'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => 'i',
            'ñ' | 'Ñ' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => 'o',
            'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
            'ß' => {
                out.push_str("ss");
                continue;
            }
            '’' | '‘' | '′' => '\'',
            _ => {
                for l in c.to_lowercase() {
                    out.push(l);
                }
                continue;
            }
        };
        out.push(base);
    }
    out
}

/// The value of a number word (`ten` 10, `vingt` 20, `fünfzehn` 15, `meia` 0.5, `a` 1,
/// `дві` 2, `półtorej` 1.5), for the numbers agendas use: one to twenty, the tens to ninety,
/// and halves and quarters.
pub fn number_word(folded: &str) -> Option<f64> {
    let v = match folded {
        "a" | "an" | "one" | "un" | "une" | "ein" | "eine" | "einer" | "einen" | "uno" | "una" | "um" | "uma" | "un'" => 1.0,
        "two" | "deux" | "zwei" | "dos" | "dois" | "duas" | "due" => 2.0,
        "three" | "trois" | "drei" | "tres" | "tre" => 3.0,
        "four" | "quatre" | "vier" | "cuatro" | "quatro" | "quattro" => 4.0,
        "five" | "cinq" | "funf" | "fuenf" | "cinco" | "cinque" => 5.0,
        "six" | "sechs" | "seis" | "sei" => 6.0,
        "seven" | "sept" | "sieben" | "siete" | "sete" | "sette" => 7.0,
        "eight" | "huit" | "acht" | "ocho" | "oito" | "otto" => 8.0,
        "nine" | "neuf" | "neun" | "nueve" | "nove" => 9.0,
        "ten" | "dix" | "zehn" | "diez" | "dez" | "dieci" => 10.0,
        "eleven" | "onze" | "elf" | "once" | "undici" => 11.0,
        "twelve" | "douze" | "zwolf" | "zwoelf" | "doce" | "doze" | "dodici" => 12.0,
        "thirteen" | "treize" | "dreizehn" | "trece" | "treze" | "tredici" => 13.0,
        "fourteen" | "quatorze" | "vierzehn" | "catorce" | "catorze" | "quattordici" => 14.0,
        "fifteen" | "quinze" | "funfzehn" | "fuenfzehn" | "quince" | "quindici" => 15.0,
        "sixteen" | "seize" | "sechzehn" | "dieciseis" | "dezesseis" | "sedici" => 16.0,
        "seventeen" | "siebzehn" => 17.0,
        "eighteen" | "achtzehn" => 18.0,
        "nineteen" | "neunzehn" => 19.0,
        "twenty" | "vingt" | "zwanzig" | "veinte" | "vinte" | "venti" => 20.0,
        "thirty" | "trente" | "dreissig" | "treinta" | "trinta" | "trenta" => 30.0,
        "forty" | "quarante" | "vierzig" | "cuarenta" | "quarenta" => 40.0,
        "fifty" | "cinquante" | "funfzig" | "fuenfzig" | "cincuenta" | "cinquenta" | "cinquanta" => 50.0,
        "sixty" | "soixante" | "sechzig" | "sesenta" | "sessenta" | "sessanta" => 60.0,
        "seventy" | "siebzig" => 70.0,
        "eighty" | "achtzig" => 80.0,
        "ninety" | "neunzig" | "noventa" | "novanta" => 90.0,
        "half" | "demi" | "demie" | "halbe" | "halben" | "media" | "medio" | "meia" | "meio" | "mezza" | "mezz'" | "půl" => 0.5,
        "quarter" | "quart" | "viertel" | "cuarto" | "quarto" => 0.25,
        // Dutch, and Swedish where its numbers are no common word of another language.
        "een" | "ett" => 1.0,
        "twee" | "tva" => 2.0,
        "drie" => 3.0,
        "fyra" => 4.0,
        "vijf" | "fem" => 5.0,
        "zes" => 6.0,
        "zeven" | "sju" => 7.0,
        "atta" => 8.0,
        "negen" | "nio" => 9.0,
        "tien" | "tio" => 10.0,
        // One and a half in one word: Dutch, German, Danish and Norwegian, Finnish, Hungarian.
        "anderhalf" | "anderthalb" | "eineinhalb" | "halvanden" | "halvannen" | "puolitoista" | "masfel" => 1.5,
        _ => return slavic_number_word(folded),
    };
    Some(v)
}

/// Slavic number words (Ukrainian, Russian, Bulgarian, Serbian and Croatian, Polish, Czech,
/// Slovak) in their common inflections, folded: one to twelve, fifteen, the tens to sixty,
/// ninety, halves, quarters and one and a half.
fn slavic_number_word(folded: &str) -> Option<f64> {
    let v = match folded {
        "один" | "одна" | "одну" | "одне" | "одно" | "одного" | "един" | "една" | "едно" | "један" | "једна" | "једну" | "jeden"
        | "jedna" | "jedną" | "jednu" | "jedno" | "jedan" => 1.0,
        "два" | "дві" | "две" | "двије" | "dwa" | "dwie" | "dva" | "dvě" | "dve" | "dvije" => 2.0,
        "три" | "trzy" | "tři" | "tri" => 3.0,
        "чотири" | "четыре" | "четири" | "cztery" | "čtyři" | "štyri" | "četiri" => 4.0,
        "п'ять" | "пʼять" | "пять" | "пет" | "pięć" | "pět" | "pať" | "pet" => 5.0,
        "шість" | "шесть" | "шест" | "sześć" | "šest" | "šesť" => 6.0,
        "сім" | "семь" | "седем" | "седам" | "siedem" | "sedm" | "sedem" | "sedam" => 7.0,
        "вісім" | "восемь" | "осем" | "осам" | "osiem" | "osm" | "osem" | "osam" => 8.0,
        "дев'ять" | "девʼять" | "девять" | "девет" | "dziewięć" | "devět" | "devať" | "devet" => 9.0,
        "десять" | "десет" | "dziesięć" | "deset" | "desať" => 10.0,
        "одинадцять" | "одиннадцать" | "единадесет" | "единайсет" | "једанаест" | "jedenaście" | "jedenact" | "jedenasť"
        | "jedanaest" => 11.0,
        "дванадцять" | "двенадцать" | "дванадесет" | "дванайсет" | "дванаест" | "dwanaście" | "dvanact" | "dvanasť"
        | "dvanaest" => 12.0,
        "п'ятнадцять" | "пʼятнадцять" | "пятнадцать" | "петнадесет" | "петнайсет" | "петнаест" | "piętnaście" | "patnact"
        | "patnasť" | "petnaest" => 15.0,
        "двадцять" | "двадцать" | "двадесет" | "двайсет" | "dwadzieścia" | "dvacet" | "dvadsať" | "dvadeset" => 20.0,
        "тридцять" | "тридцать" | "тридесет" | "трийсет" | "trzydzieści" | "třicet" | "tridsať" | "trideset" => 30.0,
        "сорок" | "четиридесет" | "четрдесет" | "czterdzieści" | "čtyřicet" | "štyridsať" | "četrdeset" => 40.0,
        "п'ятдесят" | "пʼятдесят" | "пятьдесят" | "петдесет" | "педесет" | "pięćdziesiąt" | "padesat" | "paťdesiat"
        | "pedeset" => 50.0,
        "шістдесят" | "шестьдесят" | "шестдесет" | "шездесет" | "sześćdziesiąt" | "šedesat" | "šesťdesiat" | "šezdeset" => 60.0,
        "дев'яносто" | "девʼяносто" | "девяносто" | "деветдесет" | "деведесет" | "dziewięćdziesiąt" | "devadesat"
        | "devaťdesiat" | "devedeset" => 90.0,
        "пів" | "пол" | "половина" | "половину" | "половини" | "половин" | "половиной" | "половиною" | "пола" | "poł" | "pol"
        | "pola" | "polovina" | "polovinu" | "połowa" => 0.5,
        "четверть" | "чверть" | "четвърт" | "kwadrans" | "čtvrt" | "štvrť" | "četvrt" => 0.25,
        "півтори" | "півтора" | "полтора" | "полторы" | "połtorej" | "połtora" | "poldruha" | "půldruhe" => 1.5,
        _ => return None,
    };
    Some(v)
}

/// True for a word for "at" before a time of day (`at`, `à`, `um`, `alle`, `às`, `a las`'s
/// `las`, `om`, `kl.`), lowercased but not folded: a bare `a` is more often a letter naming
/// something (`Track A`) than Spanish "at".
pub fn is_at_word(lower: &str) -> bool {
    matches!(lower, "at" | "à" | "um" | "alle" | "às" | "las" | "om" | "kl" | "kl.")
}

/// True for a word joining a whole number to a fraction (`one and a half`, `un et demi`,
/// `jeden a půl`, `час и половина`, `два с половиной`), folded.
pub fn is_and_word(folded: &str) -> bool {
    matches!(folded, "and" | "et" | "e" | "y" | "und" | "a" | "i" | "и" | "і" | "й" | "с" | "з")
}

/// True for a word that names minutes (`min`, `minutes`, `Minuten`, `minutos`, `mn`,
/// `хвилин`, `минуты`, Danish and Norwegian `minutter`, Swedish `minuter`, Finnish
/// `minuuttia`, Hungarian `perc`, Vietnamese `phút`, and the words in Greek, Hebrew,
/// Arabic, Persian, Hindi and Thai).
pub fn is_minute_unit(folded: &str) -> bool {
    matches!(
        folded,
        "m" | "mn"
            | "min"
            | "min."
            | "mins"
            | "mins."
            | "minute"
            | "minutes"
            | "minuten"
            | "minuto"
            | "minutos"
            | "minuti"
            | "mnt"
            | "mnts"
            | "minut"
            | "minuty"
            | "minuta"
            | "minutu"
            | "minutę"
            | "минута"
            | "минуты"
            | "минут"
            | "минуту"
            | "минути"
            | "минуте"
            | "мин"
            | "мин."
            | "хвилина"
            | "хвилини"
            | "хвилин"
            | "хвилину"
            | "хв"
            | "хв."
            | "dakika"
            | "dk"
            | "dk."
            | "menit"
            | "minit"
            | "minutter"
            | "minuter"
            | "minutt"
            | "minuttia"
            | "minuutti"
            | "minuuttia"
            | "perc"
            | "percet"
            | "phut"
            | "λεπτά"
            | "λεπτα"
            | "λεπτών"
            | "λεπτό"
            | "דקות"
            | "דקה"
            | "دقيقة"
            | "دقائق"
            | "دقيقه"
            | "دقیقه"
            | "मिनट"
            | "นาที"
    )
}

/// True for a word that names hours (`h`, `hrs`, `hours`, `heures`, `Stunden`, `horas`,
/// `godziny`, `години`, `часа`, Turkish `saat`, Indonesian `jam`, Swedish `tim`, `timma`, `timmar`,
/// Danish and Norwegian `timer`, Finnish `tuntia`; Croatian `sat` only in its plural forms, since `Sat` is a
/// weekday, and not the singular `time`, an English word).
pub fn is_hour_unit(folded: &str) -> bool {
    matches!(
        folded,
        "h" | "h."
            | "hr"
            | "hr."
            | "hrs"
            | "hrs."
            | "hour"
            | "hours"
            | "heure"
            | "heures"
            | "stunde"
            | "stunden"
            | "std"
            | "std."
            | "hora"
            | "horas"
            | "ora"
            | "ore"
            | "hs"
            | "hodina"
            | "hodinu"
            | "hodiny"
            | "hodin"
            | "godzina"
            | "godziny"
            | "godzin"
            | "godzinę"
            | "godz."
            | "sata"
            | "sati"
            | "година"
            | "години"
            | "годин"
            | "годину"
            | "час"
            | "часа"
            | "часов"
            | "часове"
            | "сат"
            | "сата"
            | "сати"
            | "saat"
            | "jam"
            | "tim"
            | "timme"
            | "timma"
            | "timmar"
            | "timer"
            | "tunti"
            | "tuntia"
            | "tunnin"
            | "tiếng"
            | "ώρα"
            | "ώρες"
            | "ωρών"
            | "ώρας"
            | "שעה"
            | "שעות"
            | "ساعة"
            | "ساعات"
            | "ساعت"
            | "घंटे"
            | "घंटा"
            | "ชั่วโมง"
    )
}

/// True for a word that names seconds (`sec`, `seconds`, `segundos`).
pub fn is_second_unit(folded: &str) -> bool {
    matches!(folded, "s" | "sec" | "sec." | "secs" | "second" | "seconds" | "secondes" | "sekunden" | "segundos" | "secondi")
}

/// The month a word names (1–12): in the six languages written out or abbreviated (`Dec`,
/// `déc.`, `Okt`, `sept`, `julho`), and written out in Dutch, the Scandinavian languages,
/// Polish, Czech, Russian, Ukrainian, Turkish, Indonesian, Catalan, Romanian, Finnish,
/// Hungarian, Greek and Arabic (`19 сентября`, `3 maja`, `12 de març`, `12 Μαρτίου`, `8 يوليو`).
pub fn month(folded: &str) -> Option<u32> {
    // Most words asked are no month: one hash look-up says so, where a walk through the
    // names of twelve months in twenty-one languages took a few hundred comparisons.
    static BY_NAME: std::sync::OnceLock<foldhash::HashMap<&'static str, u32>> = std::sync::OnceLock::new();
    let names = BY_NAME.get_or_init(|| MONTHS.iter().zip(1..).flat_map(|(names, m)| names.iter().map(move |n| (*n, m))).collect());
    names.get(folded.trim_end_matches('.')).copied()
}

/// Month names and abbreviations, January first.
const MONTHS: [&[&str]; 12] = [
    &["january", "janvier", "januar", "janner", "enero", "janeiro", "gennaio", "jan", "janv", "ene", "gen", "januari", "styczeń", "stycznia", "ledna", "leden", "января", "январь", "січня", "ocak", "gener", "ianuarie", "tammikuuta", "ιανουαρίου", "ιανουάριος", "يناير"],
    &["february", "fevrier", "februar", "febrero", "fevereiro", "febbraio", "feb", "fev", "fevr", "febr", "februari", "luty", "lutego", "unora", "unor", "февраля", "февраль", "лютого", "şubat", "febrer", "februarie", "helmikuuta", "φεβρουαρίου", "φεβρουάριος", "فبراير", "شباط"],
    &["march", "mars", "marz", "maerz", "marzo", "marco", "mar", "mrz", "maart", "marts", "marzec", "marca", "března", "březen", "марта", "март", "березня", "mart", "maret", "marc", "martie", "maaliskuuta", "marcius", "μαρτίου", "μάρτιος", "مارس", "آذار"],
    &["april", "avril", "abril", "aprile", "apr", "avr", "abr", "kwiecień", "kwietnia", "dubna", "duben", "апреля", "апрель", "квітня", "nisan", "aprilie", "huhtikuuta", "aprilis", "απριλίου", "απρίλιος", "أبريل", "ابريل", "نيسان"],
    &["may", "mai", "mayo", "maio", "maggio", "mag", "mei", "maj", "maja", "května", "květen", "мая", "май", "травня", "mayıs", "maig", "toukokuuta", "majus", "μαΐου", "μάιος", "مايو", "أيار"],
    &["june", "juin", "juni", "junio", "junho", "giugno", "jun", "giu", "czerwiec", "czerwca", "června", "červen", "июня", "июнь", "червня", "haziran", "juny", "iunie", "kesakuuta", "junius", "ιουνίου", "ιούνιος", "يونيو", "حزيران"],
    &["july", "juillet", "juli", "julio", "julho", "luglio", "jul", "juil", "lug", "lipiec", "lipca", "července", "červenec", "июля", "июль", "липня", "temmuz", "juliol", "iulie", "heinakuuta", "julius", "ιουλίου", "ιούλιος", "يوليو", "تموز"],
    &["august", "aout", "agosto", "aug", "ago", "augustus", "augusti", "sierpień", "sierpnia", "srpna", "srpen", "августа", "август", "серпня", "ağustos", "agustus", "agost", "elokuuta", "augusztus", "αυγούστου", "αύγουστος", "أغسطس", "اغسطس", "آب"],
    &["september", "septembre", "septiembre", "setembro", "settembre", "sep", "sept", "set", "wrzesień", "września", "zaři", "сентября", "сентябрь", "вересня", "eylul", "setembre", "septembrie", "syyskuuta", "szeptember", "σεπτεμβρίου", "σεπτέμβριος", "سبتمبر", "أيلول"],
    &["october", "octobre", "oktober", "octubre", "outubro", "ottobre", "oct", "okt", "out", "ott", "październik", "października", "řijna", "řijen", "октября", "октябрь", "жовтня", "ekim", "octombrie", "lokakuuta", "οκτωβρίου", "οκτώβριος", "أكتوبر", "اكتوبر"],
    &["november", "novembre", "noviembre", "novembro", "nov", "listopad", "listopada", "listopadu", "ноября", "ноябрь", "листопада", "kasım", "noiembrie", "marraskuuta", "νοεμβρίου", "νοέμβριος", "نوفمبر"],
    &["december", "decembre", "dezember", "diciembre", "dezembro", "dicembre", "dec", "dez", "dic", "desember", "grudzień", "grudnia", "prosince", "prosinec", "декабря", "декабрь", "грудня", "aralık", "desembre", "decembrie", "joulukuuta", "δεκεμβρίου", "δεκέμβριος", "ديسمبر"],
];

/// The weekday a word names (0 = Monday), written out or abbreviated, in the six languages.
pub fn weekday(folded: &str) -> Option<u32> {
    let w = folded.trim_end_matches([',', '.']);
    WEEKDAYS.iter().position(|names| names.contains(&w)).map(|i| i as u32)
}

/// Weekday names and abbreviations, Monday first.
const WEEKDAYS: [&[&str]; 7] = [
        // Then Dutch, and Swedish, Danish and Norwegian (folded: `lördag` and `lørdag` are
        // `lordag`).
        &["monday", "lundi", "montag", "lunes", "segunda", "segunda-feira", "lunedi", "mon", "mo", "lun", "maandag", "mandag"],
        &["tuesday", "mardi", "dienstag", "martes", "terca", "terca-feira", "martedi", "tue", "tues", "di", "mar", "dinsdag", "tisdag", "tirsdag"],
        &["wednesday", "mercredi", "mittwoch", "miercoles", "quarta", "quarta-feira", "mercoledi", "wed", "mi", "mer", "mie", "woensdag", "onsdag"],
        &["thursday", "jeudi", "donnerstag", "jueves", "quinta", "quinta-feira", "giovedi", "thu", "thur", "thurs", "do", "jeu", "jue", "donderdag", "torsdag"],
        &["friday", "vendredi", "freitag", "viernes", "sexta", "sexta-feira", "venerdi", "fri", "fr", "ven", "vie", "vrijdag", "fredag"],
        &["saturday", "samedi", "samstag", "sonnabend", "sabado", "sabato", "sat", "sa", "sam", "sab", "zaterdag", "lordag"],
    &["sunday", "dimanche", "sonntag", "domingo", "domenica", "sun", "so", "dim", "dom", "zondag", "sondag"],
];

/// True when `word` (as written: any case, accents allowed) is a month or weekday name in
/// one of the languages [`month`] and [`weekday`] know; a quick test before a date is parsed
/// at a word. Words longer than any name are not looked up.
pub fn is_date_word(word: &str) -> bool {
    let w = word.trim_end_matches([',', '.']);
    // Bytes: `сентября` is eight letters in sixteen bytes.
    if w.len() < 2 || w.len() > 24 {
        return false;
    }
    let names = date_words();
    if w.is_ascii() {
        if w.len() > 14 {
            return false;
        }
        let mut buf = [0u8; 14];
        for (d, s) in buf.iter_mut().zip(w.bytes()) {
            *d = s.to_ascii_lowercase();
        }
        let lower = std::str::from_utf8(&buf[..w.len()]).unwrap_or("");
        return names.binary_search(&lower).is_ok();
    }
    let f = fold(w);
    names.binary_search(&f.as_str()).is_ok()
}

/// Every month and weekday name of [`month`] and [`weekday`], sorted, for a quick look-up.
fn date_words() -> &'static [&'static str] {
    static NAMES: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    NAMES.get_or_init(|| {
        let mut v: Vec<&'static str> = MONTHS.iter().chain(WEEKDAYS.iter()).flat_map(|n| n.iter().copied()).collect();
        let dotted: Vec<&'static str> = Vec::new();
        v.extend(dotted);
        v.sort_unstable();
        v.dedup();
        v
    })
}

/// True for a written-out weekday name (not an abbreviation such as `Do` or `mar` that is
/// also a common word), used where a weekday alone must mark a day of a programme.
pub fn is_full_weekday(folded: &str) -> bool {
    weekday(folded).is_some() && folded.trim_end_matches([',', '.']).len() >= 5
}

/// True for a word that joins the two times of a range (`to`, `until`, `à`, `às`, `bis`,
/// `a`, `al`, `hasta`, `até`, Dutch `tot`, Slavic `до` and `do`, Indonesian `sampai` and
/// `hingga`).
pub fn is_range_word(folded: &str) -> bool {
    matches!(
        folded,
        "to" | "until" | "till" | "til" | "a" | "as" | "al" | "bis" | "hasta" | "ate" | "alle" | "au" | "y" | "e" | "tot" | "до" | "do"
            | "sampai" | "hingga"
    )
}

/// True for a word saying that something starts (`starts`, `begins`, Spanish `inicio`,
/// French `commence`, German `beginnt`), which a time after it starts at.
pub fn is_start_verb(folded: &str) -> bool {
    matches!(
        folded,
        "start" | "starts" | "starting" | "begin" | "begins" | "beginning" | "commence" | "commences" | "commencing" | "inicio" | "inicia" | "comienza"
            | "empieza" | "comeca" | "comecara" | "inicia-se" | "debut" | "debute" | "beginnt" | "beginn" | "startet" | "inizia" | "begint"
    )
}

/// True for a word saying that something ends (`ends`, `finishes`, `closes`, Spanish
/// `finalizando`, French `termine`, German `endet`).
pub fn is_end_verb(folded: &str) -> bool {
    matches!(
        folded,
        "end" | "ends" | "ending" | "finish" | "finishes" | "finishing" | "close" | "closes" | "closing" | "conclude" | "concludes" | "concluding"
            | "finaliza" | "finalizando" | "finalizara" | "termina" | "terminando" | "terminara" | "acaba" | "termine" | "terminera" | "fin" | "endet"
            | "ende" | "finisce" | "eindigt" | "einde" | "slutar"
    )
}

/// True for a word that says "until" (`until`, `till`, `bis`, `hasta`, `até`, `jusqu'à`,
/// `fino`, Dutch `tot`, Slavic `до` and `do`, Indonesian `sampai` and `hingga`), which a time
/// after it ends something at.
pub fn is_until_word(folded: &str) -> bool {
    matches!(folded, "until" | "till" | "til" | "bis" | "hasta" | "ate" | "jusqu" | "fino" | "tot" | "до" | "do" | "sampai" | "hingga")
}

/// True for a word that may open a range (`from`, `de`, `das`, `von`, `van`, `desde`,
/// `dalle`, Danish and Norwegian `fra`, Swedish `från`).
pub fn is_range_opener(folded: &str) -> bool {
    matches!(
        folded,
        "from" | "de" | "des" | "das" | "dos" | "von" | "vom" | "van" | "desde" | "del" | "dal" | "dalle" | "dalla" | "da" | "du" | "between" | "entre"
            | "fra" | "fran" | "с" | "со" | "od" | "від" | "dari" | "mulai"
    )
}

/// True for a word saying a length is approximate (`about`, `ca.`, `approx.`, `environ`,
/// `etwa`, `aproximadamente`).
pub fn is_approx_word(folded: &str) -> bool {
    matches!(
        folded.trim_end_matches('.'),
        "about"
            | "approx"
            | "approximately"
            | "around"
            | "roughly"
            | "ca"
            | "circa"
            | "some"
            | "environ"
            | "env"
            | "etwa"
            | "ungefahr"
            // Swedish, Danish and Norwegian, Dutch, Polish.
            | "ungefar"
            | "cirka"
            | "omkring"
            | "ongeveer"
            | "okolo"
            | "rund"
            | "aproximadamente"
            | "aprox"
            | "cerca"
            | "unos"
            | "unas"
            | "circa."
            | "max"
            | "maximum"
            | "up"
    )
}

/// True for a word saying a length is per person or per item (`each`, `per`, `apiece`,
/// `chacun`, `jeweils`, `cada`).
pub fn is_per_unit_word(folded: &str) -> bool {
    matches!(
        folded,
        "each" | "per" | "apiece" | "chacun" | "chacune" | "chaque" | "par" | "jeweils" | "je" | "jede" | "jeder" | "jedes" | "cada" | "ciascuno" | "ogni" | "por" | "elke" | "iedere"
    )
}

/// True for a word naming one time a session meets, after `per` (`per keer`, `per
/// session`, `par séance`, `pro Sitzung`): a length per such time is the session's length.
pub fn is_occasion_word(folded: &str) -> bool {
    matches!(
        folded,
        "keer" | "time" | "occasion" | "session" | "meeting" | "sitting" | "bijeenkomst" | "vergadering" | "sessie" | "fois"
            | "seance" | "reunion" | "mal" | "sitzung" | "treffen" | "vez" | "sesion" | "sessao" | "volta" | "gang"
    )
}

/// `kl`, `klo`, `klokken`, `klockan`, Italian `ore`: the word for "o'clock" written before a time
/// of day (`Kl. 14.00`, `klo 10.15`, `ore 9.30`), in any case and without its dot.
fn is_clock_word_before(word: &str) -> bool {
    ["kl", "klo", "klokken", "klockan", "ore"].iter().any(|k| word.eq_ignore_ascii_case(k))
}

/// True for a word that may stand between a range's joining word and its end: a word for
/// "o'clock" (`alle ore 13`, `bis kl. 13`) or an article (`a las 13:00`, `bis um 13 Uhr`).
pub fn is_before_end_word(word: &str) -> bool {
    is_clock_word_before(word) || ["las", "la", "um", "les"].iter().any(|k| word.eq_ignore_ascii_case(k))
}

/// When `before` (the text before a time) ends in a word for "o'clock" (`Kl.`, `- kl`,
/// `klo`, `ore`), the text before that word.
pub fn before_clock_word(before: &str) -> Option<&str> {
    let b = before.trim_end().trim_end_matches('.');
    let w = b.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    is_clock_word_before(w).then(|| &b[..b.len() - w.len()])
}

/// The words written right after a time of day to say it is one (`10.30 Uhr`, `11.00 uur`,
/// `10.30 horas`, `13.00 hrs`, `9 h`), folded.
pub fn is_time_of_day_word(folded: &str) -> bool {
    matches!(folded, "uhr" | "uur" | "horas" | "hrs" | "h" | "hs")
}

/// True for the title of an entry that only marks the end (`End`, `Close`, `End of Day 1`,
/// `Ende`, `Fin de l'activité`, `Adjourn`, Danish `Afslutning`, Dutch `Einde`).
pub fn is_end_marker(title: &str) -> bool {
    let t = fold(title.trim());
    let t = t.trim_matches(|c: char| !c.is_alphanumeric());
    if t.is_empty() {
        return true;
    }
    let first = t.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    let short = t.split_whitespace().count() <= 6;
    matches!(t, "end" | "close" | "closure" | "adjourn" | "adjournment" | "ende" | "fin" | "fim" | "fine" | "schluss" | "the end" | "slut" | "afslutning" | "avslutning" | "einde" | "sluiting")
        || short
            && (matches!(first, "end" | "ende" | "fin" | "fim" | "adjourn" | "adjournment")
                || t.starts_with("close of")
                || t.starts_with("meeting ends")
                || t.ends_with(" ends")
                || t.ends_with(" closes")
                || t.ends_with(" end"))
}

/// The words that introduce a session's total length: `Duration`, `Length`, `Total`,
/// `Durée`, `Dauer`, `Duração`, `Duración`, `Durata`, `Тривалість`, `Czas trwania`, `Délka`.
pub fn is_length_label(folded: &str) -> bool {
    matches!(
        folded.trim_end_matches([':', '.']),
        "duration"
            | "length"
            | "total"
            | "durée"
            | "duree"
            | "dauer"
            | "lange"
            | "laenge"
            | "duracao"
            | "duracion"
            | "durata"
            | "runtime"
            | "timebox"
            | "тривалість"
            | "продолжительность"
            | "длительность"
            | "продължителност"
            | "трајање"
            | "trajanje"
            | "trwania"
            | "długość"
            | "trvani"
            | "trvanie"
            | "delka"
            | "dĺžka"
            | "duur"
            | "durasi"
            | "sure"
            | "suresi"
            | "varighet"
            | "varighed"
            | "langd"
            | "speltid"
            | "lengde"
            | "laengde"
            | "kesto"
            | "idotartam"
            | "idotartama"
            | "διάρκεια"
            | "lượng"
            | "המשך"
            | "משך"
            | "المدة"
            | "مدت"
            | "अवधि"
            | "ระยะเวลา"
    )
}

/// True for a word that names a day of a programme (`Day`, `Dia`, `Tag`, `Jour`, `Giorno`).
pub fn is_day_word(folded: &str) -> bool {
    matches!(folded, "day" | "dia" | "tag" | "jour" | "journee" | "giorno" | "jornada")
}

/// True for a word saying what follows comes after what came before (`another`, `then`,
/// `další`, `puis`, `dann`): a length after it is the next part, not a share of the last.
pub fn is_next_word(folded: &str) -> bool {
    matches!(
        folded,
        "another" | "further" | "then" | "next" | "dalši" | "dalsi" | "pak" | "potom" | "puis" | "ensuite" | "dann" | "danach"
            | "weitere" | "weiteren" | "luego" | "despues" | "poi" | "depois" | "daarna" | "vervolgens"
    )
}

/// True for a word that gives what follows as a share of a whole said before it (`with`,
/// `including`, `avec`, `mit`): `90 minutes, with 10 minutes for questions`.
pub fn is_share_word(folded: &str) -> bool {
    matches!(folded, "with" | "including" | "incl" | "which" | "con" | "avec" | "mit" | "inklusive")
}

/// True for a word that sets a length aside for something (`allotted`, `reserved`,
/// `dedicated`; `set` of `set aside`): `20 minutes allotted for questions`.
pub fn is_set_aside_word(folded: &str) -> bool {
    matches!(folded, "allotted" | "alotted" | "allocated" | "reserved" | "devoted" | "dedicated" | "set")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_and_lookups() {
        assert_eq!(fold("Duração"), "duracao");
        assert_eq!(fold("Fünfzehn"), "funfzehn");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(number_word(&fold("Quinze")), Some(15.0));
        assert_eq!(month(&fold("Déc.")), Some(12));
        assert_eq!(month("julho"), Some(7));
        assert_eq!(weekday(&fold("Mercredi")), Some(2));
        assert!(is_end_marker("End of Day 1"));
        assert!(is_end_marker("Ende"));
        assert!(is_end_marker("Afslutning"));
        assert!(is_end_marker("Einde."));
        assert!(!is_end_marker("Afslutning med fællessang"));
        assert!(is_end_marker("Fin de l’activité"));
        assert!(!is_end_marker("Plenary ends, room free for side meetings"));
        assert!(!is_end_marker("Endnotes and closing remarks from the chair and all speakers here"));
        assert!(!is_end_marker("Opening"));
    }

    #[test]
    fn slavic_words_as_written() {
        for (w, v) in [("Дві", 2.0), ("п’ять", 5.0), ("dvě", 2.0), ("Päť", 5.0), ("jedenáct", 11.0), ("pół", 0.5), ("Półtorej", 1.5), ("půldruhé", 1.5), ("dvanásť", 12.0), ("padesát", 50.0), ("полтора", 1.5)] {
            assert_eq!(number_word(&fold(w)), Some(v), "{w}");
        }
        for w in ["години", "Часа", "godzinę", "hodín", "Sati"] {
            assert!(is_hour_unit(&fold(w)), "{w}");
        }
        for w in ["хвилин", "минуты", "minút", "minutę"] {
            assert!(is_minute_unit(&fold(w)), "{w}");
        }
        for w in ["Тривалість", "Délka", "Trvání", "Dĺžka", "trwania", "Продължителност"] {
            assert!(is_length_label(&fold(w)), "{w}");
        }
        assert!(!is_hour_unit("sat"));
    }
}

