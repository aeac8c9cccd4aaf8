<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI" sourcelanguage="en">
<context>
    <name>ArtefactsCommand</name>
    <message>
        <source>cannot write: %1</source>
        <translation>ei voi kirjoittaa: %1</translation>
    </message>
    <message>
        <source>none of the case&apos;s %1 evidence items has a stored analysis with an explanation</source>
        <translation>yhdelläkään tapauksen %1 todisteesta ei ole tallennettua analyysia, jossa on selitys</translation>
    </message>
    <message>
        <source>Case file: its annotations and stored explanations.</source>
        <translation>Tapaustiedosto: sen merkinnät ja tallennetut selitykset.</translation>
    </message>
    <message>
        <source>Annotations CSV (file or evidence_sha256 keyed).</source>
        <translation>Merkintöjen CSV (avaimena file tai evidence_sha256).</translation>
    </message>
    <message>
        <source>Folder of per-clip explanation folders.</source>
        <translation>Kansio, jossa on leikekohtaiset selityskansiot.</translation>
    </message>
    <message>
        <source>Output folder for artefacts.tsv/json and the plots.</source>
        <translation>Tuloskansio tiedostoille artefacts.tsv/json ja kuvaajille.</translation>
    </message>
    <message>
        <source>Print the JSON instead of the table.</source>
        <translation>Tulosta JSON taulukon sijaan.</translation>
    </message>
    <message>
        <source>artefacts: --case takes the annotations and explanations from the case: no --annotations / --explanations</source>
        <translation>artefacts: --case ottaa merkinnät ja selitykset tapauksesta: ei --annotations / --explanations</translation>
    </message>
    <message>
        <source>artefacts: --%1 is required

%2</source>
        <translation>artefacts: --%1 on pakollinen

%2</translation>
    </message>
    <message>
        <source>artefacts: unexpected argument &apos;%1&apos;</source>
        <translation>artefacts: odottamaton argumentti &apos;%1&apos;</translation>
    </message>
    <message>
        <source>artefacts: skipped %1</source>
        <translation>artefacts: ohitettiin %1</translation>
    </message>
    <message>
        <source>artefacts: not used: %1</source>
        <translation>artefacts: ei käytetty: %1</translation>
    </message>
    <message>
        <source>cannot create the output folder</source>
        <translation>tuloskansiota ei voi luoda</translation>
    </message>
    <message>
        <source>cannot write the plot</source>
        <translation>kuvaajaa ei voi kirjoittaa</translation>
    </message>
    <message>
        <source>artefacts: no plots (no QGuiApplication)</source>
        <translation>artefacts: ei kuvaajia (ei QGuiApplicationia)</translation>
    </message>
    <message>
        <source>artefacts: %1</source>
        <translation>artefacts: %1</translation>
    </message>
    <message>
        <source>Artefact statistics: attribution inside annotated regions, per cue type.
  sourcetrace-cli artefacts --protocol P --annotations A.csv --explanations DIR [--out OUT] [--json]
  sourcetrace-cli artefacts --case FILE [--protocol P] [--out OUT] [--json]
P: a clip protocol (labels bona fide / spoof). A.csv: annotations, the case CSV layout with the first column
either evidence_sha256 (matched with each explanation&apos;s report.json) or file (the protocol&apos;s file id).
DIR: one folder per clip as `sourcetrace-cli explain FILE --out DIR/&lt;id&gt;` writes it, named by the protocol&apos;s
file id without extension (or with it). Per cue: share of time and of |attribution| inside its regions
(pooled and mean per clip), their ratio, the correlation of the |attribution| envelope with the region mask,
and the EER of the cue&apos;s coverage / presence for telling spoof (target) from bona fide.
--case: the case&apos;s annotations and, per evidence item, the newest stored analysis with an explanation
(`case analyse --explain`); labels for the EERs from P, matched by the evidence&apos;s file name (none without P).
OUT receives artefacts.tsv, artefacts.json and artefacts_&lt;cue&gt;.png. Exit 1 when clips were skipped or
annotation rows refused (each listed on stderr), 2 on usage errors.</source>
        <translation>Artefaktitilastot: attribuutio merkittyjen alueiden sisällä tuntomerkkityypeittäin.
  sourcetrace-cli artefacts --protocol P --annotations A.csv --explanations DIR [--out OUT] [--json]
  sourcetrace-cli artefacts --case FILE [--protocol P] [--out OUT] [--json]
P: leikeprotokolla (nimiöt bona fide / spoof). A.csv: merkinnät tapauksen CSV-muodossa, ensimmäisenä sarakkeena
joko evidence_sha256 (verrataan kunkin selityksen report.json-tiedostoon) tai file (protokollan tiedostotunnus).
DIR: yksi kansio leikettä kohden sellaisena kuin `sourcetrace-cli explain FILE --out DIR/&lt;id&gt;` sen kirjoittaa, nimettynä
protokollan tiedostotunnuksella ilman päätettä (tai sen kanssa). Tuntomerkeittäin: osuus ajasta ja |attribuutiosta| sen
alueiden sisällä (yhdistettynä ja leikekohtaisena keskiarvona), niiden suhde, |attribuution| verhokäyrän korrelaatio
aluemaskin kanssa sekä tuntomerkin kattavuuden / esiintymisen EER väärennöksen (kohde) erottamisessa aidosta.
--case: tapauksen merkinnät ja kunkin todisteen uusin tallennettu analyysi, jossa on selitys
(`case analyse --explain`); EER-arvojen nimiöt P:stä todisteen tiedostonimen mukaan (ilman P:tä ei nimiöitä).
OUT saa tiedostot artefacts.tsv, artefacts.json ja artefacts_&lt;cue&gt;.png. Paluukoodi 1, kun leikkeitä ohitettiin tai
merkintärivejä hylättiin (kukin luetellaan stderriin), 2 käyttövirheissä.</translation>
    </message>
    <message>
        <source>%1: annotation %2 of %3 starts at %4 s, at or after the end of the explained clip (%5 s)</source>
        <translation>%1: merkintä %2/%3 alkaa kohdassa %4 s, selitetyn leikkeen lopussa tai sen jälkeen (%5 s)</translation>
    </message>
    <message>
        <source>Clip protocol (labels).</source>
        <translation>Leikeprotokolla (nimiöt).</translation>
    </message>
    <message>
        <source>%1 of %2 clips used (%3 bona fide, %4 spoof), %5 skipped; %6 annotations used, %7 refused</source>
        <translation>%1/%2 leikettä käytetty (%3 aitoa, %4 väärennettyä), %5 ohitettu; %6 merkintää käytetty, %7 hylätty</translation>
    </message>
    <message>
        <source>%1 band boxes: %2 on %3 clips with a TF map: TF attribution share %4 of area share %5 (enrichment %6)</source>
        <translation>%1 taajuuskaistalaatikkoa: %2 leikkeellä %3, joilla on TF-kartta: TF-attribuutio-osuus %4, pinta-alaosuus %5 (rikastuma %6)</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>kirjoitettiin %1</translation>
    </message>
</context>
<context>
    <name>CalibrateModelCommand</name>
    <message>
        <source>Calibrates a detector and records its validated conditions:
  sourcetrace-cli calibrate-model --model M --protocol CAL.tsv [--root DIR] --trained-on TRAIN.tsv
      [--percentile 2] [--out FILE]
Runs the model over the labelled calibration clips (never the training or test clips), fits log LR = a * score + b
(prior 0.5), and writes validity.json beside the manifest (or --out): the calibration with its Cllr, minCllr and
EER on those clips, and the validated conditions: the shortest duration and narrowest bandwidth (the --percentile
th percentile of the calibration clips), the codecs of the training protocol, and the lowest in-distribution
score (kNN cosine to the model&apos;s ood.safetensors feature bank, same percentile).</source>
        <translation>Kalibroi tunnistimen ja tallentaa sen validoidut olosuhteet:
  sourcetrace-cli calibrate-model --model M --protocol CAL.tsv [--root DIR] --trained-on TRAIN.tsv
      [--percentile 2] [--out FILE]
Ajaa mallin nimiöityjen kalibrointileikkeiden yli (ei koskaan opetus- tai testileikkeiden), sovittaa log LR = a * score + b
(priori 0,5) ja kirjoittaa validity.json-tiedoston manifestin viereen (tai --out): kalibrointi sekä sen Cllr, minCllr ja
EER näillä leikkeillä ja validoidut olosuhteet: lyhin kesto ja kapein kaistanleveys (kalibrointileikkeiden --percentile
. persentiili), opetusprotokollan koodekit ja pienin jakauman sisäinen
pistemäärä (kNN-kosini mallin ood.safetensors-piirrepankkiin, sama persentiili).</translation>
    </message>
    <message>
        <source>The training protocol (its codec column lists the trained codecs).</source>
        <translation>Opetusprotokolla (sen codec-sarake luettelee opetetut koodekit).</translation>
    </message>
    <message>
        <source>Lower percentile of the calibration clips taken as the validated limit (default 2).</source>
        <translation>Kalibrointileikkeiden alempi persentiili, joka otetaan validoiduksi rajaksi (oletus 2).</translation>
    </message>
    <message>
        <source>Where to write (default: validity.json beside the manifest).</source>
        <translation>Minne kirjoitetaan (oletus: validity.json manifestin viereen).</translation>
    </message>
    <message>
        <source>--model, --protocol and --trained-on are required</source>
        <translation>--model, --protocol ja --trained-on ovat pakollisia</translation>
    </message>
    <message>
        <source>--percentile must be a number in [0, 50]</source>
        <translation>--percentile on oltava luku väliltä [0, 50]</translation>
    </message>
    <message>
        <source>model %1 is not a detector (no bona fide class): nothing to calibrate</source>
        <translation>malli %1 ei ole tunnistin (ei bona fide -luokkaa): ei mitään kalibroitavaa</translation>
    </message>
    <message>
        <source>calibrate-model: no %1 beside the manifest: no in-distribution range is recorded</source>
        <translation>calibrate-model: manifestin vieressä ei ole tiedostoa %1: jakauman sisäistä aluetta ei tallenneta</translation>
    </message>
    <message>
        <source>not in the protocol&apos;s labels</source>
        <translation>ei protokollan nimiöissä</translation>
    </message>
    <message>
        <source>the score is not finite</source>
        <translation>pistemäärä ei ole äärellinen</translation>
    </message>
    <message>
        <source>calibrate %1</source>
        <translation>kalibroidaan %1</translation>
    </message>
    <message>
        <source>needs bona fide and spoofed clips (%1 / %2 scored)</source>
        <translation>tarvitaan aitoja ja väärennettyjä leikkeitä (%1 / %2 pisteytetty)</translation>
    </message>
    <message>
        <source>calibrate-model: %1: log LR = %2 * score + %3 on %4 bona fide / %5 spoofed clips of %6: Cllr %7 bits, minCllr %8, EER %9 %</source>
        <translation>calibrate-model: %1: log LR = %2 * score + %3, %4 aitoa / %5 väärennettyä leikettä aineistosta %6: Cllr %7 bittiä, minCllr %8, EER %9 %</translation>
    </message>
    <message>
        <source>calibrate-model: validated: at least %1 s, bandwidth at least %2 Hz, codecs %3, kNN cosine at least %4; written to %5</source>
        <translation>calibrate-model: validoitu: vähintään %1 s, kaistanleveys vähintään %2 Hz, koodekit %3, kNN-kosini vähintään %4; kirjoitettu tiedostoon %5</translation>
    </message>
</context>
<context>
    <name>CaseAnalyseCommand</name>
    <message>
        <source>--item needs an item id (a number from 1; `case info` lists them), not &apos;%1&apos;</source>
        <translation>--item vaatii todisteen tunnuksen (luku 1:stä alkaen; `case info` luettelee ne), ei &apos;%1&apos;</translation>
    </message>
    <message>
        <source>An item to analyse (repeatable; default: every item).</source>
        <translation>Analysoitava todiste (toistettava; oletus: kaikki todisteet).</translation>
    </message>
    <message>
        <source>Detector (registry name or manifest; default: the default model).</source>
        <translation>Tunnistin (rekisterinimi tai manifesti; oletus: oletusmalli).</translation>
    </message>
    <message>
        <source>Fingerprint library (default: the default library).</source>
        <translation>Sormenjälkikirjasto (oletus: oletuskirjasto).</translation>
    </message>
    <message>
        <source>Tracing back-end (default cosine).</source>
        <translation>Jäljityksen taustaosa (oletus cosine).</translation>
    </message>
    <message>
        <source>Detection and quality only.</source>
        <translation>Vain tunnistus ja laatu.</translation>
    </message>
    <message>
        <source>Also Integrated Gradients of the detection score.</source>
        <translation>Myös tunnistuspistemäärän Integrated Gradients -selitys.</translation>
    </message>
    <message>
        <source>IG steps (default 32).</source>
        <translation>IG-askeleet (oletus 32).</translation>
    </message>
    <message>
        <source>LibTorch threads (default: the library&apos;s).</source>
        <translation>LibTorch-säikeet (oletus: kirjaston oma).</translation>
    </message>
    <message>
        <source>Re-run stored analysis ID with its own settings, store it and compare the figures.</source>
        <translation>Aja tallennettu analyysi ID uudelleen sen omilla asetuksilla, tallenna se ja vertaa lukuja.</translation>
    </message>
    <message>
        <source>Print each stored result as JSON (one line each).</source>
        <translation>Tulosta jokainen tallennettu tulos JSON-muodossa (yksi rivi kukin).</translation>
    </message>
    <message>
        <source>--rerun needs an analysis id (`case results` lists them)</source>
        <translation>--rerun vaatii analyysin tunnuksen (`case results` luettelee ne)</translation>
    </message>
    <message>
        <source>Only this item (repeatable).</source>
        <translation>Vain tämä todiste (toistettava).</translation>
    </message>
    <message>
        <source>The stored result JSON, one line each.</source>
        <translation>Tallennettu tulos JSON-muodossa, yksi rivi kukin.</translation>
    </message>
    <message>
        <source>item %1 (%2), analysis %3 of %4 by %5
</source>
        <translation>todiste %1 (%2), analyysi %3/%4, tekijä %5
</translation>
    </message>
    <message>
        <source>  evidence SHA-256 %1
  model %2 (weights SHA-256 %3), SourceTrace %4 (commit %5)
</source>
        <translation>  todisteen SHA-256 %1
  malli %2 (painojen SHA-256 %3), SourceTrace %4 (commit %5)
</translation>
    </message>
    <message>
        <source>  quality: %1
</source>
        <translation>  laatu: %1
</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>hyväksytty</translation>
    </message>
    <message>
        <source>FLAGGED</source>
        <translation>LIPUTETTU</translation>
    </message>
    <message>
        <source>  detection score %1 (%2)
</source>
        <translation>  tunnistuspistemäärä %1 (%2)
</translation>
    </message>
    <message>
        <source>    LR %1 (log10 %2): %3; calibration %4
</source>
        <translation>    LR %1 (log10 %2): %3; kalibrointi %4
</translation>
    </message>
    <message>
        <source>    LR withheld: %1
</source>
        <translation>    LR pidätetty: %1
</translation>
    </message>
    <message>
        <source>  tracing (%1, library SHA-256 %2)
</source>
        <translation>  jäljitys (%1, kirjaston SHA-256 %2)
</translation>
    </message>
    <message>
        <source> (best %1 %2)</source>
        <translation> (paras %1 %2)</translation>
    </message>
    <message>
        <source>, LR %1: %2</source>
        <translation>, LR %1: %2</translation>
    </message>
    <message>
        <source>, LR withheld</source>
        <translation>, LR pidätetty</translation>
    </message>
    <message>
        <source>  explanation: %1, %2 steps, baseline %3, completeness gap %4 %
</source>
        <translation>  selitys: %1, %2 askelta, perustaso %3, täydellisyysvaje %4 %
</translation>
    </message>
    <message>
        <source>  problem: %1
</source>
        <translation>  ongelma: %1
</translation>
    </message>
    <message>
        <source>opened read-only (%1): nothing can be analysed; use `case save-as`</source>
        <translation>avattu vain luku -tilassa (%1): mitään ei voi analysoida; käytä komentoa `case save-as`</translation>
    </message>
    <message>
        <source>re-run of analysis %1: every figure reproduced</source>
        <translation>analyysin %1 uusinta: kaikki luvut toistuivat</translation>
    </message>
    <message>
        <source>re-run of analysis %1: %2 differences</source>
        <translation>analyysin %1 uusinta: %2 eroa</translation>
    </message>
</context>
<context>
    <name>CaseCommand</name>
    <message>
        <source>Who does this (default: $USER, else the account).</source>
        <translation>Kuka tämän tekee (oletus: $USER, muuten käyttäjätili).</translation>
    </message>
    <message>
        <source>The case file (.stcase).</source>
        <translation>Tapaustiedosto (.stcase).</translation>
    </message>
    <message>
        <source>The case number (required).</source>
        <translation>Tapauksen numero (pakollinen).</translation>
    </message>
    <message>
        <source>The examiner&apos;s name (required).</source>
        <translation>Tutkijan nimi (pakollinen).</translation>
    </message>
    <message>
        <source>A title.</source>
        <translation>Otsikko.</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>Muistiinpanot.</translation>
    </message>
    <message>
        <source>--number and --examiner are required</source>
        <translation>--number ja --examiner ovat pakollisia</translation>
    </message>
    <message>
        <source>Label of the items (default: the file name).</source>
        <translation>Todisteiden nimiö (oletus: tiedostonimi).</translation>
    </message>
    <message>
        <source>Evidence files.</source>
        <translation>Todistetiedostot.</translation>
    </message>
    <message>
        <source>Verify the audit chain only (opens the case read-only).</source>
        <translation>Tarkista vain tarkastusketju (avaa tapauksen vain luku -tilassa).</translation>
    </message>
    <message>
        <source>A head hash recorded earlier (a report, an export): it must still be in the log.</source>
        <translation>Aiemmin tallennettu ketjun pään tiiviste (raportista, viennistä): sen on oltava yhä lokissa.</translation>
    </message>
    <message>
        <source>the case is read-only (%1): the items are re-hashed but the results are not recorded</source>
        <translation>tapaus on vain luku -tilassa (%1): todisteiden tiivisteet lasketaan uudelleen, mutta tuloksia ei tallenneta</translation>
    </message>
    <message>
        <source>Write the log as JSON Lines (scripts/verify_audit_log.py checks it).</source>
        <translation>Kirjoita loki JSON Lines -muodossa (scripts/verify_audit_log.py tarkistaa sen).</translation>
    </message>
    <message>
        <source>Overwrite OUT.</source>
        <translation>Korvaa OUT.</translation>
    </message>
    <message>
        <source>JSON on stdout.</source>
        <translation>JSON stdoutiin.</translation>
    </message>
    <message>
        <source>The evidence item&apos;s id.</source>
        <translation>Todisteen tunnus.</translation>
    </message>
    <message>
        <source>Start (seconds or h:mm:ss.mmm).</source>
        <translation>Alku (sekunteina tai h:mm:ss.mmm).</translation>
    </message>
    <message>
        <source>End (seconds or h:mm:ss.mmm).</source>
        <translation>Loppu (sekunteina tai h:mm:ss.mmm).</translation>
    </message>
    <message>
        <source>breath, glitch, noise, phoneme, silence, spectral, transition or unclear.</source>
        <translation>breath, glitch, noise, phoneme, silence, spectral, transition tai unclear.</translation>
    </message>
    <message>
        <source>1 (diffuse) .. 5 (sharply localised); default 3.</source>
        <translation>1 (hajanainen) .. 5 (tarkasti paikallistettu); oletus 3.</translation>
    </message>
    <message>
        <source>yes or no (default no).</source>
        <translation>yes tai no (oletus no).</translation>
    </message>
    <message>
        <source>Band low limit in Hz (with --high).</source>
        <translation>Kaistan alaraja hertseinä (yhdessä --high-valitsimen kanssa).</translation>
    </message>
    <message>
        <source>Band high limit in Hz (with --low).</source>
        <translation>Kaistan yläraja hertseinä (yhdessä --low-valitsimen kanssa).</translation>
    </message>
    <message>
        <source>Free text.</source>
        <translation>Vapaa teksti.</translation>
    </message>
    <message>
        <source>--item, --start, --end and --cue are required</source>
        <translation>--item, --start, --end ja --cue ovat pakollisia</translation>
    </message>
    <message>
        <source>unknown cue &apos;%1&apos; (one of %2)</source>
        <translation>tuntematon tuntomerkki &apos;%1&apos; (jokin seuraavista: %2)</translation>
    </message>
    <message>
        <source>--locality takes a whole number 1..5</source>
        <translation>--locality ottaa kokonaisluvun 1..5</translation>
    </message>
    <message>
        <source>--audible takes yes or no</source>
        <translation>--audible ottaa arvon yes tai no</translation>
    </message>
    <message>
        <source>give both --low and --high, or neither</source>
        <translation>anna sekä --low että --high tai ei kumpaakaan</translation>
    </message>
    <message>
        <source>Only this item&apos;s annotations.</source>
        <translation>Vain tämän todisteen merkinnät.</translation>
    </message>
    <message>
        <source>Write them as CSV.</source>
        <translation>Kirjoita ne CSV-muodossa.</translation>
    </message>
    <message>
        <source>Import a CSV (all rows or none).</source>
        <translation>Tuo CSV (kaikki rivit tai ei yhtään).</translation>
    </message>
    <message>
        <source>--import goes alone (no --csv, no --item)</source>
        <translation>--import annetaan yksinään (ei --csv, ei --item)</translation>
    </message>
    <message>
        <source>%1 bad row(s) in %2, nothing was imported</source>
        <translation>%1 virheellistä riviä tiedostossa %2, mitään ei tuotu</translation>
    </message>
    <message>
        <source>Where the item&apos;s file is now.</source>
        <translation>Missä todisteen tiedosto nyt on.</translation>
    </message>
    <message>
        <source>--item is required</source>
        <translation>--item on pakollinen</translation>
    </message>
    <message>
        <source>The copy (never overwritten).</source>
        <translation>Kopio (ei koskaan korvata).</translation>
    </message>
    <message>
        <source>Store the thresholds of this JSON file (keys: %1; a key left out keeps its default).</source>
        <translation>Tallenna tämän JSON-tiedoston kynnysarvot (avaimet: %1; pois jätetty avain säilyttää oletuksensa).</translation>
    </message>
    <message>
        <source>Go back to the default thresholds.</source>
        <translation>Palaa oletuskynnysarvoihin.</translation>
    </message>
    <message>
        <source>Print the thresholds in force as JSON.</source>
        <translation>Tulosta voimassa olevat kynnysarvot JSON-muodossa.</translation>
    </message>
    <message>
        <source>--set and --clear exclude each other</source>
        <translation>--set ja --clear sulkevat toisensa pois</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;
%2</source>
        <translation>tuntematon komento &apos;%1&apos;
%2</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>odotettiin %1</translation>
    </message>
    <message>
        <source>Usage: sourcetrace-cli case COMMAND CASE ...   (COMMAND --help for its options)
  new CASE --number N --examiner NAME [--title T] [--notes T]   a new case file (never overwrites)
  add CASE AUDIO... [--label L]           take evidence in (SHA-256 of each file, read-only)
  verify CASE [--log-only] [--expect-head HASH]   re-hash every item and verify the audit chain and the
                                          tables against it; exit 0 only when everything is ok
  log CASE [--jsonl OUT [--force]]        the audit log (or its JSON Lines export, for verify_audit_log.py)
  info CASE [--json]                      case metadata, items and their states, the audit head
  annotate CASE --item ID --start S --end E --cue C [--locality 1..5] [--audible yes|no]
           [--low HZ --high HZ] [--text T]  add an annotation (times in seconds or h:mm:ss.mmm)
  annotations CASE [--item ID] [--csv OUT [--force]] [--import CSV]   list, export or import annotations
  relocate CASE --item ID FILE            point an item at a file with its intake hash (unblocks it)
  save-as CASE NEW                        copy the whole case (logged in both)
  thresholds CASE [--set FILE | --clear] [--json]   the case&apos;s quality thresholds (the quality gate): show
                                          them, set them from a JSON file, or go back to the defaults (logged)
  analyse CASE [--item ID]... [--model M] [--library L] [--backend B] [--explain [--steps N]] [--json]
          [--rerun ANALYSIS]               verify, analyse (quality, detection, tracing, explanation) and store;
                                          --rerun repeats a stored analysis with its settings and compares
  results CASE [--item ID] [--json]       the stored analyses, shown without recomputing
  report CASE OUT [--html] [--item ID]... [--statement TEXT] [--no-verify]   the court report (PDF, or HTML)
                                          of the stored analyses; verifies the items first, never overwrites,
                                          records the report&apos;s SHA-256 and the audit head in the case
Every command takes --user NAME (default: $USER, else the account the program runs as): the name every change is signed with.
Cues: breath, glitch, noise, phoneme, silence, spectral, transition, unclear.
Exit codes: 0 all good, 1 something failed or did not verify, 2 usage error.</source>
        <translation>Käyttö: sourcetrace-cli case COMMAND CASE ...   (COMMAND --help näyttää sen valitsimet)
  new CASE --number N --examiner NAME [--title T] [--notes T]   uusi tapaustiedosto (ei koskaan korvaa)
  add CASE AUDIO... [--label L]           ota todisteet vastaan (kunkin tiedoston SHA-256, vain luku)
  verify CASE [--log-only] [--expect-head HASH]   laske jokaisen todisteen tiiviste uudelleen ja tarkista
                                          tarkastusketju ja taulut sitä vasten; paluukoodi 0 vain, kun kaikki on kunnossa
  log CASE [--jsonl OUT [--force]]        tarkastusloki (tai sen JSON Lines -vienti verify_audit_log.py:lle)
  info CASE [--json]                      tapauksen metatiedot, todisteet ja niiden tilat, tarkastusketjun pää
  annotate CASE --item ID --start S --end E --cue C [--locality 1..5] [--audible yes|no]
           [--low HZ --high HZ] [--text T]  lisää merkintä (ajat sekunteina tai h:mm:ss.mmm)
  annotations CASE [--item ID] [--csv OUT [--force]] [--import CSV]   luettele, vie tai tuo merkinnät
  relocate CASE --item ID FILE            osoita todisteelle tiedosto, jolla on sen vastaanottotiiviste (vapauttaa sen)
  save-as CASE NEW                        kopioi koko tapaus (kirjataan molempiin)
  thresholds CASE [--set FILE | --clear] [--json]   tapauksen laatukynnykset (laatuportti): näytä ne,
                                          aseta ne JSON-tiedostosta tai palaa oletuksiin (kirjataan)
  analyse CASE [--item ID]... [--model M] [--library L] [--backend B] [--explain [--steps N]] [--json]
          [--rerun ANALYSIS]               tarkista, analysoi (laatu, tunnistus, jäljitys, selitys) ja tallenna;
                                          --rerun toistaa tallennetun analyysin sen asetuksin ja vertaa
  results CASE [--item ID] [--json]       tallennetut analyysit, näytetään laskematta uudelleen
  report CASE OUT [--html] [--item ID]... [--statement TEXT] [--no-verify]   oikeusraportti (PDF tai HTML)
                                          tallennetuista analyyseista; tarkistaa todisteet ensin, ei koskaan korvaa,
                                          tallentaa raportin SHA-256:n ja tarkastusketjun pään tapaukseen
Jokainen komento ottaa valitsimen --user NAME (oletus: $USER, muuten tili, jolla ohjelma ajetaan): nimi, jolla jokainen muutos allekirjoitetaan.
Tuntomerkit: breath, glitch, noise, phoneme, silence, spectral, transition, unclear.
Paluukoodit: 0 kaikki kunnossa, 1 jokin epäonnistui tai ei täsmännyt, 2 käyttövirhe.</translation>
    </message>
    <message>
        <source>--item needs an item id (a number from 1; `case info` lists them)</source>
        <translation>--item vaatii todisteen tunnuksen (luku 1:stä alkaen; `case info` luettelee ne)</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not %3</source>
        <translation>--%1 &apos;%2&apos; ei ole %3</translation>
    </message>
    <message>
        <source>a time (seconds or h:mm:ss.mmm)</source>
        <translation>aika (sekunteina tai h:mm:ss.mmm)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>luku</translation>
    </message>
    <message>
        <source>audit log: ok, %1 entries, head %2</source>
        <translation>tarkastusloki: kunnossa, %1 merkintää, pää %2</translation>
    </message>
    <message>
        <source>audit log: BROKEN at entry %1: %2 (%3 entries read)</source>
        <translation>tarkastusloki: RIKKI merkinnässä %1: %2 (%3 merkintää luettu)</translation>
    </message>
    <message>
        <source>created %1 (case %2, examiner %3)</source>
        <translation>luotiin %1 (tapaus %2, tutkija %3)</translation>
    </message>
    <message>
        <source>audit head: %1</source>
        <translation>tarkastusketjun pää: %1</translation>
    </message>
    <message>
        <source>cannot add evidence: the case is read-only (%1)</source>
        <translation>todisteita ei voi lisätä: tapaus on vain luku -tilassa (%1)</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>eheys: %1</translation>
    </message>
    <message>
        <source>expected head %1: entry %2 of %3</source>
        <translation>odotettu pää %1: merkintä %2/%3</translation>
    </message>
    <message>
        <source>expected head %1: NOT in the log (%2 entries): entries were cut off or replaced</source>
        <translation>odotettu pää %1: EI lokissa (%2 merkintää): merkintöjä on katkaistu tai korvattu</translation>
    </message>
    <message>
        <source>verify: ok</source>
        <translation>verify: kunnossa</translation>
    </message>
    <message>
        <source>verify: FAILED</source>
        <translation>verify: EPÄONNISTUI</translation>
    </message>
    <message>
        <source>wrote %1 entries to %2; head %3</source>
        <translation>kirjoitettiin %1 merkintää tiedostoon %2; pää %3</translation>
    </message>
    <message>
        <source>annotation %1 added to item %2</source>
        <translation>merkintä %1 lisättiin todisteeseen %2</translation>
    </message>
    <message>
        <source>imported %1 annotation(s) from %2</source>
        <translation>tuotiin %1 merkintää tiedostosta %2</translation>
    </message>
    <message>
        <source>wrote %1 annotation(s) to %2</source>
        <translation>kirjoitettiin %1 merkintää tiedostoon %2</translation>
    </message>
    <message>
        <source>saved %1 as %2; copy&apos;s audit head %3</source>
        <translation>tallennettiin %1 nimellä %2; kopion tarkastusketjun pää %3</translation>
    </message>
    <message>
        <source>the original is read-only (%1): only the copy records the Save As</source>
        <translation>alkuperäinen on vain luku -tilassa (%1): vain kopio kirjaa Tallenna nimellä -toiminnon</translation>
    </message>
    <message>
        <source>the case is read-only (%1): its thresholds cannot change</source>
        <translation>tapaus on vain luku -tilassa (%1): sen kynnysarvot eivät voi muuttua</translation>
    </message>
    <message>
        <source>the case&apos;s quality thresholds cannot be read: %1</source>
        <translation>tapauksen laatukynnyksiä ei voi lukea: %1</translation>
    </message>
    <message>
        <source>quality thresholds of %1: the defaults</source>
        <translation>tapauksen %1 laatukynnykset: oletukset</translation>
    </message>
    <message>
        <source>quality thresholds of %1: set in the case</source>
        <translation>tapauksen %1 laatukynnykset: asetettu tapauksessa</translation>
    </message>
    <message>
        <source>   (default %1)</source>
        <translation>   (oletus %1)</translation>
    </message>
</context>
<context>
    <name>CaseReportCommand</name>
    <message>
        <source>The court report of a case: case and examiner, the evidence with its hashes and verifications, each item&apos;s
newest stored analysis (quality, detection score with its likelihood ratio or why it was withheld, tracing
per level with the open-set decision, the explanation figures), annotations, the models&apos; known limits,
provenance and the audit head. Every item is verified first (stored and logged). The report is never
written over an existing file; its SHA-256 is recorded in the case (report.exported).</source>
        <translation>Tapauksen oikeusraportti: tapaus ja tutkija, todisteet tiivisteineen ja tarkistuksineen, kunkin todisteen
uusin tallennettu analyysi (laatu, tunnistuspistemäärä uskottavuussuhteineen tai syy sen pidättämiseen, jäljitys
tasoittain avoimen joukon päätöksineen, selityksen luvut), merkinnät, mallien tunnetut rajoitukset,
alkuperätiedot ja tarkastusketjun pää. Jokainen todiste tarkistetaan ensin (tallennetaan ja kirjataan). Raporttia ei koskaan
kirjoiteta olemassa olevan tiedoston päälle; sen SHA-256 tallennetaan tapaukseen (report.exported).</translation>
    </message>
    <message>
        <source>The report file to write (.pdf, or .html with --html).</source>
        <translation>Kirjoitettava raporttitiedosto (.pdf, tai .html valitsimella --html).</translation>
    </message>
    <message>
        <source>One self-contained HTML file instead of a PDF.</source>
        <translation>Yksi itsenäinen HTML-tiedosto PDF:n sijaan.</translation>
    </message>
    <message>
        <source>An item to report (repeatable; default: every item).</source>
        <translation>Raportoitava todiste (toistettava; oletus: kaikki todisteet).</translation>
    </message>
    <message>
        <source>The examiner&apos;s statement to include (text).</source>
        <translation>Sisällytettävä tutkijan lausunto (teksti).</translation>
    </message>
    <message>
        <source>Do not hash the items again first (the report states their last verification).</source>
        <translation>Älä laske todisteiden tiivisteitä ensin uudelleen (raportti ilmoittaa niiden viimeisimmän tarkistuksen).</translation>
    </message>
    <message>
        <source>--item needs an item id (a number from 1; `case info` lists them), not &apos;%1&apos;</source>
        <translation>--item vaatii todisteen tunnuksen (luku 1:stä alkaen; `case info` luettelee ne), ei &apos;%1&apos;</translation>
    </message>
    <message>
        <source>opened read-only (%1): a report could not be recorded in it; use `case save-as`</source>
        <translation>avattu vain luku -tilassa (%1): raporttia ei voitu kirjata siihen; käytä komentoa `case save-as`</translation>
    </message>
    <message>
        <source>report %1 written: %2 (%3)
  SHA-256 %4
  audit head %5 (%6 entries) recorded in the case</source>
        <translation>raportti %1 kirjoitettu: %2 (%3)
  SHA-256 %4
  tarkastusketjun pää %5 (%6 merkintää) tallennettu tapaukseen</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>Attribution inside annotated regions per cue type (share, correlation, EER)</source>
        <translation>Attribuutio merkittyjen alueiden sisällä tuntomerkkityypeittäin (osuus, korrelaatio, EER)</translation>
    </message>
    <message>
        <source>fit a detector&apos;s log-LR calibration and record its validated conditions (validity.json)</source>
        <translation>sovita tunnistimen log-LR-kalibrointi ja tallenna sen validoidut olosuhteet (validity.json)</translation>
    </message>
    <message>
        <source>case files: evidence with hashes, verification, annotations, hash-chained audit log</source>
        <translation>tapaustiedostot: todisteet tiivisteineen, tarkistus, merkinnät, tiivisteketjutettu tarkastusloki</translation>
    </message>
    <message>
        <source>spoof detection score of clips (+ score timeline)</source>
        <translation>leikkeiden väärennöstunnistuksen pistemäärä (+ pistemäärän aikajana)</translation>
    </message>
    <message>
        <source>embeddings (.npy or STOPA CSV) of many clips with a model, resumable</source>
        <translation>monen leikkeen upotukset (.npy tai STOPA CSV) mallilla, jatkettavissa</translation>
    </message>
    <message>
        <source>metrics from scores or embeddings: detection | trace | trials</source>
        <translation>metriikat pistemääristä tai upotuksista: detection | trace | trials</translation>
    </message>
    <message>
        <source>Integrated Gradients attributions of a clip (JSON, .npy, PNG overlays)</source>
        <translation>leikkeen Integrated Gradients -attribuutiot (JSON, .npy, PNG-peitekuvat)</translation>
    </message>
    <message>
        <source>train / apply a logistic-regression fusion of detectors&apos; scores (fused log-LRs)</source>
        <translation>opeta / sovella tunnistimien pistemäärien logistisen regression fuusiota (fuusioidut log-LR:t)</translation>
    </message>
    <message>
        <source>container, format, duration, SHA-256 and levels of evidence files</source>
        <translation>todistetiedostojen säiliömuoto, formaatti, kesto, SHA-256 ja tasot</translation>
    </message>
    <message>
        <source>fingerprint libraries: create, enrol, list, export/import (STOPA CSV, .npy), edit, calibrate</source>
        <translation>sormenjälkikirjastot: luo, rekisteröi, luettele, vie/tuo (STOPA CSV, .npy), muokkaa, kalibroi</translation>
    </message>
    <message>
        <source>list the models (registry) and check their weights</source>
        <translation>luettele mallit (rekisteri) ja tarkista niiden painot</translation>
    </message>
    <message>
        <source>quality gate of evidence files: SNR, net speech, clipping, DC, bandwidth, codec hints, verdict</source>
        <translation>todistetiedostojen laatuportti: SNR, puheen nettomäärä, leikkautuminen, DC, kaistanleveys, koodekkivihjeet, tuomio</translation>
    </message>
    <message>
        <source>ranked candidate sources per level, open-set decision, OOD scores, pooled EER</source>
        <translation>asetetut ehdokaslähteet tasoittain, avoimen joukon päätös, OOD-pistemäärät, yhdistetty EER</translation>
    </message>
    <message>
        <source>train a detector or tracer on labelled protocols (resumable)</source>
        <translation>opeta tunnistin tai jäljitin nimiöidyillä protokollilla (jatkettavissa)</translation>
    </message>
    <message>
        <source>run a sharded command on a Slurm cluster (submit, status, resume)</source>
        <translation>aja osiin jaettu komento Slurm-klusterissa (submit, status, resume)</translation>
    </message>
    <message>
        <source>join the outputs of a sharded run (--shard K/N) into one</source>
        <translation>yhdistä osiin jaetun ajon (--shard K/N) tulokset yhdeksi</translation>
    </message>
</context>
<context>
    <name>CliMain</name>
    <message>
        <source>usage: sourcetrace-cli [--lang LANG] COMMAND [ARGS...]   (sourcetrace-cli COMMAND --help for details)
</source>
        <translation>käyttö: sourcetrace-cli [--lang LANG] COMMAND [ARGS...]   (sourcetrace-cli COMMAND --help näyttää lisätiedot)
</translation>
    </message>
    <message>
        <source>commands:</source>
        <translation>komennot:</translation>
    </message>
    <message>
        <source>--lang LANG: the language of the messages (%1, or en for English); default: the system&apos;s
(LANGUAGE, LC_ALL, LC_MESSAGES, LANG). Results (TSV, CSV, JSON, files) are the same in every language.</source>
        <translation>--lang LANG: viestien kieli (%1, tai en englanniksi); oletus: järjestelmän kieli
(LANGUAGE, LC_ALL, LC_MESSAGES, LANG). Tulokset (TSV, CSV, JSON, tiedostot) ovat samat kaikilla kielillä.</translation>
    </message>
    <message>
        <source>--lang needs a language (%1, or en)</source>
        <translation>--lang vaatii kielen (%1, tai en)</translation>
    </message>
    <message>
        <source>no translation into &apos;%1&apos; (there are: %2); the messages stay in English</source>
        <translation>ei käännöstä kielelle &apos;%1&apos; (saatavilla: %2); viestit pysyvät englanninkielisinä</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>huomautus: %1</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>tuntematon komento &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>ClusterCommand</name>
    <message>
        <source>usage: sourcetrace-cli cluster submit COMMAND ARGS... --shards N [options] [--dry-run]
       sourcetrace-cli cluster status D
       sourcetrace-cli cluster resume D [--dry-run]
Runs a sharded command (embed, detect, explain --protocol, library enrol; train with --shards 1) on a Slurm
cluster: an array job of N tasks (task K runs COMMAND ARGS --shard K/N) and a merge job that starts when all
of them succeeded (sourcetrace-cli merge COMMAND ARGS --shards N). The scripts, their logs (D/logs) and the
submitted job ids (D/cluster.json) are kept in the folder D. Put -- before COMMAND when one of its options
has the name of an option below.
  --shards N        number of shards (array tasks); 1 for train
  --partition P     --time T     --mem M     --account A     sbatch&apos;s options, as the site names them
  --cpus C          CPUs per task (default 1): the command&apos;s --threads and OMP_NUM_THREADS
  --gpus G          GPUs per task (--gres=gpu:G; default 0: CUDA_VISIBLE_DEVICES is emptied)
  --job-name NAME   (default st-COMMAND)
  --dir D           (default ./slurm-NAME-YYYYMMDD-HHMMSS)
  --setup FILE      a shell file every job sources first (module load ..., site variables)
  --cli PATH        sourcetrace-cli as the nodes see it (default: this program)
  --dry-run         write the scripts and D/submit.sh only, and print how to submit them
status: the state of each shard (pending, running, completed, failed) from squeue and sacct, with its
shard.json&apos;s complete flag, and the merge job&apos;s state.
resume: submits again the shards that failed or are not complete (an array of those indices) and a new merge
job that waits for them and for the shards still running.
Exit code: 0 done, 1 failed (sbatch refused, a folder unreadable), 2 usage error.</source>
        <translation>käyttö: sourcetrace-cli cluster submit COMMAND ARGS... --shards N [options] [--dry-run]
       sourcetrace-cli cluster status D
       sourcetrace-cli cluster resume D [--dry-run]
Ajaa osiin jaetun komennon (embed, detect, explain --protocol, library enrol; train valitsimella --shards 1) Slurm-
klusterissa: N tehtävän array-työ (tehtävä K ajaa COMMAND ARGS --shard K/N) ja yhdistämistyö, joka alkaa, kun kaikki
niistä onnistuivat (sourcetrace-cli merge COMMAND ARGS --shards N). Skriptit, niiden lokit (D/logs) ja
lähetettyjen töiden tunnukset (D/cluster.json) säilytetään kansiossa D. Kirjoita -- ennen COMMANDia, kun jollakin sen valitsimella
on sama nimi kuin jollakin alla olevista valitsimista.
  --shards N        osien (array-tehtävien) määrä; train-komennolle 1
  --partition P     --time T     --mem M     --account A     sbatchin valitsimet sivuston käyttämin nimin
  --cpus C          CPU:t tehtävää kohden (oletus 1): komennon --threads ja OMP_NUM_THREADS
  --gpus G          GPU:t tehtävää kohden (--gres=gpu:G; oletus 0: CUDA_VISIBLE_DEVICES tyhjennetään)
  --job-name NAME   (oletus st-COMMAND)
  --dir D           (oletus ./slurm-NAME-YYYYMMDD-HHMMSS)
  --setup FILE      komentotulkkitiedosto, jonka jokainen työ lataa ensin (module load ..., sivuston muuttujat)
  --cli PATH        sourcetrace-cli sellaisena kuin solmut sen näkevät (oletus: tämä ohjelma)
  --dry-run         kirjoita vain skriptit ja D/submit.sh ja tulosta, miten ne lähetetään
status: kunkin osan tila (pending, running, completed, failed) squeuesta ja sacctista, sen
shard.json-tiedoston valmis-lippu sekä yhdistämistyön tila.
resume: lähettää uudelleen epäonnistuneet tai keskeneräiset osat (array niistä indekseistä) ja uuden yhdistämis-
työn, joka odottaa niitä ja yhä käynnissä olevia osia.
Paluukoodi: 0 valmis, 1 epäonnistui (sbatch hylkäsi, kansio lukukelvoton), 2 käyttövirhe.</translation>
    </message>
    <message>
        <source>run &apos;sourcetrace-cli cluster --help&apos; for the usage</source>
        <translation>katso käyttö komennolla &apos;sourcetrace-cli cluster --help&apos;</translation>
    </message>
    <message>
        <source>%1 could not be started (%2): is this a Slurm login node?</source>
        <translation>%1 ei käynnistynyt (%2): onko tämä Slurmin kirjautumissolmu?</translation>
    </message>
    <message>
        <source>sbatch refused the job (exit status %1): %2</source>
        <translation>sbatch hylkäsi työn (paluukoodi %1): %2</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 vaatii arvon</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot; before --</source>
        <translation>tuntematon valitsin &quot;%1&quot; ennen merkkiä --</translation>
    </message>
    <message>
        <source>no command (cluster submit COMMAND ARGS... --shards N)</source>
        <translation>ei komentoa (cluster submit COMMAND ARGS... --shards N)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot run on a cluster (embed, detect, explain --protocol, library enrol, train)</source>
        <translation>&quot;%1&quot; ei voi ajaa klusterissa (embed, detect, explain --protocol, library enrol, train)</translation>
    </message>
    <message>
        <source>of the library commands only &quot;library enrol&quot; is sharded</source>
        <translation>kirjaston komennoista vain &quot;library enrol&quot; jaetaan osiin</translation>
    </message>
    <message>
        <source>explain is sharded with --protocol only</source>
        <translation>explain jaetaan osiin vain valitsimella --protocol</translation>
    </message>
    <message>
        <source>--shards N is required (1 for train)</source>
        <translation>--shards N on pakollinen (train-komennolle 1)</translation>
    </message>
    <message>
        <source>the command&apos;s output (--out) must be given on the command line: the shards and the merge are found from it</source>
        <translation>komennon tuloste (--out) on annettava komentorivillä: osat ja yhdistäminen löydetään sen perusteella</translation>
    </message>
    <message>
        <source>--shards, --cpus and --gpus take whole numbers</source>
        <translation>--shards, --cpus ja --gpus ottavat kokonaislukuja</translation>
    </message>
    <message>
        <source>already exists: a run was submitted from this folder (use cluster status / resume, or another --dir)</source>
        <translation>on jo olemassa: tästä kansiosta on lähetetty ajo (käytä cluster status / resume tai toista --dir-kansiota)</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>kansiota ei voi luoda</translation>
    </message>
    <message>
        <source>wrote %1 (%2 shards)%3; submit with:</source>
        <translation>kirjoitettiin %1 (%2 osaa)%3; lähetä komennolla:</translation>
    </message>
    <message>
        <source>array job %1 (shards %2)</source>
        <translation>array-työ %1 (osat %2)</translation>
    </message>
    <message>
        <source>merge job %1 (after the array job succeeds)</source>
        <translation>yhdistämistyö %1 (kun array-työ on onnistunut)</translation>
    </message>
    <message>
        <source>recorded in %1; follow with: sourcetrace-cli cluster status %2</source>
        <translation>tallennettu kohteeseen %1; seuraa komennolla: sourcetrace-cli cluster status %2</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>tuntematon valitsin &quot;%1&quot;</translation>
    </message>
    <message>
        <source>give one folder D (written by cluster submit)</source>
        <translation>anna yksi kansio D (cluster submit -komennon kirjoittama)</translation>
    </message>
    <message>
        <source>no job was submitted from here (a --dry-run): submit with %1</source>
        <translation>täältä ei lähetetty yhtään työtä (--dry-run): lähetä komennolla %1</translation>
    </message>
    <message>
        <source>%1 %2, %3 shards</source>
        <translation>%1 %2, %3 osaa</translation>
    </message>
    <message>
        <source>%1 completed, %2 running, %3 pending, %4 failed, %5 unknown</source>
        <translation>%1 valmis, %2 käynnissä, %3 odottaa, %4 epäonnistui, %5 tuntematon</translation>
    </message>
    <message>
        <source>nothing to resume: no shard failed or is incomplete%1</source>
        <translation>ei mitään jatkettavaa: yksikään osa ei epäonnistunut eikä ole keskeneräinen%1</translation>
    </message>
    <message>
        <source>, and the merge job is %1</source>
        <translation>, ja yhdistämistyön tila on %1</translation>
    </message>
    <message>
        <source>merge job %1 (after %2)</source>
        <translation>yhdistämistyö %1 (kohteen %2 jälkeen)</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot; (submit, status, resume)</source>
        <translation>tuntematon alikomento &quot;%1&quot; (submit, status, resume)</translation>
    </message>
</context>
<context>
    <name>DetectCommand</name>
    <message>
        <source>Detection scores: sourcetrace-cli detect --model M (FILE... | --protocol P [--root DIR]) [--timeline]
  [--window N --hop N] [--json]
The score is the bona fide logit of the model; its convention is printed with it (for the AASIST
checkpoints: logit 1 = bona fide; higher = more bona fide). --json prints one JSON object per clip
and line (JSON Lines). A clip that fails is reported as &apos;path: cause&apos; on stderr; the exit status is then 1.
Without --model the default model (sourcetrace-default, trained by the project) is used. A model with a
validity.json (sourcetrace-cli calibrate-model) also gives the calibrated likelihood ratio
LR = p(score | bona fide) / p(score | spoofed), unless the clip is outside the validated conditions (too short,
too narrow a band, a codec never trained on, unlike the training material): the LR is then withheld and the
reasons are printed.</source>
        <translation>Tunnistuspistemäärät: sourcetrace-cli detect --model M (FILE... | --protocol P [--root DIR]) [--timeline]
  [--window N --hop N] [--json]
Pistemäärä on mallin bona fide -logitti; sen konventio tulostetaan sen kanssa (AASIST-
tarkistuspisteille: logitti 1 = bona fide; suurempi = aidompi). --json tulostaa yhden JSON-objektin leikettä
ja riviä kohden (JSON Lines). Epäonnistunut leike ilmoitetaan muodossa &apos;polku: syy&apos; stderriin; paluukoodi on silloin 1.
Ilman valitsinta --model käytetään oletusmallia (sourcetrace-default, projektin opettama). Malli, jolla on
validity.json (sourcetrace-cli calibrate-model), antaa myös kalibroidun uskottavuussuhteen
LR = p(score | bona fide) / p(score | spoofed), ellei leike ole validoitujen olosuhteiden ulkopuolella (liian lyhyt,
liian kapea kaista, koodekki, jolla ei ole koskaan opetettu, opetusaineistosta poikkeava): LR pidätetään silloin ja
syyt tulostetaan.</translation>
    </message>
    <message>
        <source>Also a score per window (--window, --hop; default 64600 / 32000 samples).</source>
        <translation>Myös ikkunakohtainen pistemäärä (--window, --hop; oletus 64600 / 32000 näytettä).</translation>
    </message>
    <message>
        <source>Timeline window in samples (default 64600).</source>
        <translation>Aikajanan ikkuna näytteinä (oletus 64600).</translation>
    </message>
    <message>
        <source>JSON Lines output.</source>
        <translation>Tuloste JSON Lines -muodossa.</translation>
    </message>
    <message>
        <source>Audio files.</source>
        <translation>Äänitiedostot.</translation>
    </message>
    <message>
        <source>--%1 must be a positive number of samples</source>
        <translation>--%1 on oltava positiivinen näytemäärä</translation>
    </message>
    <message>
        <source>detect: model %1 is not a detector (%2): printing its logits and top class</source>
        <translation>detect: malli %1 ei ole tunnistin (%2): tulostetaan sen logitit ja todennäköisin luokka</translation>
    </message>
    <message>
        <source>%1 (likelihood ratios are withheld)</source>
        <translation>%1 (uskottavuussuhteet pidätetään)</translation>
    </message>
    <message>
        <source>detect with %1</source>
        <translation>tunnistus mallilla %1</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>varoitus: %1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 clips failed</source>
        <translation>%1/%2 leikettä epäonnistui</translation>
    </message>
    <message>
        <source>Write the results to this file instead of stdout (required with --shard).</source>
        <translation>Kirjoita tulokset tähän tiedostoon stdoutin sijaan (pakollinen valitsimen --shard kanssa).</translation>
    </message>
    <message>
        <source>--shard needs --out FILE (shard K of N writes FILE.shards/K-of-N/)</source>
        <translation>--shard vaatii valitsimen --out FILE (osa K/N kirjoittaa kansioon FILE.shards/K-of-N/)</translation>
    </message>
    <message>
        <source>shard %1 is already complete in %2: nothing to do</source>
        <translation>osa %1 on jo valmis kohteessa %2: ei mitään tehtävää</translation>
    </message>
    <message>
        <source>--out FILE is required (the file the shards were written for)</source>
        <translation>--out FILE on pakollinen (tiedosto, jota varten osat kirjoitettiin)</translation>
    </message>
    <message>
        <source>%1 clips of %2 shards in %3</source>
        <translation>%1 leikettä %2 osasta kohteessa %3</translation>
    </message>
</context>
<context>
    <name>EmbedCommand</name>
    <message>
        <source>Embeds clips with a model: sourcetrace-cli embed --model M (FILE... | --protocol P [--root DIR]) --out OUT
  [--format npy|csv] [--threads N]
npy: OUT is a folder with embeddings.npy (float32, N x D), logits.npy (N x C), keys.txt (row i = line i)
and model.json (model, weights SHA-256, input policy, build). csv: OUT is a file in STOPA&apos;s layout
(header file,0,1,...,D-1; one row per clip). Clips already in OUT are skipped (resume). A clip that fails
is reported as &apos;path: cause&apos; and the others go on; the exit status is then 1.</source>
        <translation>Laskee leikkeiden upotukset mallilla: sourcetrace-cli embed --model M (FILE... | --protocol P [--root DIR]) --out OUT
  [--format npy|csv] [--threads N]
npy: OUT on kansio, jossa on embeddings.npy (float32, N x D), logits.npy (N x C), keys.txt (rivi i = rivi i)
ja model.json (malli, painojen SHA-256, syötekäytäntö, käännös). csv: OUT on tiedosto STOPA:n muodossa
(otsake file,0,1,...,D-1; yksi rivi leikettä kohden). OUTissa jo olevat leikkeet ohitetaan (jatkaminen). Epäonnistunut leike
ilmoitetaan muodossa &apos;polku: syy&apos; ja muut jatkuvat; paluukoodi on silloin 1.</translation>
    </message>
    <message>
        <source>Output folder (npy) or file (csv).</source>
        <translation>Tuloskansio (npy) tai -tiedosto (csv).</translation>
    </message>
    <message>
        <source>npy (default; csv when OUT ends in .csv) or csv.</source>
        <translation>npy (oletus; csv, kun OUT päättyy .csv) tai csv.</translation>
    </message>
    <message>
        <source>Audio files (keys are the paths as given).</source>
        <translation>Äänitiedostot (avaimina polut sellaisinaan).</translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation>--out on pakollinen</translation>
    </message>
    <message>
        <source>--format must be npy or csv (got &quot;%1&quot;)</source>
        <translation>--format on oltava npy tai csv (saatiin &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--batch must be a positive integer</source>
        <translation>--batch on oltava positiivinen kokonaisluku</translation>
    </message>
    <message>
        <source>model %1 (%2, weights %3) on %4; %5 clips, %6 already in %7, %8 to do%9</source>
        <translation>malli %1 (%2, painot %3) laitteella %4; %5 leikettä, %6 jo kohteessa %7, %8 tekemättä%9</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>varoitus: %1</translation>
    </message>
    <message>
        <source>%1 rows in %2 (%3 new), %4 failed</source>
        <translation>%1 riviä kohteessa %2 (%3 uutta), %4 epäonnistui</translation>
    </message>
    <message>
        <source> (%1 named more than once, embedded once)</source>
        <translation> (%1 nimetty useammin kuin kerran, upotettu kerran)</translation>
    </message>
    <message>
        <source>embed with %1</source>
        <translation>upotus mallilla %1</translation>
    </message>
    <message>
        <source>%1 rows of %2 shards in %3</source>
        <translation>%1 riviä %2 osasta kohteessa %3</translation>
    </message>
</context>
<context>
    <name>EvaluateCommand</name>
    <message>
        <source>cannot write: %1</source>
        <translation>ei voi kirjoittaa: %1</translation>
    </message>
    <message>
        <source>--fuse-train names the evaluated protocol itself: never train the fusion on the data it is evaluated on; give another protocol&apos;s clips</source>
        <translation>--fuse-train nimeää itse arvioitavan protokollan: älä koskaan opeta fuusiota datalla, jolla sitä arvioidaan; anna toisen protokollan leikkeet</translation>
    </message>
    <message>
        <source>clip &apos;%1&apos; is in the training protocol and in the evaluated protocol %2: the fusion must be trained on other clips</source>
        <translation>leike &apos;%1&apos; on sekä opetusprotokollassa että arvioitavassa protokollassa %2: fuusio on opetettava muilla leikkeillä</translation>
    </message>
    <message>
        <source>detection | trace | trials</source>
        <translation>detection | trace | trials</translation>
    </message>
    <message>
        <source>detection: score file.</source>
        <translation>detection: pistemäärätiedosto.</translation>
    </message>
    <message>
        <source>trace: npy folder of `embed` or embedding CSV.</source>
        <translation>trace: `embed`-komennon npy-kansio tai upotus-CSV.</translation>
    </message>
    <message>
        <source>trials: scored STOPA trial list.</source>
        <translation>trials: pisteytetty STOPA-koeluettelo.</translation>
    </message>
    <message>
        <source>Output folder: new, empty, or one an earlier evaluate run wrote (its outputs are replaced; anything else there is refused). metrics.json is written last: a folder without it is incomplete.</source>
        <translation>Tuloskansio: uusi, tyhjä tai aiemman evaluate-ajon kirjoittama (sen tulokset korvataan; kaikki muu siellä hylätään). metrics.json kirjoitetaan viimeisenä: kansio ilman sitä on keskeneräinen.</translation>
    </message>
    <message>
        <source>trace without protocol: attack = name up to the first &apos;_&apos;.</source>
        <translation>trace ilman protokollaa: hyökkäys = nimi ensimmäiseen &apos;_&apos;-merkkiin asti.</translation>
    </message>
    <message>
        <source>Share of each known attack&apos;s clips enrolled (default 0.5).</source>
        <translation>Kunkin tunnetun hyökkäyksen leikkeistä rekisteröitävä osuus (oletus 0.5).</translation>
    </message>
    <message>
        <source>Comma-separated attacks held out as unknown.</source>
        <translation>Pilkuin erotetut hyökkäykset, jotka pidetään erillään tuntemattomina.</translation>
    </message>
    <message>
        <source>cosine (default), mahalanobis or knn.</source>
        <translation>cosine (oletus), mahalanobis tai knn.</translation>
    </message>
    <message>
        <source>kNN: k (default 7).</source>
        <translation>kNN: k (oletus 7).</translation>
    </message>
    <message>
        <source>Mahalanobis: shrinkage (default 0.1).</source>
        <translation>Mahalanobis: kutistus (oletus 0.1).</translation>
    </message>
    <message>
        <source>Seed of the enrolment/test split (default 1).</source>
        <translation>Rekisteröinti-/testijaon siemen (oletus 1).</translation>
    </message>
    <message>
        <source>level (a fingerprint per source at each level, default) or attack (STOPA: per attack).</source>
        <translation>level (sormenjälki lähdettä kohden kullakin tasolla, oletus) tai attack (STOPA: hyökkäystä kohden).</translation>
    </message>
    <message>
        <source>attack (STOPA compute_eer_pooled.py, default) or level (zero-shot scripts).</source>
        <translation>attack (STOPA compute_eer_pooled.py, oletus) tai level (zero-shot-skriptit).</translation>
    </message>
    <message>
        <source>trace: &apos;dev&apos; = split test clips into dev/eval and calibrate scores to LLRs on dev.</source>
        <translation>trace: &apos;dev&apos; = jaa testileikkeet dev- ja eval-osiin ja kalibroi pistemäärät LLR-arvoiksi dev-osalla.</translation>
    </message>
    <message>
        <source>Share of test clips that goes to dev (default 0.5).</source>
        <translation>dev-osaan menevä osuus testileikkeistä (oletus 0.5).</translation>
    </message>
    <message>
        <source>DCF target prior (default 0.05).</source>
        <translation>DCF:n kohdepriori (oletus 0.05).</translation>
    </message>
    <message>
        <source>Histogram bins (default 50).</source>
        <translation>Histogrammin lokerot (oletus 50).</translation>
    </message>
    <message>
        <source>trace: do not write trial_scores.csv.</source>
        <translation>trace: älä kirjoita tiedostoa trial_scores.csv.</translation>
    </message>
    <message>
        <source>Print metrics.json to stdout instead of the tables.</source>
        <translation>Tulosta metrics.json stdoutiin taulukoiden sijaan.</translation>
    </message>
    <message>
        <source>No progress bar on stderr.</source>
        <translation>Ei edistymispalkkia stderriin.</translation>
    </message>
    <message>
        <source>detection: fusion model (sourcetrace-fusion/1) applied to the --scores NAME=S files.</source>
        <translation>detection: fuusiomalli (sourcetrace-fusion/1) sovellettuna --scores NAME=S -tiedostoihin.</translation>
    </message>
    <message>
        <source>detection: train the fusion on this other protocol&apos;s clips first.</source>
        <translation>detection: opeta fuusio ensin tämän toisen protokollan leikkeillä.</translation>
    </message>
    <message>
        <source>interrupted; nothing complete was written</source>
        <translation>keskeytetty; mitään valmista ei kirjoitettu</translation>
    </message>
    <message>
        <source>Evaluation from scores or embeddings (no audio):
  sourcetrace-cli evaluate detection --protocol P --scores S [--out DIR]
      bona fide vs spoof: pooled / per-attack / per-codec EER, minDCF, Cllr/minCllr. S: &apos;file score&apos; lines,
      a CSV with file,score columns, or the JSON Lines of `sourcetrace-cli detect --json`.
  sourcetrace-cli evaluate detection --protocol P (--fuse fusion.json | --fuse-train TRAIN) --scores NAME=S ...
      [--out DIR]: each detector&apos;s and the fused system&apos;s EER, minDCF, Cllr/minCllr in one table. --fuse applies a
      fusion model (`fuse train`); --fuse-train trains one on the protocol TRAIN (the same score files, TRAIN&apos;s
      clips; never P itself, nor a protocol sharing clips with P). DIR receives fusion_metrics.tsv/json,
      fused_scores.txt and, with --fuse-train, fusion.json.
  sourcetrace-cli evaluate trace --embeddings E (--protocol P | --attack-from-filename)
      [--enrol-fraction 0.5] [--unknown-attacks A05,A09] [--backend cosine|mahalanobis|knn] [--seed N]
      [--fingerprints level|attack] [--calibrate-on dev [--dev-fraction 0.5]] [--out DIR]
      open-set source tracing: STOPA pooled EER (known/unknown) per level, minDCF, Cllr/minCllr,
      closed-set accuracy/macro-F1/confusion, unknown-attack detection AUROC/FPR95/EER.
      E: an `embed` npy folder (embeddings.npy + keys.txt) or an embedding CSV (STOPA layout).
  sourcetrace-cli evaluate trials --trials T [--out DIR]
      a scored STOPA trial list (column CosScore or score): the pooled known/unknown EER table.
DIR receives metrics.json, metrics_table.csv, det.csv, histograms.csv and, per mode, pooled_eer_kn.csv /
pooled_eer_ukn.csv (STOPA layout), detection_eer.csv, split.csv, trial_scores.csv, confusion.csv, tippett.csv,
each written to a temporary file and renamed (never half-written); metrics.json last. Every number read
(scores, embeddings, logits) must be finite, every clip listed once: otherwise an error names file and line.</source>
        <translation>Arviointi pistemääristä tai upotuksista (ei ääntä):
  sourcetrace-cli evaluate detection --protocol P --scores S [--out DIR]
      bona fide vs. spoof: yhdistetty / hyökkäyskohtainen / koodekkikohtainen EER, minDCF, Cllr/minCllr. S: &apos;file score&apos; -rivit,
      CSV, jossa on sarakkeet file,score, tai komennon `sourcetrace-cli detect --json` JSON Lines.
  sourcetrace-cli evaluate detection --protocol P (--fuse fusion.json | --fuse-train TRAIN) --scores NAME=S ...
      [--out DIR]: kunkin tunnistimen ja fuusioidun järjestelmän EER, minDCF, Cllr/minCllr yhdessä taulukossa. --fuse soveltaa
      fuusiomallia (`fuse train`); --fuse-train opettaa mallin protokollalla TRAIN (samat pistemäärätiedostot, TRAINin
      leikkeet; ei koskaan P itse eikä protokolla, jolla on yhteisiä leikkeitä P:n kanssa). DIR saa tiedostot fusion_metrics.tsv/json,
      fused_scores.txt ja valitsimella --fuse-train tiedoston fusion.json.
  sourcetrace-cli evaluate trace --embeddings E (--protocol P | --attack-from-filename)
      [--enrol-fraction 0.5] [--unknown-attacks A05,A09] [--backend cosine|mahalanobis|knn] [--seed N]
      [--fingerprints level|attack] [--calibrate-on dev [--dev-fraction 0.5]] [--out DIR]
      avoimen joukon lähteen jäljitys: STOPA:n yhdistetty EER (tunnettu/tuntematon) tasoittain, minDCF, Cllr/minCllr,
      suljetun joukon tarkkuus/makro-F1/sekaannusmatriisi, tuntemattoman hyökkäyksen tunnistuksen AUROC/FPR95/EER.
      E: `embed`-komennon npy-kansio (embeddings.npy + keys.txt) tai upotus-CSV (STOPA-muoto).
  sourcetrace-cli evaluate trials --trials T [--out DIR]
      pisteytetty STOPA-koeluettelo (sarake CosScore tai score): yhdistetyn tunnettu/tuntematon-EER:n taulukko.
DIR saa tiedostot metrics.json, metrics_table.csv, det.csv, histograms.csv ja tilan mukaan pooled_eer_kn.csv /
pooled_eer_ukn.csv (STOPA-muoto), detection_eer.csv, split.csv, trial_scores.csv, confusion.csv, tippett.csv,
jokainen kirjoitettuna väliaikaistiedostoon ja uudelleennimettynä (ei koskaan puoliksi kirjoitettu); metrics.json viimeisenä. Jokaisen luetun
luvun (pistemäärät, upotukset, logitit) on oltava äärellinen ja jokainen leike lueteltu kerran: muuten virhe nimeää tiedoston ja rivin.</translation>
    </message>
    <message>
        <source>with --fuse / --fuse-train every --scores is NAME=FILE, not &apos;%1&apos;</source>
        <translation>valitsimilla --fuse / --fuse-train jokainen --scores on muotoa NAME=FILE, ei &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot create the output folder</source>
        <translation>tuloskansiota ei voi luoda</translation>
    </message>
    <message>
        <source>Clip protocol (SourceTrace TSV, ASVspoof LA, MLAAD CSV).</source>
        <translation>Leikeprotokolla (SourceTrace TSV, ASVspoof LA, MLAAD CSV).</translation>
    </message>
    <message>
        <source>give exactly one mode (detection, trace or trials)</source>
        <translation>anna täsmälleen yksi tila (detection, trace tai trials)</translation>
    </message>
    <message>
        <source>unknown mode &apos;%1&apos;</source>
        <translation>tuntematon tila &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; must be a number in %3%4, %5%6</source>
        <translation>--%1 &apos;%2&apos; on oltava luku väliltä %3%4, %5%6</translation>
    </message>
    <message>
        <source>--seed must be a non-negative integer</source>
        <translation>--seed on oltava ei-negatiivinen kokonaisluku</translation>
    </message>
    <message>
        <source>--fingerprints must be &apos;level&apos; or &apos;attack&apos;</source>
        <translation>--fingerprints on oltava &apos;level&apos; tai &apos;attack&apos;</translation>
    </message>
    <message>
        <source>--unknown-rule must be &apos;attack&apos; or &apos;level&apos;</source>
        <translation>--unknown-rule on oltava &apos;attack&apos; tai &apos;level&apos;</translation>
    </message>
    <message>
        <source>--calibrate-on supports &apos;dev&apos; (a dev part split off the test clips)</source>
        <translation>--calibrate-on tukee arvoa &apos;dev&apos; (testileikkeistä erotettu dev-osa)</translation>
    </message>
    <message>
        <source>--calibrate-on applies to trace mode</source>
        <translation>--calibrate-on koskee trace-tilaa</translation>
    </message>
    <message>
        <source>--backend must be cosine, mahalanobis or knn</source>
        <translation>--backend on oltava cosine, mahalanobis tai knn</translation>
    </message>
    <message>
        <source>detection needs --protocol and --scores</source>
        <translation>detection vaatii valitsimet --protocol ja --scores</translation>
    </message>
    <message>
        <source>--fuse and --fuse-train apply to detection mode</source>
        <translation>--fuse ja --fuse-train koskevat detection-tilaa</translation>
    </message>
    <message>
        <source>give --fuse or --fuse-train, not both</source>
        <translation>anna --fuse tai --fuse-train, ei molempia</translation>
    </message>
    <message>
        <source>several --scores need --fuse or --fuse-train</source>
        <translation>useat --scores vaativat valitsimen --fuse tai --fuse-train</translation>
    </message>
    <message>
        <source>trace needs --embeddings and --protocol (or --attack-from-filename)</source>
        <translation>trace vaatii valitsimet --embeddings ja --protocol (tai --attack-from-filename)</translation>
    </message>
    <message>
        <source>trials needs --trials</source>
        <translation>trials vaatii valitsimen --trials</translation>
    </message>
    <message>
        <source>evaluate %1</source>
        <translation>arviointi %1</translation>
    </message>
</context>
<context>
    <name>ExplainCommand</name>
    <message>
        <source>cannot read the fingerprint CSV: %1</source>
        <translation>sormenjälki-CSV:tä ei voi lukea: %1</translation>
    </message>
    <message>
        <source>value %1 of fingerprint %2 is not a number: &quot;%3&quot;</source>
        <translation>sormenjäljen %2 arvo %1 ei ole luku: &quot;%3&quot;</translation>
    </message>
    <message>
        <source>no fingerprint named &quot;%1&quot; (the file has %2 rows, e.g. %3)</source>
        <translation>ei sormenjälkeä nimeltä &quot;%1&quot; (tiedostossa on %2 riviä, esim. %3)</translation>
    </message>
    <message>
        <source>Integrated Gradients attributions of one clip: sourcetrace-cli explain --model M
  [--target bonafide|logit:K|margin | --fingerprint-csv F --fingerprint NAME]
  [--baseline silence|noise|lowpass] [--steps N] [--rule trapezoid|gauss] FILE --out DIR
Writes DIR/report.json (settings, completeness, per-frame envelopes, band and speech/pause shares,
model and weights hash, evidence SHA-256, build), attribution.npy (float32, one per sample at the
model&apos;s rate), tf_map.npy (frames x bins), envelopes.npy (3 x frames: signed, absolute, trend) and
waveform.png / spectrogram.png overlays (vermillion = evidence for spoof or for the target, blue =
for bona fide or against it). Defaults: the bona fide logit, silence, 50 steps, Gauss-Legendre.
A corpus: explain --protocol P|FOLDER --out DIR (resumable; summaries per protocol column; see
explain --protocol P --help). The mean-feature baseline: explain baseline --protocol REF --out F.json, then
explain --baseline bonafide-mean --baseline-file F.json FILE --out DIR.</source>
        <translation>Yhden leikkeen Integrated Gradients -attribuutiot: sourcetrace-cli explain --model M
  [--target bonafide|logit:K|margin | --fingerprint-csv F --fingerprint NAME]
  [--baseline silence|noise|lowpass] [--steps N] [--rule trapezoid|gauss] FILE --out DIR
Kirjoittaa tiedostot DIR/report.json (asetukset, täydellisyys, kehyskohtaiset verhokäyrät, kaista- sekä puhe-/tauko-osuudet,
mallin ja painojen tiiviste, todisteen SHA-256, käännös), attribution.npy (float32, yksi näytettä kohden
mallin näytteenottotaajuudella), tf_map.npy (kehykset x lokerot), envelopes.npy (3 x kehykset: etumerkillinen, itseisarvo, trendi) sekä
waveform.png / spectrogram.png -peitekuvat (punaoranssi = näyttöä väärennöksestä tai kohteen puolesta, sininen =
aidon puolesta tai kohdetta vastaan). Oletukset: bona fide -logitti, hiljaisuus, 50 askelta, Gauss–Legendre.
Korpus: explain --protocol P|FOLDER --out DIR (jatkettavissa; yhteenvedot protokollan sarakkeittain; katso
explain --protocol P --help). Keskipiirreperustaso: explain baseline --protocol REF --out F.json, sitten
explain --baseline bonafide-mean --baseline-file F.json FILE --out DIR.</translation>
    </message>
    <message>
        <source>Model: a registry name or a manifest .json.</source>
        <translation>Malli: rekisterinimi tai manifestin .json.</translation>
    </message>
    <message>
        <source>CPU threads (default: LibTorch&apos;s setting).</source>
        <translation>CPU-säikeet (oletus: LibTorchin asetus).</translation>
    </message>
    <message>
        <source>Run on the CPU even when a CUDA GPU is usable.</source>
        <translation>Aja CPU:lla silloinkin, kun CUDA-GPU on käytettävissä.</translation>
    </message>
    <message>
        <source>bonafide (default), logit:K or margin (spoof - bona fide).</source>
        <translation>bonafide (oletus), logit:K tai margin (spoof - bona fide).</translation>
    </message>
    <message>
        <source>Fingerprint CSV (STOPA layout): target = cosine similarity to --fingerprint.</source>
        <translation>Sormenjälki-CSV (STOPA-muoto): kohde = kosinisamankaltaisuus sormenjälkeen --fingerprint.</translation>
    </message>
    <message>
        <source>Name (column `file`) of the fingerprint row.</source>
        <translation>Sormenjälkirivin nimi (sarake `file`).</translation>
    </message>
    <message>
        <source>silence, noise or lowpass (default: the model&apos;s recommended baseline: noise at -50 dBFS for SourceTrace&apos;s spectral models, silence for the others).</source>
        <translation>silence, noise tai lowpass (oletus: mallin suosittelema perustaso: kohina tasolla -50 dBFS SourceTracen spektrimalleille, hiljaisuus muille).</translation>
    </message>
    <message>
        <source>Noise baseline level (default -60; -50 for the recommended baseline of spectral models).</source>
        <translation>Kohinaperustason taso (oletus -60; -50 spektrimallien suositellulle perustasolle).</translation>
    </message>
    <message>
        <source>Noise baseline draws averaged (default 4).</source>
        <translation>Keskiarvoistettavat kohinaperustason arvonnat (oletus 4).</translation>
    </message>
    <message>
        <source>Noise baseline seed (default 1).</source>
        <translation>Kohinaperustason siemen (oletus 1).</translation>
    </message>
    <message>
        <source>Low-pass baseline cut-off (default 1000).</source>
        <translation>Alipäästöperustason rajataajuus (oletus 1000).</translation>
    </message>
    <message>
        <source>Path integral steps (default 50).</source>
        <translation>Polkuintegraalin askeleet (oletus 50).</translation>
    </message>
    <message>
        <source>gauss (default) or trapezoid.</source>
        <translation>gauss (oletus) tai trapezoid.</translation>
    </message>
    <message>
        <source>Plain IG: do not locate and attribute the jumps of a model with discrete choices (AASIST&apos;s graph pooling); they are reported and stay in the completeness gap.</source>
        <translation>Pelkkä IG: älä paikanna ja attribuoi diskreettejä valintoja tekevän mallin hyppyjä (AASISTin graafipoolaus); ne raportoidaan ja jäävät täydellisyysvajeeseen.</translation>
    </message>
    <message>
        <source>Activation memory budget per batch (default 2000).</source>
        <translation>Aktivaatiomuistin budjetti erää kohden (oletus 2000).</translation>
    </message>
    <message>
        <source>Long clips: crossfade (default) or mean.</source>
        <translation>Pitkät leikkeet: crossfade (oletus) tai mean.</translation>
    </message>
    <message>
        <source>Time-frequency map FFT size (default 512).</source>
        <translation>Aika-taajuuskartan FFT-koko (oletus 512).</translation>
    </message>
    <message>
        <source>Time-frequency map hop (default 160 = 10 ms).</source>
        <translation>Aika-taajuuskartan hyppy (oletus 160 = 10 ms).</translation>
    </message>
    <message>
        <source>Envelope frame length (default 20).</source>
        <translation>Verhokäyrän kehyksen pituus (oletus 20).</translation>
    </message>
    <message>
        <source>Also summarise the selection START:END (seconds).</source>
        <translation>Tee yhteenveto myös valinnasta START:END (sekunteina).</translation>
    </message>
    <message>
        <source>Colour clipping percentile of the PNGs (default 98).</source>
        <translation>PNG-kuvien värien leikkauspersentiili (oletus 98).</translation>
    </message>
    <message>
        <source>No PNG overlays.</source>
        <translation>Ei PNG-peitekuvia.</translation>
    </message>
    <message>
        <source>Output folder.</source>
        <translation>Tuloskansio.</translation>
    </message>
    <message>
        <source>No progress bar on stderr.</source>
        <translation>Ei edistymispalkkia stderriin.</translation>
    </message>
    <message>
        <source>The audio file.</source>
        <translation>Äänitiedosto.</translation>
    </message>
    <message>
        <source>--%1 must be an integer in %2..%3 (got &quot;%4&quot;)</source>
        <translation>--%1 on oltava kokonaisluku väliltä %2..%3 (saatiin &quot;%4&quot;)</translation>
    </message>
    <message>
        <source>--%1 must be a number (got &quot;%2&quot;)</source>
        <translation>--%1 on oltava luku (saatiin &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>no samples</source>
        <translation>ei näytteitä</translation>
    </message>
    <message>
        <source>explain: %1 (%2 s) with %3 (weights %4) on %5: target %6, baseline %7, %8 steps (%9)</source>
        <translation>explain: %1 (%2 s) mallilla %3 (painot %4) laitteella %5: kohde %6, perustaso %7, %8 askelta (%9)</translation>
    </message>
    <message>
        <source>explain: interrupted; nothing written</source>
        <translation>explain: keskeytetty; mitään ei kirjoitettu</translation>
    </message>
    <message>
        <source>cannot create the output folder</source>
        <translation>tuloskansiota ei voi luoda</translation>
    </message>
    <message>
        <source>cannot write the PNG</source>
        <translation>PNG-kuvaa ei voi kirjoittaa</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>ei voi kirjoittaa: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>varoitus: %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>tiedostoa ei ole</translation>
    </message>
    <message>
        <source>give exactly one FILE</source>
        <translation>anna täsmälleen yksi FILE</translation>
    </message>
    <message>
        <source>--out DIR is required</source>
        <translation>--out DIR on pakollinen</translation>
    </message>
    <message>
        <source>--baseline must be silence, noise or lowpass (got &quot;%1&quot;); the mean-feature baseline is --baseline bonafide-mean --baseline-file F (made by `explain baseline`)</source>
        <translation>--baseline on oltava silence, noise tai lowpass (saatiin &quot;%1&quot;); keskipiirreperustaso on --baseline bonafide-mean --baseline-file F (tehty komennolla `explain baseline`)</translation>
    </message>
    <message>
        <source>--rule must be trapezoid or gauss (got &quot;%1&quot;)</source>
        <translation>--rule on oltava trapezoid tai gauss (saatiin &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--stitching must be crossfade or mean (got &quot;%1&quot;)</source>
        <translation>--stitching on oltava crossfade tai mean (saatiin &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--fingerprint-csv and --fingerprint go together</source>
        <translation>--fingerprint-csv ja --fingerprint annetaan yhdessä</translation>
    </message>
    <message>
        <source>give either --target or a fingerprint, not both</source>
        <translation>anna joko --target tai sormenjälki, ei molempia</translation>
    </message>
    <message>
        <source>--select must be START:END in seconds with END &gt; START &gt;= 0</source>
        <translation>--select on oltava START:END sekunteina, END &gt; START &gt;= 0</translation>
    </message>
    <message>
        <source>explain %1</source>
        <translation>selitys %1</translation>
    </message>
    <message>
        <source>jumps of the model: %1 located and attributed (%2 % of the change, %3 probe rows); %4 below the threshold left in the gap (%5 %)</source>
        <translation>mallin hypyt: %1 paikannettu ja attribuoitu (%2 % muutoksesta, %3 koeriviä); %4 kynnyksen alapuolella jätetty vajeeseen (%5 %)</translation>
    </message>
    <message>
        <source>jumps of the model: %1 path segments, %2 % of the change, not attributed (--plain)</source>
        <translation>mallin hypyt: %1 polun osaa, %2 % muutoksesta, ei attribuoitu (--plain)</translation>
    </message>
    <message>
        <source>written to %1</source>
        <translation>kirjoitettu kohteeseen %1</translation>
    </message>
    <message>
        <source>gradient steps scaled by %1 to the change of the score between the jumps (their sum missed it by %2 %)</source>
        <translation>gradienttiaskeleet skaalattu kertoimella %1 pistemäärän muutokseen hyppyjen välillä (niiden summa poikkesi siitä %2 %)</translation>
    </message>
</context>
<context>
    <name>ExplainCorpus</name>
    <message>
        <source>expected a 2-d map</source>
        <translation>odotettiin 2-ulotteista karttaa</translation>
    </message>
    <message>
        <source>Model: a registry name or a manifest .json.</source>
        <translation>Malli: rekisterinimi tai manifestin .json.</translation>
    </message>
    <message>
        <source>CPU threads.</source>
        <translation>CPU-säikeet.</translation>
    </message>
    <message>
        <source>Run on the CPU even when a CUDA GPU is usable.</source>
        <translation>Aja CPU:lla silloinkin, kun CUDA-GPU on käytettävissä.</translation>
    </message>
    <message>
        <source>bonafide (default), logit:K or margin.</source>
        <translation>bonafide (oletus), logit:K tai margin.</translation>
    </message>
    <message>
        <source>silence, noise, lowpass or bonafide-mean (needs --baseline-file; default: the model&apos;s recommended baseline).</source>
        <translation>silence, noise, lowpass tai bonafide-mean (vaatii valitsimen --baseline-file; oletus: mallin suosittelema perustaso).</translation>
    </message>
    <message>
        <source>Mean-feature baseline made by `explain baseline`.</source>
        <translation>Komennolla `explain baseline` tehty keskipiirreperustaso.</translation>
    </message>
    <message>
        <source>Noise baseline level.</source>
        <translation>Kohinaperustason taso.</translation>
    </message>
    <message>
        <source>Noise baseline draws (default 4).</source>
        <translation>Kohinaperustason arvonnat (oletus 4).</translation>
    </message>
    <message>
        <source>Noise baseline seed (default 1).</source>
        <translation>Kohinaperustason siemen (oletus 1).</translation>
    </message>
    <message>
        <source>Low-pass baseline cut-off (default 1000).</source>
        <translation>Alipäästöperustason rajataajuus (oletus 1000).</translation>
    </message>
    <message>
        <source>Path integral steps (default 50).</source>
        <translation>Polkuintegraalin askeleet (oletus 50).</translation>
    </message>
    <message>
        <source>gauss (default) or trapezoid.</source>
        <translation>gauss (oletus) tai trapezoid.</translation>
    </message>
    <message>
        <source>Plain IG (no jump attribution).</source>
        <translation>Pelkkä IG (ei hyppyjen attribuutiota).</translation>
    </message>
    <message>
        <source>Activation memory budget per batch (default 2000).</source>
        <translation>Aktivaatiomuistin budjetti erää kohden (oletus 2000).</translation>
    </message>
    <message>
        <source>TF map FFT size (default 512).</source>
        <translation>TF-kartan FFT-koko (oletus 512).</translation>
    </message>
    <message>
        <source>TF map hop (default 160).</source>
        <translation>TF-kartan hyppy (oletus 160).</translation>
    </message>
    <message>
        <source>Envelope / VAD frame length (default 20).</source>
        <translation>Verhokäyrän / VAD:n kehyksen pituus (oletus 20).</translation>
    </message>
    <message>
        <source>Output folder (a .json file for `explain baseline`).</source>
        <translation>Tuloskansio (`explain baseline` -komennolle .json-tiedosto).</translation>
    </message>
    <message>
        <source>No progress bar on stderr.</source>
        <translation>Ei edistymispalkkia stderriin.</translation>
    </message>
    <message>
        <source>explain: no PNG plots (no QGuiApplication)</source>
        <translation>explain: ei PNG-kuvaajia (ei QGuiApplicationia)</translation>
    </message>
    <message>
        <source>cannot write the PNG</source>
        <translation>PNG-kuvaa ei voi kirjoittaa</translation>
    </message>
    <message>
        <source>Explains a corpus as one resumable job: sourcetrace-cli explain --protocol P|FOLDER --out DIR [--model M]
  [--audio-root DIR] [--limit N] [--group-by COL[,COL]] [--restart] [IG options]
Writes DIR/clips/&lt;id&gt;/ (the single-clip outputs), job.json, job.log, summary.json, summary.tsv,
mean_tf_&lt;column&gt;_&lt;value&gt;.npy/.png and bands_&lt;column&gt;.png. A re-run resumes; other settings are refused.
Also: sourcetrace-cli explain --baseline bonafide-mean --baseline-file F FILE --out DIR (one clip).</source>
        <translation>Selittää korpuksen yhtenä jatkettavana työnä: sourcetrace-cli explain --protocol P|FOLDER --out DIR [--model M]
  [--audio-root DIR] [--limit N] [--group-by COL[,COL]] [--restart] [IG options]
Kirjoittaa kansion DIR/clips/&lt;id&gt;/ (yksittäisen leikkeen tulokset), job.json, job.log, summary.json, summary.tsv,
mean_tf_&lt;column&gt;_&lt;value&gt;.npy/.png ja bands_&lt;column&gt;.png. Uusi ajo jatkaa; muut asetukset hylätään.
Myös: sourcetrace-cli explain --baseline bonafide-mean --baseline-file F FILE --out DIR (yksi leike).</translation>
    </message>
    <message>
        <source>Clip protocol (any format evaluate reads) or a folder of audio files.</source>
        <translation>Leikeprotokolla (mikä tahansa evaluaten lukema muoto) tai äänitiedostojen kansio.</translation>
    </message>
    <message>
        <source>Folder the protocol&apos;s file names are relative to (default: the protocol&apos;s folder).</source>
        <translation>Kansio, johon protokollan tiedostonimet ovat suhteessa (oletus: protokollan kansio).</translation>
    </message>
    <message>
        <source>Only the first N clips.</source>
        <translation>Vain N ensimmäistä leikettä.</translation>
    </message>
    <message>
        <source>Columns to group the summaries by (default: every categorical column and label).</source>
        <translation>Sarakkeet, joiden mukaan yhteenvedot ryhmitellään (oletus: jokainen luokitteleva sarake ja nimiö).</translation>
    </message>
    <message>
        <source>Redo every clip even when the folder holds results.</source>
        <translation>Tee jokainen leike uudelleen, vaikka kansiossa olisi tuloksia.</translation>
    </message>
    <message>
        <source>No PNG plots.</source>
        <translation>Ei PNG-kuvaajia.</translation>
    </message>
    <message>
        <source>One clip (with --baseline bonafide-mean and no --protocol).</source>
        <translation>Yksi leike (valitsimella --baseline bonafide-mean ja ilman valitsinta --protocol).</translation>
    </message>
    <message>
        <source>explain: interrupted</source>
        <translation>explain: keskeytetty</translation>
    </message>
    <message>
        <source>explain: corpus %1 with %2 (weights %3): %4, %5 steps (%6)</source>
        <translation>explain: korpus %1 mallilla %2 (painot %3): %4, %5 askelta (%6)</translation>
    </message>
    <message>
        <source>explain: interrupted; the clips done so far are kept, a re-run with the same options resumes</source>
        <translation>explain: keskeytetty; tähän mennessä valmiit leikkeet säilytetään, uusi ajo samoin valitsimin jatkaa</translation>
    </message>
    <message>
        <source>The mean-feature baseline: sourcetrace-cli explain baseline --protocol P [--model M] --out bonafide-mean.json
Averages the model&apos;s front-end features over every frame of the protocol&apos;s bona fide clips (or every clip of a
folder). Use your own bona fide training or reference clips, never the test set you evaluate on.</source>
        <translation>Keskipiirreperustaso: sourcetrace-cli explain baseline --protocol P [--model M] --out bonafide-mean.json
Keskiarvoistaa mallin etuosan piirteet protokollan aitojen leikkeiden (tai kansion kaikkien leikkeiden) jokaisen
kehyksen yli. Käytä omia aitoja opetus- tai vertailuleikkeitäsi, älä koskaan testijoukkoa, jolla arvioit.</translation>
    </message>
    <message>
        <source>Run on the CPU.</source>
        <translation>Aja CPU:lla.</translation>
    </message>
    <message>
        <source>Clip protocol (its bona fide rows) or a folder (all its audio files).</source>
        <translation>Leikeprotokolla (sen bona fide -rivit) tai kansio (kaikki sen äänitiedostot).</translation>
    </message>
    <message>
        <source>Folder the protocol&apos;s file names are relative to.</source>
        <translation>Kansio, johon protokollan tiedostonimet ovat suhteessa.</translation>
    </message>
    <message>
        <source>Baseline file (.json).</source>
        <translation>Perustasotiedosto (.json).</translation>
    </message>
    <message>
        <source>--protocol P and --out F are required</source>
        <translation>--protocol P ja --out F ovat pakollisia</translation>
    </message>
    <message>
        <source>no bona fide clips (label column &quot;attack&quot; = bonafide)</source>
        <translation>ei aitoja leikkeitä (nimiösarake &quot;attack&quot; = bonafide)</translation>
    </message>
    <message>
        <source>--%1 must be an integer in %2..%3 (got &quot;%4&quot;)</source>
        <translation>--%1 on oltava kokonaisluku väliltä %2..%3 (saatiin &quot;%4&quot;)</translation>
    </message>
    <message>
        <source>--%1 must be a number (got &quot;%2&quot;)</source>
        <translation>--%1 on oltava luku (saatiin &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>--rule must be trapezoid or gauss (got &quot;%1&quot;)</source>
        <translation>--rule on oltava trapezoid tai gauss (saatiin &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--baseline bonafide-mean and --baseline-file F go together</source>
        <translation>--baseline bonafide-mean ja --baseline-file F annetaan yhdessä</translation>
    </message>
    <message>
        <source>--baseline must be silence, noise, lowpass or bonafide-mean (got &quot;%1&quot;)</source>
        <translation>--baseline on oltava silence, noise, lowpass tai bonafide-mean (saatiin &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--out DIR is required</source>
        <translation>--out DIR on pakollinen</translation>
    </message>
    <message>
        <source>give --protocol or a FILE, not both</source>
        <translation>anna --protocol tai FILE, ei molempia</translation>
    </message>
    <message>
        <source>give --protocol P or one FILE</source>
        <translation>anna --protocol P tai yksi FILE</translation>
    </message>
    <message>
        <source>--limit must be a positive integer (got &quot;%1&quot;)</source>
        <translation>--limit on oltava positiivinen kokonaisluku (saatiin &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>explain %1</source>
        <translation>selitys %1</translation>
    </message>
    <message>
        <source>written to %1 (report.json, tf_map.npy, envelopes.npy; no per-sample attribution)</source>
        <translation>kirjoitettu kohteeseen %1 (report.json, tf_map.npy, envelopes.npy; ei näytekohtaista attribuutiota)</translation>
    </message>
    <message>
        <source>mean-feature baseline %1</source>
        <translation>keskipiirreperustaso %1</translation>
    </message>
    <message>
        <source>explain corpus %1</source>
        <translation>korpuksen %1 selitys</translation>
    </message>
    <message>
        <source>%1 clips: %2 explained now, %3 resumed, %4 failed</source>
        <translation>%1 leikettä: %2 selitetty nyt, %3 jatkettu, %4 epäonnistui</translation>
    </message>
    <message>
        <source>written to %1</source>
        <translation>kirjoitettu kohteeseen %1</translation>
    </message>
    <message>
        <source>bona fide mean features</source>
        <translation>aitojen leikkeiden keskipiirteet</translation>
    </message>
    <message>
        <source>mean of %1 (%2 bins) over %3 frames of %4 bona fide clips, model %5 (weights %6): written to %7</source>
        <translation>kohteen %1 keskiarvo (%2 lokeroa) %3 kehyksen yli %4 aidosta leikkeestä, malli %5 (painot %6): kirjoitettu kohteeseen %7</translation>
    </message>
    <message>
        <source>--shard splits a corpus: give --protocol P</source>
        <translation>--shard jakaa korpuksen osiin: anna --protocol P</translation>
    </message>
    <message>
        <source>--protocol P and --out DIR are required (those the shards ran with)</source>
        <translation>--protocol P ja --out DIR ovat pakollisia (samat, joilla osat ajettiin)</translation>
    </message>
    <message>
        <source>%1 clips of %2 shards in %3</source>
        <translation>%1 leikettä %2 osasta kohteessa %3</translation>
    </message>
</context>
<context>
    <name>FirstRunNote</name>
    <message>
        <source>SourceTrace never uses the network</source>
        <translation>SourceTrace ei koskaan käytä verkkoa</translation>
    </message>
    <message>
        <source>It opens no network connection of any kind: no updates, no licence check, no usage statistics, no online help. The default model, its fingerprint library, the demo clip and the manual (Help › Manual, F1) are part of the installation. It runs the same on a machine that has never been connected.</source>
        <translation>Se ei avaa minkäänlaista verkkoyhteyttä: ei päivityksiä, ei lisenssitarkistusta, ei käyttötilastoja, ei verkko-ohjetta. Oletusmalli, sen sormenjälkikirjasto, esittelyleike ja käyttöohje (Ohje › Käyttöohje, F1) kuuluvat asennukseen. Se toimii samoin koneella, jota ei ole koskaan kytketty verkkoon.</translation>
    </message>
    <message>
        <source>Evidence files are opened read-only and are never changed.</source>
        <translation>Todistetiedostot avataan vain luku -tilassa eikä niitä koskaan muuteta.</translation>
    </message>
    <message>
        <source>What it stores, and where</source>
        <translation>Mitä se tallentaa ja minne</translation>
    </message>
    <message>
        <source>Settings: recent files and cases, the chosen model, spectrogram settings, the files and folders last chosen in dialogs, and that this note was shown:</source>
        <translation>Asetukset: viimeisimmät tiedostot ja tapaukset, valittu malli, spektrogrammin asetukset, valintaikkunoissa viimeksi valitut tiedostot ja kansiot sekä tieto siitä, että tämä huomautus on näytetty:</translation>
    </message>
    <message>
        <source>Models you train and install from the Training dock:</source>
        <translation>Opetus-telakasta opettamasi ja asentamasi mallit:</translation>
    </message>
    <message>
        <source>(no folder: the system names no data location)</source>
        <translation>(ei kansiota: järjestelmä ei nimeä datasijaintia)</translation>
    </message>
    <message>
        <source>A read-only copy of the demo clip when it is opened (the temporary folder):</source>
        <translation>Esittelyleikkeen vain luku -kopio, kun se avataan (väliaikaiskansio):</translation>
    </message>
    <message>
        <source>Case files, fingerprint libraries, training runs, reports and exported images and data: only where you save them.</source>
        <translation>Tapaustiedostot, sormenjälkikirjastot, opetusajot, raportit sekä viedyt kuvat ja tiedot: vain sinne, minne ne tallennat.</translation>
    </message>
    <message>
        <source>SourceTrace writes nothing else. This note is shown once; Help › Privacy and storage shows it again.</source>
        <translation>SourceTrace ei kirjoita mitään muuta. Tämä huomautus näytetään kerran; Ohje › Yksityisyys ja tallennus näyttää sen uudelleen.</translation>
    </message>
</context>
<context>
    <name>FuseCommand</name>
    <message>
        <source>the output exists already (use --overwrite to replace it)</source>
        <translation>tuloste on jo olemassa (korvaa se valitsimella --overwrite)</translation>
    </message>
    <message>
        <source>clip name &apos;%1&apos; contains white space: it cannot be written as a &apos;file score&apos; line</source>
        <translation>leikkeen nimessä &apos;%1&apos; on tyhjämerkkejä: sitä ei voi kirjoittaa &apos;file score&apos; -riville</translation>
    </message>
    <message>
        <source>cannot write the fused scores: %1</source>
        <translation>fuusioituja pistemääriä ei voi kirjoittaa: %1</translation>
    </message>
    <message>
        <source>train | apply</source>
        <translation>train | apply</translation>
    </message>
    <message>
        <source>NAME=FILE: one detector&apos;s score file (repeat per detector).</source>
        <translation>NAME=FILE: yhden tunnistimen pistemäärätiedosto (toista jokaiselle tunnistimelle).</translation>
    </message>
    <message>
        <source>apply: the fusion model `fuse train` wrote.</source>
        <translation>apply: komennon `fuse train` kirjoittama fuusiomalli.</translation>
    </message>
    <message>
        <source>train: fusion model (JSON); apply: fused score file.</source>
        <translation>train: fuusiomalli (JSON); apply: fuusioitu pistemäärätiedosto.</translation>
    </message>
    <message>
        <source>train: target prior of the objective (default 0.5).</source>
        <translation>train: tavoitefunktion kohdepriori (oletus 0.5).</translation>
    </message>
    <message>
        <source>train: ridge on the weights (default 1e-4).</source>
        <translation>train: painojen ridge-regularisointi (oletus 1e-4).</translation>
    </message>
    <message>
        <source>Replace an existing --out file.</source>
        <translation>Korvaa olemassa oleva --out-tiedosto.</translation>
    </message>
    <message>
        <source>Logistic-regression fusion of detectors&apos; scores (BOSARIS style):
  sourcetrace-cli fuse train --protocol P --scores NAME=FILE [--scores NAME=FILE ...] --out fusion.json
      [--prior 0.5] [--l2 1e-4] [--overwrite]
      fits llr = w . s + b on P&apos;s labelled clips (bona fide = target) by minimising the prior-weighted
      cross-entropy at --prior with a ridge --l2 on w; writes the fusion model (sourcetrace-fusion/1).
  sourcetrace-cli fuse apply --model fusion.json --protocol P --scores NAME=FILE ... --out fused.txt
      [--overwrite]
      writes &apos;file llr&apos; lines for P&apos;s clips (labels unused), a score file `evaluate detection` reads.
      The detector names must be exactly the model&apos;s (any order).
FILE: &apos;file score&apos; lines, a CSV with file,score columns, or `detect --json` JSON Lines. Every clip of P needs
a finite score in every FILE; a clip scored twice is refused (file:line). Never train on the data you evaluate.</source>
        <translation>Tunnistimien pistemäärien logistisen regression fuusio (BOSARIS-tyyliin):
  sourcetrace-cli fuse train --protocol P --scores NAME=FILE [--scores NAME=FILE ...] --out fusion.json
      [--prior 0.5] [--l2 1e-4] [--overwrite]
      sovittaa llr = w . s + b P:n nimiöityihin leikkeisiin (bona fide = kohde) minimoimalla priorilla painotetun
      ristientropian priorilla --prior ja w:n ridge-regularisoinnilla --l2; kirjoittaa fuusiomallin (sourcetrace-fusion/1).
  sourcetrace-cli fuse apply --model fusion.json --protocol P --scores NAME=FILE ... --out fused.txt
      [--overwrite]
      kirjoittaa &apos;file llr&apos; -rivit P:n leikkeille (nimiöitä ei käytetä), pistemäärätiedosto, jonka `evaluate detection` lukee.
      Tunnistimien nimien on oltava täsmälleen mallin nimet (missä tahansa järjestyksessä).
FILE: &apos;file score&apos; -rivit, CSV, jossa on sarakkeet file,score, tai `detect --json` -komennon JSON Lines. Jokaisella P:n leikkeellä on oltava
äärellinen pistemäärä jokaisessa FILE-tiedostossa; kahdesti pisteytetty leike hylätään (tiedosto:rivi). Älä koskaan opeta datalla, jolla arvioit.</translation>
    </message>
    <message>
        <source>--scores &apos;%1&apos; must be NAME=FILE</source>
        <translation>--scores &apos;%1&apos; on oltava muotoa NAME=FILE</translation>
    </message>
    <message>
        <source>give at least one --scores NAME=FILE</source>
        <translation>anna vähintään yksi --scores NAME=FILE</translation>
    </message>
    <message>
        <source>Clip protocol (SourceTrace TSV, ASVspoof LA, MLAAD CSV).</source>
        <translation>Leikeprotokolla (SourceTrace TSV, ASVspoof LA, MLAAD CSV).</translation>
    </message>
    <message>
        <source>give exactly one mode (train or apply)</source>
        <translation>anna täsmälleen yksi tila (train tai apply)</translation>
    </message>
    <message>
        <source>give --protocol and --out</source>
        <translation>anna --protocol ja --out</translation>
    </message>
    <message>
        <source>apply needs --model</source>
        <translation>apply vaatii valitsimen --model</translation>
    </message>
    <message>
        <source>--prior &apos;%1&apos; must be a number in (0, 1)</source>
        <translation>--prior &apos;%1&apos; on oltava luku väliltä (0, 1)</translation>
    </message>
    <message>
        <source>--l2 &apos;%1&apos; must be a finite number &gt;= 0</source>
        <translation>--l2 &apos;%1&apos; on oltava äärellinen luku &gt;= 0</translation>
    </message>
    <message>
        <source>fuse: %1 bona fide (target) and %2 spoof trials, prior %3, l2 %4: weights %5, offset %6; training Cllr %7 bits; %8 after %9 Newton iterations; written to %10</source>
        <translation>fuse: %1 aitoa (kohde) ja %2 väärennettyä koetta, priori %3, l2 %4: painot %5, siirtymä %6; opetuksen Cllr %7 bittiä; %8 %9 Newtonin iteraation jälkeen; kirjoitettu kohteeseen %10</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>konvergoi</translation>
    </message>
    <message>
        <source>NOT converged</source>
        <translation>EI konvergoinut</translation>
    </message>
    <message>
        <source>fuse: %1 clips fused with %2 (trained on %3); written to %4</source>
        <translation>fuse: %1 leikettä fuusioitu mallilla %2 (opetettu aineistolla %3); kirjoitettu kohteeseen %4</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>no channel %1 (the file has %2 channel(s))</source>
        <translation>ei kanavaa %1 (tiedostossa on %2 kanava(a))</translation>
    </message>
    <message>
        <source>--channel needs a channel number from 1</source>
        <translation>--channel vaatii kanavan numeron 1:stä alkaen</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>tuntematon valitsin &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no input files</source>
        <translation>ei syötetiedostoja</translation>
    </message>
    <message>
        <source>usage: sourcetrace-cli info [--json] [--quiet] [--channel N] FILE...
Prints, for each evidence file: path, container, sample format, sample rate, channels, duration
(h:mm:ss.mmm), frames, file size, SHA-256 of the file&apos;s bytes, peak and RMS level (dBFS, over all
channels) and the number of clipped samples; for a file with several channels, also the levels of
each channel. Files are opened read-only.
  --json       one JSON array on stdout (failed files appear as {&quot;path&quot;, &quot;error&quot;})
  --quiet      no progress bar on stderr
  --channel N  peak, RMS and clipped count of channel N (1-based) alone instead of all channels;
               a file without channel N fails with a message
Exit code: 0 all files read, 1 some failed (each reported on stderr), 2 usage error.</source>
        <translation>käyttö: sourcetrace-cli info [--json] [--quiet] [--channel N] FILE...
Tulostaa jokaisesta todistetiedostosta: polun, säiliömuodon, näyteformaatin, näytteenottotaajuuden, kanavat, keston
(h:mm:ss.mmm), kehykset, tiedostokoon, tiedoston tavujen SHA-256:n, huippu- ja RMS-tason (dBFS, kaikkien
kanavien yli) ja leikkautuneiden näytteiden määrän; monikanavaisesta tiedostosta myös kunkin
kanavan tasot. Tiedostot avataan vain luku -tilassa.
  --json       yksi JSON-taulukko stdoutiin (epäonnistuneet tiedostot muodossa {&quot;path&quot;, &quot;error&quot;})
  --quiet      ei edistymispalkkia stderriin
  --channel N  vain kanavan N (1-pohjainen) huippu-, RMS- ja leikkautumismäärä kaikkien kanavien sijaan;
               tiedosto, jossa ei ole kanavaa N, epäonnistuu viestin kera
Paluukoodi: 0 kaikki tiedostot luettu, 1 osa epäonnistui (kukin ilmoitetaan stderriin), 2 käyttövirhe.</translation>
    </message>
    <message>
        <source>info %1</source>
        <translation>info %1</translation>
    </message>
</context>
<context>
    <name>LibraryCliSupport</name>
    <message>
        <source>Project protocol TSV (columns file, attack, acoustic_model, waveform_generator, codec, ...).</source>
        <translation>Projektin protokolla-TSV (sarakkeet file, attack, acoustic_model, waveform_generator, codec, ...).</translation>
    </message>
    <message>
        <source>Folder the protocol&apos;s file column is relative to (default: the protocol&apos;s folder).</source>
        <translation>Kansio, johon protokollan file-sarake on suhteessa (oletus: protokollan kansio).</translation>
    </message>
    <message>
        <source>Take embeddings from a `sourcetrace-cli embed` output folder instead of running the model (keys = file column / paths as given).</source>
        <translation>Ota upotukset `sourcetrace-cli embed` -tuloskansiosta mallin ajamisen sijaan (avaimet = file-sarake / polut sellaisinaan).</translation>
    </message>
    <message>
        <source>The model (default: the library&apos;s; another one is refused).</source>
        <translation>Malli (oletus: kirjaston malli; muu hylätään).</translation>
    </message>
    <message>
        <source>CPU threads for the model.</source>
        <translation>Mallin CPU-säikeet.</translation>
    </message>
    <message>
        <source>Run on the CPU even when a CUDA GPU is usable.</source>
        <translation>Aja CPU:lla silloinkin, kun CUDA-GPU on käytettävissä.</translation>
    </message>
    <message>
        <source>No progress bar on stderr.</source>
        <translation>Ei edistymispalkkia stderriin.</translation>
    </message>
    <message>
        <source>this is a STOPA trial list, not a list of labelled clips: give a clip protocol (the project&apos;s TSV, an ASVspoof LA protocol or an MLAAD CSV)</source>
        <translation>tämä on STOPA-koeluettelo, ei nimiöityjen leikkeiden luettelo: anna leikeprotokolla (projektin TSV, ASVspoof LA -protokolla tai MLAAD CSV)</translation>
    </message>
    <message>
        <source>no samples</source>
        <translation>ei näytteitä</translation>
    </message>
    <message>
        <source>the model gave a non-finite embedding value: nothing is enrolled or traced for this clip</source>
        <translation>malli antoi ei-äärellisen upotusarvon: tätä leikettä ei rekisteröidä eikä jäljitetä</translation>
    </message>
    <message>
        <source>no embedding for key &apos;%1&apos; in the --embeddings folder</source>
        <translation>avaimelle &apos;%1&apos; ei ole upotusta --embeddings-kansiossa</translation>
    </message>
    <message>
        <source>row %1 (key &apos;%2&apos;, column %3) is not finite (%4): no embedding for %5</source>
        <translation>rivi %1 (avain &apos;%2&apos;, sarake %3) ei ole äärellinen (%4): ei upotusta kohteelle %5</translation>
    </message>
    <message>
        <source>cannot read: is %1 an `embed` output folder?</source>
        <translation>ei voi lukea: onko %1 `embed`-komennon tuloskansio?</translation>
    </message>
    <message>
        <source>expected N x %1 embeddings</source>
        <translation>odotettiin N x %1 upotusta</translation>
    </message>
    <message>
        <source>%1 keys for %2 embeddings</source>
        <translation>%1 avainta %2 upotukselle</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; appears twice (rows %2 and %3): which embedding is it?</source>
        <translation>avain &apos;%1&apos; esiintyy kahdesti (rivit %2 ja %3): mikä upotus se on?</translation>
    </message>
    <message>
        <source>embeddings of %1 from %2 (%3 clips)</source>
        <translation>kohteen %1 upotukset kohteesta %2 (%3 leikettä)</translation>
    </message>
    <message>
        <source>model %1 on %2</source>
        <translation>malli %1 laitteella %2</translation>
    </message>
    <message>
        <source>row %1 (key &apos;%2&apos;) holds a non-finite logit: no OOD scores for %3</source>
        <translation>rivillä %1 (avain &apos;%2&apos;) on ei-äärellinen logitti: ei OOD-pistemääriä kohteelle %3</translation>
    </message>
</context>
<context>
    <name>LibraryCommand</name>
    <message>
        <source>The library file (.db).</source>
        <translation>Kirjastotiedosto (.db).</translation>
    </message>
    <message>
        <source>Model (registry name or manifest).</source>
        <translation>Malli (rekisterinimi tai manifesti).</translation>
    </message>
    <message>
        <source>The new library file.</source>
        <translation>Uusi kirjastotiedosto.</translation>
    </message>
    <message>
        <source>--model and --out are required</source>
        <translation>--model ja --out ovat pakollisia</translation>
    </message>
    <message>
        <source>the manifest gives no embeddingDim</source>
        <translation>manifesti ei anna arvoa embeddingDim</translation>
    </message>
    <message>
        <source>library: created %1 for %2</source>
        <translation>library: luotiin %1 mallille %2</translation>
    </message>
    <message>
        <source>level=value for FILE arguments (repeatable), e.g. attack=A01.</source>
        <translation>level=value FILE-argumenteille (toistettava), esim. attack=A01.</translation>
    </message>
    <message>
        <source>key=value attribute of the enrolled attack source (repeatable).</source>
        <translation>Rekisteröidyn hyökkäyslähteen key=value-attribuutti (toistettava).</translation>
    </message>
    <message>
        <source>--label takes level=value, not &apos;%1&apos;</source>
        <translation>--label ottaa muodon level=value, ei &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--attr takes key=value, not &apos;%1&apos;</source>
        <translation>--attr ottaa muodon key=value, ei &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no clips (give FILE... --label level=value, or --protocol P)</source>
        <translation>ei leikkeitä (anna FILE... --label level=value tai --protocol P)</translation>
    </message>
    <message>
        <source>no label: give --label attack=NAME (or another level) for FILE arguments</source>
        <translation>ei nimiötä: anna FILE-argumenteille --label attack=NAME (tai muu taso)</translation>
    </message>
    <message>
        <source>library enrol: %1 clips into %2; embeddings: %3</source>
        <translation>library enrol: %1 leikettä kirjastoon %2; upotukset: %3</translation>
    </message>
    <message>
        <source>%1 (sources committed before stay)</source>
        <translation>%1 (aiemmin vahvistetut lähteet säilyvät)</translation>
    </message>
    <message>
        <source>library enrol: %1 added, %2 skipped (already enrolled), %3 failed, %4 sources changed</source>
        <translation>library enrol: %1 lisätty, %2 ohitettu (jo rekisteröity), %3 epäonnistui, %4 lähdettä muuttui</translation>
    </message>
    <message>
        <source>JSON on stdout.</source>
        <translation>JSON stdoutiin.</translation>
    </message>
    <message>
        <source>STOPA fingerprint CSV to write.</source>
        <translation>Kirjoitettava STOPA-sormenjälki-CSV.</translation>
    </message>
    <message>
        <source>.npy to write (names in out.npy.sources.txt).</source>
        <translation>Kirjoitettava .npy (nimet tiedostossa out.npy.sources.txt).</translation>
    </message>
    <message>
        <source>--npy: every enrolment embedding instead of the fingerprints.</source>
        <translation>--npy: jokainen rekisteröintiupotus sormenjälkien sijaan.</translation>
    </message>
    <message>
        <source>Overwrite existing output files.</source>
        <translation>Korvaa olemassa olevat tulostiedostot.</translation>
    </message>
    <message>
        <source>give --csv out.csv or --npy out.npy</source>
        <translation>anna --csv out.csv tai --npy out.npy</translation>
    </message>
    <message>
        <source>%1: refusing to write over the library itself</source>
        <translation>%1: kieltäydytään kirjoittamasta itse kirjaston päälle</translation>
    </message>
    <message>
        <source>%1: is a folder; give a file name</source>
        <translation>%1: on kansio; anna tiedostonimi</translation>
    </message>
    <message>
        <source>%1 exists; give --force to overwrite it (nothing was written)</source>
        <translation>%1 on olemassa; korvaa se valitsimella --force (mitään ei kirjoitettu)</translation>
    </message>
    <message>
        <source>library export: %1 fingerprints to %2</source>
        <translation>library export: %1 sormenjälkeä kohteeseen %2</translation>
    </message>
    <message>
        <source>library export: %1 (+ .sources.txt)</source>
        <translation>library export: %1 (+ .sources.txt)</translation>
    </message>
    <message>
        <source>STOPA fingerprint CSV.</source>
        <translation>STOPA-sormenjälki-CSV.</translation>
    </message>
    <message>
        <source>The model the CSV&apos;s fingerprints come from; must be the library&apos;s model.</source>
        <translation>Malli, josta CSV:n sormenjäljet ovat peräisin; on oltava kirjaston malli.</translation>
    </message>
    <message>
        <source>Import without checking the model (the CSV does not name one).</source>
        <translation>Tuo tarkistamatta mallia (CSV ei nimeä mallia).</translation>
    </message>
    <message>
        <source>--csv is required</source>
        <translation>--csv on pakollinen</translation>
    </message>
    <message>
        <source>%1: a STOPA fingerprint CSV does not say which model made it; library %2 is bound to model %3: give --model-name %3 if the CSV comes from that model, or --force to import it unchecked</source>
        <translation>%1: STOPA-sormenjälki-CSV ei kerro, mikä malli sen teki; kirjasto %2 on sidottu malliin %3: anna --model-name %3, jos CSV on peräisin tuosta mallista, tai --force tuodaksesi sen tarkistamatta</translation>
    </message>
    <message>
        <source>library %1 is bound to model %2; refusing fingerprints of model %3 from %4 (create a library for %3, or --force)</source>
        <translation>kirjasto %1 on sidottu malliin %2; mallin %3 sormenjälkiä kohteesta %4 ei hyväksytä (luo kirjasto mallille %3 tai käytä --force)</translation>
    </message>
    <message>
        <source>library import: %1 fingerprints added, %2 already there</source>
        <translation>library import: %1 sormenjälkeä lisätty, %2 oli jo olemassa</translation>
    </message>
    <message>
        <source>library: %1 &apos;%2&apos; renamed to &apos;%3&apos;</source>
        <translation>library: %1 &apos;%2&apos; nimettiin uudelleen nimellä &apos;%3&apos;</translation>
    </message>
    <message>
        <source>library: %1 &apos;%2&apos; merged into &apos;%3&apos; (%4 enrolments)</source>
        <translation>library: %1 &apos;%2&apos; yhdistettiin kohteeseen &apos;%3&apos; (%4 rekisteröintiä)</translation>
    </message>
    <message>
        <source>library: %1 &apos;%2&apos; deleted (%3 enrolments)</source>
        <translation>library: %1 &apos;%2&apos; poistettiin (%3 rekisteröintiä)</translation>
    </message>
    <message>
        <source>library verify: %1%2 problems</source>
        <translation>library verify: %1%2 ongelmaa</translation>
    </message>
    <message>
        <source>library upgrade: %1 is at schema v%2</source>
        <translation>library upgrade: %1 on skeeman versiossa v%2</translation>
    </message>
    <message>
        <source>cosine (default), mahalanobis, knn, or a stored trained one: mlp, siamese-ce, siamese-cl, siamese-zs.</source>
        <translation>cosine (oletus), mahalanobis, knn tai tallennettu opetettu: mlp, siamese-ce, siamese-cl, siamese-zs.</translation>
    </message>
    <message>
        <source>Threshold at this false-alarm rate instead of the EER.</source>
        <translation>Kynnys tällä väärien hälytysten tasolla EER:n sijaan.</translation>
    </message>
    <message>
        <source>knn: k (default 7).</source>
        <translation>knn: k (oletus 7).</translation>
    </message>
    <message>
        <source>mahalanobis: shrinkage (default 0.1).</source>
        <translation>mahalanobis: kutistus (oletus 0.1).</translation>
    </message>
    <message>
        <source>cosine: subtract the mean enrolment embedding first.</source>
        <translation>cosine: vähennä ensin rekisteröintiupotusten keskiarvo.</translation>
    </message>
    <message>
        <source>--protocol (a labelled development protocol) is required</source>
        <translation>--protocol (nimiöity kehitysprotokolla) on pakollinen</translation>
    </message>
    <message>
        <source>no level had both target and non-target trials in %1</source>
        <translation>millään tasolla ei ollut sekä kohde- että ei-kohde-kokeita kohteessa %1</translation>
    </message>
    <message>
        <source>mlp, siamese-ce, siamese-cl or siamese-zs.</source>
        <translation>mlp, siamese-ce, siamese-cl tai siamese-zs.</translation>
    </message>
    <message>
        <source>Only this level (default: every level with sources).</source>
        <translation>Vain tämä taso (oletus: jokainen taso, jolla on lähteitä).</translation>
    </message>
    <message>
        <source>Training epochs (mlp 100, siamese 30; 0 with --weights: as published).</source>
        <translation>Opetuskierrokset (mlp 100, siamese 30; 0 valitsimen --weights kanssa: julkaistun mukaan).</translation>
    </message>
    <message>
        <source>Random seed (default 1): same seed, same weights.</source>
        <translation>Satunnaissiemen (oletus 1): sama siemen, samat painot.</translation>
    </message>
    <message>
        <source>Adam learning rate (default 0.001).</source>
        <translation>Adamin oppimisnopeus (oletus 0.001).</translation>
    </message>
    <message>
        <source>Width of the first hidden layer (default 128).</source>
        <translation>Ensimmäisen piilokerroksen leveys (oletus 128).</translation>
    </message>
    <message>
        <source>Minibatch size (mlp 32, siamese 128).</source>
        <translation>Minierän koko (mlp 32, siamese 128).</translation>
    </message>
    <message>
        <source>siamese: pairs drawn per epoch (default 4096).</source>
        <translation>siamese: kierrosta kohden arvottavat parit (oletus 4096).</translation>
    </message>
    <message>
        <source>siamese-cl/zs: contrastive margin (default 1.0).</source>
        <translation>siamese-cl/zs: kontrastiivinen marginaali (oletus 1.0).</translation>
    </message>
    <message>
        <source>siamese-cl/zs: published PyTorch state dict of the tower (160-128-64-32).</source>
        <translation>siamese-cl/zs: tornin julkaistu PyTorch-tilasanakirja (160-128-64-32).</translation>
    </message>
    <message>
        <source>No progress bar.</source>
        <translation>Ei edistymispalkkia.</translation>
    </message>
    <message>
        <source>--backend (mlp, siamese-ce, siamese-cl or siamese-zs) is required</source>
        <translation>--backend (mlp, siamese-ce, siamese-cl tai siamese-zs) on pakollinen</translation>
    </message>
    <message>
        <source>%1 is not a trained back-end (it is fitted when tracing); trained ones: mlp, siamese-ce, siamese-cl, siamese-zs</source>
        <translation>%1 ei ole opetettu taustaosa (se sovitetaan jäljitettäessä); opetetut: mlp, siamese-ce, siamese-cl, siamese-zs</translation>
    </message>
    <message>
        <source>no enrolled sources at %1</source>
        <translation>ei rekisteröityjä lähteitä tasolla %1</translation>
    </message>
    <message>
        <source>%1 (nothing stored)</source>
        <translation>%1 (mitään ei tallennettu)</translation>
    </message>
    <message>
        <source>library fit-backend: %1 stored in %2; `trace --backend %1` uses it while the enrolments stay as they are</source>
        <translation>library fit-backend: %1 tallennettu kirjastoon %2; `trace --backend %1` käyttää sitä, ja rekisteröinnit pysyvät ennallaan</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;
%2</source>
        <translation>tuntematon komento &apos;%1&apos;
%2</translation>
    </message>
    <message>
        <source>Usage: sourcetrace-cli library COMMAND ...
  create --model M --out L.db                     a new library bound to model M
  enrol L.db (--protocol P [--root DIR] | FILE... --label level=value...) [--embeddings DIR] [--attr key=value...]
  list L.db [--level L] [--json]                  sources, counts, attributes, thresholds
  export L.db --level L (--csv out.csv | --npy out.npy [--enrolments]) [--force]   --force overwrites
  import L.db --csv stopa.csv --level L (--model-name M | --force)   STOPA fingerprint CSV (file,0,1,...)
  rename L.db --level L FROM TO
  merge L.db --level L FROM INTO                  FROM&apos;s enrolments move into INTO
  delete L.db --level L NAME
  verify L.db                                     SQLite&apos;s integrity check and every library invariant
  upgrade L.db                                    migrate an older schema (the only read of an old file that writes)
  calibrate L.db --protocol P [--root DIR] [--embeddings DIR] [--backend cosine] [--target-far 0.05]
  fit-backend L.db --backend mlp|siamese-ce|siamese-cl|siamese-zs [--level L] [--epochs N] [--seed S] [--lr R]
              [--hidden H] [--batch B] [--pairs P] [--margin M] [--weights PTH]   train and store a back-end
Levels: attack, acoustic_model, vocoder, codec.
list, verify, export and `trace` open the library read-only and never change it; writers wait for each other.</source>
        <translation>Käyttö: sourcetrace-cli library COMMAND ...
  create --model M --out L.db                     uusi kirjasto sidottuna malliin M
  enrol L.db (--protocol P [--root DIR] | FILE... --label level=value...) [--embeddings DIR] [--attr key=value...]
  list L.db [--level L] [--json]                  lähteet, määrät, attribuutit, kynnykset
  export L.db --level L (--csv out.csv | --npy out.npy [--enrolments]) [--force]   --force korvaa
  import L.db --csv stopa.csv --level L (--model-name M | --force)   STOPA-sormenjälki-CSV (file,0,1,...)
  rename L.db --level L FROM TO
  merge L.db --level L FROM INTO                  FROMin rekisteröinnit siirtyvät kohteeseen INTO
  delete L.db --level L NAME
  verify L.db                                     SQLiten eheystarkistus ja jokainen kirjaston invariantti
  upgrade L.db                                    siirrä vanhempi skeema (ainoa vanhan tiedoston luku, joka kirjoittaa)
  calibrate L.db --protocol P [--root DIR] [--embeddings DIR] [--backend cosine] [--target-far 0.05]
  fit-backend L.db --backend mlp|siamese-ce|siamese-cl|siamese-zs [--level L] [--epochs N] [--seed S] [--lr R]
              [--hidden H] [--batch B] [--pairs P] [--margin M] [--weights PTH]   opeta ja tallenna taustaosa
Tasot: attack, acoustic_model, vocoder, codec.
list, verify, export ja `trace` avaavat kirjaston vain luku -tilassa eivätkä koskaan muuta sitä; kirjoittajat odottavat toisiaan.</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>odotettiin %1</translation>
    </message>
    <message>
        <source>attack (default), acoustic_model, vocoder or codec.</source>
        <translation>attack (oletus), acoustic_model, vocoder tai codec.</translation>
    </message>
    <message>
        <source>%1 sources, </source>
        <translation>%1 lähdettä, </translation>
    </message>
    <message>
        <source>embed the development clips</source>
        <translation>lasketaan kehitysleikkeiden upotukset</translation>
    </message>
    <message>
        <source>any level</source>
        <translation>mikä tahansa taso</translation>
    </message>
    <message>
        <source>fit %1</source>
        <translation>sovitetaan %1</translation>
    </message>
    <message>
        <source>%1 epoch %2/%3 loss %4</source>
        <translation>%1 kierros %2/%3 häviö %4</translation>
    </message>
    <message>
        <source>library fit-backend: %1 %2 epoch %3/%4 loss %5</source>
        <translation>library fit-backend: %1 %2 kierros %3/%4 häviö %5</translation>
    </message>
    <message>
        <source>--shard shards the embedding: an enrolment from --embeddings runs no model and needs no shards</source>
        <translation>--shard jakaa upotusten laskennan osiin: valitsimen --embeddings rekisteröinti ei aja mallia eikä tarvitse osia</translation>
    </message>
    <message>
        <source>shard %1: %2 clips, %3 already in %4, %5 to do; embeddings: %6</source>
        <translation>osa %1: %2 leikettä, %3 jo kohteessa %4, %5 tekemättä; upotukset: %6</translation>
    </message>
    <message>
        <source>embed for %1</source>
        <translation>upotukset kirjastolle %1</translation>
    </message>
    <message>
        <source>shard %1: %2 embeddings in %3, %4 failed; enrol them with: sourcetrace-cli merge library enrol ...</source>
        <translation>osa %1: %2 upotusta kohteessa %3, %4 epäonnistui; rekisteröi ne komennolla: sourcetrace-cli merge library enrol ...</translation>
    </message>
    <message>
        <source>does not hold %1 rows of %2 values (the library&apos;s dimension)</source>
        <translation>ei sisällä %1 riviä, joissa kussakin %2 arvoa (kirjaston ulottuvuus)</translation>
    </message>
    <message>
        <source>lacks the embedding of &quot;%1&quot; although its shard.json says complete: rerun that shard</source>
        <translation>upotus &quot;%1&quot; puuttuu, vaikka osan shard.json ilmoittaa osan valmiiksi: aja osa uudelleen</translation>
    </message>
    <message>
        <source>%1 added, %2 skipped (already enrolled), %3 failed, %4 sources changed, from %5 shards in one transaction</source>
        <translation>%1 lisätty, %2 ohitettu (jo rekisteröity), %3 epäonnistui, %4 lähdettä muuttui, %5 osasta yhdessä transaktiossa</translation>
    </message>
    <message>
        <source>the embeddings there come from model %1 (weights %2), not the library&apos;s %3 (weights %4)</source>
        <translation>siellä olevat upotukset ovat mallista %1 (painot %2), eivät kirjaston mallista %3 (painot %4)</translation>
    </message>
</context>
<context>
    <name>MergeCommand</name>
    <message>
        <source>Joins shard outputs: sourcetrace-cli merge COMMAND ARGS... [--shards N]
COMMAND is one of: %1. ARGS are the arguments the shards ran with, without --shard. The merge checks that
shards 0..N-1 are all present, complete, without failed clips and from the same model, settings and build,
then writes to the command&apos;s own output exactly what one unsharded run writes. N is read from the shard
folders (OUT/shards/K-of-N or OUT.shards/K-of-N) unless --shards is given. Exit status 1 names the missing,
failed or mismatching shards. See docs/sharding.md.</source>
        <translation>Yhdistää osien tulokset: sourcetrace-cli merge COMMAND ARGS... [--shards N]
COMMAND on jokin seuraavista: %1. ARGS ovat argumentit, joilla osat ajettiin, ilman valitsinta --shard. Yhdistäminen tarkistaa, että
osat 0..N-1 ovat kaikki olemassa, valmiita, ilman epäonnistuneita leikkeitä ja samasta mallista, asetuksista ja käännöksestä,
ja kirjoittaa sitten komennon omaan tulosteeseen täsmälleen sen, minkä yksi osiin jakamaton ajo kirjoittaa. N luetaan osien
kansioista (OUT/shards/K-of-N tai OUT.shards/K-of-N), ellei --shards ole annettu. Paluukoodi 1 nimeää puuttuvat,
epäonnistuneet tai yhteensopimattomat osat. Katso docs/sharding.md.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no shards to merge (mergeable: %2)</source>
        <translation>&quot;%1&quot; ei sisällä yhdistettäviä osia (yhdistettävissä: %2)</translation>
    </message>
    <message>
        <source>--shards needs a value N</source>
        <translation>--shards vaatii arvon N</translation>
    </message>
    <message>
        <source>give the arguments without --shard (the merge joins all shards)</source>
        <translation>anna argumentit ilman valitsinta --shard (yhdistäminen yhdistää kaikki osat)</translation>
    </message>
    <message>
        <source>--shards must be a whole number of at least 1 (got &quot;%1&quot;)</source>
        <translation>--shards on oltava kokonaisluku, joka on vähintään 1 (saatiin &quot;%1&quot;)</translation>
    </message>
</context>
<context>
    <name>ModelCliSupport</name>
    <message>
        <source>Model: a registry name (see `sourcetrace-cli models`) or a manifest .json.</source>
        <translation>Malli: rekisterinimi (katso `sourcetrace-cli models`) tai manifestin .json.</translation>
    </message>
    <message>
        <source>TSV with a header line holding a column `file`: the clips to process.</source>
        <translation>TSV, jonka otsakerivillä on sarake `file`: käsiteltävät leikkeet.</translation>
    </message>
    <message>
        <source>Folder the protocol&apos;s file column is relative to (default: the protocol&apos;s folder).</source>
        <translation>Kansio, johon protokollan file-sarake on suhteessa (oletus: protokollan kansio).</translation>
    </message>
    <message>
        <source>CPU threads for the model (default: LibTorch&apos;s setting).</source>
        <translation>Mallin CPU-säikeet (oletus: LibTorchin asetus).</translation>
    </message>
    <message>
        <source>Run on the CPU even when a CUDA GPU is usable.</source>
        <translation>Aja CPU:lla silloinkin, kun CUDA-GPU on käytettävissä.</translation>
    </message>
    <message>
        <source>Input policy instead of the manifest&apos;s: whole-clip, fixed-length or sliding-windows.</source>
        <translation>Syötekäytäntö manifestin käytännön sijaan: whole-clip, fixed-length tai sliding-windows.</translation>
    </message>
    <message>
        <source>Input length in samples for fixed-length / sliding-windows (default: the manifest&apos;s).</source>
        <translation>Syötteen pituus näytteinä käytännöille fixed-length / sliding-windows (oletus: manifestin arvo).</translation>
    </message>
    <message>
        <source>Hop in samples between windows (sliding-windows policy, --timeline; default: the manifest&apos;s / 32000).</source>
        <translation>Ikkunoiden välinen hyppy näytteinä (sliding-windows-käytäntö, --timeline; oletus: manifestin arvo / 32000).</translation>
    </message>
    <message>
        <source>Inputs of equal length per forward pass (default 1).</source>
        <translation>Yhtä pitkät syötteet eteenpäinajoa kohden (oletus 1).</translation>
    </message>
    <message>
        <source>No progress bar on stderr.</source>
        <translation>Ei edistymispalkkia stderriin.</translation>
    </message>
    <message>
        <source>Channel to analyse, 1-based (default: mix-down of all channels).</source>
        <translation>Analysoitava kanava, 1-pohjainen (oletus: kaikkien kanavien alasmiksaus).</translation>
    </message>
    <message>
        <source>--channel takes a channel number from 1 (got &apos;%1&apos;)</source>
        <translation>--channel ottaa kanavan numeron 1:stä alkaen (saatiin &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>this is a STOPA trial list, not a list of clips: give a clip protocol (the project&apos;s TSV, an ASVspoof LA protocol or an MLAAD CSV)</source>
        <translation>tämä on STOPA-koeluettelo, ei leikeluettelo: anna leikeprotokolla (projektin TSV, ASVspoof LA -protokolla tai MLAAD CSV)</translation>
    </message>
    <message>
        <source>--model is required (the default model %1 was not found in %2): a registry name (see `sourcetrace-cli models`) or a manifest .json</source>
        <translation>--model on pakollinen (oletusmallia %1 ei löytynyt kohteesta %2): rekisterinimi (katso `sourcetrace-cli models`) tai manifestin .json</translation>
    </message>
    <message>
        <source>--threads must be a positive integer (got &quot;%1&quot;)</source>
        <translation>--threads on oltava positiivinen kokonaisluku (saatiin &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--policy must be whole-clip, fixed-length or sliding-windows (got &quot;%1&quot;)</source>
        <translation>--policy on oltava whole-clip, fixed-length tai sliding-windows (saatiin &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--%1 must be a positive number of samples (got &quot;%2&quot;)</source>
        <translation>--%1 on oltava positiivinen näytemäärä (saatiin &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>sourcetrace-cli %1: no input clips (give FILE... or --protocol P)</source>
        <translation>sourcetrace-cli %1: ei syöteleikkeitä (anna FILE... tai --protocol P)</translation>
    </message>
    <message>
        <source>no channel %1 (the file has %2 channel(s))</source>
        <translation>ei kanavaa %1 (tiedostossa on %2 kanava(a))</translation>
    </message>
    <message>
        <source>%1: out of memory while processing it</source>
        <translation>%1: muisti loppui käsittelyn aikana</translation>
    </message>
    <message>
        <source>interrupted: %1 stopped before the end</source>
        <translation>keskeytetty: %1 pysähtyi ennen loppua</translation>
    </message>
</context>
<context>
    <name>ModelsCommand</name>
    <message>
        <source>Lists the models of the registry: $SOURCETRACE_MODEL_PATH (&apos;:&apos;-separated), the user&apos;s model folder, the project&apos;s
models/ folder. For each: name, kind, classes, sample rate, input policy, weights path and whether the weights&apos;
SHA-256 is the one the manifest pins. --check also loads each model (TorchScript: output shapes checked).
Exit status 1 when a weights file differs from its manifest, a manifest is broken or (--check) a model fails to load.</source>
        <translation>Luettelee rekisterin mallit: $SOURCETRACE_MODEL_PATH (&apos;:&apos;-erotettu), käyttäjän mallikansio, projektin
models/-kansio. Kustakin: nimi, laji, luokat, näytteenottotaajuus, syötekäytäntö, painojen polku ja se, onko painojen
SHA-256 manifestin kiinnittämä. --check myös lataa jokaisen mallin (TorchScript: tulosteiden muodot tarkistetaan).
Paluukoodi 1, kun painotiedosto poikkeaa manifestistaan, manifesti on rikki tai (--check) mallin lataus epäonnistuu.</translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation>Tuloste JSON-muodossa.</translation>
    </message>
    <message>
        <source>Load every model whose weights are present.</source>
        <translation>Lataa jokainen malli, jonka painot ovat saatavilla.</translation>
    </message>
    <message>
        <source>broken manifest: %1</source>
        <translation>rikkinäinen manifesti: %1</translation>
    </message>
    <message>
        <source>model folders: %1</source>
        <translation>mallikansiot: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ei mitään)</translation>
    </message>
    <message>
        <source>loads OK on %1</source>
        <translation>latautuu onnistuneesti laitteella %1</translation>
    </message>
    <message>
        <source>LOAD FAILED: %1</source>
        <translation>LATAUS EPÄONNISTUI: %1</translation>
    </message>
    <message>
        <source>    weights SHA-256 %1, but the manifest %2 pins %3</source>
        <translation>    painojen SHA-256 %1, mutta manifesti %2 kiinnittää arvon %3</translation>
    </message>
    <message>
        <source>    (%1 is hidden by %2, which has the same name)</source>
        <translation>    (%1 on piilossa kohteen %2 takia, jolla on sama nimi)</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Näyttää komentorivivalitsinten ohjeen.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Näyttää ohjeen Qt-kohtaiset valitsimet mukaan lukien.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Näyttää versiotiedot.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Käyttö: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[valitsimet]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Valitsimet:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumentit:</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Tuntematon valitsin &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Tuntemattomat valitsimet: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Puuttuva arvo valitsimen &apos;%1&apos; jälkeen.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Odottamaton arvo valitsimen &apos;%1&apos; jälkeen.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Folder</source>
        <translation>Kansio</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Leikkaa</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopioi</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>L&amp;iitä</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Valitse kaikki</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>bona fide mean feature of %n clip(s) (%1, SHA-256 %2)</source>
        <translation>
            <numerusform>%n leikkeen aito keskipiirre (%1, SHA-256 %2)</numerusform>
            <numerusform>%n leikkeen aito keskipiirre (%1, SHA-256 %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>not a detector (%1 classes)</source>
        <translation>ei tunnistin (%1 luokkaa)</translation>
    </message>
    <message>
        <source>
weights SHA-256 %1…</source>
        <translation>
painojen SHA-256 %1…</translation>
    </message>
    <message>
        <source>weights %1</source>
        <translation>painot %1</translation>
    </message>
    <message>
        <source>Detect with %1 on %2</source>
        <translation>Tunnistus mallilla %1 kohteelle %2</translation>
    </message>
    <message>
        <source>Trace %1 (%2)</source>
        <translation>Jäljitä %1 (%2)</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: kansiota ei voi luoda</translation>
    </message>
    <message>
        <source>%1: cannot copy to %2</source>
        <translation>%1: ei voi kopioida kohteeseen %2</translation>
    </message>
    <message>
        <source>%1 bona fide, %2 spoof</source>
        <translation>%1 aitoa, %2 väärennettyä</translation>
    </message>
    <message>
        <source>%1: 1 class</source>
        <translation>%1: 1 luokka</translation>
    </message>
    <message>
        <source>%1: %2 classes</source>
        <translation>%1: %2 luokkaa</translation>
    </message>
    <message>
        <source>%1 clips: %2</source>
        <translation>%1 leikettä: %2</translation>
    </message>
    <message>
        <source>%1 toolbar</source>
        <translation>%1-työkalurivi</translation>
    </message>
    <message>
        <source>the validated conditions could not be checked: %1</source>
        <translation>validoituja olosuhteita ei voitu tarkistaa: %1</translation>
    </message>
    <message>
        <source>%1 (SHA-256 %2; %3 bona fide / %4 spoofed trials; Cllr %5 bits)</source>
        <translation>%1 (SHA-256 %2; %3 aitoa / %4 väärennettyä koetta; Cllr %5 bittiä)</translation>
    </message>
    <message>
        <source>the score is not a finite number</source>
        <translation>pistemäärä ei ole äärellinen luku</translation>
    </message>
    <message>
        <source>the clip&apos;s score is of its first %1 s of %2 s (fixed-length input); the timeline covers the rest</source>
        <translation>leikkeen pistemäärä koskee sen ensimmäisiä %1 s kokonaisuudesta %2 s (kiinteäpituinen syöte); aikajana kattaa loput</translation>
    </message>
    <message>
        <source>tracing: no library was given and the default model has no library beside it</source>
        <translation>jäljitys: kirjastoa ei annettu, eikä oletusmallin vieressä ole kirjastoa</translation>
    </message>
    <message>
        <source>tracing: %1</source>
        <translation>jäljitys: %1</translation>
    </message>
    <message>
        <source>the library is bound to model %1, which is not among the usable models; install its manifest and weights (see the Models menu and docs/models.md)</source>
        <translation>kirjasto on sidottu malliin %1, joka ei ole käytettävissä olevien mallien joukossa; asenna sen manifesti ja painot (katso Mallit-valikko ja docs/models.md)</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Tallenna kaikki</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Kyllä</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Kyllä k&amp;aikkiin</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ei</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>E&amp;i kaikkiin</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Keskeytä</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Yritä uudelleen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ohita</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Hylkää</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ohje</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Käytä</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Palauta oletukset</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Leikkaa</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopioi</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopioi &amp;linkin osoite</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>L&amp;iitä</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Valitse kaikki</translation>
    </message>
</context>
<context>
    <name>QualityCommand</name>
    <message>
        <source>usage: sourcetrace-cli quality [--json] [--start S] [--end E] [--thresholds FILE] FILE...
Measures the quality of each evidence file (decoded read-only, mixed down to mono at its own rate): duration,
sample rate, channels, container and codec, peak and RMS level, DC offset, clipped samples (runs of 3 or more
at full scale, the worst channel), net speech (energy VAD), speech-to-noise ratio and effective bandwidth, with
hints on the codec and the sample rate; then judges them against the thresholds and prints the findings.
Definitions: docs/quality.md.
  --start S          measure from S (seconds, or h:mm:ss.mmm) of each file
  --end E            measure up to E (default: the end of the file)
  --thresholds FILE  a JSON object with any of minSnrDb (default 15), minNetSpeechSeconds (2),
                     maxClippedFraction (0.001), maxAbsDcOffset (0.02), minBandwidthHz (3400)
  --json             one JSON array on stdout: {&quot;path&quot;, &quot;measures&quot;, &quot;verdict&quot;} per file, or {&quot;path&quot;,
                     &quot;error&quot;} for a file that could not be read
Exit code: 0 all files pass, 1 some file fails or cannot be read (each reported), 2 usage error.</source>
        <translation>käyttö: sourcetrace-cli quality [--json] [--start S] [--end E] [--thresholds FILE] FILE...
Mittaa kunkin todistetiedoston laadun (dekoodattu vain luku -tilassa, alasmiksattu monoksi omalla näytteenottotaajuudellaan): kesto,
näytteenottotaajuus, kanavat, säiliömuoto ja koodekki, huippu- ja RMS-taso, DC-siirtymä, leikkautuneet näytteet (vähintään 3 peräkkäistä
täydellä asteikolla, huonoin kanava), puheen nettomäärä (energia-VAD), puhe-kohinasuhde ja efektiivinen kaistanleveys sekä
vihjeet koodekista ja näytteenottotaajuudesta; arvioi ne sitten kynnysarvoja vasten ja tulostaa havainnot.
Määritelmät: docs/quality.md.
  --start S          mittaa kunkin tiedoston kohdasta S (sekunteina tai h:mm:ss.mmm)
  --end E            mittaa kohtaan E asti (oletus: tiedoston loppu)
  --thresholds FILE  JSON-objekti, jossa on mitä tahansa seuraavista: minSnrDb (oletus 15), minNetSpeechSeconds (2),
                     maxClippedFraction (0.001), maxAbsDcOffset (0.02), minBandwidthHz (3400)
  --json             yksi JSON-taulukko stdoutiin: {&quot;path&quot;, &quot;measures&quot;, &quot;verdict&quot;} tiedostoa kohden tai {&quot;path&quot;,
                     &quot;error&quot;} tiedostolle, jota ei voitu lukea
Paluukoodi: 0 kaikki tiedostot läpäisevät, 1 jokin tiedosto hylätään tai sitä ei voi lukea (kukin ilmoitetaan), 2 käyttövirhe.</translation>
    </message>
    <message>
        <source>%1 needs a time in seconds (or h:mm:ss.mmm) from 0</source>
        <translation>%1 vaatii ajan sekunteina (tai h:mm:ss.mmm) nollasta alkaen</translation>
    </message>
    <message>
        <source>--thresholds needs a JSON file</source>
        <translation>--thresholds vaatii JSON-tiedoston</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>tuntematon valitsin &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no input files</source>
        <translation>ei syötetiedostoja</translation>
    </message>
    <message>
        <source>--end (%1 s) must be after --start (%2 s)</source>
        <translation>--end (%1 s) on oltava --startin (%2 s) jälkeen</translation>
    </message>
</context>
<context>
    <name>ShardCliSupport</name>
    <message>
        <source>Run only shard K of N (K/N, 0 &lt;= K &lt; N) of the clips, or auto (K and N from SLURM_ARRAY_TASK_ID and SLURM_ARRAY_TASK_COUNT); the output goes to OUT/shards/K-of-N/ (folder) or OUT.shards/K-of-N/ (file). See docs/sharding.md.</source>
        <translation>Aja leikkeistä vain osa K/N (K/N, 0 &lt;= K &lt; N) tai auto (K ja N muuttujista SLURM_ARRAY_TASK_ID ja SLURM_ARRAY_TASK_COUNT); tuloste menee kansioon OUT/shards/K-of-N/ (kansio) tai OUT.shards/K-of-N/ (tiedosto). Katso docs/sharding.md.</translation>
    </message>
    <message>
        <source>nothing merged: every shard 0..N-1 must be present, complete and from the same model, settings and build (%1)</source>
        <translation>mitään ei yhdistetty: jokaisen osan 0..N-1 on oltava olemassa, valmis ja samasta mallista, asetuksista ja käännöksestä (%1)</translation>
    </message>
</context>
<context>
    <name>TraceCommand</name>
    <message>
        <source>Traces clips to the sources of a library: sourcetrace-cli trace --library L.db (FILE... | --protocol P [--root DIR])
  [--embeddings DIR] [--backend cosine|mahalanobis|knn|mlp|siamese-ce|siamese-cl|siamese-zs] [--k 7] [--shrinkage 0.1]
  [--weights PTH] [--top 5] [--json]
  [--pooled-eer OUTDIR]
Prints, per clip and level, the ranked candidates with scores (higher = more likely) and the decision: the best
source, or &apos;unknown&apos; when its score is at or below the threshold stored by `library calibrate` for that level
and back-end. The trained back-ends (mlp, siamese-*) use the fit stored by `library fit-backend`; siamese-cl/zs
with --weights and no stored fit use published weights as they are.
With a model that has a class head, also the OOD scores (MSP, energy, NSD; higher = in-distribution).
--pooled-eer (needs a labelled --protocol): every clip against every attack fingerprint as STOPA trials; writes
pooled_eer_kn.csv / pooled_eer_ukn.csv to OUTDIR and prints the table (known attacks = the library&apos;s).
Without --library the default library (library.db beside the default model, sourcetrace-default) is used.
When the library&apos;s model has a validity.json (calibrate-model), a clip outside its validated conditions gets
no likelihood ratio: the LRs are withheld and the reasons printed.</source>
        <translation>Jäljittää leikkeet kirjaston lähteisiin: sourcetrace-cli trace --library L.db (FILE... | --protocol P [--root DIR])
  [--embeddings DIR] [--backend cosine|mahalanobis|knn|mlp|siamese-ce|siamese-cl|siamese-zs] [--k 7] [--shrinkage 0.1]
  [--weights PTH] [--top 5] [--json]
  [--pooled-eer OUTDIR]
Tulostaa leikkeittäin ja tasoittain asetetut ehdokkaat pistemäärineen (suurempi = todennäköisempi) ja päätöksen: paras
lähde tai &apos;unknown&apos;, kun sen pistemäärä on enintään kynnys, jonka `library calibrate` on tallentanut kyseiselle tasolle
ja taustaosalle. Opetetut taustaosat (mlp, siamese-*) käyttävät komennon `library fit-backend` tallentamaa sovitusta; siamese-cl/zs
valitsimella --weights ja ilman tallennettua sovitusta käyttää julkaistuja painoja sellaisinaan.
Mallilla, jolla on luokkapää, myös OOD-pistemäärät (MSP, energia, NSD; suurempi = jakauman sisällä).
--pooled-eer (vaatii nimiöidyn --protocol-valitsimen): jokainen leike jokaista hyökkäyssormenjälkeä vastaan STOPA-kokeina; kirjoittaa
pooled_eer_kn.csv / pooled_eer_ukn.csv kansioon OUTDIR ja tulostaa taulukon (tunnetut hyökkäykset = kirjaston hyökkäykset).
Ilman valitsinta --library käytetään oletuskirjastoa (library.db oletusmallin sourcetrace-default vieressä).
Kun kirjaston mallilla on validity.json (calibrate-model), validoitujen olosuhteiden ulkopuolinen leike ei saa
uskottavuussuhdetta: LR-arvot pidätetään ja syyt tulostetaan.</translation>
    </message>
    <message>
        <source>The fingerprint library.</source>
        <translation>Sormenjälkikirjasto.</translation>
    </message>
    <message>
        <source>cosine (default), mahalanobis, knn, or a trained one stored by `library fit-backend`: mlp, siamese-ce, siamese-cl, siamese-zs.</source>
        <translation>cosine (oletus), mahalanobis, knn tai komennon `library fit-backend` tallentama opetettu: mlp, siamese-ce, siamese-cl, siamese-zs.</translation>
    </message>
    <message>
        <source>siamese-cl/zs without a stored fit: published tower weights (.pt).</source>
        <translation>siamese-cl/zs ilman tallennettua sovitusta: julkaistut tornin painot (.pt).</translation>
    </message>
    <message>
        <source>knn: k (default 7).</source>
        <translation>knn: k (oletus 7).</translation>
    </message>
    <message>
        <source>mahalanobis: shrinkage (default 0.1).</source>
        <translation>mahalanobis: kutistus (oletus 0.1).</translation>
    </message>
    <message>
        <source>cosine: subtract the mean enrolment embedding first.</source>
        <translation>cosine: vähennä ensin rekisteröintiupotusten keskiarvo.</translation>
    </message>
    <message>
        <source>Candidates shown per level (default 5; JSON: all).</source>
        <translation>Tasoa kohden näytettävät ehdokkaat (oletus 5; JSON: kaikki).</translation>
    </message>
    <message>
        <source>JSON on stdout (one object with a result per clip).</source>
        <translation>JSON stdoutiin (yksi objekti, jossa tulos leikettä kohden).</translation>
    </message>
    <message>
        <source>Write STOPA pooled EER tables to this folder.</source>
        <translation>Kirjoita STOPA:n yhdistetyn EER:n taulukot tähän kansioon.</translation>
    </message>
    <message>
        <source>--pooled-eer: overwrite existing tables.</source>
        <translation>--pooled-eer: korvaa olemassa olevat taulukot.</translation>
    </message>
    <message>
        <source>Audio files.</source>
        <translation>Äänitiedostot.</translation>
    </message>
    <message>
        <source>--library is required (no default library: the default model %1 has no library.db beside its manifest)</source>
        <translation>--library on pakollinen (ei oletuskirjastoa: oletusmallin %1 manifestin vieressä ei ole library.db-tiedostoa)</translation>
    </message>
    <message>
        <source>--top takes a whole number of at least 1, not &apos;%1&apos;</source>
        <translation>--top ottaa kokonaisluvun, joka on vähintään 1, ei &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 exists; give --force to overwrite it (nothing was written)</source>
        <translation>%1 on olemassa; korvaa se valitsimella --force (mitään ei kirjoitettu)</translation>
    </message>
    <message>
        <source>no clips (give FILE... or --protocol P)</source>
        <translation>ei leikkeitä (anna FILE... tai --protocol P)</translation>
    </message>
    <message>
        <source>%1 (likelihood ratios are withheld)</source>
        <translation>%1 (uskottavuussuhteet pidätetään)</translation>
    </message>
    <message>
        <source>is the library itself, not a clip</source>
        <translation>on itse kirjasto, ei leike</translation>
    </message>
    <message>
        <source>trace with %1</source>
        <translation>jäljitys mallilla %1</translation>
    </message>
    <message>
        <source>      LR withheld: %1
</source>
        <translation>      LR pidätetty: %1
</translation>
    </message>
    <message>
        <source>      LR for %1: %2 (log10 LR %3): %4; calibrated on %5 (sha256 %6, %7 target / %8 non-target trials, %9)
</source>
        <translation>      LR kohteelle %1: %2 (log10 LR %3): %4; kalibroitu aineistolla %5 (sha256 %6, %7 kohde- / %8 ei-kohde-koetta, %9)
</translation>
    </message>
    <message>
        <source> (threshold %1)</source>
        <translation> (kynnys %1)</translation>
    </message>
    <message>
        <source> (no threshold)</source>
        <translation> (ei kynnystä)</translation>
    </message>
</context>
<context>
    <name>TrainCommand</name>
    <message>
        <source>%1 (see sourcetrace-cli train --help)</source>
        <translation>%1 (katso sourcetrace-cli train --help)</translation>
    </message>
    <message>
        <source>Trains a detector or tracer on labelled protocols (the project&apos;s TSV, ASVspoof 2019/2021 LA, MLAAD) with
SourceTrace&apos;s learning engine. A run folder (--out) receives run.json, log.csv, checkpoint/ and model/ (a
model folder the registry loads: add its parent to SOURCETRACE_MODEL_PATH or copy it into a model folder).
Settings come from --config (a JSON run configuration; docs/training.md) and the flags, which override it.
Ctrl-C writes a checkpoint and stops; --resume DIR continues, ending with the same weights as a run that
was never interrupted. Exit status: 0 done, 1 failed or interrupted, 2 usage.</source>
        <translation>Opettaa tunnistimen tai jäljittimen nimiöidyillä protokollilla (projektin TSV, ASVspoof 2019/2021 LA, MLAAD)
SourceTracen oppimismoottorilla. Ajokansio (--out) saa tiedostot run.json, log.csv, checkpoint/ ja model/ (mallikansio,
jonka rekisteri lataa: lisää sen yläkansio muuttujaan SOURCETRACE_MODEL_PATH tai kopioi se mallikansioon).
Asetukset tulevat valitsimesta --config (JSON-ajokokoonpano; docs/training.md) ja lipuista, jotka ohittavat sen.
Ctrl-C kirjoittaa tarkistuspisteen ja pysähtyy; --resume DIR jatkaa ja päätyy samoihin painoihin kuin ajo, jota
ei koskaan keskeytetty. Paluukoodi: 0 valmis, 1 epäonnistui tai keskeytetty, 2 käyttövirhe.</translation>
    </message>
    <message>
        <source>interrupted; checkpoint written, continue with: sourcetrace-cli train --resume %1</source>
        <translation>keskeytetty; tarkistuspiste kirjoitettu, jatka komennolla: sourcetrace-cli train --resume %1</translation>
    </message>
    <message>
        <source>--heads: an entry has no level (&quot;%1&quot;)</source>
        <translation>--heads: kohdassa ei ole tasoa (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--heads: the weight of &quot;%1&quot; is not a number</source>
        <translation>--heads: kohteen &quot;%1&quot; paino ei ole luku</translation>
    </message>
    <message>
        <source>--heads: loss &quot;%1&quot; of level &quot;%2&quot; is none of ce, aam, ocsoftmax, ge2e</source>
        <translation>--heads: tason &quot;%2&quot; häviöfunktio &quot;%1&quot; ei ole mikään seuraavista: ce, aam, ocsoftmax, ge2e</translation>
    </message>
    <message>
        <source>JSON run configuration.</source>
        <translation>JSON-ajokokoonpano.</translation>
    </message>
    <message>
        <source>Continue the run in DIR from its last checkpoint.</source>
        <translation>Jatka kansion DIR ajoa sen viimeisestä tarkistuspisteestä.</translation>
    </message>
    <message>
        <source>Training protocol (repeatable).</source>
        <translation>Opetusprotokolla (toistettava).</translation>
    </message>
    <message>
        <source>Validation protocol (repeatable; default: split off the training protocols).</source>
        <translation>Validointiprotokolla (toistettava; oletus: erotetaan opetusprotokollista).</translation>
    </message>
    <message>
        <source>Folder the protocols&apos; clip paths are relative to (default: each protocol&apos;s folder).</source>
        <translation>Kansio, johon protokollien leikepolut ovat suhteessa (oletus: kunkin protokollan kansio).</translation>
    </message>
    <message>
        <source>The run folder (new).</source>
        <translation>Ajokansio (uusi).</translation>
    </message>
    <message>
        <source>The model&apos;s registry name.</source>
        <translation>Mallin rekisterinimi.</translation>
    </message>
    <message>
        <source>spectral (default), aasist or aasist-l.</source>
        <translation>spectral (oletus), aasist tai aasist-l.</translation>
    </message>
    <message>
        <source>AASIST: fine-tune from this checkpoint (.pth or .safetensors).</source>
        <translation>AASIST: hienosäädä tästä tarkistuspisteestä (.pth tai .safetensors).</translation>
    </message>
    <message>
        <source>Heads as level:loss[:weight], comma-separated, e.g. bonafide:ocsoftmax,attack:aam:0.5 (losses: ce, aam, ocsoftmax, ge2e). Default: bonafide:ce.</source>
        <translation>Päät muodossa level:loss[:weight] pilkuin erotettuina, esim. bonafide:ocsoftmax,attack:aam:0.5 (häviöt: ce, aam, ocsoftmax, ge2e). Oletus: bonafide:ce.</translation>
    </message>
    <message>
        <source>Index of the head whose logits the model returns (default 0).</source>
        <translation>Sen pään indeksi, jonka logitit malli palauttaa (oletus 0).</translation>
    </message>
    <message>
        <source>Level to balance classes over in sampling.</source>
        <translation>Taso, jonka luokat tasapainotetaan otannassa.</translation>
    </message>
    <message>
        <source>Protocol column whose groups the validation split keeps whole (default text).</source>
        <translation>Protokollan sarake, jonka ryhmät validointijako pitää kokonaisina (oletus text).</translation>
    </message>
    <message>
        <source>Epochs.</source>
        <translation>Opetuskierrokset.</translation>
    </message>
    <message>
        <source>Batch size.</source>
        <translation>Erän koko.</translation>
    </message>
    <message>
        <source>Training crop in seconds.</source>
        <translation>Opetusrajaus sekunteina.</translation>
    </message>
    <message>
        <source>Samples per epoch (default: the training set&apos;s size).</source>
        <translation>Näytteitä kierrosta kohden (oletus: opetusjoukon koko).</translation>
    </message>
    <message>
        <source>Peak learning rate.</source>
        <translation>Oppimisnopeuden huippuarvo.</translation>
    </message>
    <message>
        <source>Augment on the fly (RawBoost series 5 and noise; tune in --config).</source>
        <translation>Augmentoi lennossa (RawBoost-sarja 5 ja kohina; säädä valitsimella --config).</translation>
    </message>
    <message>
        <source>RegMixup regularisation.</source>
        <translation>RegMixup-regularisointi.</translation>
    </message>
    <message>
        <source>Early stopping after N epochs without improvement.</source>
        <translation>Varhainen pysäytys N kierroksen jälkeen ilman parannusta.</translation>
    </message>
    <message>
        <source>Best-checkpoint metric: auto, loss, eer:bonafide, accuracy:HEAD, pooled-eer:HEAD.</source>
        <translation>Parhaan tarkistuspisteen metriikka: auto, loss, eer:bonafide, accuracy:HEAD, pooled-eer:HEAD.</translation>
    </message>
    <message>
        <source>LibTorch threads (default: all cores).</source>
        <translation>LibTorch-säikeet (oletus: kaikki ytimet).</translation>
    </message>
    <message>
        <source>Data loading threads.</source>
        <translation>Datan latauksen säikeet.</translation>
    </message>
    <message>
        <source>auto, cpu or cuda.</source>
        <translation>auto, cpu tai cuda.</translation>
    </message>
    <message>
        <source>Random seed (the run is reproducible from it).</source>
        <translation>Satunnaissiemen (ajo on toistettavissa sen avulla).</translation>
    </message>
    <message>
        <source>Print the architecture&apos;s parameters and multiply-accumulates per 4 s clip, then exit.</source>
        <translation>Tulosta arkkitehtuurin parametrit ja kertolasku-kasaukset 4 s:n leikettä kohden ja lopeta.</translation>
    </message>
    <message>
        <source>No progress bar.</source>
        <translation>Ei edistymispalkkia.</translation>
    </message>
    <message>
        <source>Print the result as JSON on stdout at the end.</source>
        <translation>Tulosta tulos lopuksi JSON-muodossa stdoutiin.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>odottamaton argumentti &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--resume takes the run&apos;s own settings; --%1 cannot change them</source>
        <translation>--resume käyttää ajon omia asetuksia; --%1 ei voi muuttaa niitä</translation>
    </message>
    <message>
        <source>--%1 must be an integer in [%2, %3]</source>
        <translation>--%1 on oltava kokonaisluku väliltä [%2, %3]</translation>
    </message>
    <message>
        <source>--%1 must be a number in [%2, %3]</source>
        <translation>--%1 on oltava luku väliltä [%2, %3]</translation>
    </message>
    <message>
        <source>--seed must be a non-negative integer</source>
        <translation>--seed on oltava ei-negatiivinen kokonaisluku</translation>
    </message>
    <message>
        <source>--architecture must be spectral, aasist or aasist-l</source>
        <translation>--architecture on oltava spectral, aasist tai aasist-l</translation>
    </message>
    <message>
        <source>--device must be auto, cpu or cuda</source>
        <translation>--device on oltava auto, cpu tai cuda</translation>
    </message>
    <message>
        <source>%1: %2 parameters, %3 multiply-accumulates per 4 s clip</source>
        <translation>%1: %2 parametria, %3 kertolasku-kasausta 4 s:n leikettä kohden</translation>
    </message>
    <message>
        <source>(not modelled)</source>
        <translation>(ei mallinnettu)</translation>
    </message>
    <message>
        <source>no training protocol (--protocol or &quot;protocols&quot; in --config)</source>
        <translation>ei opetusprotokollaa (--protocol tai &quot;protocols&quot; valitsimessa --config)</translation>
    </message>
    <message>
        <source>no run folder (--out or &quot;outputDir&quot; in --config)</source>
        <translation>ei ajokansiota (--out tai &quot;outputDir&quot; valitsimessa --config)</translation>
    </message>
    <message>
        <source>train %1</source>
        <translation>opetus %1</translation>
    </message>
    <message>
        <source>best epoch %1 (%2 = %3); model: %4</source>
        <translation>paras kierros %1 (%2 = %3); malli: %4</translation>
    </message>
</context>
<context>
    <name>sourcetrace</name>
    <message>
        <source>Language of the interface: en, %1, or system (default: the choice in Edit &gt; Preferences, else the system&apos;s).</source>
        <translation>Käyttöliittymän kieli: en, %1 tai system (oletus: valinta kohdassa Muokkaa &gt; Asetukset, muuten järjestelmän kieli).</translation>
    </message>
    <message>
        <source>Show the sound system&apos;s own messages (ALSA, JACK) on stderr; also SOURCETRACE_AUDIO_DEBUG=1.</source>
        <translation>Näytä äänijärjestelmän omat viestit (ALSA, JACK) stderrissä; myös SOURCETRACE_AUDIO_DEBUG=1.</translation>
    </message>
    <message>
        <source>SourceTrace evidence viewer</source>
        <translation>SourceTrace-todistekatselin</translation>
    </message>
    <message>
        <source>Displays version information: build, commit and the default model.</source>
        <translation>Näyttää versiotiedot: käännös, commit ja oletusmalli.</translation>
    </message>
    <message>
        <source>Audio file to open (default: the demo clip).</source>
        <translation>Avattava äänitiedosto (oletus: esittelyleike).</translation>
    </message>
    <message>
        <source>Save a screenshot of the window and quit.</source>
        <translation>Tallenna kuvakaappaus ikkunasta ja lopeta.</translation>
    </message>
    <message>
        <source>Window size WxH (with --screenshot).</source>
        <translation>Ikkunan koko WxH (leveys x korkeus; valitsimen --screenshot kanssa).</translation>
    </message>
    <message>
        <source>Visible range START:END in seconds.</source>
        <translation>Näkyvä alue START:END sekunteina.</translation>
    </message>
    <message>
        <source>Select START:END in seconds.</source>
        <translation>Valitse START:END sekunteina.</translation>
    </message>
    <message>
        <source>Run this model&apos;s detection on the file.</source>
        <translation>Suorita tämän mallin tunnistus tiedostolle.</translation>
    </message>
    <message>
        <source>Open this fingerprint library.</source>
        <translation>Avaa tämä sormenjälkikirjasto.</translation>
    </message>
    <message>
        <source>Trace the file against the library with this back-end.</source>
        <translation>Jäljitä tiedosto kirjastoa vasten tällä taustaosalla.</translation>
    </message>
    <message>
        <source>Run Integrated Gradients with this model on the file (16 steps, bona fide logit).</source>
        <translation>Suorita Integrated Gradients tällä mallilla tiedostolle (16 askelta, bona fide -logitti).</translation>
    </message>
    <message>
        <source>With --explain: the bona fide mean baseline from this file (feature-space IG).</source>
        <translation>Valitsimen --explain kanssa: aitojen keskiarvon perustaso tästä tiedostosta (piirreavaruuden IG).</translation>
    </message>
    <message>
        <source>Show (and raise) the dock with this object name, or the evaluation tab.</source>
        <translation>Näytä (ja nosta esiin) telakka, jolla on tämä objektinimi, tai arviointivälilehti.</translation>
    </message>
    <message>
        <source>Show the Training dock with the curves and settings of this run folder.</source>
        <translation>Näytä Opetus-telakka tämän ajokansion käyrineen ja asetuksineen.</translation>
    </message>
    <message>
        <source>Open this case file (.stcase); its items are verified at once.</source>
        <translation>Avaa tämä tapaustiedosto (.stcase); sen todisteet tarkistetaan heti.</translation>
    </message>
    <message>
        <source>With --case: load this evidence item (verified first) instead of a file.</source>
        <translation>Valitsimen --case kanssa: lataa tämä todiste (tarkistettu ensin) tiedoston sijaan.</translation>
    </message>
</context>
<context>
    <name>st::AasistConfig</name>
    <message>
        <source>model config field &quot;%1&quot;: %2</source>
        <translation>mallikonfiguraation kenttä &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>expected a positive integer</source>
        <translation>odotettiin positiivista kokonaislukua</translation>
    </message>
    <message>
        <source>expected a positive number</source>
        <translation>odotettiin positiivista lukua</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>puuttuu</translation>
    </message>
    <message>
        <source>expected an array of %1 values</source>
        <translation>odotettiin %1 arvon taulukkoa</translation>
    </message>
    <message>
        <source>cannot open the model config: %1</source>
        <translation>mallikonfiguraatiota ei voi avata: %1</translation>
    </message>
    <message>
        <source>the model config is not valid JSON at offset %1: %2</source>
        <translation>mallikonfiguraatio ei ole kelvollista JSONia kohdassa %1: %2</translation>
    </message>
    <message>
        <source>the model config is not a JSON object</source>
        <translation>mallikonfiguraatio ei ole JSON-olio</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>odotettiin oliota</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not AASIST</source>
        <translation>&quot;%1&quot; ei ole AASIST</translation>
    </message>
    <message>
        <source>needs at least 3 sinc filters</source>
        <translation>tarvitsee vähintään 3 sinc-suodinta</translation>
    </message>
    <message>
        <source>expected [in_channels, out_channels]</source>
        <translation>odotettiin [in_channels, out_channels]</translation>
    </message>
    <message>
        <source>the first residual block takes 1 input channel</source>
        <translation>ensimmäinen jäännöslohko ottaa 1 tulokanavan</translation>
    </message>
    <message>
        <source>input channels %1 differ from the previous block&apos;s output %2</source>
        <translation>tulokanavat %1 eroavat edellisen lohkon lähdöstä %2</translation>
    </message>
    <message>
        <source>is used for three blocks in a row, so input and output channels must be equal</source>
        <translation>käytetään kolmelle peräkkäiselle lohkolle, joten tulo- ja lähtökanavien on oltava samat</translation>
    </message>
    <message>
        <source>a ratio must be at most 1</source>
        <translation>suhde saa olla enintään 1</translation>
    </message>
</context>
<context>
    <name>st::AasistModel</name>
    <message>
        <source>AASIST forward: all waveforms of a batch must have the same length (%1 and %2 samples)</source>
        <translation>AASIST-eteenpäinlaskenta: erän kaikkien aaltomuotojen on oltava yhtä pitkiä (%1 ja %2 näytettä)</translation>
    </message>
    <message>
        <source>AASIST forward: a waveform of %1 samples is too short; the model needs at least %2 samples (%3 s at 16 kHz)</source>
        <translation>AASIST-eteenpäinlaskenta: %1 näytteen aaltomuoto on liian lyhyt; malli tarvitsee vähintään %2 näytettä (%3 s taajuudella 16 kHz)</translation>
    </message>
    <message>
        <source>the checkpoint has no 2-d out_layer.weight: not an AASIST state dict</source>
        <translation>tarkistuspisteessä ei ole kaksiulotteista out_layer.weight-tensoria: ei AASIST-tilasanakirja</translation>
    </message>
    <message>
        <source>out_layer.weight has no rows</source>
        <translation>out_layer.weight-tensorissa ei ole rivejä</translation>
    </message>
    <message>
        <source>%1 (file %2, model [%3])</source>
        <translation>%1 (tiedosto %2, malli [%3])</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>puuttuu: %1</translation>
    </message>
    <message>
        <source>unexpected: %1</source>
        <translation>odottamaton: %1</translation>
    </message>
    <message>
        <source>wrong shape: %1</source>
        <translation>väärä muoto: %1</translation>
    </message>
    <message>
        <source>the checkpoint does not fit the AASIST config (%1 classes, gat_dims [%2, %3]): %4</source>
        <translation>tarkistuspiste ei sovi AASIST-konfiguraatioon (%1 luokkaa, gat_dims [%2, %3]): %4</translation>
    </message>
    <message>
        <source>tensor %1 is %2, expected floating point</source>
        <translation>tensori %1 on tyyppiä %2, odotettiin liukulukua</translation>
    </message>
    <message>
        <source>input gradients need a native AASIST model</source>
        <translation>syötegradientit vaativat natiivin AASIST-mallin</translation>
    </message>
    <message>
        <source>class index %1 is out of range (the model has %2 classes)</source>
        <translation>luokkaindeksi %1 on alueen ulkopuolella (mallissa on %2 luokkaa)</translation>
    </message>
    <message>
        <source>all waveforms of a batch must have the same length</source>
        <translation>erän kaikkien aaltomuotojen on oltava yhtä pitkiä</translation>
    </message>
    <message>
        <source>a waveform of %1 samples is too short (at least %2)</source>
        <translation>%1 näytteen aaltomuoto on liian lyhyt (vähintään %2)</translation>
    </message>
    <message>
        <source>the manifest names %1 classes, the checkpoint %2 has %3 (rows of out_layer.weight)</source>
        <translation>manifesti nimeää %1 luokkaa, tarkistuspisteessä %2 on %3 (out_layer.weight-tensorin rivit)</translation>
    </message>
    <message>
        <source>the manifest says embeddingDim %1, the AASIST config gives %2</source>
        <translation>manifestin embeddingDim on %1, AASIST-konfiguraatio antaa %2</translation>
    </message>
</context>
<context>
    <name>st::AboutDialog</name>
    <message>
        <source>About SourceTrace</source>
        <translation>Tietoja SourceTracesta</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponentti</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lisenssi</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Käyttötarkoitus</translation>
    </message>
    <message>
        <source>Copy build facts</source>
        <translation>Kopioi käännöksen tiedot</translation>
    </message>
    <message>
        <source>&lt;h2&gt;SourceTrace %1&lt;/h2&gt;&lt;p&gt;Synthetic-speech detection, source tracing and explanations for forensic examination. Everything runs offline: SourceTrace never uses the network.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;SourceTrace %1&lt;/h2&gt;&lt;p&gt;Synteettisen puheen tunnistus, lähteen jäljitys ja selitykset rikosteknistä tutkintaa varten. Kaikki toimii ilman verkkoa: SourceTrace ei koskaan käytä verkkoa.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Debian package</source>
        <translation>Debian-paketti</translation>
    </message>
    <message>
        <source>What was used</source>
        <translation>Mitä käytettiin</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Ohjelmisto</translation>
    </message>
    <message>
        <source>Model training material</source>
        <translation>Mallien opetusaineisto</translation>
    </message>
    <message>
        <source>SourceTrace is free software under the GNU General Public License, version 3 or later (/usr/share/common-licenses/GPL-3 on Debian); it comes with NO WARRANTY. The components keep their own licences (above); their Debian packages carry the full texts under /usr/share/doc/&amp;lt;package&amp;gt;/copyright. The default model, its calibration and its library were computed by the project from the output of the synthesisers and from the recordings listed under &lt;i&gt;Model training material&lt;/i&gt;; none of that material itself is shipped. Third-party model weights are not part of SourceTrace: each manifest states its weights&apos; licence (Models menu). Help › Manual, &quot;licences.md&quot;, says more.</source>
        <translation>SourceTrace on vapaa ohjelmisto GNU General Public License -lisenssin version 3 tai myöhemmän alaisuudessa (Debianissa /usr/share/common-licenses/GPL-3); sillä EI OLE TAKUUTA. Komponenteilla on omat lisenssinsä (yllä); niiden Debian-paketit sisältävät koko tekstit polussa /usr/share/doc/&amp;lt;package&amp;gt;/copyright. Oletusmallin, sen kalibroinnin ja sen kirjaston projekti laski syntetisaattorien tuotoksista ja kohdassa &lt;i&gt;Mallien opetusaineisto&lt;/i&gt; luetelluista äänitteistä; itse aineistoa ei toimiteta. Kolmansien osapuolten mallipainot eivät kuulu SourceTraceen: kukin manifesti ilmoittaa painojensa lisenssin (Mallit-valikko). Ohje › Käyttöohje, &quot;licences.md&quot;, kertoo lisää.</translation>
    </message>
    <message>
        <source>this application, its default model and library</source>
        <translation>tämä sovellus, sen oletusmalli ja kirjasto</translation>
    </message>
    <message>
        <source>the interface, SQLite access, images</source>
        <translation>käyttöliittymä, SQLite-käyttö, kuvat</translation>
    </message>
    <message>
        <source>evaluation and training charts</source>
        <translation>arvioinnin ja opetuksen kaaviot</translation>
    </message>
    <message>
        <source>case files, fingerprint libraries</source>
        <translation>tapaustiedostot, sormenjälkikirjastot</translation>
    </message>
    <message>
        <source>running and training the models</source>
        <translation>mallien ajo ja opetus</translation>
    </message>
    <message>
        <source>decoding WAV, FLAC, Ogg, Opus, MP3</source>
        <translation>WAV-, FLAC-, Ogg-, Opus- ja MP3-dekoodaus</translation>
    </message>
    <message>
        <source>resampling</source>
        <translation>uudelleennäytteistys</translation>
    </message>
    <message>
        <source>playback</source>
        <translation>toisto</translation>
    </message>
    <message>
        <source>spectrograms, quality measures</source>
        <translation>spektrogrammit, laatumittaukset</translation>
    </message>
    <message>
        <source>linear algebra of the tracing back-ends</source>
        <translation>jäljityksen taustaosien lineaarialgebra</translation>
    </message>
    <message>
        <source>synthetic training speech (harmonic and Klatt variants); the demo clip (en-gb voice)</source>
        <translation>synteettinen opetuspuhe (harmoninen ja Klatt-variantit); esittelyleike (en-gb-ääni)</translation>
    </message>
    <message>
        <source>synthetic training speech</source>
        <translation>synteettinen opetuspuhe</translation>
    </message>
    <message>
        <source>synthesis engine and English lexicons of the diphone voices</source>
        <translation>difoniäänten synteesimoottori ja englannin sanastot</translation>
    </message>
    <message>
        <source>synthetic training speech (kal and ked diphone voices)</source>
        <translation>synteettinen opetuspuhe (kal- ja ked-difoniäänet)</translation>
    </message>
    <message>
        <source>synthetic training speech (Italian diphone voices)</source>
        <translation>synteettinen opetuspuhe (italialaiset difoniäänet)</translation>
    </message>
    <message>
        <source>synthetic training speech (Czech diphone voice)</source>
        <translation>synteettinen opetuspuhe (tšekkiläinen difoniääni)</translation>
    </message>
    <message>
        <source>synthetic training speech (Finnish diphone voices)</source>
        <translation>synteettinen opetuspuhe (suomalaiset difoniäänet)</translation>
    </message>
    <message>
        <source>copy synthesis (MLSA and LPC vocoding) of the bona fide recordings</source>
        <translation>aitojen äänitteiden kopiosynteesi (MLSA- ja LPC-vokoodaus)</translation>
    </message>
    <message>
        <source>bona fide speech: 258 English prompts (corpus/allison-training-prompts.txt)</source>
        <translation>aito puhe: 258 englanninkielistä kehotetta (corpus/allison-training-prompts.txt)</translation>
    </message>
    <message>
        <source>bona fide speech: Italian and Russian prompts</source>
        <translation>aito puhe: italian- ja venäjänkieliset kehotteet</translation>
    </message>
    <message>
        <source>bona fide speech: Italian prompts</source>
        <translation>aito puhe: italiankieliset kehotteet</translation>
    </message>
    <message>
        <source>bona fide speech: the natural recordings of its speaker database</source>
        <translation>aito puhe: sen puhujatietokannan luonnolliset äänitteet</translation>
    </message>
    <message>
        <source>bona fide speech: spoken letters, words and game calls</source>
        <translation>aito puhe: puhutut kirjaimet, sanat ja pelihuudot</translation>
    </message>
    <message>
        <source>bona fide speech: the game&apos;s dialogue</source>
        <translation>aito puhe: pelin dialogi</translation>
    </message>
    <message>
        <source>bona fide speech: its unprocessed speech samples</source>
        <translation>aito puhe: sen käsittelemättömät puhenäytteet</translation>
    </message>
    <message>
        <source>bona fide speech: sa1.wav</source>
        <translation>aito puhe: sa1.wav</translation>
    </message>
    <message>
        <source>bona fide speech: hello*.wav</source>
        <translation>aito puhe: hello*.wav</translation>
    </message>
    <message>
        <source>bona fide speech: the spoken channel names</source>
        <translation>aito puhe: puhutut kanavien nimet</translation>
    </message>
</context>
<context>
    <name>st::AnalysisSettingsDialog</name>
    <message>
        <source>Analyse %1</source>
        <translation>Analysoi %1</translation>
    </message>
    <message>
        <source>the default model</source>
        <translation>oletusmalli</translation>
    </message>
    <message>
        <source>Trace the source</source>
        <translation>Jäljitä lähde</translation>
    </message>
    <message>
        <source>the default library</source>
        <translation>oletuskirjasto</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Selaa...</translation>
    </message>
    <message>
        <source>Fingerprint library</source>
        <translation>Sormenjälkikirjasto</translation>
    </message>
    <message>
        <source>Fingerprint library (*.db);;All files (*)</source>
        <translation>Sormenjälkikirjasto (*.db);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>kosini</translation>
    </message>
    <message>
        <source>Mahalanobis</source>
        <translation>Mahalanobis</translation>
    </message>
    <message>
        <source>kNN (k = 7)</source>
        <translation>kNN (k = 7)</translation>
    </message>
    <message>
        <source>Integrated Gradients of the detection score (slow)</source>
        <translation>Tunnistuspistemäärän Integrated Gradients (hidas)</translation>
    </message>
    <message>
        <source>library default</source>
        <translation>kirjaston oletus</translation>
    </message>
    <message>
        <source>Detector:</source>
        <translation>Tunnistin:</translation>
    </message>
    <message>
        <source>Library:</source>
        <translation>Kirjasto:</translation>
    </message>
    <message>
        <source>Back-end:</source>
        <translation>Taustaosa:</translation>
    </message>
    <message>
        <source>IG steps:</source>
        <translation>IG-askeleet:</translation>
    </message>
    <message>
        <source>Threads:</source>
        <translation>Säikeet:</translation>
    </message>
    <message>
        <source>The item is verified against its intake SHA-256 first; the quality thresholds are the case&apos;s. The result is stored in the case with these settings and its provenance.</source>
        <translation>Todiste tarkistetaan ensin sen vastaanoton SHA-256-tiivistettä vasten; laatukynnykset ovat tapauksen omat. Tulos tallennetaan tapaukseen näillä asetuksilla alkuperätietoineen.</translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation>Analysoi</translation>
    </message>
</context>
<context>
    <name>st::Annotation</name>
    <message>
        <source>start and end must be finite numbers of seconds</source>
        <translation>alun ja lopun on oltava äärellisiä sekuntimääriä</translation>
    </message>
    <message>
        <source>start %1 s is before the beginning of the item (negative)</source>
        <translation>alku %1 s on ennen todisteen alkua (negatiivinen)</translation>
    </message>
    <message>
        <source>end %1 s is not after start %2 s</source>
        <translation>loppu %1 s ei ole alun %2 s jälkeen</translation>
    </message>
    <message>
        <source>the band&apos;s limits must be finite numbers of Hz</source>
        <translation>taajuuskaistan rajojen on oltava äärellisiä hertsimääriä</translation>
    </message>
    <message>
        <source>band low %1 Hz is negative</source>
        <translation>kaistan alaraja %1 Hz on negatiivinen</translation>
    </message>
    <message>
        <source>band high %1 Hz is not above band low %2 Hz</source>
        <translation>kaistan yläraja %1 Hz ei ole kaistan alarajan %2 Hz yläpuolella</translation>
    </message>
    <message>
        <source>locality %1 is outside %2..%3</source>
        <translation>paikallisuus %1 on välin %2..%3 ulkopuolella</translation>
    </message>
    <message>
        <source>a text of %1 characters (at most %2)</source>
        <translation>%1 merkin teksti (enintään %2)</translation>
    </message>
</context>
<context>
    <name>st::AnnotationCommand</name>
    <message>
        <source>%1 at %2–%3 s</source>
        <translation>%1 kohdassa %2–%3 s</translation>
    </message>
    <message>
        <source>add annotation %1</source>
        <translation>lisää merkintä %1</translation>
    </message>
    <message>
        <source>edit annotation %1</source>
        <translation>muokkaa merkintää %1</translation>
    </message>
    <message>
        <source>delete annotation %1</source>
        <translation>poista merkintä %1</translation>
    </message>
</context>
<context>
    <name>st::AnnotationCsv</name>
    <message>
        <source>a quoted field opened on line %1 is never closed</source>
        <translation>rivillä %1 avattua lainausmerkeissä olevaa kenttää ei koskaan suljeta</translation>
    </message>
    <message>
        <source>text after the closing quote of field %1 (a quote inside a quoted field is written as two quotes)</source>
        <translation>tekstiä kentän %1 loppulainausmerkin jälkeen (lainausmerkki lainausmerkeissä olevan kentän sisällä kirjoitetaan kahtena lainausmerkkinä)</translation>
    </message>
    <message>
        <source>a quote inside unquoted field %1 (quote the whole field and write a quote inside it as two quotes)</source>
        <translation>lainausmerkki lainausmerkittömän kentän %1 sisällä (laita koko kenttä lainausmerkkeihin ja kirjoita sen sisällä oleva lainausmerkki kahtena lainausmerkkinä)</translation>
    </message>
    <message>
        <source>a carriage return inside unquoted field %1</source>
        <translation>rivinalkumerkki (CR) lainausmerkittömän kentän %1 sisällä</translation>
    </message>
    <message>
        <source>not valid UTF-8 (save the file as UTF-8)</source>
        <translation>ei kelvollista UTF-8:aa (tallenna tiedosto UTF-8-muodossa)</translation>
    </message>
    <message>
        <source>the header is &apos;%1&apos;, expected &apos;%2&apos;</source>
        <translation>otsikkorivi on &apos;%1&apos;, odotettiin &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 fields, expected %2 (%3)</source>
        <translation>%1 kenttää, odotettiin %2 (%3)</translation>
    </message>
    <message>
        <source>an empty file id</source>
        <translation>tyhjä tiedostotunniste</translation>
    </message>
    <message>
        <source>evidence_sha256 &apos;%1&apos; is not 64 hex digits</source>
        <translation>evidence_sha256 &apos;%1&apos; ei ole 64 heksadesimaalinumeroa</translation>
    </message>
    <message>
        <source>start_s &apos;%1&apos; is not a number of seconds</source>
        <translation>start_s &apos;%1&apos; ei ole sekuntimäärä</translation>
    </message>
    <message>
        <source>end_s &apos;%1&apos; is not a number of seconds</source>
        <translation>end_s &apos;%1&apos; ei ole sekuntimäärä</translation>
    </message>
    <message>
        <source>low_hz and high_hz must both be given or both be empty</source>
        <translation>low_hz ja high_hz on annettava molemmat tai jätettävä molemmat tyhjiksi</translation>
    </message>
    <message>
        <source>low_hz &apos;%1&apos; / high_hz &apos;%2&apos; are not numbers of Hz</source>
        <translation>low_hz &apos;%1&apos; / high_hz &apos;%2&apos; eivät ole hertsimääriä</translation>
    </message>
    <message>
        <source>unknown cue &apos;%1&apos; (one of %2)</source>
        <translation>tuntematon tuntomerkki &apos;%1&apos; (jokin seuraavista: %2)</translation>
    </message>
    <message>
        <source>locality &apos;%1&apos; is not a whole number 1..5</source>
        <translation>paikallisuus &apos;%1&apos; ei ole kokonaisluku 1..5</translation>
    </message>
    <message>
        <source>audible &apos;%1&apos; is not yes or no</source>
        <translation>audible &apos;%1&apos; ei ole yes eikä no</translation>
    </message>
    <message>
        <source>an empty file: expected the header &apos;%1&apos;</source>
        <translation>tyhjä tiedosto: odotettiin otsikkoriviä &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more bad row(s)</source>
        <translation>
            <numerusform>... ja %n virheellinen rivi lisää</numerusform>
            <numerusform>... ja %n virheellistä riviä lisää</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read the annotations CSV: %1</source>
        <translation>merkintöjen CSV-tiedostoa ei voi lukea: %1</translation>
    </message>
    <message>
        <source>an annotations CSV of %1 bytes (at most %2 MiB)</source>
        <translation>merkintöjen CSV-tiedosto, jonka koko on %1 tavua (enintään %2 MiB)</translation>
    </message>
    <message>
        <source>an annotations CSV over %1 MiB</source>
        <translation>merkintöjen CSV-tiedosto, joka on yli %1 MiB</translation>
    </message>
</context>
<context>
    <name>st::AnnotationDialog</name>
    <message>
        <source>Edit annotation</source>
        <translation>Muokkaa merkintää</translation>
    </message>
    <message>
        <source>Annotate selection</source>
        <translation>Merkitse valinta</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Alku:</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Loppu:</translation>
    </message>
    <message>
        <source>Cue:</source>
        <translation>Tuntomerkki:</translation>
    </message>
    <message>
        <source>1: diffuse, spread over the region; 5: sharply localised</source>
        <translation>1: hajanainen, levittäytyy alueelle; 5: tarkasti paikallistettu</translation>
    </message>
    <message>
        <source>Locality (1 diffuse – 5 sharp):</source>
        <translation>Paikallisuus (1 hajanainen – 5 tarkka):</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>Audible:</source>
        <translation>Kuultavissa:</translation>
    </message>
    <message>
        <source>Frequency band</source>
        <translation>Taajuuskaista</translation>
    </message>
    <message>
        <source> Hz</source>
        <translation> Hz</translation>
    </message>
    <message>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <source>What you see or hear here</source>
        <translation>Mitä tässä näet tai kuulet</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Teksti:</translation>
    </message>
</context>
<context>
    <name>st::AnnotationLayer</name>
    <message>
        <source> · audible</source>
        <translation> · kuultavissa</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Merkinnät</translation>
    </message>
</context>
<context>
    <name>st::AnnotationModel</name>
    <message>
        <source>Open a clip to annotate it.</source>
        <translation>Avaa leike merkitäksesi sitä.</translation>
    </message>
    <message>
        <source>Not saved: %1 is not an item of an open case. These annotations are kept for this session only, until the clip is added to a case (export them as CSV to keep them).</source>
        <translation>Ei tallennettu: %1 ei ole avoimen tapauksen todiste. Nämä merkinnät säilytetään vain tämän istunnon ajan, kunnes leike lisätään tapaukseen (vie ne CSV-muodossa säilyttääksesi ne).</translation>
    </message>
    <message>
        <source>Saved in case %1 (item %2); every change is logged in its audit log.</source>
        <translation>Tallennettu tapaukseen %1 (todiste %2); jokainen muutos kirjataan sen tarkastuslokiin.</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Vain luku: %1</translation>
    </message>
    <message>
        <source>no clip is open</source>
        <translation>leikettä ei ole avattu</translation>
    </message>
    <message>
        <source>the case is read-only (%1): annotations are shown but cannot be changed</source>
        <translation>tapaus on vain luku -tilassa (%1): merkinnät näytetään, mutta niitä ei voi muuttaa</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>syytä ei annettu</translation>
    </message>
    <message>
        <source>this session</source>
        <translation>tämä istunto</translation>
    </message>
    <message>
        <source>annotation %1 does not exist</source>
        <translation>merkintää %1 ei ole olemassa</translation>
    </message>
    <message>
        <source>the clip is not an item of a writable case</source>
        <translation>leike ei ole kirjoitettavan tapauksen todiste</translation>
    </message>
    <message>
        <source>%1 (%2–%3 Hz)</source>
        <translation>%1 (%2–%3 Hz)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>%1 s to %2 s, %3, locality %4, %5%6%7</source>
        <translation>%1 s – %2 s, %3, paikallisuus %4, %5%6%7</translation>
    </message>
    <message>
        <source>audible</source>
        <translation>kuultavissa</translation>
    </message>
    <message>
        <source>not audible</source>
        <translation>ei kuultavissa</translation>
    </message>
    <message>
        <source>, by %1</source>
        <translation>, tekijä %1</translation>
    </message>
    <message>
        <source>Start (s)</source>
        <translation>Alku (s)</translation>
    </message>
    <message>
        <source>End (s)</source>
        <translation>Loppu (s)</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Tuntomerkki</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Paikallisuus</translation>
    </message>
    <message>
        <source>Audible</source>
        <translation>Kuultavissa</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teksti</translation>
    </message>
</context>
<context>
    <name>st::AnnotationPanel</name>
    <message>
        <source>Annotate selection...</source>
        <translation>Merkitse valinta...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Muokkaa...</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Import CSV...</source>
        <translation>Tuo CSV...</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>Vie CSV...</translation>
    </message>
    <message>
        <source>Annotate the selected time range (A)</source>
        <translation>Merkitse valittu aikaväli (A)</translation>
    </message>
    <message>
        <source>Edit the chosen annotation</source>
        <translation>Muokkaa valittua merkintää</translation>
    </message>
    <message>
        <source>Delete the chosen annotation (undoable)</source>
        <translation>Poista valittu merkintä (voidaan kumota)</translation>
    </message>
    <message>
        <source>Import annotations of this clip from a CSV (case format)</source>
        <translation>Tuo tämän leikkeen merkinnät CSV-tiedostosta (tapauksen muoto)</translation>
    </message>
    <message numerus="yes">
        <source>Add the %n annotation(s) made before this clip was in the case</source>
        <translation>
            <numerusform>Lisää %n merkintä, joka tehtiin ennen kuin leike oli tapauksessa</numerusform>
            <numerusform>Lisää %n merkintää, jotka tehtiin ennen kuin leike oli tapauksessa</numerusform>
        </translation>
    </message>
    <message>
        <source>They were kept for this session only; this stores them in the case (each logged).</source>
        <translation>Ne säilytettiin vain tämän istunnon ajan; tämä tallentaa ne tapaukseen (kukin kirjataan).</translation>
    </message>
    <message numerus="yes">
        <source>Stored %n session annotation(s) in the case.</source>
        <translation>
            <numerusform>Tallennettiin %n istunnon merkintä tapaukseen.</numerusform>
            <numerusform>Tallennettiin %n istunnon merkintää tapaukseen.</numerusform>
        </translation>
    </message>
    <message>
        <source>annotation %1 does not exist</source>
        <translation>merkintää %1 ei ole olemassa</translation>
    </message>
    <message>
        <source>Imported %1 annotation(s) from %2 into the case (logged).</source>
        <translation>Tuotiin %1 merkintää tiedostosta %2 tapaukseen (kirjattu).</translation>
    </message>
    <message>
        <source>Nothing imported:
%1</source>
        <translation>Mitään ei tuotu:
%1</translation>
    </message>
    <message>
        <source>%1: none of its %2 row(s) is for this clip (SHA-256 %3): nothing imported</source>
        <translation>%1: yksikään sen %2 rivistä ei koske tätä leikettä (SHA-256 %3): mitään ei tuotu</translation>
    </message>
    <message>
        <source>import %1 annotation(s) from %2</source>
        <translation>tuo %1 merkintää tiedostosta %2</translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation>Mitään ei tuotu: %1</translation>
    </message>
    <message>
        <source>Imported %1 annotation(s); %2 row(s) for other evidence skipped.</source>
        <translation>Tuotiin %1 merkintää; %2 muita todisteita koskevaa riviä ohitettiin.</translation>
    </message>
    <message>
        <source>Imported %1 annotation(s).</source>
        <translation>Tuotiin %1 merkintää.</translation>
    </message>
    <message>
        <source>cannot write the annotations CSV: %1</source>
        <translation>merkintöjen CSV-tiedostoa ei voi kirjoittaa: %1</translation>
    </message>
    <message>
        <source>no clip is open</source>
        <translation>leikettä ei ole avattu</translation>
    </message>
    <message>
        <source>Wrote %1 annotation(s) to %2.</source>
        <translation>Kirjoitettiin %1 merkintää tiedostoon %2.</translation>
    </message>
    <message>
        <source>The explanation&apos;s attribution is zero everywhere: no shares.</source>
        <translation>Selityksen attribuutio on kaikkialla nolla: ei osuuksia.</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>outside every annotation %1 %</source>
        <translation>kaikkien merkintöjen ulkopuolella %1 %</translation>
    </message>
    <message>
        <source>Run an explanation (Explain dock) to see how much of its attribution lies in each cue type&apos;s regions.</source>
        <translation>Suorita selitys (Selitys-telakka) nähdäksesi, kuinka suuri osa sen attribuutiosta on kunkin tuntomerkkityypin alueilla.</translation>
    </message>
    <message>
        <source>Share of |attribution| per cue%1: %2</source>
        <translation>|Attribuution| osuus tuntomerkeittäin%1: %2</translation>
    </message>
</context>
<context>
    <name>st::ArtefactStats</name>
    <message>
        <source>cannot read: %1</source>
        <translation>ei voi lukea: %1</translation>
    </message>
    <message>
        <source>not a JSON object: %1</source>
        <translation>ei JSON-olio: %1</translation>
    </message>
    <message>
        <source>format is not &quot;sourcetrace-attribution&quot;</source>
        <translation>muoto ei ole &quot;sourcetrace-attribution&quot;</translation>
    </message>
    <message>
        <source>evidence.sampleRate is missing or not a positive whole number</source>
        <translation>evidence.sampleRate puuttuu tai ei ole positiivinen kokonaisluku</translation>
    </message>
    <message>
        <source>frames.frameSamples is missing or not a positive whole number</source>
        <translation>frames.frameSamples puuttuu tai ei ole positiivinen kokonaisluku</translation>
    </message>
    <message>
        <source>expected one dimension [samples], found %1</source>
        <translation>odotettiin yhtä ulottuvuutta [samples], löytyi %1</translation>
    </message>
    <message>
        <source>no samples</source>
        <translation>ei näytteitä</translation>
    </message>
    <message>
        <source>%1 samples, but report.json says evidence.samples = %2</source>
        <translation>%1 näytettä, mutta report.json ilmoittaa evidence.samples = %2</translation>
    </message>
    <message>
        <source>expected shape [3, frames]</source>
        <translation>odotettiin muotoa [3, frames]</translation>
    </message>
    <message>
        <source>%1 frames, but %2 samples in frames of %3 make %4</source>
        <translation>%1 kehystä, mutta %2 näytettä %3 näytteen kehyksinä tekee %4</translation>
    </message>
    <message>
        <source>shape or report.json tfMap (fftSize, hop, bins) do not fit together</source>
        <translation>muoto ja report.json-tiedoston tfMap (fftSize, hop, bins) eivät sovi yhteen</translation>
    </message>
    <message>
        <source>the explanations folder does not exist</source>
        <translation>selityskansiota ei ole olemassa</translation>
    </message>
    <message>
        <source>%1: no explanation folder (looked for %2/&lt;id&gt;/report.json)</source>
        <translation>%1: ei selityskansiota (etsittiin %2/&lt;id&gt;/report.json)</translation>
    </message>
    <message>
        <source>none of the protocol&apos;s %1 clips has a readable explanation (%2)</source>
        <translation>yhdelläkään protokollan %1 leikkeestä ei ole luettavaa selitystä (%2)</translation>
    </message>
    <message>
        <source>clip &apos;%1&apos; is not in the protocol</source>
        <translation>leike &apos;%1&apos; ei ole protokollassa</translation>
    </message>
    <message>
        <source>no explained clip of the protocol has SHA-256 %1 (its report.json&apos;s evidence.sha256)</source>
        <translation>millään protokollan selitetyllä leikkeellä ei ole SHA-256-tiivistettä %1 (sen report.json-tiedoston evidence.sha256)</translation>
    </message>
    <message>
        <source>the region starts at %1 s, at or after the end of clip &apos;%2&apos; (%3 s)</source>
        <translation>alue alkaa kohdasta %1 s, leikkeen &apos;%2&apos; lopussa tai sen jälkeen (%3 s)</translation>
    </message>
</context>
<context>
    <name>st::ArtefactStatsDialog</name>
    <message>
        <source>Artefact statistics</source>
        <translation>Artefaktitilastot</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Selaa...</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protokolla:</translation>
    </message>
    <message>
        <source>Protocols (*.tsv *.txt *.csv);;All files (*)</source>
        <translation>Protokollat (*.tsv *.txt *.csv);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>The clips and their labels (bona fide / spoof), any format evaluate reads</source>
        <translation>Leikkeet ja niiden nimiöt (bona fide / spoof), mikä tahansa evaluaten lukema muoto</translation>
    </message>
    <message>
        <source>Annotations CSV:</source>
        <translation>Merkintöjen CSV:</translation>
    </message>
    <message>
        <source>CSV (*.csv);;All files (*)</source>
        <translation>CSV (*.csv);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>The case annotations CSV layout; first column evidence_sha256 or file (the protocol&apos;s file id)</source>
        <translation>Tapauksen merkintöjen CSV-muoto; ensimmäinen sarake evidence_sha256 tai file (protokollan tiedostotunnus)</translation>
    </message>
    <message>
        <source>Explanations folder:</source>
        <translation>Selityskansio:</translation>
    </message>
    <message>
        <source>One folder per clip as `explain --out` writes it (named by the file id), or an explain --protocol job folder</source>
        <translation>Yksi kansio leikettä kohden sellaisena kuin `explain --out` sen kirjoittaa (nimettynä tiedostotunnuksella) tai explain --protocol -työn kansio</translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation>&amp;Laske</translation>
    </message>
    <message>
        <source>Skipped clips and refused annotation rows appear here.</source>
        <translation>Ohitetut leikkeet ja hylätyt merkintärivit näkyvät tässä.</translation>
    </message>
    <message>
        <source>Export &amp;table (TSV)...</source>
        <translation>Vie &amp;taulukko (TSV)...</translation>
    </message>
    <message>
        <source>Export &amp;chart (PNG)...</source>
        <translation>Vie &amp;kaavio (PNG)...</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Vie taulukko</translation>
    </message>
    <message>
        <source>TSV (*.tsv)</source>
        <translation>TSV (*.tsv)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Vie kaavio</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>Explanations folder</source>
        <translation>Selityskansio</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Valitse tiedosto</translation>
    </message>
    <message>
        <source>Choose the protocol, the annotations CSV and the explanations folder.</source>
        <translation>Valitse protokolla, merkintöjen CSV ja selityskansio.</translation>
    </message>
    <message>
        <source>%1 of %2 clips used (%3 bona fide, %4 spoof), %5 skipped; %6 annotations used, %7 refused.</source>
        <translation>%1/%2 leikettä käytetty (%3 aitoa, %4 väärennettyä), %5 ohitettu; %6 merkintää käytetty, %7 hylätty.</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Tuntomerkki</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Alueet</translation>
    </message>
    <message>
        <source>Clips (bona fide / spoof)</source>
        <translation>Leikkeet (aidot / väärennetyt)</translation>
    </message>
    <message>
        <source>Time share</source>
        <translation>Aikaosuus</translation>
    </message>
    <message>
        <source>Attribution share</source>
        <translation>Attribuutio-osuus</translation>
    </message>
    <message>
        <source>Per clip</source>
        <translation>Leikettä kohden</translation>
    </message>
    <message>
        <source>Enrichment</source>
        <translation>Rikastuma</translation>
    </message>
    <message>
        <source>r mean ± sd (n)</source>
        <translation>r keskiarvo ± kh (n)</translation>
    </message>
    <message>
        <source>r pooled</source>
        <translation>r yhdistetty</translation>
    </message>
    <message>
        <source>EER presence</source>
        <translation>EER esiintyminen</translation>
    </message>
    <message>
        <source>EER coverage</source>
        <translation>EER kattavuus</translation>
    </message>
    <message>
        <source>Band boxes: TF share / area (n)</source>
        <translation>Kaistalaatikot: TF-osuus / pinta-ala (n)</translation>
    </message>
    <message>
        <source>share</source>
        <translation>osuus</translation>
    </message>
    <message>
        <source>%1: enrichment %2, r %3 (pooled %4), EER presence %5, coverage %6</source>
        <translation>%1: rikastuma %2, r %3 (yhdistetty %4), EER esiintyminen %5, kattavuus %6</translation>
    </message>
    <message>
        <source>time share</source>
        <translation>aikaosuus</translation>
    </message>
    <message>
        <source>attribution share (pooled)</source>
        <translation>attribuutio-osuus (yhdistetty)</translation>
    </message>
    <message>
        <source>attribution share (mean per clip)</source>
        <translation>attribuutio-osuus (leikekohtainen keskiarvo)</translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation>ohitettiin %1</translation>
    </message>
    <message>
        <source>not used: %1</source>
        <translation>ei käytetty: %1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>–</translation>
    </message>
    <message>
        <source>nothing to export: compute the statistics first</source>
        <translation>ei mitään vietävää: laske tilastot ensin</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>ei voi kirjoittaa: %1</translation>
    </message>
    <message>
        <source>cannot write the PNG</source>
        <translation>PNG-kuvaa ei voi kirjoittaa</translation>
    </message>
</context>
<context>
    <name>st::AttributionColourKey</name>
    <message>
        <source>Map over the spectrogram: the model&apos;s feature bins (filterbank bands, drawn at the frequencies the baseline file gives), %1 per bin and frame: right (%2) %3, left (%4) %5</source>
        <translation>Kartta spektrogrammin päällä: mallin piirrelokerot (suodinpankin kaistat, piirretty perustasotiedoston antamille taajuuksille), %1 lokeroa ja kehystä kohden: oikea (%2) %3, vasen (%4) %5</translation>
    </message>
    <message>
        <source>Map over the spectrogram: |attribution| in %1 per time-frequency bin</source>
        <translation>Kartta spektrogrammin päällä: |attribuutio| yksikössä %1 aika-taajuuslokeroa kohden</translation>
    </message>
    <message>
        <source>Map over the spectrogram, %1 per time-frequency bin: right (%2) %3, left (%4) %5%6</source>
        <translation>Kartta spektrogrammin päällä, %1 aika-taajuuslokeroa kohden: oikea (%2) %3, vasen (%4) %5%6</translation>
    </message>
    <message>
        <source>Waveform tint, %1 per %2 ms feature frame (the sum over the frame&apos;s feature bins; per frame, not per sample: feature-space IG has no per-sample attributions): right (vermillion) %3, left (blue) %4</source>
        <translation>Aaltomuodon sävytys, %1 %2 ms:n piirrekehystä kohden (summa kehyksen piirrelokeroiden yli; kehystä, ei näytettä kohden: piirreavaruuden IG:llä ei ole näytekohtaisia attribuutioita): oikea (punaoranssi) %3, vasen (sininen) %4</translation>
    </message>
    <message>
        <source>Waveform tint, %1 per %2 ms frame (the sum of the per-sample attributions): right (vermillion) %3, left (blue) %4</source>
        <translation>Aaltomuodon sävytys, %1 %2 ms:n kehystä kohden (näytekohtaisten attribuutioiden summa): oikea (punaoranssi) %3, vasen (sininen) %4</translation>
    </message>
    <message>
        <source>ticks: %1 %2 per bin</source>
        <translation>asteikkomerkit: %1 %2 lokeroa kohden</translation>
    </message>
    <message>
        <source>share of the change of the score: %1</source>
        <translation>osuus pistemäärän muutoksesta: %1</translation>
    </message>
    <message>
        <source>Map %1</source>
        <translation>Kartta %1</translation>
    </message>
    <message>
        <source>Waveform %1</source>
        <translation>Aaltomuoto %1</translation>
    </message>
</context>
<context>
    <name>st::AttributionData</name>
    <message>
        <source>stale: %1</source>
        <translation>vanhentunut: %1</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>kosini</translation>
    </message>
    <message>
        <source>logit</source>
        <translation>logitti</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>–</translation>
    </message>
    <message>
        <source>clipped at the %1 percentile of |a| = %2 %3 per bin (%4 of the change of the score); stronger values are drawn at full strength</source>
        <translation>leikattu |a|:n %1 persentiilissä = %2 %3 lokeroa kohden (%4 pistemäärän muutoksesta); voimakkaammat arvot piirretään täydellä voimakkuudella</translation>
    </message>
    <message>
        <source>clipped at the %1 percentile of |a| = %2 %3 per %4 ms frame (%5 of the change of the score)</source>
        <translation>leikattu |a|:n %1 persentiilissä = %2 %3 %4 ms:n kehystä kohden (%5 pistemäärän muutoksesta)</translation>
    </message>
    <message>
        <source>%1th</source>
        <comment>ordinal number (percentile)</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1st</source>
        <comment>ordinal number (percentile)</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1nd</source>
        <comment>ordinal number (percentile)</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1rd</source>
        <comment>ordinal number (percentile)</comment>
        <translation>%1.</translation>
    </message>
</context>
<context>
    <name>st::AttributionHeatmapLayer</name>
    <message>
        <source>vermillion</source>
        <translation>punaoranssi</translation>
    </message>
    <message>
        <source>red</source>
        <translation>punainen</translation>
    </message>
    <message>
        <source>magenta</source>
        <translation>magenta</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>sininen</translation>
    </message>
    <message>
        <source>sky blue</source>
        <translation>taivaansininen</translation>
    </message>
    <message>
        <source>cyan</source>
        <translation>syaani</translation>
    </message>
    <message>
        <source>deep blue</source>
        <translation>tummansininen</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>keltainen</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Etumerkillinen</translation>
    </message>
    <message>
        <source>Absolute</source>
        <translation>Itseisarvo</translation>
    </message>
    <message>
        <source>Positive only</source>
        <translation>Vain positiiviset</translation>
    </message>
    <message>
        <source>Negative only</source>
        <translation>Vain negatiiviset</translation>
    </message>
    <message>
        <source>|a|</source>
        <translation>|a|</translation>
    </message>
    <message>
        <source>spoof</source>
        <translation>väärennös</translation>
    </message>
    <message>
        <source>for</source>
        <translation>puolesta</translation>
    </message>
    <message>
        <source>bona fide</source>
        <translation>aito</translation>
    </message>
    <message>
        <source>against</source>
        <translation>vastaan</translation>
    </message>
    <message>
        <source>%1 per bin, clip %2th pct</source>
        <translation>%1 lokeroa kohden, leikkaus %2. persentiilissä</translation>
    </message>
    <message>
        <source>attribution map %1 at %2</source>
        <translation>attribuutiokartta %1 kohdassa %2</translation>
    </message>
    <message>
        <source>Attribution map</source>
        <translation>Attribuutiokartta</translation>
    </message>
</context>
<context>
    <name>st::AttributionLayer</name>
    <message>
        <source>attribution %1 (|a| %2): %3</source>
        <translation>attribuutio %1 (|a| %2): %3</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Attribuutio</translation>
    </message>
</context>
<context>
    <name>st::AttributionMaps</name>
    <message>
        <source>attribution frames need a positive length (got %1 ms)</source>
        <translation>attribuutiokehyksillä on oltava positiivinen pituus (saatiin %1 ms)</translation>
    </message>
    <message>
        <source>the attribution map needs the input minus baseline of the same length (%1 and %2 samples)</source>
        <translation>attribuutiokartta tarvitsee yhtä pitkät syötteen ja perustason erotuksen (%1 ja %2 näytettä)</translation>
    </message>
    <message>
        <source>voice activity frames need at least one sample</source>
        <translation>puheaktiivisuuskehyksissä on oltava vähintään yksi näyte</translation>
    </message>
    <message>
        <source>band shares need a linear-frequency attribution map</source>
        <translation>kaistaosuudet vaativat lineaarisen taajuusasteikon attribuutiokartan</translation>
    </message>
</context>
<context>
    <name>st::AttributionReport</name>
    <message>
        <source>the clip (%1 samples) and its attributions (%2) differ in length</source>
        <translation>leike (%1 näytettä) ja sen attribuutiot (%2) ovat eripituiset</translation>
    </message>
    <message>
        <source>cannot create the output folder</source>
        <translation>tuloskansiota ei voi luoda</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>ei voi kirjoittaa: %1</translation>
    </message>
</context>
<context>
    <name>st::AttributionTarget</name>
    <message>
        <source>unknown attribution target &quot;%1&quot;: use logit:K (class index K), bonafide, margin, or a fingerprint (cosine similarity)</source>
        <translation>tuntematon attribuution kohde &quot;%1&quot;: käytä arvoa logit:K (luokkaindeksi K), bonafide, margin tai sormenjälkeä (kosinisamankaltaisuus)</translation>
    </message>
    <message>
        <source>model %1 is not a detector (no bona fide class): name a class with logit:K (0..%2)</source>
        <translation>malli %1 ei ole tunnistin (ei bona fide -luokkaa): nimeä luokka muodossa logit:K (0..%2)</translation>
    </message>
    <message>
        <source>logit:%1 is out of range: model %2 has %3 classes (0..%4)</source>
        <translation>logit:%1 on alueen ulkopuolella: mallissa %2 on %3 luokkaa (0..%4)</translation>
    </message>
    <message>
        <source>the margin target needs a two-class detector; model %1 has %2 classes: use logit:K</source>
        <translation>kohde margin vaatii kaksiluokkaisen tunnistimen; mallissa %1 on %2 luokkaa: käytä arvoa logit:K</translation>
    </message>
    <message>
        <source>the fingerprint &quot;%1&quot; has %2 values but model %3 makes %4-d embeddings</source>
        <translation>sormenjäljessä &quot;%1&quot; on %2 arvoa, mutta malli %3 tuottaa %4-ulotteisia upotuksia</translation>
    </message>
    <message>
        <source>the fingerprint &quot;%1&quot; has a value that is not finite</source>
        <translation>sormenjäljessä &quot;%1&quot; on arvo, joka ei ole äärellinen</translation>
    </message>
    <message>
        <source>the fingerprint &quot;%1&quot; is all zeros: a cosine similarity is undefined</source>
        <translation>sormenjälki &quot;%1&quot; on pelkkiä nollia: kosinisamankaltaisuutta ei ole määritelty</translation>
    </message>
</context>
<context>
    <name>st::AudioDocument</name>
    <message>
        <source>%1: decoding failed</source>
        <translation>%1: dekoodaus epäonnistui</translation>
    </message>
    <message>
        <source>Waveform overview of %1</source>
        <translation>Aaltomuodon yleiskuva: %1</translation>
    </message>
    <message>
        <source>Waveform overview of %1, channel %2</source>
        <translation>Aaltomuodon yleiskuva: %1, kanava %2</translation>
    </message>
    <message>
        <source>Levels of %1</source>
        <translation>Tasot: %1</translation>
    </message>
    <message>
        <source>SHA-256 of %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>peruttu</translation>
    </message>
    <message>
        <source>no channel %1 (the file has %2 channel(s); use 1 to %2 or the mix-down)</source>
        <translation>ei kanavaa %1 (tiedostossa on %2 kanava(a); käytä arvoja 1–%2 tai alasmiksausta)</translation>
    </message>
</context>
<context>
    <name>st::AudioFile</name>
    <message>
        <source>unsupported or unrecognised audio format (libsndfile: %1); supported: WAV, FLAC, OGG/Vorbis, OGG/Opus, MP3 and the other formats of libsndfile</source>
        <translation>ei tuettu tai tunnistamaton äänimuoto (libsndfile: %1); tuetut: WAV, FLAC, OGG/Vorbis, OGG/Opus, MP3 ja libsndfilen muut muodot</translation>
    </message>
    <message>
        <source>unsupported audio encoding (libsndfile: %1)</source>
        <translation>ei tuettu äänen koodaus (libsndfile: %1)</translation>
    </message>
    <message>
        <source>cannot be opened (%1)</source>
        <translation>ei voi avata (%1)</translation>
    </message>
    <message>
        <source>corrupt or truncated header (libsndfile: %1)</source>
        <translation>vioittunut tai katkennut otsake (libsndfile: %1)</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>tiedostoa ei löydy</translation>
    </message>
    <message>
        <source>cannot be opened: a symbolic link on the path points back at itself (a link loop)</source>
        <translation>ei voi avata: polun symbolinen linkki osoittaa takaisin itseensä (linkkisilmukka)</translation>
    </message>
    <message>
        <source>permission denied: no read permission on the file, or no search (x) permission on one of the folders of its path</source>
        <translation>pääsy estetty: tiedostoon ei ole lukuoikeutta tai johonkin sen polun kansioista ei ole hakuoikeutta (x)</translation>
    </message>
    <message>
        <source>the path is too long for the system (%1 bytes; at most %2 in all and 255 per name)</source>
        <translation>polku on järjestelmälle liian pitkä (%1 tavua; enintään %2 yhteensä ja 255 nimeä kohden)</translation>
    </message>
    <message>
        <source>cannot be opened: a part of the path that should be a folder is a file</source>
        <translation>ei voi avata: osa polusta, jonka pitäisi olla kansio, on tiedosto</translation>
    </message>
    <message>
        <source>cannot be opened: too many open files</source>
        <translation>ei voi avata: liian monta avointa tiedostoa</translation>
    </message>
    <message>
        <source>is a folder, not an audio file</source>
        <translation>on kansio, ei äänitiedosto</translation>
    </message>
    <message>
        <source>is a FIFO (named pipe), not a regular file: evidence must be a file that can be read twice and hashed; copy the stream into a file first</source>
        <translation>on FIFO (nimetty putki), ei tavallinen tiedosto: todisteen on oltava tiedosto, joka voidaan lukea kahdesti ja tiivistää; kopioi virta ensin tiedostoon</translation>
    </message>
    <message>
        <source>is a device, not a regular file: copy the recording into a file first</source>
        <translation>on laite, ei tavallinen tiedosto: kopioi tallenne ensin tiedostoon</translation>
    </message>
    <message>
        <source>is a socket, not a regular file</source>
        <translation>on pistoke (socket), ei tavallinen tiedosto</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>ei ole tavallinen tiedosto</translation>
    </message>
    <message>
        <source>cannot seek to frame %1 (libsndfile: %2)</source>
        <translation>kehykseen %1 ei voi siirtyä (libsndfile: %2)</translation>
    </message>
    <message>
        <source>decoding stopped at frame %1 while skipping to frame %2: the file is truncated or corrupt</source>
        <translation>dekoodaus pysähtyi kehyksessä %1 siirryttäessä kehykseen %2: tiedosto on katkennut tai vioittunut</translation>
    </message>
    <message>
        <source>decoding failed at frame %1 of %2: the file is truncated or corrupt%3</source>
        <translation>dekoodaus epäonnistui kehyksessä %1 / %2: tiedosto on katkennut tai vioittunut%3</translation>
    </message>
    <message>
        <source>sample %1 of channel %2 is NaN: the float data is corrupt</source>
        <translation>kanavan %2 näyte %1 on NaN: liukulukudata on vioittunut</translation>
    </message>
    <message>
        <source>sample %1 of channel %2 is infinite: the float data is corrupt</source>
        <translation>kanavan %2 näyte %1 on ääretön: liukulukudata on vioittunut</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>tiedostonimeä ei annettu</translation>
    </message>
    <message>
        <source>file is empty (0 bytes)</source>
        <translation>tiedosto on tyhjä (0 tavua)</translation>
    </message>
    <message>
        <source>corrupt header: sample rate %1 Hz</source>
        <translation>vioittunut otsake: näytteenottotaajuus %1 Hz</translation>
    </message>
    <message>
        <source>the header gives a sample rate of %1 Hz, outside the range SourceTrace accepts (%2 to %3 Hz): the header is corrupt or the file is not a recording</source>
        <translation>otsakkeen mukaan näytteenottotaajuus on %1 Hz, mikä on SourceTracen hyväksymän välin (%2–%3 Hz) ulkopuolella: otsake on vioittunut tai tiedosto ei ole tallenne</translation>
    </message>
    <message>
        <source>corrupt header: %1 channels</source>
        <translation>vioittunut otsake: %1 kanavaa</translation>
    </message>
    <message>
        <source>the header gives %1 channels, more than the %2 SourceTrace accepts: the header is corrupt</source>
        <translation>otsakkeen mukaan kanavia on %1, enemmän kuin SourceTracen hyväksymät %2: otsake on vioittunut</translation>
    </message>
    <message>
        <source>contains no audio samples (0 frames)</source>
        <translation>ei sisällä ääninäytteitä (0 kehystä)</translation>
    </message>
    <message>
        <source>contains no decodable audio (the header gives no length)</source>
        <translation>ei sisällä dekoodattavaa ääntä (otsake ei kerro pituutta)</translation>
    </message>
    <message>
        <source>contains no decodable audio (the header claims %1 frames in %2 bytes)</source>
        <translation>ei sisällä dekoodattavaa ääntä (otsake ilmoittaa %1 kehystä %2 tavussa)</translation>
    </message>
    <message>
        <source>decodes to more frames than %1 bytes can hold: the file is corrupt</source>
        <translation>dekoodautuu useammaksi kehykseksi kuin %1 tavuun mahtuu: tiedosto on vioittunut</translation>
    </message>
    <message>
        <source>the container gives no length (the file may be cut short); %1 frames were decoded and are used</source>
        <translation>säiliö ei kerro pituutta (tiedosto voi olla katkaistu); %1 kehystä dekoodattiin ja käytetään</translation>
    </message>
    <message>
        <source>the header claims %1 frames, which %2 bytes cannot hold; %3 frames were decoded and are used</source>
        <translation>otsake ilmoittaa %1 kehystä, jotka eivät mahdu %2 tavuun; %3 kehystä dekoodattiin ja käytetään</translation>
    </message>
    <message>
        <source>header field disagrees with the file (%1): the file may be truncated or edited</source>
        <translation>otsakkeen kenttä on ristiriidassa tiedoston kanssa (%1): tiedosto voi olla katkaistu tai muokattu</translation>
    </message>
    <message numerus="yes">
        <source>channel %1 does not exist (the file has %n channel(s))</source>
        <translation>
            <numerusform>kanavaa %1 ei ole (tiedostossa on %n kanava)</numerusform>
            <numerusform>kanavaa %1 ei ole (tiedostossa on %n kanavaa)</numerusform>
        </translation>
    </message>
    <message>
        <source>decoding the whole recording (%1 s at %2 Hz)</source>
        <translation>koko tallenteen dekoodaus (%1 s, %2 Hz)</translation>
    </message>
    <message>
        <source>decoding the whole recording (%1 s)</source>
        <translation>koko tallenteen dekoodaus (%1 s)</translation>
    </message>
    <message>
        <source>analyse it in windows (detect --timeline, --policy sliding-windows) or a part of it</source>
        <translation>analysoi se ikkunoissa (detect --timeline, --policy sliding-windows) tai osa siitä</translation>
    </message>
</context>
<context>
    <name>st::AuditLog</name>
    <message>
        <source>an empty user name (every change is signed with the examiner&apos;s name)</source>
        <translation>tyhjä käyttäjänimi (jokainen muutos allekirjoitetaan tutkijan nimellä)</translation>
    </message>
    <message>
        <source>a user name of %1 characters (at most 200)</source>
        <translation>%1 merkin käyttäjänimi (enintään 200)</translation>
    </message>
    <message>
        <source>a user name with a control character (a newline or tab) or invalid Unicode: &apos;%1&apos;</source>
        <translation>käyttäjänimessä on ohjausmerkki (rivinvaihto tai sarkain) tai virheellistä Unicodea: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the audit log is empty (a case always starts with its case.created entry)</source>
        <translation>tarkastusloki on tyhjä (tapaus alkaa aina merkinnällään case.created)</translation>
    </message>
    <message>
        <source>entry 1 is missing: the log starts at entry %1</source>
        <translation>merkintä 1 puuttuu: loki alkaa merkinnästä %1</translation>
    </message>
    <message>
        <source>entry %1 is missing: entry %2 follows entry %3</source>
        <translation>merkintä %1 puuttuu: merkinnän %3 jälkeen tulee merkintä %2</translation>
    </message>
    <message>
        <source>entry %1 is out of order or repeated (seq %2 where %1 was expected)</source>
        <translation>merkintä %1 on väärässä järjestyksessä tai toistuu (seq %2, kun odotettiin %1)</translation>
    </message>
    <message>
        <source>entry %1 does not link to the entry before it (prevHash %2, expected %3)</source>
        <translation>merkintä %1 ei linkity edeltävään merkintään (prevHash %2, odotettiin %3)</translation>
    </message>
    <message>
        <source>entry %1 has a malformed time &apos;%2&apos; (expected UTC ISO 8601 with milliseconds and Z)</source>
        <translation>merkinnässä %1 on virheellinen aika &apos;%2&apos; (odotettiin UTC-aikaa ISO 8601 -muodossa millisekunteineen ja Z-päätteineen)</translation>
    </message>
    <message>
        <source>entry %1 has %2</source>
        <translation>merkinnässä %1 on %2</translation>
    </message>
    <message>
        <source>entry %1 has an empty action or one with control characters</source>
        <translation>merkinnän %1 toiminto on tyhjä tai sisältää ohjausmerkkejä</translation>
    </message>
    <message>
        <source>entry %1&apos;s details are not the canonical JSON text of an object</source>
        <translation>merkinnän %1 tiedot eivät ole objektin kanoninen JSON-teksti</translation>
    </message>
    <message>
        <source>entry %1&apos;s hash is not 64 lower-case hex digits</source>
        <translation>merkinnän %1 tiiviste ei ole 64 pienellä kirjoitettua heksadesimaalinumeroa</translation>
    </message>
    <message>
        <source>entry %1 (%2) was changed: its content hashes to %3, the chain says %4</source>
        <translation>merkintää %1 (%2) on muutettu: sen sisällön tiiviste on %3, ketju sanoo %4</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>rivi %1: %2</translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>ei JSON-objekti (%1)</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>jokin muu JSON-arvo</translation>
    </message>
    <message>
        <source>fields %1, expected exactly %2</source>
        <translation>kentät %1, odotettiin täsmälleen %2</translation>
    </message>
    <message>
        <source>seq is not a positive integer</source>
        <translation>seq ei ole positiivinen kokonaisluku</translation>
    </message>
    <message>
        <source>%1 is not a string</source>
        <translation>%1 ei ole merkkijono</translation>
    </message>
    <message>
        <source>details is not a JSON object</source>
        <translation>details ei ole JSON-objekti</translation>
    </message>
    <message>
        <source>cannot read the audit log export: %1</source>
        <translation>tarkastuslokin vientitiedostoa ei voi lukea: %1</translation>
    </message>
    <message>
        <source>an audit log export of %1 bytes (over 1 GiB) is not one SourceTrace wrote</source>
        <translation>%1 tavun tarkastuslokin vientitiedosto (yli 1 GiB) ei ole SourceTracen kirjoittama</translation>
    </message>
</context>
<context>
    <name>st::Augment</name>
    <message>
        <source>RawBoost: unknown algorithm %1 (0..8)</source>
        <translation>RawBoost: tuntematon algoritmi %1 (0..8)</translation>
    </message>
    <message>
        <source>band-limit: the band %1..%2 Hz is empty</source>
        <translation>kaistanrajaus: kaista %1..%2 Hz on tyhjä</translation>
    </message>
</context>
<context>
    <name>st::AugmentJson</name>
    <message>
        <source>a boolean</source>
        <translation>totuusarvo</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>luku</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>merkkijono</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>taulukko</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>objekti</translation>
    </message>
    <message>
        <source>%1: unknown setting (known: %2)</source>
        <translation>%1: tuntematon asetus (tunnetut: %2)</translation>
    </message>
    <message>
        <source>%1: expected true or false, found %2</source>
        <translation>%1: odotettiin true tai false, löytyi %2</translation>
    </message>
    <message>
        <source>%1: expected a number, found %2</source>
        <translation>%1: odotettiin lukua, löytyi %2</translation>
    </message>
    <message>
        <source>%1: %2 is out of range [%3, %4]</source>
        <translation>%1: %2 on välin [%3, %4] ulkopuolella</translation>
    </message>
    <message>
        <source>%1: expected a whole number, found %2</source>
        <translation>%1: odotettiin kokonaislukua, löytyi %2</translation>
    </message>
    <message>
        <source>%1%2: %3 is above %1%4 (%5)</source>
        <translation>%1%2: %3 on suurempi kuin %1%4 (%5)</translation>
    </message>
    <message>
        <source>augment.rawboost: expected an object, found %1</source>
        <translation>augment.rawboost: odotettiin objektia, löytyi %1</translation>
    </message>
    <message>
        <source>augment.highCutMax: %1 Hz is above the Nyquist frequency (%2 Hz)</source>
        <translation>augment.highCutMax: %1 Hz on Nyquistin taajuuden (%2 Hz) yläpuolella</translation>
    </message>
    <message>
        <source>augment.rawboost.maxF: %1 Hz is above the Nyquist frequency (%2 Hz)</source>
        <translation>augment.rawboost.maxF: %1 Hz on Nyquistin taajuuden (%2 Hz) yläpuolella</translation>
    </message>
</context>
<context>
    <name>st::Baseline</name>
    <message>
        <source>the low-pass baseline needs an odd number of taps &gt;= 3 (got %1)</source>
        <translation>alipäästöperustaso tarvitsee parittoman määrän kertoimia &gt;= 3 (saatiin %1)</translation>
    </message>
    <message>
        <source>the low-pass cut-off must lie between 0 and the Nyquist frequency %1 Hz (got %2 Hz)</source>
        <translation>alipäästön rajataajuuden on oltava välillä 0 ja Nyquist-taajuus %1 Hz (saatiin %2 Hz)</translation>
    </message>
    <message>
        <source>the noise baseline needs at least one draw (got %1)</source>
        <translation>kohinaperustaso tarvitsee vähintään yhden arvonnan (saatiin %1)</translation>
    </message>
</context>
<context>
    <name>st::BatchLoader</name>
    <message>
        <source>not enough memory to decode the clip</source>
        <translation>muisti ei riitä leikkeen dekoodaukseen</translation>
    </message>
    <message>
        <source>batch loader: the batch size must be at least 1, not %1</source>
        <translation>eränlataaja: erän koon on oltava vähintään 1, ei %1</translation>
    </message>
    <message>
        <source>batch loader: the crop length must be at least 1 sample, not %1</source>
        <translation>eränlataaja: rajauksen pituuden on oltava vähintään 1 näyte, ei %1</translation>
    </message>
</context>
<context>
    <name>st::CaseAnalysis</name>
    <message>
        <source>the case&apos;s quality thresholds are not a JSON object (%1)</source>
        <translation>tapauksen laatukynnykset eivät ole JSON-objekti (%1)</translation>
    </message>
    <message>
        <source>the case is open read-only (%1): nothing can be analysed or stored; use Save As</source>
        <translation>tapaus on avattu vain luku -tilassa (%1): mitään ei voi analysoida eikä tallentaa; käytä Tallenna nimellä -toimintoa</translation>
    </message>
    <message>
        <source>evidence item %1 is not analysed: %2</source>
        <translation>todistetta %1 ei analysoida: %2</translation>
    </message>
    <message>
        <source>analysis %1: its stored result is not a JSON object (%2)</source>
        <translation>analyysi %1: sen tallennettu tulos ei ole JSON-objekti (%2)</translation>
    </message>
</context>
<context>
    <name>st::CaseAnnotations</name>
    <message>
        <source>storing an annotation of item %1</source>
        <translation>todisteen %1 merkinnän tallennus</translation>
    </message>
    <message>
        <source>reading annotation %1</source>
        <translation>merkinnän %1 luku</translation>
    </message>
    <message>
        <source>the case has no annotation %1</source>
        <translation>tapauksessa ei ole merkintää %1</translation>
    </message>
    <message>
        <source>adding an annotation</source>
        <translation>merkinnän lisääminen</translation>
    </message>
    <message>
        <source>invalid annotation: %1; nothing was stored</source>
        <translation>virheellinen merkintä: %1; mitään ei tallennettu</translation>
    </message>
    <message>
        <source>changing an annotation</source>
        <translation>merkinnän muuttaminen</translation>
    </message>
    <message>
        <source>annotation %1 belongs to item %2: it cannot move to item %3 (add a new one there)</source>
        <translation>merkintä %1 kuuluu todisteeseen %2: sitä ei voi siirtää todisteeseen %3 (lisää sinne uusi)</translation>
    </message>
    <message>
        <source>invalid annotation: %1; annotation %2 was not changed</source>
        <translation>virheellinen merkintä: %1; merkintää %2 ei muutettu</translation>
    </message>
    <message>
        <source>changing annotation %1</source>
        <translation>merkinnän %1 muuttaminen</translation>
    </message>
    <message>
        <source>removing an annotation</source>
        <translation>merkinnän poistaminen</translation>
    </message>
    <message>
        <source>removing annotation %1</source>
        <translation>merkinnän %1 poistaminen</translation>
    </message>
    <message>
        <source>listing annotations</source>
        <translation>merkintöjen luettelointi</translation>
    </message>
    <message>
        <source>a file of that name exists already (overwrite it explicitly, e.g. --force)</source>
        <translation>samanniminen tiedosto on jo olemassa (korvaa se nimenomaisesti, esim. --force)</translation>
    </message>
    <message>
        <source>cannot write the annotations CSV: %1</source>
        <translation>merkintöjen CSV-tiedostoa ei voi kirjoittaa: %1</translation>
    </message>
    <message>
        <source>importing annotations</source>
        <translation>merkintöjen tuonti</translation>
    </message>
    <message>
        <source>cannot read the annotations CSV: %1</source>
        <translation>merkintöjen CSV-tiedostoa ei voi lukea: %1</translation>
    </message>
    <message>
        <source>an annotations CSV over %1 MiB</source>
        <translation>merkintöjen CSV-tiedosto, joka on yli %1 MiB</translation>
    </message>
    <message>
        <source>no evidence item of this case has SHA-256 %1</source>
        <translation>tämän tapauksen millään todisteella ei ole SHA-256-tiivistettä %1</translation>
    </message>
    <message>
        <source>recording a report</source>
        <translation>raportin kirjaaminen</translation>
    </message>
    <message>
        <source>a report&apos;s SHA-256 must be 64 hex digits, not &apos;%1&apos;: nothing was recorded</source>
        <translation>raportin SHA-256-tiivisteen on oltava 64 heksadesimaalinumeroa, ei &apos;%1&apos;: mitään ei kirjattu</translation>
    </message>
    <message>
        <source>a report needs a file name and a format: nothing was recorded</source>
        <translation>raportti tarvitsee tiedostonimen ja muodon: mitään ei kirjattu</translation>
    </message>
    <message>
        <source>recording report %1</source>
        <translation>raportin %1 kirjaaminen</translation>
    </message>
    <message>
        <source>report %1 was recorded but cannot be read back</source>
        <translation>raportti %1 kirjattiin, mutta sitä ei voi lukea takaisin</translation>
    </message>
    <message>
        <source>cannot hash the report: %1</source>
        <translation>raportin tiivistettä ei voi laskea: %1</translation>
    </message>
    <message>
        <source>listing report versions</source>
        <translation>raporttiversioiden luettelointi</translation>
    </message>
</context>
<context>
    <name>st::CaseEvidence</name>
    <message>
        <source>item %1 (&apos;%2&apos;)</source>
        <translation>todiste %1 (&apos;%2&apos;)</translation>
    </message>
    <message>
        <source>this is the case file itself (or its journal), not evidence</source>
        <translation>tämä on itse tapaustiedosto (tai sen päiväkirja), ei todiste</translation>
    </message>
    <message>
        <source>storing the verification of item %1</source>
        <translation>todisteen %1 tarkistuksen tallennus</translation>
    </message>
    <message>
        <source>storing the state of item %1</source>
        <translation>todisteen %1 tilan tallennus</translation>
    </message>
    <message>
        <source>the analysis %1 are not valid JSON (%2 at offset %3): nothing was stored</source>
        <translation>analyysin tiedot (%1) eivät ole kelvollista JSONia (%2 kohdassa %3): mitään ei tallennettu</translation>
    </message>
    <message>
        <source>the analysis %1 must be a JSON object or array: nothing was stored</source>
        <translation>analyysin tietojen (%1) on oltava JSON-objekti tai -taulukko: mitään ei tallennettu</translation>
    </message>
    <message>
        <source>reading evidence item %1</source>
        <translation>todisteen %1 luku</translation>
    </message>
    <message>
        <source>the case has no evidence item %1</source>
        <translation>tapauksessa ei ole todistetta %1</translation>
    </message>
    <message>
        <source>adding evidence</source>
        <translation>todisteiden lisääminen</translation>
    </message>
    <message>
        <source>no such evidence file: nothing was added</source>
        <translation>todistetiedostoa ei ole: mitään ei lisätty</translation>
    </message>
    <message>
        <source>the intake was cancelled: nothing was added</source>
        <translation>vastaanotto peruttiin: mitään ei lisätty</translation>
    </message>
    <message>
        <source>%1: nothing was added</source>
        <translation>%1: mitään ei lisätty</translation>
    </message>
    <message>
        <source>looking for the same content</source>
        <translation>saman sisällön haku</translation>
    </message>
    <message>
        <source>the case already holds this content as %1, taken in from %2 (SHA-256 %3): nothing was added</source>
        <translation>tapauksessa on jo tämä sisältö todisteena %1, vastaanotettu tiedostosta %2 (SHA-256 %3): mitään ei lisätty</translation>
    </message>
    <message>
        <source>adding evidence %1</source>
        <translation>todisteen %1 lisääminen</translation>
    </message>
    <message>
        <source>listing the evidence</source>
        <translation>todisteiden luettelointi</translation>
    </message>
    <message>
        <source>looking up evidence by SHA-256</source>
        <translation>todisteiden haku SHA-256-tiivisteellä</translation>
    </message>
    <message>
        <source>the verification of %1 was cancelled</source>
        <translation>kohteen %1 tarkistus peruttiin</translation>
    </message>
    <message>
        <source>recording a verification</source>
        <translation>tarkistuksen kirjaaminen</translation>
    </message>
    <message>
        <source>recording the verification of item %1</source>
        <translation>todisteen %1 tarkistuksen kirjaaminen</translation>
    </message>
    <message>
        <source>recording verifications</source>
        <translation>tarkistusten kirjaaminen</translation>
    </message>
    <message>
        <source>reading the verifications of item %1</source>
        <translation>todisteen %1 tarkistusten luku</translation>
    </message>
    <message>
        <source>%1 is blocked: its last verification (%2) found it missing; it must not be analysed until it verifies again or is relocated to a file with the intake hash</source>
        <translation>%1 on estetty: sen viimeisin tarkistus (%2) totesi sen puuttuvan; sitä ei saa analysoida ennen kuin se taas läpäisee tarkistuksen tai se siirretään tiedostoon, jolla on vastaanoton tiiviste</translation>
    </message>
    <message>
        <source>%1 is blocked: its last verification (%2) found it changed (SHA-256 mismatch); it must not be analysed until it verifies again or is relocated to a file with the intake hash</source>
        <translation>%1 on estetty: sen viimeisin tarkistus (%2) totesi sen muuttuneen (SHA-256 ei täsmää); sitä ei saa analysoida ennen kuin se taas läpäisee tarkistuksen tai se siirretään tiedostoon, jolla on vastaanoton tiiviste</translation>
    </message>
    <message>
        <source>relocating evidence</source>
        <translation>todisteiden siirtäminen</translation>
    </message>
    <message>
        <source>cannot relocate %1 here: %2; nothing changed</source>
        <translation>kohdetta %1 ei voi siirtää tähän: %2; mitään ei muutettu</translation>
    </message>
    <message>
        <source>not the content of %1: its SHA-256 is %2, the intake hash is %3; the item was not relocated</source>
        <translation>ei kohteen %1 sisältö: sen SHA-256 on %2, vastaanoton tiiviste on %3; todistetta ei siirretty</translation>
    </message>
    <message>
        <source>relocating item %1</source>
        <translation>todisteen %1 siirtäminen</translation>
    </message>
    <message>
        <source>storing an analysis</source>
        <translation>analyysin tallennus</translation>
    </message>
    <message>
        <source>%1 did not verify at its last verification (%2): verify it before storing an analysis; nothing was stored</source>
        <translation>%1 ei läpäissyt viimeisintä tarkistustaan (%2): tarkista se ennen analyysin tallennusta; mitään ei tallennettu</translation>
    </message>
    <message>
        <source>the analysis was made of content with SHA-256 &apos;%1&apos;, not %2&apos;s intake hash %3: nothing was stored</source>
        <translation>analyysi tehtiin sisällöstä, jonka SHA-256 on &apos;%1&apos;, ei kohteen %2 vastaanoton tiivisteestä %3: mitään ei tallennettu</translation>
    </message>
    <message>
        <source>an analysis needs a kind (e.g. detection, tracing, full) of 1..100 characters without control characters: nothing was stored</source>
        <translation>analyysi tarvitsee lajin (esim. detection, tracing, full), jossa on 1..100 merkkiä ilman ohjausmerkkejä: mitään ei tallennettu</translation>
    </message>
    <message>
        <source>storing an analysis of item %1</source>
        <translation>todisteen %1 analyysin tallennus</translation>
    </message>
    <message>
        <source>listing analyses</source>
        <translation>analyysien luettelointi</translation>
    </message>
    <message>
        <source>reading analysis %1</source>
        <translation>analyysin %1 luku</translation>
    </message>
    <message>
        <source>the case has no analysis %1</source>
        <translation>tapauksessa ei ole analyysia %1</translation>
    </message>
    <message>
        <source>reading the latest analysis</source>
        <translation>viimeisimmän analyysin luku</translation>
    </message>
</context>
<context>
    <name>st::CaseFile</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 epäonnistui: %2</translation>
    </message>
    <message>
        <source>SQL failed (%1): %2</source>
        <translation>SQL epäonnistui (%1): %2</translation>
    </message>
    <message>
        <source>reading the audit log&apos;s head</source>
        <translation>tarkastuslokin pään luku</translation>
    </message>
    <message>
        <source>reading the audit log&apos;s last entry</source>
        <translation>tarkastuslokin viimeisen merkinnän luku</translation>
    </message>
    <message>
        <source>the audit log&apos;s last entry (seq %1) no longer matches its hash: the log was changed outside SourceTrace since the case was opened; nothing was written (`sourcetrace-cli case verify` says more)</source>
        <translation>tarkastuslokin viimeinen merkintä (seq %1) ei enää vastaa tiivistettään: lokia on muutettu SourceTracen ulkopuolella tapauksen avaamisen jälkeen; mitään ei kirjoitettu (`sourcetrace-cli case verify` kertoo lisää)</translation>
    </message>
    <message>
        <source>appending audit entry %1 (%2)</source>
        <translation>tarkastusmerkinnän %1 (%2) lisääminen</translation>
    </message>
    <message>
        <source>cannot open the case file: %1</source>
        <translation>tapaustiedostoa ei voi avata: %1</translation>
    </message>
    <message>
        <source>cannot switch the case to WAL mode (is it on a local disk?) %1</source>
        <translation>tapausta ei voi vaihtaa WAL-tilaan (onko se paikallisella levyllä?) %1</translation>
    </message>
    <message>
        <source>writing the case&apos;s %1</source>
        <translation>tapauksen tiedon %1 kirjoitus</translation>
    </message>
    <message>
        <source>reading the case&apos;s %1</source>
        <translation>tapauksen tiedon %1 luku</translation>
    </message>
    <message>
        <source>migration to case schema v%1 (%2) failed, nothing changed: %3</source>
        <translation>siirto tapauksen skeemaan v%1 (%2) epäonnistui, mitään ei muutettu: %3</translation>
    </message>
    <message>
        <source>recording schema v%1</source>
        <translation>skeeman v%1 kirjaaminen</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>tarkastuslokin luku</translation>
    </message>
    <message>
        <source>the audit log cannot be read: %1</source>
        <translation>tarkastuslokia ei voi lukea: %1</translation>
    </message>
    <message>
        <source>not a SourceTrace case: SQLite cannot read it as a database (%1)</source>
        <translation>ei SourceTrace-tapaus: SQLite ei voi lukea sitä tietokantana (%1)</translation>
    </message>
    <message>
        <source>not a readable SQLite database</source>
        <translation>ei luettava SQLite-tietokanta</translation>
    </message>
    <message>
        <source>cannot read the database schema (damaged?): %1</source>
        <translation>tietokannan skeemaa ei voi lukea (vioittunut?): %1</translation>
    </message>
    <message>
        <source>an empty database (or an empty file), not a SourceTrace case</source>
        <translation>tyhjä tietokanta (tai tyhjä tiedosto), ei SourceTrace-tapaus</translation>
    </message>
    <message>
        <source>not a SourceTrace case: an SQLite database without the case&apos;s application id</source>
        <translation>ei SourceTrace-tapaus: SQLite-tietokanta ilman tapauksen sovellustunnistetta</translation>
    </message>
    <message>
        <source>not a SourceTrace case: an SQLite database of another application (application_id 0x%1)</source>
        <translation>ei SourceTrace-tapaus: toisen sovelluksen SQLite-tietokanta (application_id 0x%1)</translation>
    </message>
    <message>
        <source>case schema version %1 is newer than this build understands (%2): use a newer SourceTrace</source>
        <translation>tapauksen skeemaversio %1 on uudempi kuin tämä versio ymmärtää (%2): käytä uudempaa SourceTracea</translation>
    </message>
    <message>
        <source>a SourceTrace case without a schema version (its creation was interrupted?)</source>
        <translation>SourceTrace-tapaus ilman skeemaversiota (keskeytyikö sen luonti?)</translation>
    </message>
    <message>
        <source>case schema v%1 is older than this build&apos;s v%2, and opening it read-only cannot migrate it: open it read-write once (this changes the file)</source>
        <translation>tapauksen skeema v%1 on vanhempi kuin tämän version v%2, eikä vain luku -tilassa avattua voi siirtää uuteen skeemaan: avaa se kerran luku- ja kirjoitustilassa (tämä muuttaa tiedostoa)</translation>
    </message>
    <message>
        <source>the case file is damaged: SQLite&apos;s quick_check reports %1</source>
        <translation>tapaustiedosto on vioittunut: SQLiten quick_check ilmoittaa %1</translation>
    </message>
    <message>
        <source>cannot read the columns of table %1: %2</source>
        <translation>taulun %1 sarakkeita ei voi lukea: %2</translation>
    </message>
    <message>
        <source>a damaged case: table &apos;%1&apos; is missing</source>
        <translation>vioittunut tapaus: taulu &apos;%1&apos; puuttuu</translation>
    </message>
    <message>
        <source>a damaged case: table &apos;%1&apos; has no column &apos;%2&apos;</source>
        <translation>vioittunut tapaus: taulussa &apos;%1&apos; ei ole saraketta &apos;%2&apos;</translation>
    </message>
    <message>
        <source>cannot list the triggers: %1</source>
        <translation>liipaisimia ei voi luetella: %1</translation>
    </message>
    <message>
        <source>the file holds a %1 &apos;%2&apos;, which a case never has (added outside SourceTrace)</source>
        <translation>tiedostossa on %1 &apos;%2&apos;, jollaista tapauksessa ei koskaan ole (lisätty SourceTracen ulkopuolella)</translation>
    </message>
    <message>
        <source>the append-only trigger &apos;%1&apos; is missing (removed outside SourceTrace)</source>
        <translation>vain lisäämisen salliva liipaisin &apos;%1&apos; puuttuu (poistettu SourceTracen ulkopuolella)</translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s), nothing was imported:</source>
        <translation>
            <numerusform>%n virheellinen rivi, mitään ei tuotu:</numerusform>
            <numerusform>%n virheellistä riviä, mitään ei tuotu:</numerusform>
        </translation>
    </message>
    <message>
        <source>the case file was replaced by another one since it was opened (its case id or creation time differ): open it again</source>
        <translation>tapaustiedosto on avaamisen jälkeen korvattu toisella (sen tapaustunniste tai luontiaika eroaa): avaa se uudelleen</translation>
    </message>
    <message>
        <source>internal error: no connection to the case is open</source>
        <translation>sisäinen virhe: yhteyttä tapaukseen ei ole avattu</translation>
    </message>
    <message>
        <source>the case is read-only (%1): %2 would change it</source>
        <translation>tapaus on vain luku -tilassa (%1): %2 muuttaisi sitä</translation>
    </message>
    <message>
        <source>cannot open the case for %1</source>
        <translation>tapausta ei voi avata toiminnolle %1</translation>
    </message>
    <message>
        <source>no such case file (make one with `sourcetrace-cli case new FILE --number N --examiner NAME`)</source>
        <translation>tapaustiedostoa ei ole (luo sellainen komennolla `sourcetrace-cli case new FILE --number N --examiner NAME`)</translation>
    </message>
    <message>
        <source>not a case file (a folder or a device)</source>
        <translation>ei tapaustiedosto (kansio tai laite)</translation>
    </message>
    <message>
        <source>opened read-only</source>
        <translation>avattu vain luku -tilassa</translation>
    </message>
    <message>
        <source>the case file is write-protected</source>
        <translation>tapaustiedosto on kirjoitussuojattu</translation>
    </message>
    <message>
        <source>the case file&apos;s folder is write-protected</source>
        <translation>tapaustiedoston kansio on kirjoitussuojattu</translation>
    </message>
    <message>
        <source>the case is in a read-only folder with an unapplied write-ahead log (%1-wal): copy the case and its -wal file to a writable folder first</source>
        <translation>tapaus on vain luku -kansiossa, ja sillä on soveltamaton write-ahead-loki (%1-wal): kopioi tapaus ja sen -wal-tiedosto ensin kirjoitettavaan kansioon</translation>
    </message>
    <message>
        <source>the schema migration</source>
        <translation>skeeman siirto</translation>
    </message>
    <message>
        <source>the audit log is broken at entry %1: %2</source>
        <translation>tarkastusloki on rikki merkinnän %1 kohdalla: %2</translation>
    </message>
    <message>
        <source>logging the opening</source>
        <translation>avaamisen kirjaaminen</translation>
    </message>
    <message>
        <source>cannot make a case for %1</source>
        <translation>tapausta ei voi luoda toiminnolle %1</translation>
    </message>
    <message>
        <source>a file of that name exists already: a case is never overwritten (choose another name)</source>
        <translation>samanniminen tiedosto on jo olemassa: tapausta ei koskaan korvata (valitse toinen nimi)</translation>
    </message>
    <message>
        <source>a case needs a case number and an examiner</source>
        <translation>tapaus tarvitsee tapausnumeron ja tutkijan</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>kansiota %1 ei ole</translation>
    </message>
    <message>
        <source>cannot put the new case in place (does a file of that name exist now?)</source>
        <translation>uutta tapausta ei voi siirtää paikalleen (onko samanniminen tiedosto nyt olemassa?)</translation>
    </message>
    <message>
        <source>setting the quality thresholds</source>
        <translation>laatukynnysten asettaminen</translation>
    </message>
    <message>
        <source>the quality thresholds must be a JSON object (or empty to clear them); nothing was stored</source>
        <translation>laatukynnysten on oltava JSON-objekti (tai tyhjä niiden poistamiseksi); mitään ei tallennettu</translation>
    </message>
    <message>
        <source>looking up an audit hash</source>
        <translation>tarkastustiivisteen haku</translation>
    </message>
    <message>
        <source>a file of that name exists already (overwrite it explicitly, e.g. --force)</source>
        <translation>samanniminen tiedosto on jo olemassa (korvaa se nimenomaisesti, esim. --force)</translation>
    </message>
    <message>
        <source>cannot write the audit log export: %1</source>
        <translation>tarkastuslokin vientitiedostoa ei voi kirjoittaa: %1</translation>
    </message>
    <message>
        <source>refusing to Save As a case whose audit log is broken (entry %1: %2); copy the file itself to preserve it as it is</source>
        <translation>Tallenna nimellä evätään tapaukselta, jonka tarkastusloki on rikki (merkintä %1: %2); kopioi itse tiedosto säilyttääksesi sen sellaisenaan</translation>
    </message>
    <message>
        <source>a file of that name exists already: Save As never overwrites (choose another name)</source>
        <translation>samanniminen tiedosto on jo olemassa: Tallenna nimellä ei koskaan korvaa (valitse toinen nimi)</translation>
    </message>
    <message>
        <source>copying the case to %1</source>
        <translation>tapauksen kopiointi kohteeseen %1</translation>
    </message>
    <message>
        <source>the copy does not verify (%1): nothing was saved</source>
        <translation>kopio ei läpäise tarkistusta (%1): mitään ei tallennettu</translation>
    </message>
    <message>
        <source>its audit head differs from the original&apos;s</source>
        <translation>sen tarkastuslokin pää eroaa alkuperäisen päästä</translation>
    </message>
    <message>
        <source>logging the Save As</source>
        <translation>Tallenna nimellä -toiminnon kirjaaminen</translation>
    </message>
    <message>
        <source>the copy&apos;s audit log does not verify (%1): nothing was saved</source>
        <translation>kopion tarkastusloki ei läpäise tarkistusta (%1): mitään ei tallennettu</translation>
    </message>
    <message>
        <source>cannot put the copy in place (does a file of that name exist now?)</source>
        <translation>kopiota ei voi siirtää paikalleen (onko samanniminen tiedosto nyt olemassa?)</translation>
    </message>
    <message>
        <source>cannot begin a transaction for %1 (another process held the case&apos;s write lock for over a minute?): %2</source>
        <translation>transaktiota ei voi aloittaa toiminnolle %1 (piti toinen prosessi tapauksen kirjoituslukkoa yli minuutin?): %2</translation>
    </message>
    <message>
        <source>cannot commit %1: %2</source>
        <translation>toimintoa %1 ei voi vahvistaa: %2</translation>
    </message>
</context>
<context>
    <name>st::CasePanel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Todiste</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Tarkistus</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Laatu</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Tunnistus</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Jäljitys</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Merkinnät</translation>
    </message>
    <message>
        <source>The intake SHA-256 (first 12 digits; the whole hash in the tooltip)</source>
        <translation>Vastaanoton SHA-256 (12 ensimmäistä merkkiä; koko tiiviste työkaluvihjeessä)</translation>
    </message>
    <message>
        <source>ok: verified in this session; changed / missing: blocked (not analysed); not verified: not hashed since the case was opened</source>
        <translation>ok: tarkistettu tässä istunnossa; muuttunut / puuttuu: estetty (ei analysoitu); ei tarkistettu: tiivistettä ei laskettu tapauksen avaamisen jälkeen</translation>
    </message>
    <message>
        <source>The quality gate of the latest analysis against the case&apos;s thresholds</source>
        <translation>Viimeisimmän analyysin laatuportti tapauksen kynnysarvoja vasten</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>Nro</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Aika (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Käyttäjä</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toiminto</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Todisteet</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Tarkastusloki</translation>
    </message>
    <message>
        <source>Load in viewer</source>
        <translation>Lataa katseluun</translation>
    </message>
    <message>
        <source>Verify the item&apos;s SHA-256, then show it in the viewer (double-click a row)</source>
        <translation>Tarkista todisteen SHA-256 ja näytä se sitten katselimessa (kaksoisnapsauta riviä)</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Tarkista</translation>
    </message>
    <message>
        <source>Hash the item&apos;s file again and compare it with the intake SHA-256</source>
        <translation>Laske todisteen tiedoston tiiviste uudelleen ja vertaa sitä vastaanoton SHA-256-tiivisteeseen</translation>
    </message>
    <message>
        <source>Verify all</source>
        <translation>Tarkista kaikki</translation>
    </message>
    <message>
        <source>Hash every item&apos;s file again</source>
        <translation>Laske jokaisen todisteen tiedoston tiiviste uudelleen</translation>
    </message>
    <message>
        <source>Relocate...</source>
        <translation>Paikanna uudelleen...</translation>
    </message>
    <message>
        <source>Point a missing item at the file where it is now (its SHA-256 must be the intake hash)</source>
        <translation>Osoita puuttuvalle todisteelle tiedosto, jossa se nyt on (sen SHA-256:n on oltava vastaanoton tiiviste)</translation>
    </message>
    <message>
        <source>Analyse...</source>
        <translation>Analysoi...</translation>
    </message>
    <message>
        <source>Verify, then run quality, detection and tracing on the item and store the result in the case</source>
        <translation>Tarkista ja suorita sitten todisteelle laatu, tunnistus ja jäljitys ja tallenna tulos tapaukseen</translation>
    </message>
    <message>
        <source>Show stored result</source>
        <translation>Näytä tallennettu tulos</translation>
    </message>
    <message>
        <source>The item&apos;s stored analyses as they were stored (nothing is recomputed)</source>
        <translation>Todisteen tallennetut analyysit sellaisina kuin ne tallennettiin (mitään ei lasketa uudelleen)</translation>
    </message>
    <message>
        <source>Export log...</source>
        <translation>Vie loki...</translation>
    </message>
    <message>
        <source>Write the audit log as JSON Lines (scripts/verify_audit_log.py checks it outside SourceTrace)</source>
        <translation>Kirjoita tarkastusloki JSON Lines -muodossa (scripts/verify_audit_log.py tarkistaa sen SourceTracen ulkopuolella)</translation>
    </message>
    <message>
        <source>No case is open. File › New case... or File › Open case...</source>
        <translation>Tapausta ei ole avattu. Tiedosto › Uusi tapaus... tai Tiedosto › Avaa tapaus...</translation>
    </message>
    <message>
        <source>The case cannot be read: %1</source>
        <translation>Tapausta ei voi lukea: %1</translation>
    </message>
    <message>
        <source>%1–%2 s %3 (locality %4): %5</source>
        <translation>%1–%2 s %3 (paikallisuus %4): %5</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1
taken in %2 by %3 from %4</source>
        <translation>%1
vastaanotettu %2, vastaanottaja %3, lähde %4</translation>
    </message>
    <message>
        <source>In the viewer now
</source>
        <translation>Nyt katselimessa
</translation>
    </message>
    <message>
        <source>intake SHA-256 %1
%2 bytes</source>
        <translation>vastaanoton SHA-256 %1
%2 tavua</translation>
    </message>
    <message>
        <source>%1 (checked %2, not stored: the case is read-only)</source>
        <translation>%1 (tarkistettu %2, ei tallennettu: tapaus on vain luku -tilassa)</translation>
    </message>
    <message>
        <source>last verification %1: %2</source>
        <translation>viimeisin tarkistus %1: %2</translation>
    </message>
    <message>
        <source>
SHA-256 found %1
intake SHA-256 %2</source>
        <translation>
löydetty SHA-256 %1
vastaanoton SHA-256 %2</translation>
    </message>
    <message>
        <source>
BLOCKED: not analysed, not annotated. Restore the file and Verify, or Relocate it to a copy with the intake hash.</source>
        <translation>
ESTETTY: ei analysoitu, ei merkitty. Palauta tiedosto ja tarkista se, tai paikanna se uudelleen kopioon, jolla on vastaanoton tiiviste.</translation>
    </message>
    <message>
        <source>
Not hashed since the case was opened (Verify).</source>
        <translation>
Tiivistettä ei laskettu tapauksen avaamisen jälkeen (Tarkista).</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>lukukelvoton</translation>
    </message>
    <message>
        <source>analysis %1 of %2 by %3</source>
        <translation>analyysi %1/%2, tekijä %3</translation>
    </message>
    <message>
        <source>not analysed</source>
        <translation>ei analysoitu</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Tapaus %1</translation>
    </message>
    <message>
        <source>Examiner %1 · %2 item(s) · file %3 · you are %4%5</source>
        <translation>Tutkija %1 · %2 todiste(ttä) · tiedosto %3 · olet %4%5</translation>
    </message>
    <message>
        <source> · READ-ONLY</source>
        <translation> · VAIN LUKU</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only:&lt;/b&gt; %1. Nothing can be changed or analysed; File › Save case as... makes a copy.</source>
        <translation>&lt;b&gt;Vain luku:&lt;/b&gt; %1. Mitään ei voi muuttaa eikä analysoida; Tiedosto › Tallenna tapaus nimellä... tekee kopion.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Integrity:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Eheys:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Blocked item(s):&lt;/b&gt; %1: missing or changed since intake, not analysed. Restore the file and Verify, or Relocate.</source>
        <translation>&lt;b&gt;Estetyt todisteet:&lt;/b&gt; %1: puuttuvat tai muuttuneet vastaanoton jälkeen, ei analysoitu. Palauta tiedosto ja tarkista, tai paikanna uudelleen.</translation>
    </message>
    <message>
        <source>hash %1
previous %2</source>
        <translation>tiiviste %1
edellinen %2</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;&amp;#10004; Chain verified&lt;/span&gt;: %2 entries, head &lt;tt&gt;%3&lt;/tt&gt;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;&amp;#10004; Ketju tarkistettu&lt;/span&gt;: %2 merkintää, pää &lt;tt&gt;%3&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;&amp;#10008; Chain BROKEN at entry %2&lt;/b&gt;&lt;/span&gt;: %3 (%4 entries read; stored head &lt;tt&gt;%5&lt;/tt&gt;)</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;&amp;#10008; Ketju RIKKI merkinnässä %2&lt;/b&gt;&lt;/span&gt;: %3 (%4 merkintää luettu; tallennettu pää &lt;tt&gt;%5&lt;/tt&gt;)</translation>
    </message>
    <message>
        <source>Recomputed from the file now; scripts/verify_audit_log.py checks an exported log independently.</source>
        <translation>Laskettu nyt uudelleen tiedostosta; scripts/verify_audit_log.py tarkistaa viedyn lokin riippumattomasti.</translation>
    </message>
    <message>
        <source>Hash the item&apos;s file again; the outcome is stored and logged</source>
        <translation>Laske todisteen tiedoston tiiviste uudelleen; tulos tallennetaan ja kirjataan</translation>
    </message>
    <message>
        <source>Hash the item&apos;s file again; the case is read-only, so the outcome is shown, not stored</source>
        <translation>Laske todisteen tiedoston tiiviste uudelleen; tapaus on vain luku -tilassa, joten tulos näytetään mutta sitä ei tallenneta</translation>
    </message>
    <message>
        <source>Verify, then run quality, detection and tracing on the item and store the result</source>
        <translation>Tarkista ja suorita sitten todisteelle laatu, tunnistus ja jäljitys ja tallenna tulos</translation>
    </message>
    <message>
        <source>The case is read-only: nothing can be analysed or stored (File › Save case as...)</source>
        <translation>Tapaus on vain luku -tilassa: mitään ei voi analysoida eikä tallentaa (Tiedosto › Tallenna tapaus nimellä...)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Tapaus</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>peruttu</translation>
    </message>
    <message>
        <source>No case is open.</source>
        <translation>Tapausta ei ole avattu.</translation>
    </message>
    <message>
        <source>Choose an evidence item first.</source>
        <translation>Valitse ensin todiste.</translation>
    </message>
    <message>
        <source>Verify item %1</source>
        <translation>Tarkista todiste %1</translation>
    </message>
    <message>
        <source>Item %1 verified: SHA-256 is the intake hash</source>
        <translation>Todiste %1 tarkistettu: SHA-256 on vastaanoton tiiviste</translation>
    </message>
    <message>
        <source>Evidence item %1</source>
        <translation>Todiste %1</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Todiste %1: %2</translation>
    </message>
    <message>
        <source>Verify every item of case %1</source>
        <translation>Tarkista tapauksen %1 kaikki todisteet</translation>
    </message>
    <message>
        <source>item %1: %2</source>
        <translation>todiste %1: %2</translation>
    </message>
    <message>
        <source>%1 item(s) still do not match their intake SHA-256 (blocked)</source>
        <translation>%1 todiste(ttä) ei edelleenkään vastaa vastaanoton SHA-256-tiivistettään (estetty)</translation>
    </message>
    <message>
        <source>Evidence items changed or missing</source>
        <translation>Todisteita muuttunut tai puuttuu</translation>
    </message>
    <message>
        <source>%1 of %2 item(s) do not match their intake SHA-256; they are blocked (not analysed):
%3</source>
        <translation>%1/%2 todisteesta ei vastaa vastaanoton SHA-256-tiivistettään; ne on estetty (ei analysoitu):
%3</translation>
    </message>
    <message>
        <source>All %1 item(s) verified: every SHA-256 is the intake hash</source>
        <translation>Kaikki %1 todistetta tarkistettu: jokainen SHA-256 on vastaanoton tiiviste</translation>
    </message>
    <message>
        <source>The case is read-only (%1): items cannot be relocated.</source>
        <translation>Tapaus on vain luku -tilassa (%1): todisteita ei voi paikantaa uudelleen.</translation>
    </message>
    <message>
        <source>Relocate item %1</source>
        <translation>Paikanna todiste %1 uudelleen</translation>
    </message>
    <message>
        <source>Item %1 now points at %2 (SHA-256 verified)</source>
        <translation>Todiste %1 osoittaa nyt tiedostoon %2 (SHA-256 tarkistettu)</translation>
    </message>
    <message>
        <source>Relocate</source>
        <translation>Paikanna uudelleen</translation>
    </message>
    <message>
        <source>The case is read-only (%1): nothing can be analysed or stored. File › Save case as... makes a copy.</source>
        <translation>Tapaus on vain luku -tilassa (%1): mitään ei voi analysoida eikä tallentaa. Tiedosto › Tallenna tapaus nimellä... tekee kopion.</translation>
    </message>
    <message>
        <source>Item %1 is not analysed: %2</source>
        <translation>Todistetta %1 ei analysoitu: %2</translation>
    </message>
    <message>
        <source>Analyse item %1 (%2)</source>
        <translation>Analysoi todiste %1 (%2)</translation>
    </message>
    <message>
        <source>Item %1 analysed; stored as analysis %2</source>
        <translation>Todiste %1 analysoitu; tallennettu analyysina %2</translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation>Analysoi</translation>
    </message>
    <message>
        <source>Item %1 is not loaded: %2</source>
        <translation>Todistetta %1 ei ladattu: %2</translation>
    </message>
    <message>
        <source>Verify and load item %1</source>
        <translation>Tarkista ja lataa todiste %1</translation>
    </message>
    <message>
        <source>Load item %1</source>
        <translation>Lataa todiste %1</translation>
    </message>
    <message>
        <source>No case is open: File › New case... or Open case... first.</source>
        <translation>Tapausta ei ole avattu: ensin Tiedosto › Uusi tapaus... tai Avaa tapaus...</translation>
    </message>
    <message>
        <source>The case is read-only (%1): no evidence can be added.</source>
        <translation>Tapaus on vain luku -tilassa (%1): todisteita ei voi lisätä.</translation>
    </message>
    <message>
        <source>No file was chosen.</source>
        <translation>Tiedostoa ei valittu.</translation>
    </message>
    <message>
        <source>Take in %1</source>
        <translation>Vastaanota %1</translation>
    </message>
    <message>
        <source>Take in %1 evidence files</source>
        <translation>Vastaanota %1 todistetiedostoa</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Lisää todisteita</translation>
    </message>
    <message>
        <source>%1 file(s) were not taken in:
%2</source>
        <translation>%1 tiedosto(a) jäi vastaanottamatta:
%2</translation>
    </message>
    <message>
        <source>Took in %1 item(s); SHA-256 recorded</source>
        <translation>Vastaanotettiin %1 todiste(tta); SHA-256 tallennettu</translation>
    </message>
    <message>
        <source>The case is read-only (%1): a report is recorded in the case, so it cannot be exported from here. File › Save case as... makes a writable copy.</source>
        <translation>Tapaus on vain luku -tilassa (%1): raportti kirjataan tapaukseen, joten sitä ei voi viedä täältä. Tiedosto › Tallenna tapaus nimellä... tekee kirjoitettavan kopion.</translation>
    </message>
    <message>
        <source>Write the report %1</source>
        <translation>Kirjoita raportti %1</translation>
    </message>
    <message>
        <source>Report written to %1
format %2, SHA-256 %3
recorded as report version %4 at audit entry %5 (head %6)</source>
        <translation>Raportti kirjoitettu tiedostoon %1
muoto %2, SHA-256 %3
tallennettu raportin versiona %4 tarkastuslokin merkintään %5 (pää %6)</translation>
    </message>
    <message>
        <source>Report written to %1 (SHA-256 %2)</source>
        <translation>Raportti kirjoitettu tiedostoon %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Raportti viety</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Vie raportti</translation>
    </message>
    <message>
        <source>Wrote %1 audit entries to %2</source>
        <translation>Kirjoitettiin %1 tarkastuslokin merkintää tiedostoon %2</translation>
    </message>
    <message>
        <source>Export log</source>
        <translation>Vie loki</translation>
    </message>
    <message>
        <source>Where is item %1 (%2) now?</source>
        <translation>Missä todiste %1 (%2) on nyt?</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.ogg *.opus *.mp3 *.aif *.aiff *.au);;All files (*)</source>
        <translation>Ääni (*.wav *.flac *.ogg *.opus *.mp3 *.aif *.aiff *.au);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Stored result</source>
        <translation>Tallennettu tulos</translation>
    </message>
    <message>
        <source>Item %1 has no stored analysis.</source>
        <translation>Todisteella %1 ei ole tallennettua analyysia.</translation>
    </message>
    <message>
        <source>Stored analyses of item %1</source>
        <translation>Todisteen %1 tallennetut analyysit</translation>
    </message>
    <message>
        <source>analysis %1 (%2), %3 by %4</source>
        <translation>analyysi %1 (%2), %3, tekijä %4</translation>
    </message>
    <message>
        <source>This analysis cannot be read: %1</source>
        <translation>Tätä analyysia ei voi lukea: %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopioi</translation>
    </message>
    <message>
        <source>As stored in the case: nothing was recomputed and no model was loaded.</source>
        <translation>Sellaisena kuin se on tallennettu tapaukseen: mitään ei laskettu uudelleen eikä mallia ladattu.</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Vie tarkastusloki</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>the case can no longer be written: %1</source>
        <translation>tapaukseen ei voi enää kirjoittaa: %1</translation>
    </message>
    <message>
        <source>item %1/%2</source>
        <translation>todiste %1/%2</translation>
    </message>
    <message>
        <source>item %1 is not loaded: %2</source>
        <translation>todistetta %1 ei ladattu: %2</translation>
    </message>
    <message>
        <source>hashing %1/%2</source>
        <translation>tiivisteen laskenta %1/%2</translation>
    </message>
</context>
<context>
    <name>st::CaseRecords</name>
    <message>
        <source>%1: the table holds &apos;%2&apos;, the audit log says &apos;%3&apos;</source>
        <translation>%1: taulussa on &apos;%2&apos;, tarkastusloki sanoo &apos;%3&apos;</translation>
    </message>
    <message>
        <source>cannot read the audit log: %1</source>
        <translation>tarkastuslokia ei voi lukea: %1</translation>
    </message>
    <message>
        <source>audit entry %1 (%2) names item %3, which no evidence.added entry took in</source>
        <translation>tarkastusmerkintä %1 (%2) nimeää todisteen %3, jota mikään evidence.added-merkintä ei ole vastaanottanut</translation>
    </message>
    <message>
        <source>the audit log has no case.created entry</source>
        <translation>tarkastuslokissa ei ole case.created-merkintää</translation>
    </message>
    <message>
        <source>the case&apos;s %1</source>
        <translation>tapauksen tieto %1</translation>
    </message>
    <message>
        <source>the quality thresholds</source>
        <translation>laatukynnykset</translation>
    </message>
    <message>
        <source>evidence item %1 is in the table but the audit log never took it in</source>
        <translation>todiste %1 on taulussa, mutta tarkastusloki ei ole koskaan vastaanottanut sitä</translation>
    </message>
    <message>
        <source>item %1&apos;s %2</source>
        <translation>todisteen %1 %2</translation>
    </message>
    <message>
        <source>original path</source>
        <translation>alkuperäinen polku</translation>
    </message>
    <message>
        <source>current path</source>
        <translation>nykyinen polku</translation>
    </message>
    <message>
        <source>intake SHA-256</source>
        <translation>vastaanoton SHA-256</translation>
    </message>
    <message>
        <source>last state</source>
        <translation>viimeisin tila</translation>
    </message>
    <message>
        <source>last SHA-256 found</source>
        <translation>viimeksi löydetty SHA-256</translation>
    </message>
    <message>
        <source>evidence item %1 was taken in (audit log) but is not in the table</source>
        <translation>todiste %1 vastaanotettiin (tarkastusloki), mutta se ei ole taulussa</translation>
    </message>
    <message>
        <source>cannot read the evidence table: %1</source>
        <translation>todistetaulua ei voi lukea: %1</translation>
    </message>
    <message>
        <source>item %1&apos;s verifications</source>
        <translation>todisteen %1 tarkistukset</translation>
    </message>
    <message>
        <source>verifications of item %1, which the audit log never took in</source>
        <translation>todisteen %1 tarkistuksia, vaikka tarkastusloki ei ole koskaan vastaanottanut sitä</translation>
    </message>
    <message>
        <source>analysis %1 is in the table but the audit log never stored it</source>
        <translation>analyysi %1 on taulussa, mutta tarkastusloki ei ole koskaan tallentanut sitä</translation>
    </message>
    <message>
        <source>analysis %1&apos;s item, kind or evidence SHA-256 differ from its audit entry</source>
        <translation>analyysin %1 todiste, laji tai todisteen SHA-256 eroaa sen tarkastusmerkinnästä</translation>
    </message>
    <message>
        <source>analysis %1&apos;s settings differ from those logged (SHA-256 %2, logged %3)</source>
        <translation>analyysin %1 asetukset eroavat kirjatuista (SHA-256 %2, kirjattu %3)</translation>
    </message>
    <message>
        <source>analysis %1&apos;s result differs from the one logged (SHA-256 %2, logged %3)</source>
        <translation>analyysin %1 tulos eroaa kirjatusta (SHA-256 %2, kirjattu %3)</translation>
    </message>
    <message>
        <source>analysis %1 was stored (audit log) but is not in the table</source>
        <translation>analyysi %1 tallennettiin (tarkastusloki), mutta se ei ole taulussa</translation>
    </message>
    <message>
        <source>annotation %1 is in the table but the audit log has no such annotation</source>
        <translation>merkintä %1 on taulussa, mutta tarkastuslokissa ei ole sellaista merkintää</translation>
    </message>
    <message>
        <source>annotation %1</source>
        <translation>merkintä %1</translation>
    </message>
    <message>
        <source>annotation %1 exists according to the audit log but is not in the table</source>
        <translation>merkintä %1 on olemassa tarkastuslokin mukaan, mutta se ei ole taulussa</translation>
    </message>
    <message>
        <source>report version %1 is in the table but the audit log never recorded it</source>
        <translation>raporttiversio %1 on taulussa, mutta tarkastusloki ei ole koskaan kirjannut sitä</translation>
    </message>
    <message>
        <source>report version %1 differs from its report.exported entry</source>
        <translation>raporttiversio %1 eroaa sen report.exported-merkinnästä</translation>
    </message>
    <message>
        <source>report version %1 was recorded (audit log) but is not in the table</source>
        <translation>raporttiversio %1 kirjattiin (tarkastusloki), mutta se ei ole taulussa</translation>
    </message>
</context>
<context>
    <name>st::CaseReport</name>
    <message>
        <source>the report needs a QGuiApplication (its fonts and images); none is running</source>
        <translation>raportti tarvitsee QGuiApplicationin (sen fontit ja kuvat); sellaista ei ole käynnissä</translation>
    </message>
    <message>
        <source>exists already: a report is never overwritten; choose another file name</source>
        <translation>on jo olemassa: raporttia ei koskaan korvata; valitse toinen tiedostonimi</translation>
    </message>
    <message>
        <source>its folder %1 does not exist</source>
        <translation>sen kansiota %1 ei ole olemassa</translation>
    </message>
    <message>
        <source>cannot be written: a temporary file in %1 could not be made (%2)</source>
        <translation>ei voi kirjoittaa: väliaikaistiedostoa kansioon %1 ei voitu tehdä (%2)</translation>
    </message>
    <message>
        <source>the case kept changing while the report was written; try again</source>
        <translation>tapaus muuttui jatkuvasti raportin kirjoittamisen aikana; yritä uudelleen</translation>
    </message>
    <message>
        <source>the report could not be moved into place</source>
        <translation>raporttia ei voitu siirtää paikalleen</translation>
    </message>
    <message>
        <source>the case has no evidence item %1 to report</source>
        <translation>tapauksessa ei ole raportoitavaa todistetta %1</translation>
    </message>
    <message>
        <source>cannot be written (the PDF writer could not open it)</source>
        <translation>ei voi kirjoittaa (PDF-kirjoitin ei voinut avata sitä)</translation>
    </message>
    <message>
        <source>the PDF could not be completed</source>
        <translation>PDF:ää ei voitu viimeistellä</translation>
    </message>
    <message>
        <source>the PDF writer left no file (is the folder writable, is the disk full?)</source>
        <translation>PDF-kirjoitin ei jättänyt tiedostoa (onko kansio kirjoitettava, onko levy täynnä?)</translation>
    </message>
    <message>
        <source>figure %1 could not be encoded as PNG</source>
        <translation>kuvaa %1 ei voitu koodata PNG-muotoon</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>ei voi kirjoittaa: %1</translation>
    </message>
    <message>
        <source>could not be written completely: %1</source>
        <translation>ei voitu kirjoittaa kokonaan: %1</translation>
    </message>
</context>
<context>
    <name>st::CaseSession</name>
    <message>
        <source>no case is open</source>
        <translation>tapausta ei ole avattu</translation>
    </message>
    <message>
        <source>the case is read-only (%1)</source>
        <translation>tapaus on vain luku -tilassa (%1)</translation>
    </message>
    <message>
        <source>item %1 (%2) is missing: its file is gone from %3 (Relocate it)</source>
        <translation>todiste %1 (%2) puuttuu: sen tiedosto on poistunut sijainnista %3 (paikanna se uudelleen)</translation>
    </message>
    <message>
        <source>item %1 (%2) has changed since intake: SHA-256 %3, intake was %4</source>
        <translation>todiste %1 (%2) on muuttunut vastaanoton jälkeen: SHA-256 %3, vastaanotettaessa %4</translation>
    </message>
</context>
<context>
    <name>st::CaseSummary</name>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>muuttunut</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>puuttuu</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>lukukelvoton</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>ei tarkistettu</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>–</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>ei pistemäärää</translation>
    </message>
    <message>
        <source>bona fide side</source>
        <translation>aidon puolella</translation>
    </message>
    <message>
        <source>spoof side</source>
        <translation>väärennöksen puolella</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>ei mitattu</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>HYLÄTTY</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>varoitus</translation>
    </message>
    <message>
        <source>FLAGGED (%1)</source>
        <translation>LIPUTETTU (%1)</translation>
    </message>
    <message numerus="yes">
        <source>passed, %n warning(s)</source>
        <translation>
            <numerusform>hyväksytty, %n varoitus</numerusform>
            <numerusform>hyväksytty, %n varoitusta</numerusform>
        </translation>
    </message>
    <message>
        <source>passed</source>
        <translation>hyväksytty</translation>
    </message>
    <message>
        <source>Every measure is within the case&apos;s thresholds.</source>
        <translation>Jokainen mittaus on tapauksen kynnysarvojen sisällä.</translation>
    </message>
    <message>
        <source>score %1 (%2)</source>
        <translation>pistemäärä %1 (%2)</translation>
    </message>
    <message>
        <source>Detection score %1 (%2)
%3</source>
        <translation>Tunnistuspistemäärä %1 (%2)
%3</translation>
    </message>
    <message>
        <source>, LR %1</source>
        <translation>, LR %1</translation>
    </message>
    <message>
        <source>LR %1 (log10 %2): %3
calibration: %4</source>
        <translation>LR %1 (log10 %2): %3
kalibrointi: %4</translation>
    </message>
    <message>
        <source>, withheld: %1</source>
        <translation>, pidätetty: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>syytä ei annettu</translation>
    </message>
    <message>
        <source>Likelihood ratio withheld:
- %1</source>
        <translation>Uskottavuussuhde pidätetty:
- %1</translation>
    </message>
    <message>
        <source>The model states no calibration: no likelihood ratio.</source>
        <translation>Malli ei ilmoita kalibrointia: ei uskottavuussuhdetta.</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>ei suoritettu</translation>
    </message>
    <message>
        <source>(LR %1)</source>
        <translation>(LR %1)</translation>
    </message>
    <message>
        <source>(LR withheld: %1)</source>
        <translation>(LR pidätetty: %1)</translation>
    </message>
    <message>
        <source>Back-end %1, library %2
%3</source>
        <translation>Taustaosa %1, kirjasto %2
%3</translation>
    </message>
    <message>
        <source>no decision</source>
        <translation>ei päätöstä</translation>
    </message>
    <message>
        <source>Problems:
- %1</source>
        <translation>Ongelmat:
- %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>epäonnistui: %1</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Todiste %1: %2</translation>
    </message>
    <message>
        <source>file: %1</source>
        <translation>tiedosto: %1</translation>
    </message>
    <message>
        <source>intake SHA-256: %1</source>
        <translation>vastaanoton SHA-256: %1</translation>
    </message>
    <message>
        <source>Analysis %1 (%2), stored %3 by %4</source>
        <translation>Analyysi %1 (%2), tallennettu %3, tallentaja %4</translation>
    </message>
    <message>
        <source>evidence SHA-256 verified just before: %1%2</source>
        <translation>todisteen SHA-256 tarkistettu juuri ennen: %1%2</translation>
    </message>
    <message>
        <source>(DIFFERS from the intake hash)</source>
        <translation>(POIKKEAA vastaanoton tiivisteestä)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Alkuperätiedot</translation>
    </message>
    <message>
        <source>evidence: %1 (%2 bytes, SHA-256 %3)</source>
        <translation>todiste: %1 (%2 tavua, SHA-256 %3)</translation>
    </message>
    <message>
        <source>model: %1 (%2), weights SHA-256 %3, manifest SHA-256 %4</source>
        <translation>malli: %1 (%2), painojen SHA-256 %3, manifestin SHA-256 %4</translation>
    </message>
    <message>
        <source>library: %1 (SHA-256 %2)</source>
        <translation>kirjasto: %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>calibration: %1</source>
        <translation>kalibrointi: %1</translation>
    </message>
    <message>
        <source>SourceTrace %1 (commit %2, %3)</source>
        <translation>SourceTrace %1 (commit %2, %3)</translation>
    </message>
    <message>
        <source>run %1 by %2 on %3, device %4</source>
        <translation>ajo %1, tekijä %2, kone %3, laite %4</translation>
    </message>
    <message>
        <source>Quality: %1</source>
        <translation>Laatu: %1</translation>
    </message>
    <message>
        <source>Detection: score %1 (%2)</source>
        <translation>Tunnistus: pistemäärä %1 (%2)</translation>
    </message>
    <message>
        <source>convention: %1</source>
        <translation>konventio: %1</translation>
    </message>
    <message>
        <source>timeline: %1 windows of %2 samples every %3 at %4 Hz</source>
        <translation>aikajana: %1 ikkunaa, %2 näytettä, %3 välein, %4 Hz</translation>
    </message>
    <message>
        <source>likelihood ratio %1 (log10 %2): %3</source>
        <translation>uskottavuussuhde %1 (log10 %2): %3</translation>
    </message>
    <message>
        <source>likelihood ratio WITHHELD:</source>
        <translation>uskottavuussuhde PIDÄTETTY:</translation>
    </message>
    <message>
        <source>no likelihood ratio (the model states no calibration)</source>
        <translation>ei uskottavuussuhdetta (malli ei ilmoita kalibrointia)</translation>
    </message>
    <message>
        <source>Detection: not run</source>
        <translation>Tunnistus: ei suoritettu</translation>
    </message>
    <message>
        <source>Tracing: back-end %1, library %2 (SHA-256 %3)</source>
        <translation>Jäljitys: taustaosa %1, kirjasto %2 (SHA-256 %3)</translation>
    </message>
    <message>
        <source>(open-set threshold %1)</source>
        <translation>(avoimen joukon kynnys %1)</translation>
    </message>
    <message>
        <source>LR %1 (log10 %2): %3</source>
        <translation>LR %1 (log10 %2): %3</translation>
    </message>
    <message>
        <source>LR withheld: %1</source>
        <translation>LR pidätetty: %1</translation>
    </message>
    <message>
        <source>Tracing: not run</source>
        <translation>Jäljitys: ei suoritettu</translation>
    </message>
    <message>
        <source>Explanation: %1, %2 steps, baseline %3, completeness gap %4 %</source>
        <translation>Selitys: %1, %2 askelta, perustaso %3, täydellisyysvaje %4 %</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Ongelmat:</translation>
    </message>
</context>
<context>
    <name>st::ChartExport</name>
    <message>
        <source>cannot write the PNG image: %1</source>
        <translation>PNG-kuvaa ei voi kirjoittaa: %1</translation>
    </message>
    <message>
        <source>cannot write the SVG image: %1</source>
        <translation>SVG-kuvaa ei voi kirjoittaa: %1</translation>
    </message>
    <message>
        <source>the SVG image was not written</source>
        <translation>SVG-kuvaa ei kirjoitettu</translation>
    </message>
    <message>
        <source>cannot write the CSV file: %1</source>
        <translation>CSV-tiedostoa ei voi kirjoittaa: %1</translation>
    </message>
    <message>
        <source>unknown export format &apos;.%1&apos; (use .png, .svg or .csv)</source>
        <translation>tuntematon vientimuoto &apos;.%1&apos; (käytä muotoa .png, .svg tai .csv)</translation>
    </message>
</context>
<context>
    <name>st::ClassificationReport</name>
    <message>
        <source>%1 true labels but %2 predictions</source>
        <translation>%1 todellista nimiötä mutta %2 ennustetta</translation>
    </message>
    <message>
        <source>no clips to score: attribution metrics need at least one prediction</source>
        <translation>ei pisteytettäviä leikkeitä: attribuutiometriikat tarvitsevat vähintään yhden ennusteen</translation>
    </message>
    <message>
        <source>clip %1: label &apos;%2&apos; is not one of the classes (%3)</source>
        <translation>leike %1: nimiö &apos;%2&apos; ei ole mikään luokista (%3)</translation>
    </message>
</context>
<context>
    <name>st::ColourMap</name>
    <message>
        <source>Greyscale</source>
        <translation>Harmaasävy</translation>
    </message>
    <message>
        <source>Inverted greyscale</source>
        <translation>Käänteinen harmaasävy</translation>
    </message>
    <message>
        <source>Sox</source>
        <translation>Sox</translation>
    </message>
    <message>
        <source>Viridis</source>
        <translation>Viridis</translation>
    </message>
</context>
<context>
    <name>st::ConfusionMatrixView</name>
    <message>
        <source>Confusion matrix</source>
        <translation>Sekaannusmatriisi</translation>
    </message>
    <message>
        <source>Confusion matrix (no closed-set result)</source>
        <translation>Sekaannusmatriisi (ei suljetun joukon tulosta)</translation>
    </message>
    <message>
        <source>Confusion matrix: accuracy %1 %, macro-F1 %2 %</source>
        <translation>Sekaannusmatriisi: tarkkuus %1 %, makro-F1 %2 %</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>ennustettu</translation>
    </message>
    <message>
        <source>true</source>
        <translation>todellinen</translation>
    </message>
</context>
<context>
    <name>st::ConsoleProgress</name>
    <message>
        <source>job %1</source>
        <translation>työ %1</translation>
    </message>
</context>
<context>
    <name>st::CorpusExplain</name>
    <message>
        <source>cannot read: %1</source>
        <translation>ei voi lukea: %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>tiedostoa ei ole</translation>
    </message>
    <message>
        <source>not a JSON object: %1 at byte %2</source>
        <translation>ei JSON-olio: %1 tavun %2 kohdalla</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>ei voi kirjoittaa: %1</translation>
    </message>
    <message>
        <source>%1: was %2, now %3</source>
        <translation>%1: oli %2, nyt %3</translation>
    </message>
    <message>
        <source>no such protocol file or folder</source>
        <translation>protokollatiedostoa tai -kansiota ei ole</translation>
    </message>
    <message>
        <source>the folder holds no audio files (.wav, .flac, .ogg, .mp3, .opus, .m4a, .aiff)</source>
        <translation>kansiossa ei ole äänitiedostoja (.wav, .flac, .ogg, .mp3, .opus, .m4a, .aiff)</translation>
    </message>
    <message>
        <source>clip &quot;%1&quot; does not exist (looked for %2%3; give the audio folder with --audio-root)</source>
        <translation>leikettä &quot;%1&quot; ei ole olemassa (etsittiin %2%3; anna äänikansio valitsimella --audio-root)</translation>
    </message>
    <message>
        <source>not an attribution report: clip.bandShares, frames.absolute or frames.speech is missing</source>
        <translation>ei attribuutioraportti: clip.bandShares, frames.absolute tai frames.speech puuttuu</translation>
    </message>
    <message>
        <source>no model to explain</source>
        <translation>ei selitettävää mallia</translation>
    </message>
    <message>
        <source>cannot create the output folder</source>
        <translation>tuloskansiota ei voi luoda</translation>
    </message>
    <message>
        <source>the folder holds results made with other settings (%1); refusing to mix them: use another output folder or --restart</source>
        <translation>kansiossa on muilla asetuksilla tehtyjä tuloksia (%1); niitä ei sekoiteta: käytä toista tuloskansiota tai valitsinta --restart</translation>
    </message>
    <message>
        <source>clip %1/%2 %3</source>
        <translation>leike %1/%2 %3</translation>
    </message>
    <message>
        <source>no samples</source>
        <translation>ei näytteitä</translation>
    </message>
    <message>
        <source>clip %1/%2 %3: %4</source>
        <translation>leike %1/%2 %3: %4</translation>
    </message>
    <message>
        <source>done %1 (%2/%3)</source>
        <translation>valmis: %1 (%2/%3)</translation>
    </message>
    <message>
        <source>failed %1: %2</source>
        <translation>epäonnistui: %1: %2</translation>
    </message>
    <message>
        <source>summaries</source>
        <translation>yhteenvedot</translation>
    </message>
    <message>
        <source>not a corpus explanation job</source>
        <translation>ei korpuksen selitystyö</translation>
    </message>
    <message>
        <source>no column &quot;%1&quot; to group by (the clips have: %2)</source>
        <translation>ryhmittelyyn ei ole saraketta &quot;%1&quot; (leikkeillä on: %2)</translation>
    </message>
    <message>
        <source>none; a folder has only the group &quot;all&quot;</source>
        <translation>ei mitään; kansiolla on vain ryhmä &quot;all&quot;</translation>
    </message>
    <message>
        <source>bands %1 differ from the other clips&apos; %2</source>
        <translation>kaistat %1 eroavat muiden leikkeiden kaistoista %2</translation>
    </message>
    <message>
        <source>expected a 2-d map</source>
        <translation>odotettiin 2-ulotteista karttaa</translation>
    </message>
    <message>
        <source>not a corpus explanation summary (format &quot;%1&quot;)</source>
        <translation>ei korpuksen selityksen yhteenveto (muoto &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>kansiota ei voi luoda</translation>
    </message>
    <message>
        <source>cannot replace the file</source>
        <translation>tiedostoa ei voi korvata</translation>
    </message>
    <message>
        <source>cannot copy to %1: %2</source>
        <translation>ei voi kopioida kohteeseen %1: %2</translation>
    </message>
    <message>
        <source>already exists: the folder holds a corpus job&apos;s results, and a merge writes a new output (remove job.json, summary.* and clips/ there, not the shards)</source>
        <translation>on jo olemassa: kansiossa on korpuksen selitystyön tulokset, ja yhdistäminen kirjoittaa uuden tuloksen (poista sieltä job.json, summary.* ja clips/, älä osia)</translation>
    </message>
    <message>
        <source>no parts to merge</source>
        <translation>ei yhdistettäviä osia</translation>
    </message>
    <message>
        <source>not a corpus explanation job (format &quot;%1&quot;)</source>
        <translation>ei korpuksen selitystyö (muoto &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>made from another version of %1 (SHA-256 %2, now %3): rerun the shard</source>
        <translation>tehty tiedoston %1 eri versiosta (SHA-256 %2, nyt %3): aja osa uudelleen</translation>
    </message>
    <message>
        <source>%1 clip(s) failed: rerun the shard</source>
        <translation>%1 leikettä epäonnistui: aja osa uudelleen</translation>
    </message>
    <message>
        <source>its %1 differ from those of %2%3</source>
        <translation>sen %1 poikkeaa tiedoston %2 vastaavasta%3</translation>
    </message>
    <message>
        <source>clip &quot;%1&quot; belongs to no part (%2)</source>
        <translation>leike &quot;%1&quot; ei kuulu mihinkään osaan (%2)</translation>
    </message>
    <message>
        <source>does not list clip &quot;%1&quot; (id %2), which belongs to this shard: rerun the shard</source>
        <translation>ei luettele leikettä &quot;%1&quot; (tunniste %2), joka kuuluu tähän osaan: aja osa uudelleen</translation>
    </message>
    <message>
        <source>lists clip %1 otherwise than the merge reads it from %2 (%3): run the merge with the shards&apos; protocol, --audio-root and working directory</source>
        <translation>luettelee leikkeen %1 eri tavoin kuin yhdistäminen sen lukee tiedostosta %2 (%3): aja yhdistäminen osien protokollalla, --audio-root-kansiolla ja työhakemistolla</translation>
    </message>
    <message>
        <source>missing: clip &quot;%1&quot; has no results in its shard: rerun the shard</source>
        <translation>puuttuu: leikkeellä &quot;%1&quot; ei ole tuloksia osassaan: aja osa uudelleen</translation>
    </message>
    <message>
        <source>the shards list %1 clips, the corpus has %2: were they run with another --limit or protocol?</source>
        <translation>osissa on %1 leikettä, korpuksessa %2: ajettiinko ne eri --limit-arvolla tai protokollalla?</translation>
    </message>
</context>
<context>
    <name>st::CorpusExplainDialog</name>
    <message>
        <source>Explain a corpus</source>
        <translation>Selitä korpus</translation>
    </message>
    <message>
        <source>protocol file (groups by its columns) or a folder of audio files</source>
        <translation>protokollatiedosto (ryhmittely sen sarakkeiden mukaan) tai äänitiedostojen kansio</translation>
    </message>
    <message>
        <source>Protocol…</source>
        <translation>Protokolla…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Kansio…</translation>
    </message>
    <message>
        <source>Input:</source>
        <translation>Syöte:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Malli:</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Askeleet:</translation>
    </message>
    <message>
        <source>all clips</source>
        <translation>kaikki leikkeet</translation>
    </message>
    <message>
        <source>Limit:</source>
        <translation>Raja:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Valitse…</translation>
    </message>
    <message>
        <source>Output folder:</source>
        <translation>Tuloskansio:</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Suorita</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>Peru työ</translation>
    </message>
    <message>
        <source>Open results…</source>
        <translation>Avaa tulokset…</translation>
    </message>
    <message>
        <source>A re-run into the same folder resumes; other settings are refused.</source>
        <translation>Uusi ajo samaan kansioon jatkaa; muut asetukset hylätään.</translation>
    </message>
    <message>
        <source>Mean |attribution| over relative time (left to right) and frequency bins (low at the bottom); each clip&apos;s map normalised to sum 1.</source>
        <translation>|Attribuution| keskiarvo suhteellisen ajan (vasemmalta oikealle) ja taajuuslokeroiden (matalat alhaalla) yli; kunkin leikkeen kartta normalisoitu summaan 1.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Yhteenveto</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>Kaistat</translation>
    </message>
    <message>
        <source>Speech / silence</source>
        <translation>Puhe / hiljaisuus</translation>
    </message>
    <message>
        <source>Mean TF map</source>
        <translation>Keskimääräinen TF-kartta</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Ryhmittele:</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokolla</translation>
    </message>
    <message>
        <source>Protocols (*.tsv *.txt *.csv);;All files (*)</source>
        <translation>Protokollat (*.tsv *.txt *.csv);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Folder of audio files</source>
        <translation>Äänitiedostojen kansio</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Tuloskansio</translation>
    </message>
    <message>
        <source>Corpus explanation folder (with summary.json)</source>
        <translation>Korpuksen selityskansio (jossa summary.json)</translation>
    </message>
    <message>
        <source>a corpus explanation is already running</source>
        <translation>korpuksen selitys on jo käynnissä</translation>
    </message>
    <message>
        <source>choose an input (protocol or folder) and an output folder</source>
        <translation>valitse syöte (protokolla tai kansio) ja tuloskansio</translation>
    </message>
    <message>
        <source>no model to explain with</source>
        <translation>ei mallia, jolla selittää</translation>
    </message>
    <message>
        <source>explain corpus %1</source>
        <translation>korpuksen %1 selitys</translation>
    </message>
    <message>
        <source>cancelled; the clips done so far are kept and a re-run resumes</source>
        <translation>peruttu; tähän mennessä valmiit leikkeet säilytetään ja uusi ajo jatkaa</translation>
    </message>
    <message>
        <source>column</source>
        <translation>sarake</translation>
    </message>
    <message>
        <source>value</source>
        <translation>arvo</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>speech</source>
        <translation>puhe</translation>
    </message>
    <message>
        <source>leading silence</source>
        <translation>alun hiljaisuus</translation>
    </message>
    <message>
        <source>trailing silence</source>
        <translation>lopun hiljaisuus</translation>
    </message>
    <message>
        <source>completeness gap</source>
        <translation>täydellisyysvaje</translation>
    </message>
    <message>
        <source>%1: %2 clips, %3 explained, %4 failed</source>
        <translation>%1: %2 leikettä, %3 selitetty, %4 epäonnistui</translation>
    </message>
    <message>
        <source>% of |attribution|</source>
        <translation>% |attribuutiosta|</translation>
    </message>
    <message>
        <source>Share of |attribution| per frequency band, by %1 (mean over clips)</source>
        <translation>|Attribuution| osuus taajuuskaistoittain, ryhmittely %1 (keskiarvo leikkeiden yli)</translation>
    </message>
    <message>
        <source>Speech and silence shares, by %1 (mean over clips)</source>
        <translation>Puheen ja hiljaisuuden osuudet, ryhmittely %1 (keskiarvo leikkeiden yli)</translation>
    </message>
    <message>
        <source>%1 clips: %2 explained, %3 resumed, %4 failed</source>
        <translation>%1 leikettä: %2 selitetty, %3 jatkettu, %4 epäonnistui</translation>
    </message>
    <message>
        <source>expected a 2-d map</source>
        <translation>odotettiin 2-ulotteista karttaa</translation>
    </message>
</context>
<context>
    <name>st::DamageBanner</name>
    <message>
        <source>Damaged evidence — what is drawn is incomplete: %1</source>
        <translation>Vaurioitunut todiste — piirretty kuva on puutteellinen: %1</translation>
    </message>
</context>
<context>
    <name>st::DetChart</name>
    <message>
        <source>DET curve</source>
        <translation>DET-käyrä</translation>
    </message>
    <message>
        <source>False alarm rate (%)</source>
        <translation>Väärien hälytysten osuus (%)</translation>
    </message>
    <message>
        <source>Miss rate (%)</source>
        <translation>Ohitusten osuus (%)</translation>
    </message>
    <message>
        <source>EER line</source>
        <translation>EER-viiva</translation>
    </message>
    <message>
        <source>%1 (EER %2 %)</source>
        <translation>%1 (EER %2 %)</translation>
    </message>
</context>
<context>
    <name>st::DetectionAnalysis</name>
    <message>
        <source>reading clip</source>
        <translation>leikkeen luku</translation>
    </message>
    <message>
        <source>model &quot;%1&quot; is not a detector (%2); choose a detector such as aasist</source>
        <translation>malli &quot;%1&quot; ei ole tunnistin (%2); valitse tunnistin, kuten aasist</translation>
    </message>
    <message>
        <source>loading model %1</source>
        <translation>mallin %1 lataus</translation>
    </message>
    <message>
        <source>whole-clip score</source>
        <translation>koko leikkeen pistemäärä</translation>
    </message>
    <message>
        <source>window %1/%2</source>
        <translation>ikkuna %1/%2</translation>
    </message>
    <message>
        <source>validated conditions</source>
        <translation>validoidut olosuhteet</translation>
    </message>
</context>
<context>
    <name>st::DetectionPanel</name>
    <message>
        <source>Score:</source>
        <translation>Pistemäärä:</translation>
    </message>
    <message>
        <source>Likelihood ratio:</source>
        <translation>Uskottavuussuhde:</translation>
    </message>
    <message>
        <source>Propositions:</source>
        <translation>Väittämät:</translation>
    </message>
    <message>
        <source>Calibration:</source>
        <translation>Kalibrointi:</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>Olosuhteet:</translation>
    </message>
    <message>
        <source>Convention:</source>
        <translation>Konventio:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Malli:</translation>
    </message>
    <message>
        <source>Weights:</source>
        <translation>Painot:</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Ajo:</translation>
    </message>
    <message>
        <source>start (s)</source>
        <translation>alku (s)</translation>
    </message>
    <message>
        <source>end (s)</source>
        <translation>loppu (s)</translation>
    </message>
    <message>
        <source>score</source>
        <translation>pistemäärä</translation>
    </message>
    <message>
        <source>10^%1</source>
        <translation>10^%1</translation>
    </message>
    <message>
        <source>%1 (log10 LR %2)</source>
        <translation>%1 (log10 LR %2)</translation>
    </message>
    <message>
        <source>Choose a model and press Detect (Ctrl+D) to score the open clip.</source>
        <translation>Valitse malli ja paina Tunnista (Ctrl+D) pisteyttääksesi avoimen leikkeen.</translation>
    </message>
    <message>
        <source>above 0: bona fide side (uncalibrated logit, not a likelihood ratio)</source>
        <translation>yli 0: aidon puolella (kalibroimaton logitti, ei uskottavuussuhde)</translation>
    </message>
    <message>
        <source>at or below 0: spoof side (uncalibrated logit, not a likelihood ratio)</source>
        <translation>enintään 0: väärennöksen puolella (kalibroimaton logitti, ei uskottavuussuhde)</translation>
    </message>
    <message>
        <source>%1; input %2%3</source>
        <translation>%1; syöte %2%3</translation>
    </message>
    <message>
        <source>%1 (%2) on %3</source>
        <translation>%1 (%2) laitteella %3</translation>
    </message>
    <message>
        <source>load %1 s, run %2 s; %3 windows of %4 every %5 samples at %6 Hz</source>
        <translation>lataus %1 s, ajo %2 s; %3 ikkunaa, pituus %4, %5 näytteen välein, %6 Hz</translation>
    </message>
    <message>
        <source>%1 s (active %2 s), bandwidth %3 Hz, codec %4, in-distribution (kNN cosine) %5</source>
        <translation>%1 s (aktiivista %2 s), kaistanleveys %3 Hz, koodekki %4, jakauman sisäisyys (kNN-kosini) %5</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tuntematon</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>ei mitattu</translation>
    </message>
    <message>
        <source>Validated (%1): at least %2 s, bandwidth at least %3 Hz, codecs %4, kNN cosine at least %5 (k = %6)</source>
        <translation>Validoitu (%1): vähintään %2 s, kaistanleveys vähintään %3 Hz, koodekit %4, kNN-kosini vähintään %5 (k = %6)</translation>
    </message>
    <message>
        <source>any</source>
        <translation>mikä tahansa</translation>
    </message>
    <message>
        <source>LR = p(score | bona fide) / p(score | spoofed), from the model&apos;s calibration log LR = %1 × score + %2 (natural log)</source>
        <translation>LR = p(score | bona fide) / p(score | spoofed), mallin kalibroinnista log LR = %1 × score + %2 (luonnollinen logaritmi)</translation>
    </message>
    <message>
        <source>proposition: bona fide speech; alternative: spoofed (synthetic or converted) speech</source>
        <translation>väittämä: aito puhe; vaihtoehtoinen: väärennetty (synteettinen tai muunnettu) puhe</translation>
    </message>
    <message>
        <source>calibrated on %1, %2 bona fide / %3 spoofed clips, Cllr %4</source>
        <translation>kalibroitu aineistolla %1, %2 aitoa / %3 väärennettyä leikettä, Cllr %4</translation>
    </message>
    <message>
        <source>an unnamed protocol</source>
        <translation>nimeämätön protokolla</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>ei ilmoitettu</translation>
    </message>
    <message>
        <source>%1
protocol SHA-256 %2
minCllr %3, EER %4; made %5; verbal scale after ENFSI (2015)</source>
        <translation>%1
protokollan SHA-256 %2
minCllr %3, EER %4; tehty %5; sanallinen asteikko ENFSI:n (2015) mukaan</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>–</translation>
    </message>
    <message>
        <source>The clip is outside the conditions %1 was validated under, so its score is not turned into a likelihood ratio (the score above is the model&apos;s raw output):</source>
        <translation>Leike on niiden olosuhteiden ulkopuolella, joissa %1 validoitiin, joten sen pistemäärää ei muunneta uskottavuussuhteeksi (yllä oleva pistemäärä on mallin raakatuloste):</translation>
    </message>
    <message>
        <source>Take care: %1</source>
        <translation>Huomio: %1</translation>
    </message>
</context>
<context>
    <name>st::DifferentiableModel</name>
    <message>
        <source>cannot load the TorchScript file for attributions: %1</source>
        <translation>TorchScript-tiedostoa ei voi ladata attribuutioita varten: %1</translation>
    </message>
    <message>
        <source>the model failed under autograd: %1</source>
        <translation>malli epäonnistui autogradin alla: %1</translation>
    </message>
    <message>
        <source>the output &quot;%1&quot; named by the manifest is not a tensor the model returns</source>
        <translation>manifestin nimeämä lähtö &quot;%1&quot; ei ole mallin palauttama tensori</translation>
    </message>
    <message>
        <source>no model to explain</source>
        <translation>ei selitettävää mallia</translation>
    </message>
    <message>
        <source>model %1 is of kind &quot;%2&quot;: attributions need a native AASIST, a native spectral or a TorchScript model</source>
        <translation>malli %1 on tyyppiä &quot;%2&quot;: attribuutiot vaativat natiivin AASIST-, natiivin spektri- tai TorchScript-mallin</translation>
    </message>
</context>
<context>
    <name>st::EmbeddingMapView</name>
    <message>
        <source>All levels (colour by level)</source>
        <translation>Kaikki tasot (väritys tason mukaan)</translation>
    </message>
    <message>
        <source>%1 (colour by source)</source>
        <translation>%1 (väritys lähteen mukaan)</translation>
    </message>
    <message>
        <source>Open a library with enrolled sources to see its map.</source>
        <translation>Avaa kirjasto, jossa on rekisteröityjä lähteitä, nähdäksesi sen kartan.</translation>
    </message>
    <message>
        <source>enrolment clips</source>
        <translation>rekisteröintileikkeet</translation>
    </message>
    <message>
        <source>traced clip</source>
        <translation>jäljitetty leike</translation>
    </message>
    <message>
        <source>No sources at this level.</source>
        <translation>Tällä tasolla ei ole lähteitä.</translation>
    </message>
    <message>
        <source>PC1 (%1 %)</source>
        <translation>PC1 (%1 %)</translation>
    </message>
    <message>
        <source>PC2 (%1 %)</source>
        <translation>PC2 (%1 %)</translation>
    </message>
    <message>
        <source>Squares: fingerprints (source means); dots: enrolment embeddings; axes fitted on %1 distinct embeddings%2.</source>
        <translation>Neliöt: sormenjäljet (lähteiden keskiarvot); pisteet: rekisteröintiupotukset; akselit sovitettu %1 erilliseen upotukseen%2.</translation>
    </message>
    <message>
        <source> (%1 dots not drawn)</source>
        <translation> (%1 pistettä jätetty piirtämättä)</translation>
    </message>
</context>
<context>
    <name>st::EmbeddingStore</name>
    <message>
        <source>a clip key must be non-empty and on one line: &quot;%1&quot; (rename the file)</source>
        <translation>leikkeen avaimen on oltava ei-tyhjä ja yksirivinen: &quot;%1&quot; (nimeä tiedosto uudelleen)</translation>
    </message>
    <message>
        <source>the clip key &quot;%1&quot; holds a control character, which the line-based outputs cannot store: rename the file</source>
        <translation>leikkeen avaimessa &quot;%1&quot; on ohjausmerkki, jota rivipohjaiset tulosteet eivät voi tallentaa: nimeä tiedosto uudelleen</translation>
    </message>
    <message>
        <source>the CSV format cannot store the key &quot;%1&quot; (it has a comma or quote): use --format npy</source>
        <translation>CSV-muoto ei voi tallentaa avainta &quot;%1&quot; (siinä on pilkku tai lainausmerkki): käytä valitsinta --format npy</translation>
    </message>
    <message>
        <source>embedding size must be positive</source>
        <translation>upotuksen koon on oltava positiivinen</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>ei voi lukea: %1</translation>
    </message>
    <message>
        <source>the key is not valid UTF-8</source>
        <translation>avain ei ole kelvollista UTF-8:aa</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is listed twice</source>
        <translation>avain &quot;%1&quot; on luettelossa kahdesti</translation>
    </message>
    <message>
        <source>exists and is not a folder (the npy format writes a folder)</source>
        <translation>on olemassa eikä ole kansio (npy-muoto kirjoittaa kansion)</translation>
    </message>
    <message>
        <source>cannot create the output folder</source>
        <translation>tuloskansiota ei voi luoda</translation>
    </message>
    <message>
        <source>holds embeddings of model &quot;%1&quot; (weights %2), not of &quot;%3&quot; (weights %4): choose another output folder</source>
        <translation>sisältää mallin &quot;%1&quot; (painot %2) upotuksia, ei mallin &quot;%3&quot; (painot %4): valitse toinen tuloskansio</translation>
    </message>
    <message>
        <source>holds embeddings of another size (expected N x %1)</source>
        <translation>sisältää erikokoisia upotuksia (odotettiin N x %1)</translation>
    </message>
    <message>
        <source>holds logits of another size (expected N x %1)</source>
        <translation>sisältää erikokoisia logitteja (odotettiin N x %1)</translation>
    </message>
    <message>
        <source>is a folder (the csv format writes one file)</source>
        <translation>on kansio (csv-muoto kirjoittaa yhden tiedoston)</translation>
    </message>
    <message>
        <source>cannot create the folder of the output file</source>
        <translation>tulostiedoston kansiota ei voi luoda</translation>
    </message>
    <message>
        <source>exists with another header (expected &quot;file,0,...,%1&quot;): choose another output file</source>
        <translation>on olemassa eri otsikkorivillä (odotettiin &quot;file,0,...,%1&quot;): valitse toinen tulostiedosto</translation>
    </message>
    <message>
        <source>column %1 of the row of &quot;%2&quot; is not a finite number (&quot;%3&quot;): the file is damaged; choose another output file</source>
        <translation>rivin &quot;%2&quot; sarake %1 ei ole äärellinen luku (&quot;%3&quot;): tiedosto on vioittunut; valitse toinen tulostiedosto</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>ei voi kirjoittaa: %1</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; is already stored</source>
        <translation>avain &quot;%1&quot; on jo tallennettu</translation>
    </message>
    <message>
        <source>embedding of &quot;%1&quot; has %2 values, expected %3</source>
        <translation>kohteen &quot;%1&quot; upotuksessa on %2 arvoa, odotettiin %3</translation>
    </message>
    <message>
        <source>the embedding of &quot;%1&quot; holds a non-finite value (NaN or infinity): not stored</source>
        <translation>kohteen &quot;%1&quot; upotuksessa on ei-äärellinen arvo (NaN tai ääretön): ei tallennettu</translation>
    </message>
    <message>
        <source>the logits of &quot;%1&quot; hold a non-finite value (NaN or infinity): not stored</source>
        <translation>kohteen &quot;%1&quot; logiteissa on ei-äärellinen arvo (NaN tai ääretön): ei tallennettu</translation>
    </message>
    <message>
        <source>logits of &quot;%1&quot; have %2 values, expected %3</source>
        <translation>kohteen &quot;%1&quot; logiteissa on %2 arvoa, odotettiin %3</translation>
    </message>
</context>
<context>
    <name>st::EmbeddingTable</name>
    <message>
        <source>cannot open the embedding table: %1</source>
        <translation>upotustaulukkoa ei voi avata: %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>tiedostoa ei ole</translation>
    </message>
    <message>
        <source>expected a header &apos;file,0,1,...&apos; with at least one dimension</source>
        <translation>odotettiin otsikkoriviä &apos;file,0,1,...&apos;, jossa on vähintään yksi ulottuvuus</translation>
    </message>
    <message>
        <source>expected %1 comma-separated fields as in the header on line %2, found %3</source>
        <translation>odotettiin %1 pilkuin erotettua kenttää kuten rivin %2 otsikossa, löytyi %3</translation>
    </message>
    <message>
        <source>empty name in field 1</source>
        <translation>tyhjä nimi kentässä 1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed twice (first on line %2)</source>
        <translation>&apos;%1&apos; on luettelossa kahdesti (ensin rivillä %2)</translation>
    </message>
    <message>
        <source>field %1 (dimension %2: &apos;%3&apos;) is not a finite number in float32 range</source>
        <translation>kenttä %1 (ulottuvuus %2: &apos;%3&apos;) ei ole äärellinen luku float32-alueella</translation>
    </message>
    <message>
        <source>field %1 (dimension %2: &apos;%3&apos;) is not a finite number</source>
        <translation>kenttä %1 (ulottuvuus %2: &apos;%3&apos;) ei ole äärellinen luku</translation>
    </message>
    <message>
        <source>the embedding table is empty</source>
        <translation>upotustaulukko on tyhjä</translation>
    </message>
    <message>
        <source>the embedding table has a header (line %1) and no rows</source>
        <translation>upotustaulukossa on otsikkorivi (rivi %1) mutta ei rivejä</translation>
    </message>
</context>
<context>
    <name>st::EnrolClipsDialog</name>
    <message numerus="yes">
        <source>Enrol %n clip(s)</source>
        <translation>
            <numerusform>Rekisteröi %n leike</numerusform>
            <numerusform>Rekisteröi %n leikettä</numerusform>
        </translation>
    </message>
    <message>
        <source>
... and %1 more</source>
        <translation>
... ja %1 muuta</translation>
    </message>
    <message>
        <source>e.g. A01 (leave empty to skip this level)</source>
        <translation>esim. A01 (jätä tyhjäksi ohittaaksesi tämän tason)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>valinnainen</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Rekisteröi</translation>
    </message>
</context>
<context>
    <name>st::EvaluationDetection</name>
    <message>
        <source>detection needs a protocol (--protocol) and a score file (--scores)</source>
        <translation>tunnistus tarvitsee protokollan (--protocol) ja pistemäärätiedoston (--scores)</translation>
    </message>
    <message>
        <source>reading the protocol</source>
        <translation>luetaan protokollaa</translation>
    </message>
    <message>
        <source>reading the scores</source>
        <translation>luetaan pistemääriä</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>metriikat</translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation>kirjoitetaan %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>valmis</translation>
    </message>
</context>
<context>
    <name>st::EvaluationInputs</name>
    <message>
        <source>row %1 (key &apos;%2&apos;), %3 %4 is NaN: the file is corrupt</source>
        <translation>rivi %1 (avain &apos;%2&apos;), %3 %4 on NaN: tiedosto on vioittunut</translation>
    </message>
    <message>
        <source>row %1 (key &apos;%2&apos;), %3 %4 is infinite: the file is corrupt</source>
        <translation>rivi %1 (avain &apos;%2&apos;), %3 %4 on ääretön: tiedosto on vioittunut</translation>
    </message>
    <message>
        <source>an embedding folder needs embeddings.npy and keys.txt (as written by `sourcetrace-cli embed --format npy`)</source>
        <translation>upotuskansio tarvitsee tiedostot embeddings.npy ja keys.txt (kuten `sourcetrace-cli embed --format npy` ne kirjoittaa)</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>ei voi avata: %1</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; is listed twice (first on line %2)</source>
        <translation>avain &apos;%1&apos; on luettelossa kahdesti (ensin rivillä %2)</translation>
    </message>
    <message>
        <source>expected a 2-D array (clips x dimensions), found %1-D</source>
        <translation>odotettiin 2-ulotteista taulukkoa (leikkeet x ulottuvuudet), löytyi %1-ulotteinen</translation>
    </message>
    <message>
        <source>the embeddings have dimension 0 (shape %1 x 0)</source>
        <translation>upotusten ulottuvuus on 0 (muoto %1 x 0)</translation>
    </message>
    <message>
        <source>%1 keys for %2 embedding rows in embeddings.npy: the folder is inconsistent (an interrupted run? rerun `embed` to resume)</source>
        <translation>%1 avainta %2 upotusriville tiedostossa embeddings.npy: kansio on epäjohdonmukainen (keskeytynyt ajo? aja `embed` uudelleen jatkaaksesi)</translation>
    </message>
    <message>
        <source>dimension</source>
        <comment>row 3 (key &apos;x&apos;), dimension 5 is NaN</comment>
        <translation>ulottuvuus</translation>
    </message>
    <message>
        <source>expected a %1 x C array of logits (one row per embedding), found shape %2: the folder is inconsistent</source>
        <translation>odotettiin %1 x C -taulukkoa logiteista (yksi rivi upotusta kohden), löytyi muoto %2: kansio on epäjohdonmukainen</translation>
    </message>
    <message>
        <source>class</source>
        <comment>row 3 (key &apos;x&apos;), class 5 is NaN</comment>
        <translation>luokka</translation>
    </message>
    <message>
        <source>no such embedding file or folder</source>
        <translation>upotustiedostoa tai -kansiota ei ole</translation>
    </message>
    <message>
        <source>cannot open the score file: %1</source>
        <translation>pistemäärätiedostoa ei voi avata: %1</translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>ei JSON-objekti (%1)</translation>
    </message>
    <message>
        <source>the object has no &quot;file&quot;</source>
        <translation>objektissa ei ole kenttää &quot;file&quot;</translation>
    </message>
    <message>
        <source>&quot;score&quot; of &apos;%1&apos; is null, not a number</source>
        <translation>kohteen &apos;%1&apos; &quot;score&quot; on null, ei luku</translation>
    </message>
    <message>
        <source>&quot;score&quot; of &apos;%1&apos; is missing or not numeric, not a number</source>
        <translation>kohteen &apos;%1&apos; &quot;score&quot; puuttuu tai ei ole numeerinen, ei luku</translation>
    </message>
    <message>
        <source>&quot;score&quot; of &apos;%1&apos; is not a finite number</source>
        <translation>kohteen &apos;%1&apos; &quot;score&quot; ei ole äärellinen luku</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is scored twice (first on line %2)</source>
        <translation>&apos;%1&apos; on pisteytetty kahdesti (ensin rivillä %2)</translation>
    </message>
    <message>
        <source>the score file has no scores</source>
        <translation>pistemäärätiedostossa ei ole pistemääriä</translation>
    </message>
</context>
<context>
    <name>st::EvaluationOutput</name>
    <message>
        <source>cannot write: %1</source>
        <translation>ei voi kirjoittaa: %1</translation>
    </message>
    <message>
        <source>cannot remove this output of an earlier run</source>
        <translation>aiemman ajon tätä tulostetta ei voi poistaa</translation>
    </message>
    <message>
        <source>the output folder exists and is not a folder</source>
        <translation>tuloskansio on olemassa eikä ole kansio</translation>
    </message>
    <message>
        <source>cannot create the output folder</source>
        <translation>tuloskansiota ei voi luoda</translation>
    </message>
    <message>
        <source>the output folder holds &apos;%1&apos;, which is not an output of `evaluate`: refusing to write into it (give a new or empty folder, or one an earlier evaluate run wrote)</source>
        <translation>tuloskansiossa on &apos;%1&apos;, joka ei ole `evaluate`-komennon tuloste: siihen ei kirjoiteta (anna uusi tai tyhjä kansio tai kansio, jonka aiempi evaluate-ajo kirjoitti)</translation>
    </message>
    <message>
        <source>cannot replace the metrics of an earlier run (no write permission in the folder?)</source>
        <translation>aiemman ajon metriikoita ei voi korvata (ei kirjoitusoikeutta kansioon?)</translation>
    </message>
</context>
<context>
    <name>st::EvaluationPanel</name>
    <message>
        <source>Run an evaluation</source>
        <translation>Suorita arviointi</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metriikka</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <source>DET</source>
        <translation>DET</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Pistemäärät</translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation>Sekaannus</translation>
    </message>
    <message>
        <source>Tippett</source>
        <translation>Tippett</translation>
    </message>
    <message>
        <source>Export plot…</source>
        <translation>Vie kuvaaja…</translation>
    </message>
    <message>
        <source>Save the current plot as PNG or SVG, or its data as CSV</source>
        <translation>Tallenna nykyinen kuvaaja PNG- tai SVG-muodossa tai sen tiedot CSV-muodossa</translation>
    </message>
    <message>
        <source>Source tracing (embeddings)</source>
        <translation>Lähteen jäljitys (upotukset)</translation>
    </message>
    <message>
        <source>Detection (scores)</source>
        <translation>Tunnistus (pistemäärät)</translation>
    </message>
    <message>
        <source>STOPA trials (scored trial list)</source>
        <translation>STOPA-kokeet (pisteytetty koeluettelo)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokolla</translation>
    </message>
    <message>
        <source>Protocols (*.tsv *.txt *.csv);;All files (*)</source>
        <translation>Protokollat (*.tsv *.txt *.csv);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Embeddings / scores / trials</source>
        <translation>Upotukset / pistemäärät / kokeet</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Tuloskansio</translation>
    </message>
    <message>
        <source>attack = file name up to the first &apos;_&apos; (no protocol)</source>
        <translation>hyökkäys = tiedostonimi ensimmäiseen &apos;_&apos;-merkkiin asti (ei protokollaa)</translation>
    </message>
    <message>
        <source>e.g. A05,A09</source>
        <translation>esim. A05,A09</translation>
    </message>
    <message>
        <source>Unknown attacks</source>
        <translation>Tuntemattomat hyökkäykset</translation>
    </message>
    <message>
        <source>calibrate on dev</source>
        <translation>kalibroi dev-osalla</translation>
    </message>
    <message>
        <source>Back-end</source>
        <translation>Taustaosa</translation>
    </message>
    <message>
        <source>Enrol fraction</source>
        <translation>Rekisteröintiosuus</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Siemen</translation>
    </message>
    <message>
        <source>Tracing</source>
        <translation>Jäljitys</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Suorita</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Valitse kansio</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Valitse tiedosto</translation>
    </message>
    <message>
        <source>Evaluate (%1)</source>
        <translation>Arvioi (%1)</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Valmis.</translation>
    </message>
    <message>
        <source>Done: %1 files written.</source>
        <translation>Valmis: %1 tiedostoa kirjoitettu.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Peruttu.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Aloitetaan…</translation>
    </message>
    <message>
        <source>bona fide</source>
        <translation>aito</translation>
    </message>
    <message>
        <source>spoof</source>
        <translation>väärennös</translation>
    </message>
    <message>
        <source>Clips (bona fide / spoof)</source>
        <translation>Leikkeet (aidot / väärennetyt)</translation>
    </message>
    <message>
        <source>Pooled EER</source>
        <translation>Yhdistetty EER</translation>
    </message>
    <message>
        <source>Pooled ROCCH-EER</source>
        <translation>Yhdistetty ROCCH-EER</translation>
    </message>
    <message>
        <source>minDCF</source>
        <translation>minDCF</translation>
    </message>
    <message>
        <source>Cllr / minCllr (bits)</source>
        <translation>Cllr / minCllr (bittiä)</translation>
    </message>
    <message>
        <source>EER %1</source>
        <translation>EER %1</translation>
    </message>
    <message>
        <source>EER codec %1</source>
        <translation>EER koodekki %1</translation>
    </message>
    <message>
        <source>Known attacks</source>
        <translation>Tunnetut hyökkäykset</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <source>Clips (enrol / test / dev)</source>
        <translation>Leikkeet (rekisteröinti / testi / dev)</translation>
    </message>
    <message>
        <source>Pooled EER %1 %2</source>
        <translation>Yhdistetty EER %1 %2</translation>
    </message>
    <message>
        <source>minDCF known %1</source>
        <translation>minDCF tunnetut %1</translation>
    </message>
    <message>
        <source>Cllr / minCllr known %1 (bits)</source>
        <translation>Cllr / minCllr tunnetut %1 (bittiä)</translation>
    </message>
    <message>
        <source>Calibrated Cllr %1 (bits)</source>
        <translation>Kalibroitu Cllr %1 (bittiä)</translation>
    </message>
    <message>
        <source>Closed-set accuracy</source>
        <translation>Suljetun joukon tarkkuus</translation>
    </message>
    <message>
        <source>Closed-set macro-F1</source>
        <translation>Suljetun joukon makro-F1</translation>
    </message>
    <message>
        <source>OOD AUROC</source>
        <translation>OOD AUROC</translation>
    </message>
    <message>
        <source>OOD FPR@95%TPR</source>
        <translation>OOD FPR@95%TPR</translation>
    </message>
    <message>
        <source>OOD EER</source>
        <translation>OOD EER</translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation>Vie kuvaaja</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;CSV data (*.csv)</source>
        <translation>PNG-kuva (*.png);;SVG-kuva (*.svg);;CSV-tiedot (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Viety %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Vie</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>–</translation>
    </message>
    <message>
        <source>the evaluation panel holds no result yet</source>
        <translation>arviointipaneelissa ei ole vielä tulosta</translation>
    </message>
</context>
<context>
    <name>st::EvaluationPlots</name>
    <message>
        <source>a histogram needs at least one bin (got %1)</source>
        <translation>histogrammi tarvitsee vähintään yhden luokan (saatiin %1)</translation>
    </message>
</context>
<context>
    <name>st::EvaluationRun</name>
    <message>
        <source>unknown evaluation mode</source>
        <translation>tuntematon arviointitila</translation>
    </message>
</context>
<context>
    <name>st::EvaluationTrace</name>
    <message>
        <source>unknown scoring back-end &apos;%1&apos; (use cosine, mahalanobis or knn)</source>
        <translation>tuntematon pisteytyksen taustaosa &apos;%1&apos; (käytä cosine, mahalanobis tai knn)</translation>
    </message>
    <message>
        <source>trace needs embeddings (--embeddings: an `embed` npy folder or a CSV)</source>
        <translation>trace tarvitsee upotukset (--embeddings: `embed`-komennon npy-kansio tai CSV)</translation>
    </message>
    <message>
        <source>trace needs a protocol (--protocol) or --attack-from-filename</source>
        <translation>trace tarvitsee protokollan (--protocol) tai valitsimen --attack-from-filename</translation>
    </message>
    <message>
        <source>the enrolment fraction must lie strictly between 0 and 1 (got %1)</source>
        <translation>rekisteröintiosuuden on oltava aidosti välillä 0–1 (saatiin %1)</translation>
    </message>
    <message>
        <source>the dev fraction must lie strictly between 0 and 1 (got %1)</source>
        <translation>dev-osuuden on oltava aidosti välillä 0–1 (saatiin %1)</translation>
    </message>
    <message>
        <source>clip &apos;%1&apos; of the protocol has no embedding of that exact name and its base name &apos;%2&apos; matches several: use the protocol&apos;s names</source>
        <translation>protokollan leikkeellä &apos;%1&apos; ei ole täsmälleen samannimistä upotusta, ja sen perusnimi &apos;%2&apos; vastaa useita: käytä protokollan nimiä</translation>
    </message>
    <message>
        <source>embedding &apos;%1&apos; would count for two clips of the protocol (&apos;%2&apos; and &apos;%3&apos;): use the protocol&apos;s names</source>
        <translation>upotus &apos;%1&apos; laskettaisiin kahdelle protokollan leikkeelle (&apos;%2&apos; ja &apos;%3&apos;): käytä protokollan nimiä</translation>
    </message>
    <message>
        <source>none of the protocol&apos;s %1 spoofed clips has an embedding here (first: &apos;%2&apos;); do the names match the protocol&apos;s file column?</source>
        <translation>yhdelläkään protokollan %1 väärennetystä leikkeestä ei ole täällä upotusta (ensimmäinen: &apos;%2&apos;); vastaavatko nimet protokollan file-saraketta?</translation>
    </message>
    <message>
        <source>%1 protocol clips have no embedding: left out</source>
        <translation>%1 protokollan leikkeellä ei ole upotusta: jätetty pois</translation>
    </message>
    <message>
        <source>--attack-from-filename: &apos;%1&apos; has no &apos;_&apos; after an attack name (expected e.g. A05_LA_T_123.flac)</source>
        <translation>--attack-from-filename: nimessä &apos;%1&apos; ei ole merkkiä &apos;_&apos; hyökkäyksen nimen jälkeen (odotettiin esim. A05_LA_T_123.flac)</translation>
    </message>
    <message>
        <source>unknown attack &apos;%1&apos; does not occur among the evaluated clips (attacks: %2)</source>
        <translation>tuntematon hyökkäys &apos;%1&apos; ei esiinny arvioitujen leikkeiden joukossa (hyökkäykset: %2)</translation>
    </message>
    <message>
        <source>every attack is held out as unknown: at least one must be known (enrolled)</source>
        <translation>jokainen hyökkäys on jätetty tuntemattomaksi: vähintään yhden on oltava tunnettu (rekisteröity)</translation>
    </message>
    <message numerus="yes">
        <source>attack &apos;%1&apos; has %n clip(s): a known attack needs at least 2 (enrolment and test)</source>
        <translation>
            <numerusform>hyökkäyksellä &apos;%1&apos; on %n leike: tunnettu hyökkäys tarvitsee vähintään 2 (rekisteröinti ja testi)</numerusform>
            <numerusform>hyökkäyksellä &apos;%1&apos; on %n leikettä: tunnettu hyökkäys tarvitsee vähintään 2 (rekisteröinti ja testi)</numerusform>
        </translation>
    </message>
    <message>
        <source>enrolling %1 sources at %2</source>
        <translation>rekisteröidään %1 lähdettä tasolla %2</translation>
    </message>
    <message>
        <source>scoring %1</source>
        <translation>pisteytetään %1</translation>
    </message>
    <message>
        <source>no test clips: every clip went to enrolment</source>
        <translation>ei testileikkeitä: jokainen leike meni rekisteröintiin</translation>
    </message>
    <message>
        <source>calibration needs target and non-target trials of known attacks in both the dev and the eval part at some level: too few clips (lower --enrol-fraction?)</source>
        <translation>kalibrointi tarvitsee jollakin tasolla tunnettujen hyökkäysten kohde- ja ei-kohdekokeita sekä dev- että eval-osassa: liian vähän leikkeitä (pienennä --enrol-fraction?)</translation>
    </message>
    <message>
        <source>reading embeddings</source>
        <translation>luetaan upotuksia</translation>
    </message>
    <message>
        <source>no embeddings in the file</source>
        <translation>tiedostossa ei ole upotuksia</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>metriikat</translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation>kirjoitetaan %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>valmis</translation>
    </message>
</context>
<context>
    <name>st::EvaluationTrials</name>
    <message>
        <source>trials mode needs a STOPA trial list (--trials)</source>
        <translation>trials-tila tarvitsee STOPA-koeluettelon (--trials)</translation>
    </message>
    <message>
        <source>reading the trial list</source>
        <translation>luetaan koeluetteloa</translation>
    </message>
    <message>
        <source>the trial list has no score column (CosScore or score)</source>
        <translation>koeluettelossa ei ole pistemääräsaraketta (CosScore tai score)</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>metriikat</translation>
    </message>
    <message>
        <source>done</source>
        <translation>valmis</translation>
    </message>
</context>
<context>
    <name>st::EvidenceAnalysis</name>
    <message>
        <source>analysis settings: unknown member &quot;%1&quot; (known: %2)</source>
        <translation>analyysin asetukset: tuntematon jäsen &quot;%1&quot; (tunnetut: %2)</translation>
    </message>
    <message>
        <source>analysis settings: igSteps must be between 2 and 4096, not %1</source>
        <translation>analyysin asetukset: igSteps-arvon on oltava välillä 2–4096, ei %1</translation>
    </message>
    <message>
        <source>analysis settings: threads must be between 0 and 1024, not %1</source>
        <translation>analyysin asetukset: threads-arvon on oltava välillä 0–1024, ei %1</translation>
    </message>
    <message>
        <source>analysis settings: backend is empty</source>
        <translation>analyysin asetukset: backend on tyhjä</translation>
    </message>
    <message>
        <source>analysis: format &quot;%1&quot; is not one this build reads (sourcetrace-analysis/1)</source>
        <translation>analyysi: tämä versio ei lue muotoa &quot;%1&quot; (sourcetrace-analysis/1)</translation>
    </message>
    <message>
        <source>%1: %2 entries then %3</source>
        <translation>%1: %2 alkiota, sitten %3</translation>
    </message>
    <message>
        <source>%1: %2 then %3</source>
        <translation>%1: %2, sitten %3</translation>
    </message>
    <message>
        <source>hashing the evidence</source>
        <translation>todisteen tiivisteen laskenta</translation>
    </message>
    <message>
        <source>has changed since intake: its SHA-256 is %1, the case recorded %2; it is not analysed</source>
        <translation>on muuttunut vastaanoton jälkeen: sen SHA-256 on %1, tapaukseen on kirjattu %2; sitä ei analysoida</translation>
    </message>
    <message>
        <source>decoding</source>
        <translation>dekoodaus</translation>
    </message>
    <message>
        <source>quality thresholds: %1</source>
        <translation>laatukynnykset: %1</translation>
    </message>
    <message>
        <source>quality measures</source>
        <translation>laatumittaukset</translation>
    </message>
    <message>
        <source>done</source>
        <translation>valmis</translation>
    </message>
</context>
<context>
    <name>st::ExplainPanel</name>
    <message>
        <source>Fingerprint CSV…</source>
        <translation>Sormenjälki-CSV…</translation>
    </message>
    <message>
        <source>Load fingerprints (STOPA layout: file,0,...,D-1) as cosine-similarity targets</source>
        <translation>Lataa sormenjäljet (STOPA-muoto: file,0,...,D-1) kosinisamankaltaisuuden kohteiksi</translation>
    </message>
    <message>
        <source>Silence (zeros)</source>
        <translation>Hiljaisuus (nollat)</translation>
    </message>
    <message>
        <source>Noise, -60 dBFS, 4 draws</source>
        <translation>Kohina, -60 dBFS, 4 arvontaa</translation>
    </message>
    <message>
        <source>Low-pass copy, 1 kHz</source>
        <translation>Alipäästetty kopio, 1 kHz</translation>
    </message>
    <message>
        <source>Noise, -50 dBFS, 4 draws (spectral models)</source>
        <translation>Kohina, -50 dBFS, 4 arvontaa (spektrimallit)</translation>
    </message>
    <message>
        <source>Bona fide mean (file…)</source>
        <translation>Aitojen keskiarvo (tiedosto…)</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Tiedosto…</translation>
    </message>
    <message>
        <source>Choose the mean-feature baseline file (made by `sourcetrace-cli explain baseline --protocol REF --out F.json`)</source>
        <translation>Valitse keskipiirreperustason tiedosto (tehty komennolla `sourcetrace-cli explain baseline --protocol REF --out F.json`)</translation>
    </message>
    <message>
        <source>Gauss-Legendre</source>
        <translation>Gauss–Legendre</translation>
    </message>
    <message>
        <source>Trapezoid</source>
        <translation>Puolisuunnikas</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Malli</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Kohde</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Perustaso</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Askeleet</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Sääntö</translation>
    </message>
    <message>
        <source>Attribute the model&apos;s jumps</source>
        <translation>Attribuoi mallin hypyt</translation>
    </message>
    <message>
        <source>AASIST&apos;s graph pooling keeps the top-scoring nodes, so its output jumps where the kept nodes change along the path. On: each jump is located and attributed through the score crossing that caused it, so the attributions add up to the change of the target (slower). Off: plain Integrated Gradients; the jumps stay in the completeness gap.</source>
        <translation>AASISTin graafipoolaus säilyttää parhaat pisteet saaneet solmut, joten sen tuloste hyppää siellä, missä säilytetyt solmut vaihtuvat polun varrella. Päällä: jokainen hyppy paikannetaan ja attribuoidaan sen aiheuttaneen pistemäärien ylityksen kautta, joten attribuutiot summautuvat kohteen muutokseksi (hitaampi). Pois: pelkkä Integrated Gradients; hypyt jäävät täydellisyysvajeeseen.</translation>
    </message>
    <message>
        <source>LibTorch threads for the run (default: all %1 cores of this machine)</source>
        <translation>Ajon LibTorch-säikeet (oletus: tämän koneen kaikki %1 ydintä)</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Säikeet</translation>
    </message>
    <message>
        <source>Coarse result first (%1 steps, plain IG)</source>
        <translation>Karkea tulos ensin (%1 askelta, pelkkä IG)</translation>
    </message>
    <message>
        <source>Shows a quick result of %1 steps without the jump search at once, marked coarse; the full run replaces it. On by default for models whose run takes longer than %2 s.</source>
        <translation>Näyttää heti nopean %1 askeleen tuloksen ilman hyppyjen hakua karkeaksi merkittynä; täysi ajo korvaa sen. Oletuksena päällä malleille, joiden ajo kestää yli %2 s.</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Selitä</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>The completeness gap is above 5 %: run again with four times the steps</source>
        <translation>Täydellisyysvaje on yli 5 %: aja uudelleen nelinkertaisella askelmäärällä</translation>
    </message>
    <message>
        <source> th percentile</source>
        <translation>. persentiili</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Kartta</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Peittävyys</translation>
    </message>
    <message>
        <source>Clip at</source>
        <translation>Leikkaus</translation>
    </message>
    <message>
        <source>Colour spectrogram under the map</source>
        <translation>Värillinen spektrogrammi kartan alla</translation>
    </message>
    <message>
        <source>Off: the spectrogram is drawn in greyscale while the map is over it, so that both of the map&apos;s colours stay visible. On: the spectrogram keeps its colour map; the map&apos;s colours are then chosen to stand apart from it, and its strongest regions are outlined.</source>
        <translation>Pois: spektrogrammi piirretään harmaasävyisenä kartan ollessa sen päällä, jotta kartan molemmat värit erottuvat. Päällä: spektrogrammi säilyttää värikarttansa; kartan värit valitaan silloin erottumaan siitä, ja sen voimakkaimmat alueet ääriviivataan.</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Vie PNG…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Vie SVG…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Vie JSON…</translation>
    </message>
    <message>
        <source>Fingerprint CSV</source>
        <translation>Sormenjälki-CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1: cannot read</source>
        <translation>%1: ei voi lukea</translation>
    </message>
    <message>
        <source>Export attribution PNG</source>
        <translation>Vie attribuutio-PNG</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>Export attribution SVG</source>
        <translation>Vie attribuutio-SVG</translation>
    </message>
    <message>
        <source>SVG (*.svg)</source>
        <translation>SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export attribution JSON</source>
        <translation>Vie attribuutio-JSON</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>choose a model first</source>
        <translation>valitse ensin malli</translation>
    </message>
    <message>
        <source>%1 (%2) exposes no front-end features, so a mean-feature baseline cannot be used with it; choose a SourceTrace spectral model (e.g. sourcetrace-default)</source>
        <translation>%1 (%2) ei tarjoa etuosan piirteitä, joten keskipiirreperustasoa ei voi käyttää sen kanssa; valitse SourceTracen spektrimalli (esim. sourcetrace-default)</translation>
    </message>
    <message>
        <source>Bona fide mean (%1)</source>
        <translation>Aitojen keskiarvo (%1)</translation>
    </message>
    <message>
        <source>Feature-space IG from the mean feature of bona fide clips: choose the file with File…</source>
        <translation>Piirreavaruuden IG aitojen leikkeiden keskipiirteestä: valitse tiedosto kohdasta Tiedosto…</translation>
    </message>
    <message>
        <source>Feature-space IG from the mean feature of bona fide clips in %1</source>
        <translation>Piirreavaruuden IG aitojen leikkeiden keskipiirteestä tiedostossa %1</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>Ei käytettävissä: %1</translation>
    </message>
    <message>
        <source>Choose the mean-feature baseline file (made by `sourcetrace-cli explain baseline`)</source>
        <translation>Valitse keskipiirreperustason tiedosto (tehty komennolla `sourcetrace-cli explain baseline`)</translation>
    </message>
    <message>
        <source>Mean-feature baseline</source>
        <translation>Keskipiirreperustaso</translation>
    </message>
    <message>
        <source>Baseline JSON (*.json)</source>
        <translation>Perustason JSON (*.json)</translation>
    </message>
    <message>
        <source>Bona fide logit (detection score)</source>
        <translation>Bona fide -logitti (tunnistuspistemäärä)</translation>
    </message>
    <message>
        <source>Margin spoof − bona fide</source>
        <translation>Marginaali väärennös − aito</translation>
    </message>
    <message>
        <source>Logit %1: %2</source>
        <translation>Logitti %1: %2</translation>
    </message>
    <message>
        <source>Similarity to fingerprint %1</source>
        <translation>Samankaltaisuus sormenjälkeen %1</translation>
    </message>
    <message>
        <source>%1 is a fused detector: it cannot be explained (a fusion of scores has no embedding and no gradient); choose one of its component models</source>
        <translation>%1 on fuusioitu tunnistin: sitä ei voi selittää (pistemäärien fuusiolla ei ole upotusta eikä gradienttia); valitse jokin sen komponenttimalleista</translation>
    </message>
    <message>
        <source>Ready: choose a target and press Explain</source>
        <translation>Valmis: valitse kohde ja paina Selitä</translation>
    </message>
    <message>
        <source>Open a clip and choose a model first</source>
        <translation>Avaa ensin leike ja valitse malli</translation>
    </message>
    <message>
        <source>Bona fide mean baseline: %1</source>
        <translation>Aitojen keskiarvon perustaso: %1</translation>
    </message>
    <message>
        <source>Bona fide mean baseline: choose its file with File… first</source>
        <translation>Aitojen keskiarvon perustaso: valitse ensin sen tiedosto kohdasta Tiedosto…</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Hylätty: %1</translation>
    </message>
    <message>
        <source>a new run is under way</source>
        <translation>uusi ajo on käynnissä</translation>
    </message>
    <message>
        <source>settings changed, a new run is under way</source>
        <translation>asetukset muuttuivat, uusi ajo on käynnissä</translation>
    </message>
    <message>
        <source>Integrated Gradients (%1, %2 steps) of %3</source>
        <translation>Integrated Gradients (%1, %2 askelta): %3</translation>
    </message>
    <message>
        <source>loading %1</source>
        <translation>ladataan %1</translation>
    </message>
    <message>
        <source>reading the clip</source>
        <translation>luetaan leikettä</translation>
    </message>
    <message>
        <source>coarse pass: %1</source>
        <translation>karkea kierros: %1</translation>
    </message>
    <message>
        <source>Running… (%1)</source>
        <translation>Käynnissä… (%1)</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Käynnissä…</translation>
    </message>
    <message>
        <source>coarse (%1 steps, completeness gap %2): the full run follows</source>
        <translation>karkea (%1 askelta, täydellisyysvaje %2): täysi ajo seuraa</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>aika tuntematon</translation>
    </message>
    <message>
        <source>under a second</source>
        <translation>alle sekunti</translation>
    </message>
    <message>
        <source>about %1 s</source>
        <translation>noin %1 s</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>noin %1 min</translation>
    </message>
    <message>
        <source>about %1 h</source>
        <translation>noin %1 h</translation>
    </message>
    <message>
        <source>%1 — %2 s elapsed, %3 left</source>
        <translation>%1 — %2 s kulunut, %3 jäljellä</translation>
    </message>
    <message>
        <source>%1 — %2 s elapsed</source>
        <translation>%1 — %2 s kulunut</translation>
    </message>
    <message numerus="yes">
        <source>
%n jump(s) of the model located and attributed (%1 of the change)</source>
        <translation>
            <numerusform>
%n mallin hyppy paikannettu ja attribuoitu (%1 muutoksesta)</numerusform>
            <numerusform>
%n mallin hyppyä paikannettu ja attribuoitu (%1 muutoksesta)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
%n jump(s) of the model not attributed (%1 of the change)</source>
        <translation>
            <numerusform>
%n mallin hyppy jäi attribuoimatta (%1 muutoksesta)</numerusform>
            <numerusform>
%n mallin hyppyä jäi attribuoimatta (%1 muutoksesta)</numerusform>
        </translation>
    </message>
    <message>
        <source>the model jumps along the path and no gradient sees a jump, so more steps will not close the gap: tick &quot;Attribute the model&apos;s jumps&quot; and press Explain again</source>
        <translation>malli hyppää polun varrella eikä mikään gradientti näe hyppyä, joten lisäaskeleet eivät kurota vajetta umpeen: valitse &quot;Attribuoi mallin hypyt&quot; ja paina Selitä uudelleen</translation>
    </message>
    <message>
        <source>the path integral has not converged: press &quot;Run again with %1 steps&quot; below</source>
        <translation>polkuintegraali ei ole konvergoinut: paina alla &quot;Aja uudelleen %1 askeleella&quot;</translation>
    </message>
    <message>
        <source>the path integral has not converged even at the most steps offered</source>
        <translation>polkuintegraali ei ole konvergoinut edes suurimmalla tarjotulla askelmäärällä</translation>
    </message>
    <message>
        <source>or choose the Gauss-Legendre rule</source>
        <translation>tai valitse Gauss–Legendre-sääntö</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of the model&apos;s choices could not be located and stay in the gap</source>
        <translation>
            <numerusform>%n muutos mallin valinnoissa jäi paikantamatta ja jää vajeeseen</numerusform>
            <numerusform>%n muutosta mallin valinnoissa jäi paikantamatta ja jää vajeeseen</numerusform>
        </translation>
    </message>
    <message>
        <source>the score hardly changes between the baseline and the clip: choose another Baseline above</source>
        <translation>pistemäärä tuskin muuttuu perustason ja leikkeen välillä: valitse yllä toinen perustaso</translation>
    </message>
    <message>
        <source> (feature-space IG from the %1)</source>
        <translation> (piirreavaruuden IG lähtökohtana %1)</translation>
    </message>
    <message>
        <source>%1Completeness gap %2: %3.%4%5</source>
        <translation>%1Täydellisyysvaje %2: %3.%4%5</translation>
    </message>
    <message>
        <source>Coarse result (%1 steps, plain IG). </source>
        <translation>Karkea tulos (%1 askelta, pelkkä IG). </translation>
    </message>
    <message>
        <source>
Warning: %1.</source>
        <translation>
Varoitus: %1.</translation>
    </message>
    <message>
        <source>Done in %1 s (estimated %2; %3 threads): %4; baseline %5; %6 steps (%7)</source>
        <translation>Valmis ajassa %1 s (arvio %2; %3 säiettä): %4; perustaso %5; %6 askelta (%7)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Epäonnistui: %1</translation>
    </message>
    <message>
        <source>coarse (%1 steps): the full run was cancelled</source>
        <translation>karkea (%1 askelta): täysi ajo peruttiin</translation>
    </message>
    <message>
        <source>coarse (%1 steps): the full run failed</source>
        <translation>karkea (%1 askelta): täysi ajo epäonnistui</translation>
    </message>
    <message>
        <source>run cancelled; this is the earlier result</source>
        <translation>ajo peruttiin; tämä on aiempi tulos</translation>
    </message>
    <message>
        <source>run failed; this is the earlier result</source>
        <translation>ajo epäonnistui; tämä on aiempi tulos</translation>
    </message>
    <message>
        <source>time not estimated for the bona fide mean baseline (feature-space IG, one path of the whole clip)</source>
        <translation>aikaa ei arvioitu aitojen keskiarvon perustasolle (piirreavaruuden IG, yksi polku koko leikkeestä)</translation>
    </message>
    <message>
        <source>time unknown until the first run of this model</source>
        <translation>aika tuntematon ennen tämän mallin ensimmäistä ajoa</translation>
    </message>
    <message>
        <source>%1 on 1 thread</source>
        <translation>%1 yhdellä säikeellä</translation>
    </message>
    <message>
        <source>%1 on %2 threads</source>
        <translation>%1 %2 säikeellä</translation>
    </message>
    <message>
        <source> (measured in its last run)</source>
        <translation> (mitattu sen viimeisimmässä ajossa)</translation>
    </message>
    <message>
        <source> (rough: documented figure)</source>
        <translation> (karkea: dokumentoitu luku)</translation>
    </message>
    <message>
        <source>Seconds per forward+backward row x rows (steps x baseline draws x windows, plus the jump search and the coarse pass)</source>
        <translation>Sekunnit eteen- ja taaksepäin laskettua riviä kohden x rivit (askeleet x perustason arvonnat x ikkunat sekä hyppyjen haku ja karkea kierros)</translation>
    </message>
    <message>
        <source>Feature-space result (bona fide mean baseline): attributions per model feature bin and frame; there are no per-sample attributions, so selection statistics are not computed. The waveform shows each frame&apos;s sum.</source>
        <translation>Piirreavaruuden tulos (aitojen keskiarvon perustaso): attribuutiot mallin piirrelokeroittain ja kehyksittäin; näytekohtaisia attribuutioita ei ole, joten valinnan tilastoja ei lasketa. Aaltomuoto näyttää kunkin kehyksen summan.</translation>
    </message>
    <message>
        <source>%1 %2–%3 s: sum %4 (%5), |a| %6 = %7 of the clip
Bands: %8
Speech %9, pauses %10 (speech is %11 of the time)</source>
        <translation>%1 %2–%3 s: summa %4 (%5), |a| %6 = %7 leikkeestä
Kaistat: %8
Puhe %9, tauot %10 (puhetta on %11 ajasta)</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Valinta</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>Leike</translation>
    </message>
    <message>
        <source>Run again with %1 steps</source>
        <translation>Aja uudelleen %1 askeleella</translation>
    </message>
    <message>
        <source>nothing to export: run an explanation first</source>
        <translation>ei mitään vietävää: suorita ensin selitys</translation>
    </message>
    <message>
        <source>cannot write the PNG</source>
        <translation>PNG-kuvaa ei voi kirjoittaa</translation>
    </message>
    <message>
        <source>Integrated Gradients of %1 (%2) on %3</source>
        <translation>Integrated Gradients: %1 (%2) kohteelle %3</translation>
    </message>
    <message>
        <source>cannot write the SVG (check that the folder exists and is writable)</source>
        <translation>SVG:tä ei voi kirjoittaa (tarkista, että kansio on olemassa ja kirjoitettavissa)</translation>
    </message>
    <message>
        <source>cannot write the SVG</source>
        <translation>SVG:tä ei voi kirjoittaa</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>ei voi kirjoittaa: %1</translation>
    </message>
    <message>
        <source>; the gradient steps scaled by %1 to the change between the jumps (their sum missed it by %2)</source>
        <translation>; gradienttiaskeleet skaalattu kertoimella %1 hyppyjen väliseen muutokseen (niiden summa poikkesi siitä %2)</translation>
    </message>
</context>
<context>
    <name>st::ExportStamp</name>
    <message>
        <source>cannot read back the SVG to stamp it: %1</source>
        <translation>SVG:tä ei voi lukea takaisin leimattavaksi: %1</translation>
    </message>
    <message>
        <source>not an SVG document: cannot add the export stamp</source>
        <translation>ei SVG-asiakirja: vientileimaa ei voi lisätä</translation>
    </message>
    <message>
        <source>could not write the stamped SVG: %1</source>
        <translation>leimattua SVG:tä ei voitu kirjoittaa: %1</translation>
    </message>
    <message>
        <source>cannot read back the export to stamp it: %1</source>
        <translation>vientiä ei voi lukea takaisin leimattavaksi: %1</translation>
    </message>
    <message>
        <source>could not write the stamped export: %1</source>
        <translation>leimattua vientiä ei voitu kirjoittaa: %1</translation>
    </message>
    <message>
        <source>the sidecar is not a JSON object (%1): cannot add the export stamp</source>
        <translation>sivutiedosto ei ole JSON-objekti (%1): vientileimaa ei voi lisätä</translation>
    </message>
</context>
<context>
    <name>st::FeatureIntegratedGradients</name>
    <message>
        <source>the clip has %1 samples; the model needs at least %2</source>
        <translation>leikkeessä on %1 näytettä; malli tarvitsee vähintään %2</translation>
    </message>
    <message>
        <source>model %1 does not expose front-end features</source>
        <translation>malli %1 ei tarjoa etuosan piirteitä</translation>
    </message>
    <message>
        <source>no model</source>
        <translation>ei mallia</translation>
    </message>
    <message>
        <source>model %1 (kind %2) does not expose front-end features: the mean-feature baseline needs a model that does (SourceTrace&apos;s spectral models)</source>
        <translation>malli %1 (tyyppi %2) ei tarjoa etuosan piirteitä: keskipiirreperustaso vaatii mallin, joka tarjoaa ne (SourceTracen spektrimallit)</translation>
    </message>
    <message>
        <source>no bona fide reference clips to average</source>
        <translation>ei keskiarvoistettavia bona fide -vertailuleikkeitä</translation>
    </message>
    <message>
        <source>features %1/%2</source>
        <translation>piirteet %1/%2</translation>
    </message>
    <message>
        <source>no samples</source>
        <translation>ei näytteitä</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>ei voi kirjoittaa: %1</translation>
    </message>
    <message>
        <source>cannot read the baseline file: %1</source>
        <translation>perustasotiedostoa ei voi lukea: %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>tiedostoa ei ole</translation>
    </message>
    <message>
        <source>not a JSON object: %1 at byte %2</source>
        <translation>ei JSON-olio: %1 tavun %2 kohdalla</translation>
    </message>
    <message>
        <source>incomplete baseline: it needs model.name, mean and binHz of &quot;bins&quot; values, sampleRate and hop</source>
        <translation>puutteellinen perustaso: se tarvitsee kentät model.name, mean ja binHz (&quot;bins&quot; arvoa), sampleRate ja hop</translation>
    </message>
    <message>
        <source>the mean holds a value that is not a finite number</source>
        <translation>keskiarvossa on arvo, joka ei ole äärellinen luku</translation>
    </message>
    <message>
        <source>the baseline was made with model %1 (weights %2); this is model %3 (weights %4): compute one for this model with `sourcetrace-cli explain baseline`</source>
        <translation>perustaso on tehty mallilla %1 (painot %2); tämä on malli %3 (painot %4): laske tälle mallille oma komennolla `sourcetrace-cli explain baseline`</translation>
    </message>
    <message>
        <source>the baseline has %1 bins; the model&apos;s features have %2</source>
        <translation>perustasossa on %1 taajuuslokeroa; mallin piirteissä on %2</translation>
    </message>
    <message>
        <source>feature path %1/%2</source>
        <translation>piirrepolku %1/%2</translation>
    </message>
    <message>
        <source>cannot create the output folder</source>
        <translation>tuloskansiota ei voi luoda</translation>
    </message>
</context>
<context>
    <name>st::FingerprintLibrary</name>
    <message>
        <source>damaged library: %1 has %2 bytes, not %3 float32 values (`sourcetrace-cli library verify` lists the problems)</source>
        <translation>vioittunut kirjasto: kohteessa %1 on %2 tavua, ei %3 float32-arvoa (`sourcetrace-cli library verify` luettelee ongelmat)</translation>
    </message>
    <message>
        <source>damaged library: %1 holds a non-finite value (`sourcetrace-cli library verify` lists the problems)</source>
        <translation>vioittunut kirjasto: kohteessa %1 on ei-äärellinen arvo (`sourcetrace-cli library verify` luettelee ongelmat)</translation>
    </message>
    <message>
        <source>cannot switch the library to WAL mode (is it on a local disk?) %1</source>
        <translation>kirjastoa ei voi vaihtaa WAL-tilaan (onko se paikallisella levyllä?) %1</translation>
    </message>
    <message>
        <source>cannot open the library database: %1</source>
        <translation>kirjastotietokantaa ei voi avata: %1</translation>
    </message>
    <message>
        <source>the library file was replaced by another one since it was opened (its model binding or creation date differ): open it again</source>
        <translation>kirjastotiedosto on korvattu toisella avaamisen jälkeen (sen mallisidonta tai luontipäivä eroaa): avaa se uudelleen</translation>
    </message>
    <message>
        <source>opened read-only: it cannot be changed</source>
        <translation>avattu vain luku -tilassa: sitä ei voi muuttaa</translation>
    </message>
    <message numerus="yes">
        <source>refusing to write into a damaged library: %1 (and %n more); `sourcetrace-cli library verify %2` lists the problems</source>
        <translation>
            <numerusform>vioittuneeseen kirjastoon ei kirjoiteta: %1 (ja %n muu); `sourcetrace-cli library verify %2` luettelee ongelmat</numerusform>
            <numerusform>vioittuneeseen kirjastoon ei kirjoiteta: %1 (ja %n muuta); `sourcetrace-cli library verify %2` luettelee ongelmat</numerusform>
        </translation>
    </message>
    <message>
        <source>refusing to write into a damaged library: %1; `sourcetrace-cli library verify %2` lists the problems</source>
        <translation>vioittuneeseen kirjastoon ei kirjoiteta: %1; `sourcetrace-cli library verify %2` luettelee ongelmat</translation>
    </message>
    <message>
        <source>a file of that name exists already: choose another name or delete it</source>
        <translation>samanniminen tiedosto on jo olemassa: valitse toinen nimi tai poista se</translation>
    </message>
    <message>
        <source>a library needs a model name and an embedding dimension (1 to %1)</source>
        <translation>kirjasto tarvitsee mallin nimen ja upotuksen ulottuvuuden (1–%1)</translation>
    </message>
    <message>
        <source>cannot begin the creating transaction: %1</source>
        <translation>luontitransaktiota ei voi aloittaa: %1</translation>
    </message>
    <message>
        <source>cannot commit the new library: %1</source>
        <translation>uutta kirjastoa ei voi vahvistaa: %1</translation>
    </message>
    <message>
        <source>cannot put the new library in place (does a file of that name exist now?)</source>
        <translation>uutta kirjastoa ei voi siirtää paikalleen (onko samanniminen tiedosto nyt olemassa?)</translation>
    </message>
    <message>
        <source>no such library (make one with `sourcetrace-cli library create --model M --out %1`)</source>
        <translation>kirjastoa ei ole (luo se komennolla `sourcetrace-cli library create --model M --out %1`)</translation>
    </message>
    <message>
        <source>not a library file (a folder or a device)</source>
        <translation>ei kirjastotiedosto (kansio tai laite)</translation>
    </message>
    <message>
        <source>the library file is read-only: it can be listed, verified and traced against, not changed</source>
        <translation>kirjastotiedosto on vain luku -tilassa: sen voi luetella, tarkistaa ja sitä vasten voi jäljittää, mutta sitä ei voi muuttaa</translation>
    </message>
    <message>
        <source>the library is in a read-only folder with an unapplied write-ahead log (%1-wal): copy the library and its -wal file to a writable folder first</source>
        <translation>kirjasto on vain luku -kansiossa, ja siinä on soveltamaton write-ahead-loki (%1-wal): kopioi kirjasto ja sen -wal-tiedosto ensin kirjoitettavaan kansioon</translation>
    </message>
    <message>
        <source>internal error: no connection open</source>
        <translation>sisäinen virhe: yhteyttä ei ole avattu</translation>
    </message>
    <message>
        <source>not a SourceTrace library: SQLite cannot read it as a database (%1)</source>
        <translation>ei SourceTrace-kirjasto: SQLite ei pysty lukemaan sitä tietokantana (%1)</translation>
    </message>
    <message>
        <source>not a readable SQLite database: %1</source>
        <translation>ei luettava SQLite-tietokanta: %1</translation>
    </message>
    <message>
        <source>cannot read the database schema (damaged? `sourcetrace-cli library verify` says more): %1</source>
        <translation>tietokannan skeemaa ei voi lukea (vioittunut? `sourcetrace-cli library verify` kertoo lisää): %1</translation>
    </message>
    <message>
        <source>empty database, not a SourceTrace library (make one with `library create`)</source>
        <translation>tyhjä tietokanta, ei SourceTrace-kirjasto (luo kirjasto komennolla `library create`)</translation>
    </message>
    <message>
        <source>not a SourceTrace library: an SQLite database of another application (application_id 0x%1)</source>
        <translation>ei SourceTrace-kirjasto: toisen sovelluksen SQLite-tietokanta (application_id 0x%1)</translation>
    </message>
    <message>
        <source>not a SourceTrace library (an SQLite database without the library&apos;s schema version and meta table)</source>
        <translation>ei SourceTrace-kirjasto (SQLite-tietokanta ilman kirjaston skeemaversiota ja meta-taulua)</translation>
    </message>
    <message>
        <source>library schema version %1 is newer than this build understands (%2): use a newer SourceTrace</source>
        <translation>kirjaston skeemaversio %1 on uudempi kuin tämä käännös ymmärtää (%2): käytä uudempaa SourceTracea</translation>
    </message>
    <message>
        <source>a SourceTrace library without a schema version (its creation was interrupted?): make it again with `library create`</source>
        <translation>SourceTrace-kirjasto ilman skeemaversiota (keskeytyikö sen luonti?): luo se uudelleen komennolla `library create`</translation>
    </message>
    <message>
        <source>library schema v%1 is older than this build&apos;s v%2, and opening it read-only cannot migrate it: `sourcetrace-cli library upgrade %3` migrates it (this changes the file)</source>
        <translation>kirjaston skeema v%1 on vanhempi kuin tämän käännöksen v%2, eikä vain luku -avaus voi siirtää sitä: `sourcetrace-cli library upgrade %3` siirtää sen (tämä muuttaa tiedostoa)</translation>
    </message>
    <message>
        <source>cannot read the library&apos;s meta table (`sourcetrace-cli library verify %1` says more): %2</source>
        <translation>kirjaston meta-taulua ei voi lukea (`sourcetrace-cli library verify %1` kertoo lisää): %2</translation>
    </message>
    <message>
        <source>the library names no model (meta model_name / embedding_dim missing or invalid; `sourcetrace-cli library verify %1` says more)</source>
        <translation>kirjasto ei nimeä mallia (meta model_name / embedding_dim puuttuu tai on virheellinen; `sourcetrace-cli library verify %1` kertoo lisää)</translation>
    </message>
    <message>
        <source>this library is bound to model %1; refusing to use it with model %2 (embeddings of different models are not comparable: make a library for %3 with `sourcetrace-cli library create --model %3`)</source>
        <translation>tämä kirjasto on sidottu malliin %1; sitä ei käytetä mallin %2 kanssa (eri mallien upotukset eivät ole vertailukelpoisia: luo kirjasto mallille %3 komennolla `sourcetrace-cli library create --model %3`)</translation>
    </message>
</context>
<context>
    <name>st::FingerprintMatrixScoring</name>
    <message>
        <source>cosine scoring: %1 names for %2 fingerprints</source>
        <translation>kosinipisteytys: %1 nimeä %2 sormenjäljelle</translation>
    </message>
    <message>
        <source>cosine scoring: empty fingerprint</source>
        <translation>kosinipisteytys: tyhjä sormenjälki</translation>
    </message>
    <message>
        <source>cosine scoring: fingerprint &apos;%1&apos; has dimension %2, expected %3</source>
        <translation>kosinipisteytys: sormenjäljen &apos;%1&apos; ulottuvuus on %2, odotettiin %3</translation>
    </message>
</context>
<context>
    <name>st::FirstRunNote</name>
    <message>
        <source>SourceTrace: privacy and storage</source>
        <translation>SourceTrace: yksityisyys ja tallennus</translation>
    </message>
</context>
<context>
    <name>st::FusedDetection</name>
    <message>
        <source>the fusion&apos;s system(s) %1 name no model of the registry (known: %2); a system is named by its model, or as model#suffix</source>
        <translation>fuusion järjestelmä(t) %1 eivät nimeä mitään rekisterin mallia (tunnetut: %2); järjestelmä nimetään mallinsa mukaan tai muodossa model#suffix</translation>
    </message>
    <message>
        <source>the fusion&apos;s system(s) %1 are not detectors</source>
        <translation>fuusion järjestelmä(t) %1 eivät ole tunnistimia</translation>
    </message>
</context>
<context>
    <name>st::FusedDetectorBox</name>
    <message>
        <source>Fusion models (sourcetrace-fusion/1, `sourcetrace-cli fuse train`) whose systems are registry detectors</source>
        <translation>Fuusiomallit (sourcetrace-fusion/1, `sourcetrace-cli fuse train`), joiden järjestelmät ovat rekisterin tunnistimia</translation>
    </message>
    <message>
        <source>Add fusion model...</source>
        <translation>Lisää fuusiomalli...</translation>
    </message>
    <message>
        <source>Add fusion model</source>
        <translation>Lisää fuusiomalli</translation>
    </message>
    <message>
        <source>Fusion models (*.json)</source>
        <translation>Fuusiomallit (*.json)</translation>
    </message>
    <message>
        <source>Run fused</source>
        <translation>Suorita fuusioitu</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Järjestelmä</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Malli</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pistemäärä</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Paino</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fused detectors&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fuusioidut tunnistimet&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Fused: %1</source>
        <translation>Fuusioitu: %1</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>Lisättiin %1</translation>
    </message>
    <message>
        <source>Add a fusion model first</source>
        <translation>Lisää ensin fuusiomalli</translation>
    </message>
    <message>
        <source>Open a clip first</source>
        <translation>Avaa ensin leike</translation>
    </message>
    <message>
        <source>A fused detection is running</source>
        <translation>Fuusioitu tunnistus on käynnissä</translation>
    </message>
    <message>
        <source>Fused detection (%1) on %2</source>
        <translation>Fuusioitu tunnistus (%1) kohteelle %2</translation>
    </message>
    <message>
        <source>Running %1 detectors...</source>
        <translation>Suoritetaan %1 tunnistinta...</translation>
    </message>
    <message>
        <source>Fused detection cancelled.</source>
        <translation>Fuusioitu tunnistus peruttu.</translation>
    </message>
    <message>
        <source>Fused log-LR: &gt; 0 favours bona fide (calibrated only as far as the fusion&apos;s training data allow)</source>
        <translation>Fuusioitu log-LR: &gt; 0 tukee aitoutta (kalibroitu vain niin pitkälle kuin fuusion opetusdata sallii)</translation>
    </message>
    <message>
        <source>Fusion %1 (SHA-256 %2), offset %3, trained on %4</source>
        <translation>Fuusio %1 (SHA-256 %2), siirtymä %3, opetettu aineistolla %4</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(ei ilmoitettu)</translation>
    </message>
</context>
<context>
    <name>st::IntegratedGradients</name>
    <message>
        <source>the clip has no samples to explain</source>
        <translation>leikkeessä ei ole selitettäviä näytteitä</translation>
    </message>
    <message>
        <source>steps must lie in 1..100000 (got %1)</source>
        <translation>askelten määrän on oltava välillä 1..100000 (annettu %1)</translation>
    </message>
    <message>
        <source>the model needs inputs of at least %1 samples (%2 s); this one has %3</source>
        <translation>malli tarvitsee vähintään %1 näytteen syötteitä (%2 s); tässä on %3</translation>
    </message>
    <message>
        <source>window %1/%2, baseline %3/%4, steps %5-%6 of %7</source>
        <translation>ikkuna %1/%2, perustaso %3/%4, askeleet %5-%6/%7</translation>
    </message>
    <message>
        <source>window %1/%2, baseline %3/%4: locating the jumps of the model along the path</source>
        <translation>ikkuna %1/%2, perustaso %3/%4: paikannetaan mallin hyppyjä polun varrella</translation>
    </message>
    <message>
        <source>window %1/%2, baseline %3/%4: locating the jumps of the model (%5 intervals searched, %6 jumps located)</source>
        <translation>ikkuna %1/%2, perustaso %3/%4: paikannetaan mallin hyppyjä (%5 väliä haettu, %6 hyppyä paikannettu)</translation>
    </message>
    <message>
        <source>window %1/%2, baseline %3/%4: attributing jumps %5-%6 of %7</source>
        <translation>ikkuna %1/%2, perustaso %3/%4: attribuoidaan hypyt %5-%6/%7</translation>
    </message>
    <message>
        <source>the model&apos;s target or its gradients are not finite (NaN or infinity) along the path: the input is outside what the model can process, so there is no attribution</source>
        <translation>mallin kohde tai sen gradientit eivät ole äärellisiä (NaN tai ääretön) polun varrella: syöte on sen ulkopuolella, mitä malli pystyy käsittelemään, joten attribuutiota ei ole</translation>
    </message>
    <message>
        <source>done</source>
        <translation>valmis</translation>
    </message>
</context>
<context>
    <name>st::JobManager</name>
    <message>
        <source>out of memory: the work was abandoned</source>
        <translation>muisti loppui: työ keskeytettiin</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>tuntematon virhe</translation>
    </message>
    <message>
        <source>dependency &apos;%1&apos; failed</source>
        <translation>riippuvuus &apos;%1&apos; epäonnistui</translation>
    </message>
    <message>
        <source>dependency &apos;%1&apos; cancelled</source>
        <translation>riippuvuus &apos;%1&apos; peruttiin</translation>
    </message>
</context>
<context>
    <name>st::JobsPanel</name>
    <message>
        <source>No background jobs.</source>
        <translation>Ei taustatöitä.</translation>
    </message>
    <message>
        <source>Cancel this job</source>
        <translation>Peru tämä työ</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>onnistui</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>epäonnistui</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>peruttu</translation>
    </message>
    <message>
        <source>running</source>
        <translation>käynnissä</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>odottaa</translation>
    </message>
</context>
<context>
    <name>st::JsonFieldReader</name>
    <message>
        <source>unknown field (known: %1)</source>
        <translation>tuntematon kenttä (tunnetut: %1)</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>on oltava kokonaisluku</translation>
    </message>
    <message>
        <source>must be in [%1, %2] (it is %3)</source>
        <translation>on oltava välillä [%1, %2] (se on %3)</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>on oltava luku</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>on oltava true tai false</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>on oltava merkkijono</translation>
    </message>
    <message>
        <source>must be one of %1 (it is &quot;%2&quot;)</source>
        <translation>on oltava jokin seuraavista: %1 (se on &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>must be a string or an array of strings</source>
        <translation>on oltava merkkijono tai merkkijonotaulukko</translation>
    </message>
    <message>
        <source>every entry must be a non-empty string</source>
        <translation>jokaisen alkion on oltava ei-tyhjä merkkijono</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>on oltava olio</translation>
    </message>
</context>
<context>
    <name>st::JsonRead</name>
    <message>
        <source>%1: not base64 of float32 values</source>
        <translation>%1: ei float32-arvojen base64-koodausta</translation>
    </message>
    <message>
        <source>%1: member &quot;%2&quot; is of the wrong type, expected %3</source>
        <translation>%1: jäsen &quot;%2&quot; on väärää tyyppiä, odotettiin: %3</translation>
    </message>
    <message>
        <source>%1: member &quot;%2&quot; is missing, expected %3</source>
        <translation>%1: jäsen &quot;%2&quot; puuttuu, odotettiin: %3</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>arvo</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>merkkijono</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true tai false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>kokonaisluku</translation>
    </message>
    <message>
        <source>a number or null</source>
        <translation>luku tai null</translation>
    </message>
    <message>
        <source>an array of numbers</source>
        <translation>lukujen taulukko</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>merkkijonojen taulukko</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>taulukko</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>objekti</translation>
    </message>
</context>
<context>
    <name>st::LibraryCalibration</name>
    <message>
        <source>refusing to store a non-finite %1 threshold for %2 (threshold %3, EER %4): the development scores were not finite</source>
        <translation>ei-äärellistä %1-kynnysarvoa kohteelle %2 ei tallenneta (kynnysarvo %3, EER %4): kehitysaineiston pistemäärät eivät olleet äärellisiä</translation>
    </message>
    <message>
        <source>reading thresholds: %1</source>
        <translation>kynnysarvojen lukeminen: %1</translation>
    </message>
    <message>
        <source>damaged library: a threshold has an invalid level &apos;%1&apos; (`sourcetrace-cli library verify` lists the problems)</source>
        <translation>vioittunut kirjasto: kynnysarvolla on virheellinen taso &apos;%1&apos; (`sourcetrace-cli library verify` luettelee ongelmat)</translation>
    </message>
    <message>
        <source>storing %1 fits: one is of back-end %2</source>
        <translation>%1-sovitusten tallennus: yksi kuuluu taustaosaan %2</translation>
    </message>
    <message>
        <source>refusing to store the %1 fit of level %2: %3</source>
        <translation>tason %2 %1-sovitusta ei tallenneta: %3</translation>
    </message>
    <message>
        <source>refusing to store the %1 fit of level %2: a training loss is not finite</source>
        <translation>tason %2 %1-sovitusta ei tallenneta: opetushäviö ei ole äärellinen</translation>
    </message>
    <message>
        <source>damaged library: a stored %1 fit has an invalid level &apos;%2&apos; (`sourcetrace-cli library verify` lists the problems)</source>
        <translation>vioittunut kirjasto: tallennetulla %1-sovituksella on virheellinen taso &apos;%2&apos; (`sourcetrace-cli library verify` luettelee ongelmat)</translation>
    </message>
    <message>
        <source>damaged library: the stored %1 fit of level %2 does not match its SHA-256 (`sourcetrace-cli library verify` lists the problems)</source>
        <translation>vioittunut kirjasto: tason %2 tallennettu %1-sovitus ei vastaa SHA-256-tiivistettään (`sourcetrace-cli library verify` luettelee ongelmat)</translation>
    </message>
    <message>
        <source>refusing to store a non-finite %1 LR calibration for %2 (a %3, b %4)</source>
        <translation>ei-äärellistä %1-LR-kalibrointia kohteelle %2 ei tallenneta (a %3, b %4)</translation>
    </message>
    <message>
        <source>reading LR calibrations: %1</source>
        <translation>LR-kalibrointien lukeminen: %1</translation>
    </message>
    <message>
        <source>meta entry &apos;%1&apos; is not a readable LR calibration</source>
        <translation>meta-merkintä &apos;%1&apos; ei ole luettava LR-kalibrointi</translation>
    </message>
</context>
<context>
    <name>st::LibraryEnroller</name>
    <message>
        <source>is the library itself (or its journal), not a clip</source>
        <translation>on itse kirjasto (tai sen lokitiedosto), ei leike</translation>
    </message>
    <message>
        <source>no embedding given and no model to compute one</source>
        <translation>upotusta ei annettu eikä ole mallia sen laskemiseen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>valmis</translation>
    </message>
    <message>
        <source>enrol %1 clips into %2</source>
        <translation>rekisteröi %1 leikettä kirjastoon %2</translation>
    </message>
</context>
<context>
    <name>st::LibraryExchange</name>
    <message>
        <source>fingerprints of dimension %1, but the library&apos;s model %2 gives %3</source>
        <translation>sormenjälkien ulottuvuus on %1, mutta kirjaston malli %2 tuottaa %3</translation>
    </message>
    <message>
        <source>the fingerprint of %1 %2</source>
        <translation>kohteen %1 %2 sormenjälki</translation>
    </message>
    <message>
        <source>an enrolment embedding of %1 %2</source>
        <translation>kohteen %1 %2 rekisteröintiupotus</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>ei voi kirjoittaa: %1</translation>
    </message>
</context>
<context>
    <name>st::LibraryPanel</name>
    <message>
        <source>delete %1 %2</source>
        <translation>poista %1 %2</translation>
    </message>
    <message>
        <source>New...</source>
        <translation>Uusi...</translation>
    </message>
    <message>
        <source>Create a library bound to one embedding model</source>
        <translation>Luo kirjasto, joka on sidottu yhteen upotusmalliin</translation>
    </message>
    <message>
        <source>Open...</source>
        <translation>Avaa...</translation>
    </message>
    <message>
        <source>Open a library (.db)</source>
        <translation>Avaa kirjasto (.db)</translation>
    </message>
    <message>
        <source>Enrol...</source>
        <translation>Rekisteröi...</translation>
    </message>
    <message>
        <source>Enrol a folder of clips with its protocol TSV (or drop the folder here)</source>
        <translation>Rekisteröi leikekansio sen protokolla-TSV:n kanssa (tai pudota kansio tähän)</translation>
    </message>
    <message>
        <source>Enrol clips...</source>
        <translation>Rekisteröi leikkeitä...</translation>
    </message>
    <message>
        <source>Pick clips and give their labels (attack, acoustic model, vocoder, codec)</source>
        <translation>Valitse leikkeet ja anna niiden nimiöt (hyökkäys, akustinen malli, vokooderi, koodekki)</translation>
    </message>
    <message>
        <source>Enrol open clip...</source>
        <translation>Rekisteröi avoin leike...</translation>
    </message>
    <message>
        <source>Enrol the clip open in the window, with labels you give</source>
        <translation>Rekisteröi ikkunassa avoinna oleva leike antamillasi nimiöillä</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Kumoa</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Tee uudelleen</translation>
    </message>
    <message>
        <source>1 source</source>
        <translation>1 lähde</translation>
    </message>
    <message>
        <source>%1 sources</source>
        <translation>%1 lähdettä</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;model %2; %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;malli %2; %3</translation>
    </message>
    <message>
        <source>No library open: tracing uses the default library &lt;b&gt;%1&lt;/b&gt; (read-only, model %2). Open or create one (a .db file) to trace against your own.</source>
        <translation>Kirjastoa ei ole avattu: jäljitys käyttää oletuskirjastoa &lt;b&gt;%1&lt;/b&gt; (vain luku, malli %2). Avaa tai luo oma kirjasto (.db-tiedosto) jäljittääksesi sitä vasten.</translation>
    </message>
    <message>
        <source>No library open. Open or create one (a .db file).</source>
        <translation>Kirjastoa ei ole avattu. Avaa tai luo kirjasto (.db-tiedosto).</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>Avaa kirjasto</translation>
    </message>
    <message>
        <source>New library</source>
        <translation>Uusi kirjasto</translation>
    </message>
    <message>
        <source>model &quot;%1&quot; is not a usable model (see the Models menu)</source>
        <translation>malli &quot;%1&quot; ei ole käyttökelpoinen malli (katso Mallit-valikko)</translation>
    </message>
    <message>
        <source>a source needs a new, non-empty name</source>
        <translation>lähde tarvitsee uuden, ei-tyhjän nimen</translation>
    </message>
    <message>
        <source>Rename source</source>
        <translation>Nimeä lähde uudelleen</translation>
    </message>
    <message>
        <source>Merge sources</source>
        <translation>Yhdistä lähteet</translation>
    </message>
    <message>
        <source>Delete source</source>
        <translation>Poista lähde</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Rekisteröi</translation>
    </message>
    <message>
        <source>Open or create a library first.</source>
        <translation>Avaa tai luo ensin kirjasto.</translation>
    </message>
    <message>
        <source>%1: no labelled clips</source>
        <translation>%1: ei nimiöityjä leikkeitä</translation>
    </message>
    <message>
        <source>%1: %2 clips, %3 added, %4 already enrolled, %5 failed</source>
        <translation>%1: %2 leikettä, %3 lisätty, %4 jo rekisteröity, %5 epäonnistui</translation>
    </message>
    <message>
        <source>No clips to enrol.</source>
        <translation>Ei rekisteröitäviä leikkeitä.</translation>
    </message>
    <message>
        <source>Give a label at one level at least (attack, acoustic model, vocoder or codec).</source>
        <translation>Anna nimiö vähintään yhdellä tasolla (hyökkäys, akustinen malli, vokooderi tai koodekki).</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: tiedostoa ei ole</translation>
    </message>
    <message>
        <source>%1 picked clips</source>
        <translation>%1 valittua leikettä</translation>
    </message>
    <message>
        <source>No clip is open</source>
        <translation>Leikettä ei ole avattu</translation>
    </message>
    <message>
        <source>Enrol %1 with labels you give</source>
        <translation>Rekisteröi %1 antamillasi nimiöillä</translation>
    </message>
    <message>
        <source>Clips to enrol</source>
        <translation>Rekisteröitävät leikkeet</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.ogg *.mp3 *.opus);;All files (*)</source>
        <translation>Ääni (*.wav *.flac *.ogg *.mp3 *.opus);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Protocol of %1</source>
        <translation>Kohteen %1 protokolla</translation>
    </message>
    <message>
        <source>Protocol (*.tsv)</source>
        <translation>Protokolla (*.tsv)</translation>
    </message>
    <message>
        <source>%1: no protocol.tsv (or single .tsv) found; use Enrol... to choose one</source>
        <translation>%1: tiedostoa protocol.tsv (tai ainoaa .tsv-tiedostoa) ei löytynyt; valitse se kohdasta Rekisteröi...</translation>
    </message>
    <message>
        <source>Open a library first</source>
        <translation>Avaa ensin kirjasto</translation>
    </message>
    <message>
        <source>Open a library first (the default library cannot be used: %1)</source>
        <translation>Avaa ensin kirjasto (oletuskirjastoa ei voi käyttää: %1)</translation>
    </message>
    <message>
        <source>Open a clip first</source>
        <translation>Avaa ensin leike</translation>
    </message>
    <message>
        <source>Checking the models...</source>
        <translation>Tarkistetaan malleja...</translation>
    </message>
    <message>
        <source>The library has no sources yet: enrol some first</source>
        <translation>Kirjastossa ei ole vielä lähteitä: rekisteröi ensin joitakin</translation>
    </message>
    <message>
        <source>Trace cancelled.</source>
        <translation>Jäljitys peruttu.</translation>
    </message>
    <message>
        <source>Library map (PCA)</source>
        <translation>Kirjaston kartta (PCA)</translation>
    </message>
    <message>
        <source>Rename %1...</source>
        <translation>Nimeä %1 uudelleen...</translation>
    </message>
    <message>
        <source>Merge %1 into...</source>
        <translation>Yhdistä %1 kohteeseen...</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Poista %1</translation>
    </message>
    <message>
        <source>New name of %1 %2:</source>
        <translation>Kohteen %1 %2 uusi nimi:</translation>
    </message>
    <message>
        <source>Merge source</source>
        <translation>Yhdistä lähde</translation>
    </message>
    <message>
        <source>Move the enrolments of %1 into:</source>
        <translation>Siirrä kohteen %1 rekisteröinnit kohteeseen:</translation>
    </message>
    <message>
        <source>Fingerprint library (*.db);;All files (*)</source>
        <translation>Sormenjälkikirjasto (*.db);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>No usable model: a library is bound to an embedding model (see the Models menu).</source>
        <translation>Ei käyttökelpoista mallia: kirjasto sidotaan upotusmalliin (katso Mallit-valikko).</translation>
    </message>
    <message>
        <source>Embedding model of the library:</source>
        <translation>Kirjaston upotusmalli:</translation>
    </message>
    <message>
        <source>Fingerprint library (*.db)</source>
        <translation>Sormenjälkikirjasto (*.db)</translation>
    </message>
    <message>
        <source>Folder of clips to enrol</source>
        <translation>Rekisteröitävien leikkeiden kansio</translation>
    </message>
    <message>
        <source>Protocol (file, attack, acoustic_model, waveform_generator, codec)</source>
        <translation>Protokolla (file, attack, acoustic_model, waveform_generator, codec)</translation>
    </message>
    <message>
        <source>merge %1 %2 into %3</source>
        <translation>yhdistä %1 %2 kohteeseen %3</translation>
    </message>
    <message>
        <source>rename %1 %2 to %3</source>
        <translation>nimeä %1 %2 uudelleen nimellä %3</translation>
    </message>
</context>
<context>
    <name>st::LibrarySchema</name>
    <message>
        <source>migration to v2: %1</source>
        <translation>siirto versioon v2: %1</translation>
    </message>
    <message>
        <source>refusing to migrate a damaged library: SQLite&apos;s quick_check fails (%1); `sourcetrace-cli library verify %2` lists the problems</source>
        <translation>vioittunutta kirjastoa ei siirretä: SQLiten quick_check epäonnistuu (%1); `sourcetrace-cli library verify %2` luettelee ongelmat</translation>
    </message>
    <message>
        <source>refusing to migrate: the file has a %1 &apos;%2&apos;, which a library never has; `sourcetrace-cli library verify %3` lists the problems</source>
        <translation>siirtoa ei tehdä: tiedostossa on %1 &apos;%2&apos;, jota kirjastossa ei koskaan ole; `sourcetrace-cli library verify %3` luettelee ongelmat</translation>
    </message>
    <message>
        <source>migration to schema v%1 (%2) failed, nothing changed: %3</source>
        <translation>siirto skeemaan v%1 (%2) epäonnistui, mitään ei muutettu: %3</translation>
    </message>
</context>
<context>
    <name>st::LibrarySourceModel</name>
    <message>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <source>Clips</source>
        <translation>Leikkeet</translation>
    </message>
    <message>
        <source>attack</source>
        <translation>hyökkäys</translation>
    </message>
    <message>
        <source>acoustic model</source>
        <translation>akustinen malli</translation>
    </message>
    <message>
        <source>vocoder</source>
        <translation>vokooderi</translation>
    </message>
    <message>
        <source>codec</source>
        <translation>koodekki</translation>
    </message>
    <message>
        <source>%1 %2: %3 enrolment clips</source>
        <translation>%1 %2: %3 rekisteröintileikettä</translation>
    </message>
    <message>
        <source>created %1, modified %2</source>
        <translation>luotu %1, muokattu %2</translation>
    </message>
    <message>
        <source>%1 (1 source)</source>
        <translation>%1 (1 lähde)</translation>
    </message>
    <message>
        <source>%1 (%2 sources)</source>
        <translation>%1 (%2 lähdettä)</translation>
    </message>
</context>
<context>
    <name>st::LibrarySources</name>
    <message>
        <source>no source &apos;%1&apos; at level %2</source>
        <translation>tasolla %2 ei ole lähdettä &apos;%1&apos;</translation>
    </message>
    <message>
        <source>clip %1 has an embedding of dimension %2, the library&apos;s model %3 gives %4: nothing was enrolled</source>
        <translation>leikkeen %1 upotuksen ulottuvuus on %2, kirjaston malli %3 tuottaa %4: mitään ei rekisteröity</translation>
    </message>
    <message>
        <source>clip %1 has a non-finite embedding value: nothing was enrolled</source>
        <translation>leikkeen %1 upotuksessa on ei-äärellinen arvo: mitään ei rekisteröity</translation>
    </message>
    <message>
        <source>clip %1 has no SHA-256: nothing was enrolled</source>
        <translation>leikkeellä %1 ei ole SHA-256-tiivistettä: mitään ei rekisteröity</translation>
    </message>
    <message>
        <source>reading attributes: %1</source>
        <translation>attribuuttien lukeminen: %1</translation>
    </message>
    <message>
        <source>damaged library: source &apos;%1&apos; has an invalid level &apos;%2&apos; (`sourcetrace-cli library verify` lists the problems)</source>
        <translation>vioittunut kirjasto: lähteellä &apos;%1&apos; on virheellinen taso &apos;%2&apos; (`sourcetrace-cli library verify` luettelee ongelmat)</translation>
    </message>
    <message>
        <source>the fingerprint of %1 %2</source>
        <translation>kohteen %1 %2 sormenjälki</translation>
    </message>
    <message>
        <source>an enrolment embedding of %1 %2 (%3)</source>
        <translation>kohteen %1 %2 rekisteröintiupotus (%3)</translation>
    </message>
    <message>
        <source>listing levels: %1</source>
        <translation>tasojen luettelointi: %1</translation>
    </message>
    <message>
        <source>a source name cannot be empty</source>
        <translation>lähteen nimi ei voi olla tyhjä</translation>
    </message>
    <message>
        <source>cannot rename &apos;%1&apos; to &apos;%2&apos; at level %3: that name exists (merge them instead)</source>
        <translation>lähdettä &apos;%1&apos; ei voi nimetä uudelleen nimelle &apos;%2&apos; tasolla %3: nimi on jo olemassa (yhdistä ne sen sijaan)</translation>
    </message>
    <message>
        <source>cannot merge source &apos;%1&apos; into itself</source>
        <translation>lähdettä &apos;%1&apos; ei voi yhdistää itseensä</translation>
    </message>
    <message>
        <source>cannot restore an empty snapshot</source>
        <translation>tyhjää tilannevedosta ei voi palauttaa</translation>
    </message>
</context>
<context>
    <name>st::LibraryVerify</name>
    <message>
        <source>SQLite&apos;s %1 fails: %2</source>
        <translation>SQLiten %1 epäonnistuu: %2</translation>
    </message>
    <message>
        <source>SQLite&apos;s %1 reports: %2</source>
        <translation>SQLiten %1 ilmoittaa: %2</translation>
    </message>
    <message>
        <source>the file is %1 bytes, not a whole number of %2-byte pages: it was cut or extended</source>
        <translation>tiedostossa on %1 tavua, mikä ei ole kokonainen määrä %2 tavun sivuja: sitä on katkaistu tai jatkettu</translation>
    </message>
    <message>
        <source>the file is %1 bytes but holds %2 pages of %3 bytes: it was cut</source>
        <translation>tiedostossa on %1 tavua, mutta siinä on %2 sivua à %3 tavua: sitä on katkaistu</translation>
    </message>
    <message>
        <source>table %1 is missing</source>
        <translation>taulu %1 puuttuu</translation>
    </message>
    <message>
        <source>table %1 lacks column(s) %2</source>
        <translation>taulusta %1 puuttuu sarake/sarakkeet %2</translation>
    </message>
    <message>
        <source>unexpected %1 &apos;%2&apos; (a library has none)</source>
        <translation>odottamaton %1 &apos;%2&apos; (kirjastossa ei ole sellaisia)</translation>
    </message>
    <message>
        <source>%1 row(s) of %2 refer to a source that does not exist</source>
        <translation>%1 taulun %2 riviä viittaa lähteeseen, jota ei ole</translation>
    </message>
    <message>
        <source>the model binding names no model (meta model_name)</source>
        <translation>mallisidonta ei nimeä mallia (meta model_name)</translation>
    </message>
    <message>
        <source>the model binding has no weights SHA-256 (meta model_sha256)</source>
        <translation>mallisidonnassa ei ole painojen SHA-256-tiivistettä (meta model_sha256)</translation>
    </message>
    <message>
        <source>the model binding&apos;s weights SHA-256 &apos;%1&apos; is not lower-case hex</source>
        <translation>mallisidonnan painojen SHA-256 &apos;%1&apos; ei ole pienaakkosin kirjoitettua heksadesimaalia</translation>
    </message>
    <message>
        <source>the model binding&apos;s embedding dimension &apos;%1&apos; is not a number from 1 to %2</source>
        <translation>mallisidonnan upotuksen ulottuvuus &apos;%1&apos; ei ole luku väliltä 1–%2</translation>
    </message>
    <message>
        <source>cannot read the enrolments: %1</source>
        <translation>rekisteröintejä ei voi lukea: %1</translation>
    </message>
    <message>
        <source>cannot read the sources: %1</source>
        <translation>lähteitä ei voi lukea: %1</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; has an invalid level &apos;%2&apos; (levels: attack, acoustic_model, vocoder, codec)</source>
        <translation>lähteellä &apos;%1&apos; on virheellinen taso &apos;%2&apos; (tasot: attack, acoustic_model, vocoder, codec)</translation>
    </message>
    <message>
        <source>a source with an empty name (id %1)</source>
        <translation>lähde, jonka nimi on tyhjä (id %1)</translation>
    </message>
    <message>
        <source>%1 enrolment embeddings are not %2 float32 values (the bound dimension)</source>
        <translation>%1 rekisteröintiupotusta ei ole %2 float32-arvoa (sidottu ulottuvuus)</translation>
    </message>
    <message>
        <source>%1 enrolment embeddings hold non-finite values (NaN or infinity)</source>
        <translation>%1 rekisteröintiupotuksessa on ei-äärellisiä arvoja (NaN tai ääretön)</translation>
    </message>
    <message>
        <source>%1 enrolments have no clip SHA-256</source>
        <translation>%1 rekisteröinnillä ei ole leikkeen SHA-256-tiivistettä</translation>
    </message>
    <message>
        <source>stored count %1 but %2 enrolment rows</source>
        <translation>tallennettu määrä %1 mutta %2 rekisteröintiriviä</translation>
    </message>
    <message>
        <source>a fingerprint but no enrolments</source>
        <translation>sormenjälki mutta ei rekisteröintejä</translation>
    </message>
    <message>
        <source>stored fingerprint has %1 bytes, not %2 float32 values</source>
        <translation>tallennetussa sormenjäljessä on %1 tavua, ei %2 float32-arvoa</translation>
    </message>
    <message>
        <source>stored fingerprint holds non-finite values</source>
        <translation>tallennetussa sormenjäljessä on ei-äärellisiä arvoja</translation>
    </message>
    <message>
        <source>stored fingerprint differs from the mean of its enrolments by %1</source>
        <translation>tallennettu sormenjälki poikkeaa rekisteröintiensä keskiarvosta %1</translation>
    </message>
    <message>
        <source>a threshold of back-end &apos;%1&apos; has an invalid level &apos;%2&apos;</source>
        <translation>taustaosan &apos;%1&apos; kynnysarvolla on virheellinen taso &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the %1 threshold of back-end &apos;%2&apos; is not a finite number</source>
        <translation>taustaosan &apos;%2&apos; %1-kynnysarvo ei ole äärellinen luku</translation>
    </message>
    <message>
        <source>the stored %1 fit of level &apos;%2&apos;</source>
        <translation>tason &apos;%2&apos; tallennettu %1-sovitus</translation>
    </message>
    <message>
        <source>%1 has an invalid level</source>
        <translation>kohteella %1 on virheellinen taso</translation>
    </message>
    <message>
        <source>%1: its state is over 1 GiB</source>
        <translation>%1: sen tila on yli 1 GiB</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>kohdetta %1 ei voi lukea</translation>
    </message>
    <message>
        <source>%1: its state&apos;s SHA-256 is not the one stored with it (changed or damaged)</source>
        <translation>%1: sen tilan SHA-256 ei ole sen kanssa tallennettu (muutettu tai vioittunut)</translation>
    </message>
    <message>
        <source>%1: its losses are not a list of finite numbers</source>
        <translation>%1: sen häviöt eivät ole äärellisten lukujen luettelo</translation>
    </message>
    <message>
        <source>%1: its parameters are not a JSON object</source>
        <translation>%1: sen parametrit eivät ole JSON-objekti</translation>
    </message>
    <message>
        <source>meta entry &apos;%1&apos; is not a valid LR calibration (level, back-end, finite a and b)</source>
        <translation>meta-merkintä &apos;%1&apos; ei ole kelvollinen LR-kalibrointi (taso, taustaosa, äärelliset a ja b)</translation>
    </message>
</context>
<context>
    <name>st::LinearCalibration</name>
    <message>
        <source>calibration needs finite scores: target score %1 is %2</source>
        <translation>kalibrointi tarvitsee äärelliset pistemäärät: kohdepistemäärä %1 on %2</translation>
    </message>
    <message>
        <source>calibration needs finite scores: non-target score %1 is %2</source>
        <translation>kalibrointi tarvitsee äärelliset pistemäärät: ei-kohdepistemäärä %1 on %2</translation>
    </message>
    <message>
        <source>calibration prior must lie strictly between 0 and 1, not %1</source>
        <translation>kalibroinnin priorin on oltava aidosti välillä 0–1, ei %1</translation>
    </message>
</context>
<context>
    <name>st::LocaleFormat</name>
    <message>
        <source>n/a</source>
        <translation>–</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tuntematon</translation>
    </message>
</context>
<context>
    <name>st::MahalanobisScoring</name>
    <message>
        <source>mahalanobis scoring: shrinkage must be in [0, 1], not %1</source>
        <translation>Mahalanobis-pisteytys: shrinkage-arvon on oltava välillä [0, 1], ei %1</translation>
    </message>
    <message>
        <source>mahalanobis scoring: the within-source covariance is singular; use a shrinkage &gt; 0</source>
        <translation>Mahalanobis-pisteytys: lähteiden sisäinen kovarianssi on singulaarinen; käytä shrinkage-arvoa &gt; 0</translation>
    </message>
</context>
<context>
    <name>st::MainWindow</name>
    <message>
        <source>SourceTrace</source>
        <translation>SourceTrace</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>Leike</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Päänäkymä</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Viimeisimmät</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Kanava</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>Ma&amp;llit</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>T&amp;oisto</translation>
    </message>
    <message>
        <source>Output &amp;device</source>
        <translation>Toisto&amp;laite</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>Spectrogram</source>
        <translation>Spektrogrammi</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Työt</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Arviointi</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>&amp;Analyysi</translation>
    </message>
    <message>
        <source>Explain a &amp;corpus…</source>
        <translation>Selitä &amp;korpus…</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>&amp;Ikkuna</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Clip view</source>
        <translation>&amp;Leikenäkymä</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Evaluation</source>
        <translation>&amp;Arviointi</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Merkinnät</translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>Tuo merkinnät</translation>
    </message>
    <message>
        <source>Annotations CSV (*.csv);;All files (*)</source>
        <translation>Merkintöjen CSV (*.csv);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Export annotations</source>
        <translation>Vie merkinnät</translation>
    </message>
    <message>
        <source>Annotations CSV (*.csv)</source>
        <translation>Merkintöjen CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <source>&amp;Undo annotation</source>
        <translation>&amp;Kumoa merkintä</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Z</source>
        <translation>Ctrl+Alt+Z</translation>
    </message>
    <message>
        <source>&amp;Redo annotation</source>
        <translation>&amp;Tee merkintä uudelleen</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Y</source>
        <translation>Ctrl+Alt+Y</translation>
    </message>
    <message>
        <source>&amp;Annotate selection...</source>
        <translation>&amp;Merkitse valinta...</translation>
    </message>
    <message>
        <source>&amp;Edit annotation...</source>
        <translation>M&amp;uokkaa merkintää...</translation>
    </message>
    <message>
        <source>Shift+A</source>
        <translation>Shift+A</translation>
    </message>
    <message>
        <source>&amp;Delete annotation</source>
        <translation>&amp;Poista merkintä</translation>
    </message>
    <message>
        <source>Annotate the selected time range</source>
        <translation>Merkitse valittu aikaväli</translation>
    </message>
    <message>
        <source>Select a time range first (drag across a pane)</source>
        <translation>Valitse ensin aikaväli (vedä ruudun poikki)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Annotate selection</source>
        <translation>Merkitse valinta</translation>
    </message>
    <message>
        <source>Select a time range first (drag across a pane).</source>
        <translation>Valitse ensin aikaväli (vedä ruudun poikki).</translation>
    </message>
    <message>
        <source>Edit annotation</source>
        <translation>Muokkaa merkintää</translation>
    </message>
    <message>
        <source>Artefact &amp;statistics...</source>
        <translation>&amp;Artefaktitilastot...</translation>
    </message>
    <message>
        <source>Per cue type: attribution inside annotated regions against their share of time, correlation, EER</source>
        <translation>Tuntomerkkityypeittäin: attribuutio merkittyjen alueiden sisällä suhteessa niiden aikaosuuteen, korrelaatio, EER</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>T&amp;yökalut</translation>
    </message>
    <message>
        <source>&amp;New case...</source>
        <translation>&amp;Uusi tapaus...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Open &amp;case...</source>
        <translation>Avaa &amp;tapaus...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open case read-on&amp;ly...</source>
        <translation>Avaa tapaus vain luku -t&amp;ilassa...</translation>
    </message>
    <message>
        <source>&amp;Add evidence...</source>
        <translation>Lisää t&amp;odisteita...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Export &amp;report (PDF/HTML)...</source>
        <translation>Vie &amp;raportti (PDF/HTML)...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Save case &amp;as...</source>
        <translation>Tallenna tapaus ni&amp;mellä...</translation>
    </message>
    <message>
        <source>C&amp;lose case</source>
        <translation>&amp;Sulje tapaus</translation>
    </message>
    <message>
        <source>Case &amp;quality thresholds...</source>
        <translation>Tapauksen laatu&amp;kynnykset...</translation>
    </message>
    <message>
        <source>The limits below which the case&apos;s evidence is flagged (stored in the case, logged)</source>
        <translation>Rajat, joiden alittuessa tapauksen todisteet liputetaan (tallennetaan tapaukseen, kirjataan)</translation>
    </message>
    <message>
        <source>Take evidence files into the case: each is hashed (SHA-256, read-only) and logged</source>
        <translation>Ota todistetiedostot tapaukseen: kunkin tiiviste lasketaan (SHA-256, vain luku) ja se kirjataan</translation>
    </message>
    <message>
        <source>Write the case report (PDF, or HTML by the file name) and record its version in the case</source>
        <translation>Kirjoita tapauksen raportti (PDF, tai HTML tiedostonimen mukaan) ja tallenna sen versio tapaukseen</translation>
    </message>
    <message>
        <source>Recent cases</source>
        <translation>Viimeisimmät tapaukset</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ei mitään)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Tapaus</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>O&amp;hje</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pikanäppäimet</translation>
    </message>
    <message>
        <source>&amp;About SourceTrace</source>
        <translation>&amp;Tietoja SourceTracesta</translation>
    </message>
    <message>
        <source>The case is read-only: %1</source>
        <translation>Tapaus on vain luku -tilassa: %1</translation>
    </message>
    <message>
        <source>Case %1 (read-only)</source>
        <translation>Tapaus %1 (vain luku)</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Tapaus %1</translation>
    </message>
    <message>
        <source>demo clip</source>
        <translation>esittelyleike</translation>
    </message>
    <message>
        <source> (item %1)</source>
        <translation> (todiste %1)</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Uusi tapaus</translation>
    </message>
    <message>
        <source>Made case %1 in %2</source>
        <translation>Tapaus %1 luotiin kohteeseen %2</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Avaa tapaus</translation>
    </message>
    <message>
        <source>The case is open READ-ONLY: %1. Nothing can be changed or analysed; File › Save case as... makes a copy.</source>
        <translation>Tapaus on avattu VAIN LUKU -tilassa: %1. Mitään ei voi muuttaa eikä analysoida; Tiedosto › Tallenna tapaus nimellä... tekee kopion.</translation>
    </message>
    <message>
        <source>Integrity problem: %1</source>
        <translation>Eheysongelma: %1</translation>
    </message>
    <message>
        <source>item %1 (%2): %3</source>
        <translation>todiste %1 (%2): %3</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>puuttuu</translation>
    </message>
    <message>
        <source>changed since intake</source>
        <translation>muuttunut vastaanoton jälkeen</translation>
    </message>
    <message>
        <source>Blocked at the last verification (not analysed until restored and verified, or relocated):
%1</source>
        <translation>Estetty viimeisimmässä tarkistuksessa (ei analysoida ennen kuin palautettu ja tarkistettu tai paikannettu uudelleen):
%1</translation>
    </message>
    <message>
        <source>Opened case %1; verifying its evidence</source>
        <translation>Avattiin tapaus %1; sen todisteita tarkistetaan</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Tapaus suljettu</translation>
    </message>
    <message>
        <source>No case is open.</source>
        <translation>Tapausta ei ole avattu.</translation>
    </message>
    <message>
        <source>Save case as</source>
        <translation>Tallenna tapaus nimellä</translation>
    </message>
    <message>
        <source>Saved %1 as %2; now working on the copy</source>
        <translation>%1 tallennettiin nimellä %2; nyt työskennellään kopion parissa</translation>
    </message>
    <message>
        <source>%1: a file of that name exists; a case is never made over another file</source>
        <translation>%1: samanniminen tiedosto on olemassa; tapausta ei koskaan luoda toisen tiedoston päälle</translation>
    </message>
    <message>
        <source>Open case read-only</source>
        <translation>Avaa tapaus vain luku -tilassa</translation>
    </message>
    <message>
        <source>SourceTrace case (*.stcase);;All files (*)</source>
        <translation>SourceTrace-tapaus (*.stcase);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Add evidence to the case</source>
        <translation>Lisää todisteita tapaukseen</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.ogg *.opus *.mp3 *.aif *.aiff *.au);;All files (*)</source>
        <translation>Ääni (*.wav *.flac *.ogg *.opus *.mp3 *.aif *.aiff *.au);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Export case report</source>
        <translation>Vie tapauksen raportti</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html)</source>
        <translation>PDF (*.pdf);;HTML (*.html)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Vie raportti</translation>
    </message>
    <message>
        <source>%1: a report is never written over an existing file; choose a new name</source>
        <translation>%1: raporttia ei koskaan kirjoiteta olemassa olevan tiedoston päälle; valitse uusi nimi</translation>
    </message>
    <message>
        <source>SourceTrace case (*.stcase)</source>
        <translation>SourceTrace-tapaus (*.stcase)</translation>
    </message>
    <message>
        <source>Quality thresholds of the case changed (logged); they apply to the next analyses</source>
        <translation>Tapauksen laatukynnykset muuttuivat (kirjattu); ne koskevat seuraavia analyyseja</translation>
    </message>
    <message>
        <source>Quality thresholds</source>
        <translation>Laatukynnykset</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Tunnistus</translation>
    </message>
    <message>
        <source>Open a clip first</source>
        <translation>Avaa ensin leike</translation>
    </message>
    <message>
        <source>Run the fused detector %1 on the open clip: every component detector, the fused score in the Detection panel (Ctrl+D)</source>
        <translation>Suorita fuusioitu tunnistin %1 avoimelle leikkeelle: jokainen komponenttitunnistin, fuusioitu pistemäärä Tunnistus-paneelissa (Ctrl+D)</translation>
    </message>
    <message>
        <source>No usable model: see the Models menu</source>
        <translation>Ei käyttökelpoista mallia: katso Mallit-valikko</translation>
    </message>
    <message>
        <source>Checking the models...</source>
        <translation>Tarkistetaan malleja...</translation>
    </message>
    <message>
        <source>%1 is not a detector (%2)</source>
        <translation>%1 ei ole tunnistin (%2)</translation>
    </message>
    <message>
        <source>A detection is running (cancel it in the Jobs panel)</source>
        <translation>Tunnistus on käynnissä (peru se Työt-paneelissa)</translation>
    </message>
    <message>
        <source>Run %1 on the open clip: whole-clip score and score timeline (Ctrl+D)</source>
        <translation>Suorita %1 avoimelle leikkeelle: koko leikkeen pistemäärä ja pistemäärän aikajana (Ctrl+D)</translation>
    </message>
    <message>
        <source>The fused detector %1 is no longer listed</source>
        <translation>Fuusioitua tunnistinta %1 ei enää ole luettelossa</translation>
    </message>
    <message>
        <source>%1: see the fused detector below</source>
        <translation>%1: katso fuusioitu tunnistin alla</translation>
    </message>
    <message>
        <source>Running %1...</source>
        <translation>Suoritetaan %1...</translation>
    </message>
    <message>
        <source>Detection cancelled.</source>
        <translation>Tunnistus peruttu.</translation>
    </message>
    <message>
        <source>%1: score %2 (%3)</source>
        <translation>%1: pistemäärä %2 (%3)</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Selitys</translation>
    </message>
    <message>
        <source>Attributions ready: %1</source>
        <translation>Attribuutiot valmiina: %1</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Avaa...</translation>
    </message>
    <message>
        <source>Open &amp;demo clip</source>
        <translation>Avaa &amp;esittelyleike</translation>
    </message>
    <message>
        <source>Export view as &amp;image (PNG/SVG)...</source>
        <translation>Vie &amp;näkymä kuvana (PNG/SVG)...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Export &amp;spectrogram of selection (CSV/npy)...</source>
        <translation>Vie valinnan s&amp;pektrogrammi (CSV/npy)...</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>Tiedostoa ei voi avata</translation>
    </message>
    <message>
        <source>Background work failed</source>
        <translation>Taustatyö epäonnistui</translation>
    </message>
    <message>
        <source>Cannot decode the file</source>
        <translation>Tiedostoa ei voi dekoodata</translation>
    </message>
    <message>
        <source>Opened %1 (read-only)</source>
        <translation>Avattiin %1 (vain luku)</translation>
    </message>
    <message>
        <source>Demo clip</source>
        <translation>Esittelyleike</translation>
    </message>
    <message>
        <source>This build has no demo clip compiled in.</source>
        <translation>Tähän käännökseen ei ole käännetty mukaan esittelyleikettä.</translation>
    </message>
    <message>
        <source>%1: could not extract the demo clip</source>
        <translation>%1: esittelyleikettä ei voitu purkaa</translation>
    </message>
    <message>
        <source>Open evidence</source>
        <translation>Avaa todiste</translation>
    </message>
    <message>
        <source>Export view</source>
        <translation>Vie näkymä</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-kuva (*.png);;SVG-piirros (*.svg)</translation>
    </message>
    <message>
        <source>Export spectrogram</source>
        <translation>Vie spektrogrammi</translation>
    </message>
    <message>
        <source>Export spectrogram of selection</source>
        <translation>Vie valinnan spektrogrammi</translation>
    </message>
    <message>
        <source>CSV table (*.csv);;NumPy array + JSON sidecar (*.npy)</source>
        <translation>CSV-taulukko (*.csv);;NumPy-taulukko + JSON-sivutiedosto (*.npy)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Kirjoitettiin %1</translation>
    </message>
    <message>
        <source>Export spectrogram to %1</source>
        <translation>Vie spektrogrammi kohteeseen %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 frames)</source>
        <translation>Kirjoitettiin %1 (%2 kehystä)</translation>
    </message>
    <message>
        <source>&amp;Detect</source>
        <translation>&amp;Tunnista</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Rescan models</source>
        <translation>&amp;Etsi mallit uudelleen</translation>
    </message>
    <message>
        <source> Model </source>
        <translation> Malli </translation>
    </message>
    <message>
        <source>The model Detect runs</source>
        <translation>Malli, jota Tunnista käyttää</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Mallit</translation>
    </message>
    <message>
        <source>Check models</source>
        <translation>Tarkista mallit</translation>
    </message>
    <message>
        <source>(checking models...)</source>
        <translation>(tarkistetaan malleja...)</translation>
    </message>
    <message>
        <source>(no models found)</source>
        <translation>(malleja ei löytynyt)</translation>
    </message>
    <message>
        <source>Searched: %1</source>
        <translation>Etsitty: %1</translation>
    </message>
    <message>
        <source> (refused)</source>
        <translation> (hylätty)</translation>
    </message>
    <message>
        <source> (not a detector)</source>
        <translation> (ei tunnistin)</translation>
    </message>
    <message>
        <source>Fused detector (fusion model %1): Detect runs every component detector and fuses their scores; it cannot trace or explain (a fusion has no embedding and no gradient)</source>
        <translation>Fuusioitu tunnistin (fuusiomalli %1): Tunnista suorittaa jokaisen komponenttitunnistimen ja fuusioi niiden pistemäärät; se ei voi jäljittää eikä selittää (fuusiolla ei ole upotusta eikä gradienttia)</translation>
    </message>
    <message>
        <source>&amp;Play / pause</source>
        <translation>&amp;Toista / tauko</translation>
    </message>
    <message>
        <source>Play s&amp;election</source>
        <translation>Toista &amp;valinta</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Pysäytä</translation>
    </message>
    <message>
        <source>&amp;Loop</source>
        <translation>&amp;Silmukka</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Toisto</translation>
    </message>
    <message>
        <source>(no output device found)</source>
        <translation>(toistolaitetta ei löytynyt)</translation>
    </message>
    <message>
        <source>No audio output</source>
        <translation>Ei äänilähtöä</translation>
    </message>
    <message>
        <source>Playing</source>
        <translation>Toistetaan</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Tauolla</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Pysäytetty</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Jäljitys</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Kirjasto</translation>
    </message>
    <message>
        <source>Library map</source>
        <translation>Kirjaston kartta</translation>
    </message>
    <message>
        <source>Enrolled: %1</source>
        <translation>Rekisteröity: %1</translation>
    </message>
    <message>
        <source>traced clip</source>
        <translation>jäljitetty leike</translation>
    </message>
    <message>
        <source>Trace (%1): %2</source>
        <translation>Jäljitys (%1): %2</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Kirjasto</translation>
    </message>
    <message>
        <source>&amp;New library...</source>
        <translation>&amp;Uusi kirjasto...</translation>
    </message>
    <message>
        <source>&amp;Open library...</source>
        <translation>&amp;Avaa kirjasto...</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>Avaa kirjasto</translation>
    </message>
    <message>
        <source>Fingerprint library (*.db);;All files (*)</source>
        <translation>Sormenjälkikirjasto (*.db);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>&amp;Enrol...</source>
        <translation>&amp;Rekisteröi...</translation>
    </message>
    <message>
        <source>&amp;Trace the clip</source>
        <translation>&amp;Jäljitä leike</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>Opened library %1</source>
        <translation>Avattiin kirjasto %1</translation>
    </message>
    <message>
        <source>A trace is running</source>
        <translation>Jäljitys on käynnissä</translation>
    </message>
    <message>
        <source>Trace the open clip to the library&apos;s sources (Ctrl+T)</source>
        <translation>Jäljitä avoin leike kirjaston lähteisiin (Ctrl+T)</translation>
    </message>
    <message>
        <source>Tracing with %1...</source>
        <translation>Jäljitetään mallilla %1...</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Opetus</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Lähennä</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>L&amp;oitonna</translation>
    </message>
    <message>
        <source>&amp;Fit all</source>
        <translation>&amp;Sovita kaikki</translation>
    </message>
    <message>
        <source>Zoom to &amp;selection</source>
        <translation>Lähennä &amp;valintaan</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Pan left</source>
        <translation>Panoroi vasemmalle</translation>
    </message>
    <message>
        <source>Pan right</source>
        <translation>Panoroi oikealle</translation>
    </message>
    <message>
        <source>Go to start</source>
        <translation>Siirry alkuun</translation>
    </message>
    <message>
        <source>Go to end</source>
        <translation>Siirry loppuun</translation>
    </message>
    <message>
        <source>Waveform gain &amp;up</source>
        <translation>Aaltomuodon vahvistus &amp;ylös</translation>
    </message>
    <message>
        <source>Shift+Up</source>
        <translation>Shift+Up</translation>
    </message>
    <message>
        <source>Waveform gain &amp;down</source>
        <translation>Aaltomuodon vahvistus &amp;alas</translation>
    </message>
    <message>
        <source>Shift+Down</source>
        <translation>Shift+Down</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Valitse &amp;kaikki</translation>
    </message>
    <message>
        <source>&amp;Clear selection</source>
        <translation>&amp;Tyhjennä valinta</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <source>&amp;Mix-down</source>
        <translation>&amp;Alasmiksaus</translation>
    </message>
    <message>
        <source>Channel &amp;%1</source>
        <translation>Kanava &amp;%1</translation>
    </message>
    <message>
        <source>Open a file first.</source>
        <translation>Avaa ensin tiedosto.</translation>
    </message>
    <message>
        <source>Showing the mix-down of all channels</source>
        <translation>Näytetään kaikkien kanavien alasmiksaus</translation>
    </message>
    <message>
        <source>Showing channel %1</source>
        <translation>Näytetään kanava %1</translation>
    </message>
    <message>
        <source>No selection</source>
        <translation>Ei valintaa</translation>
    </message>
    <message>
        <source>Selection %1 – %2 (%3 s)</source>
        <translation>Valinta %1 – %2 (%3 s)</translation>
    </message>
    <message>
        <source>Spectrogram settings</source>
        <translation>Spektrogrammin asetukset</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Asetukset...</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Käyttöohje</translation>
    </message>
    <message>
        <source>The offline manual: every page of SourceTrace&apos;s documentation, without a network</source>
        <translation>Verkoton käyttöohje: kaikki SourceTracen dokumentaation sivut ilman verkkoa</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>&amp;Privacy and storage</source>
        <translation>&amp;Yksityisyys ja tallennus</translation>
    </message>
    <message>
        <source>%1 is not a page of the manual</source>
        <translation>%1 ei ole käyttöohjeen sivu</translation>
    </message>
    <message>
        <source>The language is changed at the next start of SourceTrace.</source>
        <translation>Kieli vaihtuu SourceTracen seuraavalla käynnistyskerralla.</translation>
    </message>
</context>
<context>
    <name>st::ManualBrowser</name>
    <message>
        <source>SourceTrace manual</source>
        <translation>SourceTracen käyttöohje</translation>
    </message>
    <message>
        <source>The project&apos;s documentation, carried by the program: it works without a network, and SourceTrace never opens one. F1 opens this window; Back and Forward (Alt+Left, Alt+Right) move through the pages read.</source>
        <translation>Projektin dokumentaatio ohjelman mukana: se toimii ilman verkkoa, eikä SourceTrace koskaan avaa verkkoyhteyttä. F1 avaa tämän ikkunan; Takaisin ja Eteenpäin (Alt+Vasen, Alt+Oikea) liikkuvat luettujen sivujen välillä.</translation>
    </message>
    <message>
        <source>%1 is a network address: SourceTrace never opens the network, so the manual does not follow it.</source>
        <translation>%1 on verkko-osoite: SourceTrace ei koskaan avaa verkkoyhteyttä, joten käyttöohje ei seuraa sitä.</translation>
    </message>
    <message>
        <source>%1 is not part of the manual (a file of the source tree or of the system).</source>
        <translation>%1 ei kuulu käyttöohjeeseen (lähdepuun tai järjestelmän tiedosto).</translation>
    </message>
</context>
<context>
    <name>st::ManualWindow</name>
    <message>
        <source>SourceTrace manual</source>
        <translation>SourceTracen käyttöohje</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Takaisin</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Eteenpäin</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sisällys</translation>
    </message>
    <message>
        <source>Find in page (Enter: next)</source>
        <translation>Etsi sivulta (Enter: seuraava)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not on this page.</source>
        <translation>&quot;%1&quot; ei ole tällä sivulla.</translation>
    </message>
    <message>
        <source>This build carries no manual, and no docs folder was found beside the program.</source>
        <translation>Tämän käännöksen mukana ei ole käyttöohjetta, eikä ohjelman vierestä löytynyt docs-kansiota.</translation>
    </message>
</context>
<context>
    <name>st::Memory</name>
    <message>
        <source>more than 9 EB</source>
        <translation>yli 9 EB</translation>
    </message>
    <message>
        <source>%1 needs %2 of memory; %3 is available</source>
        <translation>%1 tarvitsee %2 muistia; käytettävissä on %3</translation>
    </message>
    <message>
        <source>%1 needs %2 of memory; %3 are available</source>
        <translation>%1 tarvitsee %2 muistia; käytettävissä on %3</translation>
    </message>
</context>
<context>
    <name>st::MetadataPanel</name>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Muoto</translation>
    </message>
    <message>
        <source>Sample rate</source>
        <translation>Näytteenottotaajuus</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanavat</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Kesto</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Kehykset</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Koko</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Huippu</translation>
    </message>
    <message>
        <source>RMS</source>
        <translation>RMS</translation>
    </message>
    <message>
        <source>Clipped samples</source>
        <translation>Leikkautuneet näytteet</translation>
    </message>
    <message>
        <source>shown mixed down</source>
        <translation>näytetään alasmiksattuna</translation>
    </message>
    <message>
        <source>showing channel %1</source>
        <translation>näytetään kanava %1</translation>
    </message>
    <message>
        <source>1 (mono)</source>
        <translation>1 (mono)</translation>
    </message>
    <message>
        <source>2 (stereo; %1)</source>
        <translation>2 (stereo; %1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 tavua</translation>
    </message>
    <message>
        <source>not computed: %1</source>
        <translation>ei laskettu: %1</translation>
    </message>
    <message>
        <source>computing... %1%</source>
        <translation>lasketaan... %1%</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <source>not measured: %1</source>
        <translation>ei mitattu: %1</translation>
    </message>
    <message>
        <source>measuring...</source>
        <translation>mitataan...</translation>
    </message>
</context>
<context>
    <name>st::Metrics</name>
    <message>
        <source>DCF parameters out of range (need 0 &lt; p_target &lt; 1, C_miss &gt; 0, C_fa &gt; 0): p_target=%1 C_miss=%2 C_fa=%3</source>
        <translation>DCF-parametrit ovat sallitun alueen ulkopuolella (vaaditaan 0 &lt; p_target &lt; 1, C_miss &gt; 0, C_fa &gt; 0): p_target=%1 C_miss=%2 C_fa=%3</translation>
    </message>
    <message>
        <source>no target scores: a detection metric needs at least one target and one non-target score</source>
        <translation>ei kohdepistemääriä: tunnistusmetriikka tarvitsee vähintään yhden kohde- ja yhden ei-kohdepistemäärän</translation>
    </message>
    <message>
        <source>no non-target scores: a detection metric needs at least one target and one non-target score</source>
        <translation>ei ei-kohdepistemääriä: tunnistusmetriikka tarvitsee vähintään yhden kohde- ja yhden ei-kohdepistemäärän</translation>
    </message>
</context>
<context>
    <name>st::ModelCatalog</name>
    <message>
        <source>Check models</source>
        <translation>Tarkista mallit</translation>
    </message>
    <message>
        <source>hashing weights</source>
        <translation>lasketaan painojen tiivistettä</translation>
    </message>
</context>
<context>
    <name>st::ModelManifest</name>
    <message>
        <source>manifest field &quot;%1&quot; %2</source>
        <translation>manifestin kenttä &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>puuttuu</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>on oltava merkkijono</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>on tyhjä</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>on oltava kokonaisluku</translation>
    </message>
    <message>
        <source>must be at least %1 (it is %2)</source>
        <translation>on oltava vähintään %1 (se on %2)</translation>
    </message>
    <message>
        <source>must be at most %1 (it is %2)</source>
        <translation>saa olla enintään %1 (se on %2)</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>on oltava true tai false</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>on oltava merkkijonojen taulukko</translation>
    </message>
    <message>
        <source>must be an array of non-empty strings</source>
        <translation>on oltava ei-tyhjien merkkijonojen taulukko</translation>
    </message>
    <message>
        <source>is empty (one name per logit is needed)</source>
        <translation>on tyhjä (jokaiselle logitille tarvitaan nimi)</translation>
    </message>
    <message>
        <source>is missing (a tuple index such as 0, or a dict key)</source>
        <translation>puuttuu (monikon indeksi, kuten 0, tai sanakirjan avain)</translation>
    </message>
    <message>
        <source>must be a tuple index &gt;= 0 or a dict key</source>
        <translation>on oltava monikon indeksi &gt;= 0 tai sanakirjan avain</translation>
    </message>
    <message>
        <source>model manifest not found</source>
        <translation>mallin manifestia ei löydy</translation>
    </message>
    <message>
        <source>is a folder, not a model manifest (a .json file)</source>
        <translation>on kansio, ei mallin manifesti (.json-tiedosto)</translation>
    </message>
    <message>
        <source>cannot read the model manifest: %1</source>
        <translation>mallin manifestia ei voi lukea: %1</translation>
    </message>
    <message>
        <source>is %1 bytes: a model manifest is a small JSON file (at most 1 MiB)</source>
        <translation>on %1 tavua: mallin manifesti on pieni JSON-tiedosto (enintään 1 MiB)</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>ei kelvollista JSONia: %1</translation>
    </message>
    <message>
        <source>a model manifest must be a JSON object</source>
        <translation>mallin manifestin on oltava JSON-olio</translation>
    </message>
    <message>
        <source>is %1, but this build reads manifests up to version %2: update SourceTrace</source>
        <translation>on %1, mutta tämä versio lukee manifesteja versioon %2 asti: päivitä SourceTrace</translation>
    </message>
    <message>
        <source>must be letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;+&apos; or &apos;-&apos; (it is &quot;%1&quot;)</source>
        <translation>saa sisältää vain kirjaimia, numeroita ja merkkejä &apos;.&apos;, &apos;_&apos;, &apos;+&apos; tai &apos;-&apos; (se on &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>must be &quot;native-aasist&quot;, &quot;native-spectral&quot; or &quot;torchscript&quot; (it is &quot;%1&quot;)</source>
        <translation>on oltava &quot;native-aasist&quot;, &quot;native-spectral&quot; tai &quot;torchscript&quot; (se on &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>must be 64 hexadecimal digits (a SHA-256)</source>
        <translation>on oltava 64 heksadesimaalinumeroa (SHA-256)</translation>
    </message>
    <message>
        <source>must be &quot;whole-clip&quot;, &quot;fixed-length&quot; or &quot;sliding-windows&quot; (it is &quot;%1&quot;)</source>
        <translation>on oltava &quot;whole-clip&quot;, &quot;fixed-length&quot; tai &quot;sliding-windows&quot; (se on &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>must be &quot;repeat&quot; or &quot;zeros&quot; (it is &quot;%1&quot;)</source>
        <translation>on oltava &quot;repeat&quot; tai &quot;zeros&quot; (se on &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>has %1 names; at most 100000 are accepted</source>
        <translation>siinä on %1 nimeä; enintään 100000 hyväksytään</translation>
    </message>
    <message>
        <source>is %1 but there are only %2 class names (use -1 for a model that is not a detector)</source>
        <translation>on %1, mutta luokkanimiä on vain %2 (käytä arvoa -1 mallille, joka ei ole tunnistin)</translation>
    </message>
</context>
<context>
    <name>st::ModelRegistry</name>
    <message>
        <source>no model named &quot;%1&quot;: known models are %2 (searched %3); give a registry name or the path of a manifest .json</source>
        <translation>mallia nimeltä &quot;%1&quot; ei ole: tunnetut mallit ovat %2 (haettiin kohteista %3); anna rekisterinimi tai manifestin .json-tiedoston polku</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <source>no folders</source>
        <translation>ei kansioita</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>tiedostoa ei löydy</translation>
    </message>
    <message>
        <source>the weightsFile &quot;%1&quot; of model &quot;%2&quot; (manifest %3) names a folder, not a weights file</source>
        <translation>mallin &quot;%2&quot; weightsFile &quot;%1&quot; (manifesti %3) nimeää kansion, ei painotiedostoa</translation>
    </message>
    <message>
        <source>weights file of model &quot;%1&quot; not found (manifest %2, weightsFile &quot;%3&quot;); put the file there or correct the manifest</source>
        <translation>mallin &quot;%1&quot; painotiedostoa ei löydy (manifesti %2, weightsFile &quot;%3&quot;); sijoita tiedosto sinne tai korjaa manifesti</translation>
    </message>
    <message>
        <source>model &quot;%1&quot; is refused: its manifest %2 pins no weightsSha256; the file&apos;s SHA-256 is %3 (add it to the manifest if this is the file you mean)</source>
        <translation>malli &quot;%1&quot; hylätään: sen manifesti %2 ei kiinnitä weightsSha256-arvoa; tiedoston SHA-256 on %3 (lisää se manifestiin, jos tarkoitat tätä tiedostoa)</translation>
    </message>
    <message>
        <source>model &quot;%1&quot; is refused: the weights&apos; SHA-256 is %2 but the manifest %3 pins %4 (a different or altered file)</source>
        <translation>malli &quot;%1&quot; hylätään: painojen SHA-256 on %2, mutta manifesti %3 kiinnittää arvon %4 (eri tai muutettu tiedosto)</translation>
    </message>
    <message>
        <source>model &quot;%1&quot; has unknown kind &quot;%2&quot;</source>
        <translation>mallilla &quot;%1&quot; on tuntematon tyyppi &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>st::ModelRunner</name>
    <message>
        <source>model %1 gave a non-finite result (NaN or infinity) for this input: the input is outside what the model can process (for example sample values far beyond full scale), so there is no score</source>
        <translation>malli %1 antoi tälle syötteelle ei-äärellisen tuloksen (NaN tai ääretön): syöte on sen ulkopuolella, mitä malli pystyy käsittelemään (esimerkiksi näytearvot kaukana täyden skaalan yli), joten pistemäärää ei ole</translation>
    </message>
    <message>
        <source>ModelRunner needs a model</source>
        <translation>ModelRunner tarvitsee mallin</translation>
    </message>
    <message>
        <source>model %1 returned %2 outputs for a batch of %3</source>
        <translation>malli %1 palautti %2 tulosta %3 syötteen erälle</translation>
    </message>
    <message>
        <source>an empty clip (no samples) cannot go through model %1</source>
        <translation>tyhjää leikettä (ei näytteitä) ei voi ajaa mallin %1 läpi</translation>
    </message>
    <message>
        <source>an empty clip (no samples) has no score timeline</source>
        <translation>tyhjällä leikkeellä (ei näytteitä) ei ole pistemäärän aikajanaa</translation>
    </message>
    <message numerus="yes">
        <source>too short to judge: %n sample(s) (%1 ms) at %2 Hz; model %3 needs at least %4 (0.1 s)</source>
        <translation>
            <numerusform>liian lyhyt arvioitavaksi: %n näyte (%1 ms) taajuudella %2 Hz; malli %3 tarvitsee vähintään %4 (0.1 s)</numerusform>
            <numerusform>liian lyhyt arvioitavaksi: %n näytettä (%1 ms) taajuudella %2 Hz; malli %3 tarvitsee vähintään %4 (0.1 s)</numerusform>
        </translation>
    </message>
    <message>
        <source>the analysed audio is digital silence (every sample is 0): there is no speech for model %1 to judge</source>
        <translation>analysoitu ääni on digitaalista hiljaisuutta (jokainen näyte on 0): mallilla %1 ei ole arvioitavaa puhetta</translation>
    </message>
    <message>
        <source>model %1 on the whole %2 recording (whole-clip input)</source>
        <translation>mallin %1 ajo koko %2 tallenteelle (koko leike syötteenä)</translation>
    </message>
    <message>
        <source>use --policy sliding-windows (or fixed-length) for long recordings</source>
        <translation>käytä pitkille tallenteille valitsinta --policy sliding-windows (tai fixed-length)</translation>
    </message>
</context>
<context>
    <name>st::NativeArgs</name>
    <message>
        <source>the name &quot;%1&quot; is not valid UTF-8; the file is read through %2</source>
        <translation>nimi &quot;%1&quot; ei ole kelvollista UTF-8:aa; tiedosto luetaan polun %2 kautta</translation>
    </message>
</context>
<context>
    <name>st::NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Uusi tapaus</translation>
    </message>
    <message>
        <source>required, e.g. 2025-0142</source>
        <translation>pakollinen, esim. 2025-0142</translation>
    </message>
    <message>
        <source>required: who examines the evidence</source>
        <translation>pakollinen: kuka tutkii todisteet</translation>
    </message>
    <message>
        <source>where the case file (.stcase) is made; never overwritten</source>
        <translation>minne tapaustiedosto (.stcase) luodaan; ei koskaan korvata</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Selaa...</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Tapaustiedosto</translation>
    </message>
    <message>
        <source>SourceTrace case (*.stcase)</source>
        <translation>SourceTrace-tapaus (*.stcase)</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>Tapauksen &amp;numero:</translation>
    </message>
    <message>
        <source>&amp;Examiner:</source>
        <translation>T&amp;utkija:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Otsikko:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Muistiinpanot:</translation>
    </message>
    <message>
        <source>Case &amp;file:</source>
        <translation>Tapaus&amp;tiedosto:</translation>
    </message>
    <message>
        <source>Create case</source>
        <translation>Luo tapaus</translation>
    </message>
    <message>
        <source>Every change to the case is recorded in its hash-chained audit log under your user name.</source>
        <translation>Jokainen tapaukseen tehty muutos kirjataan sen tiivisteketjutettuun tarkastuslokiin käyttäjänimelläsi.</translation>
    </message>
</context>
<context>
    <name>st::Npy</name>
    <message>
        <source>cannot write a .npy file with a negative dimension %1</source>
        <translation>.npy-tiedostoa, jonka ulottuvuus %1 on negatiivinen, ei voi kirjoittaa</translation>
    </message>
    <message>
        <source>no data given for a .npy file of %1 values</source>
        <translation>%1 arvon .npy-tiedostolle ei annettu dataa</translation>
    </message>
    <message>
        <source>shape too long for a version 1.0 .npy header</source>
        <translation>muoto on liian pitkä version 1.0 .npy-otsakkeelle</translation>
    </message>
    <message>
        <source>cannot open for writing: %1</source>
        <translation>ei voi avata kirjoitettavaksi: %1</translation>
    </message>
    <message>
        <source>write failed: %1</source>
        <translation>kirjoitus epäonnistui: %1</translation>
    </message>
    <message>
        <source>could not finish writing: %1</source>
        <translation>kirjoitusta ei voitu viedä loppuun: %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>tiedostoa ei ole</translation>
    </message>
    <message>
        <source>cannot open for reading: %1</source>
        <translation>ei voi avata luettavaksi: %1</translation>
    </message>
    <message>
        <source>not a NumPy .npy file (the magic string \x93NUMPY is missing)</source>
        <translation>ei NumPy .npy -tiedosto (tunnistemerkkijono \x93NUMPY puuttuu)</translation>
    </message>
    <message>
        <source>truncated .npy header</source>
        <translation>katkaistu .npy-otsake</translation>
    </message>
    <message>
        <source>unsupported .npy format version %1.%2</source>
        <translation>.npy-muodon versiota %1.%2 ei tueta</translation>
    </message>
    <message>
        <source>truncated .npy header (%1 bytes announced, %2 present)</source>
        <translation>katkaistu .npy-otsake (%1 tavua ilmoitettu, %2 olemassa)</translation>
    </message>
    <message>
        <source>truncated .npy header (%1 of %2 bytes)</source>
        <translation>katkaistu .npy-otsake (%1/%2 tavua)</translation>
    </message>
    <message>
        <source>the .npy header has no &apos;descr&apos; (data type)</source>
        <translation>.npy-otsakkeessa ei ole kenttää &apos;descr&apos; (tietotyyppi)</translation>
    </message>
    <message>
        <source>unsupported .npy data type &apos;%1&apos; (only little-endian float32 &apos;&lt;f4&apos; and float64 &apos;&lt;f8&apos; are read)</source>
        <translation>.npy-tietotyyppiä &apos;%1&apos; ei tueta (vain little-endian float32 &apos;&lt;f4&apos; ja float64 &apos;&lt;f8&apos; luetaan)</translation>
    </message>
    <message>
        <source>the .npy header has no &apos;fortran_order&apos;</source>
        <translation>.npy-otsakkeessa ei ole kenttää &apos;fortran_order&apos;</translation>
    </message>
    <message>
        <source>Fortran-order .npy arrays are not supported (save it with numpy.ascontiguousarray first)</source>
        <translation>Fortran-järjestyksessä olevia .npy-taulukoita ei tueta (tallenna se ensin numpy.ascontiguousarray-funktiolla)</translation>
    </message>
    <message>
        <source>the .npy header has no valid &apos;shape&apos;</source>
        <translation>.npy-otsakkeessa ei ole kelvollista kenttää &apos;shape&apos;</translation>
    </message>
    <message>
        <source>bad dimension &apos;%1&apos; in the .npy shape</source>
        <translation>virheellinen ulottuvuus &apos;%1&apos; .npy-muodossa</translation>
    </message>
    <message>
        <source>the .npy shape has more than 32 dimensions</source>
        <translation>.npy-muodossa on yli 32 ulottuvuutta</translation>
    </message>
    <message>
        <source>the .npy shape %1 is too large (its byte count overflows)</source>
        <translation>.npy-muoto %1 on liian suuri (sen tavumäärä ylivuotaa)</translation>
    </message>
    <message>
        <source>truncated .npy data: %1 bytes expected for shape %2, %3 present</source>
        <translation>katkaistu .npy-data: muodolle %2 odotettiin %1 tavua, olemassa %3</translation>
    </message>
    <message>
        <source>read failed: %1</source>
        <translation>luku epäonnistui: %1</translation>
    </message>
</context>
<context>
    <name>st::OodScores</name>
    <message>
        <source>OOD scores need the model&apos;s logits (this model has no class head)</source>
        <translation>OOD-pistemäärät tarvitsevat mallin logitit (tällä mallilla ei ole luokkapäätä)</translation>
    </message>
    <message>
        <source>OOD scorer: no reference embeddings fitted</source>
        <translation>OOD-pisteyttäjä: viiteupotuksia ei ole sovitettu</translation>
    </message>
    <message>
        <source>OOD scorer: embedding of dimension %1, expected %2</source>
        <translation>OOD-pisteyttäjä: upotuksen ulottuvuus %1, odotettiin %2</translation>
    </message>
</context>
<context>
    <name>st::OpenSet</name>
    <message>
        <source>the score of %1 %2 is not finite (%3): no answer at any level</source>
        <translation>kohteen %1 %2 pistemäärä ei ole äärellinen (%3): ei vastausta millään tasolla</translation>
    </message>
    <message>
        <source>a false-alarm threshold needs non-target scores</source>
        <translation>väärien hälytysten kynnysarvo tarvitsee ei-kohdepistemääriä</translation>
    </message>
    <message>
        <source>the target false-alarm rate must be in [0, 1), not %1</source>
        <translation>tavoiteltavan väärien hälytysten osuuden on oltava välillä [0, 1), ei %1</translation>
    </message>
    <message>
        <source>threshold rule must be &apos;eer&apos; or &apos;far&apos;, not &apos;%1&apos;</source>
        <translation>kynnysarvosäännön on oltava &apos;eer&apos; tai &apos;far&apos;, ei &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the trial list has no scores (column CosScore or score): score the trials before computing pooled EERs</source>
        <translation>koeluettelossa ei ole pistemääriä (sarake CosScore tai score): pisteytä kokeet ennen yhdistettyjen EER-arvojen laskemista</translation>
    </message>
</context>
<context>
    <name>st::Pca</name>
    <message>
        <source>PCA needs at least one embedding</source>
        <translation>PCA tarvitsee vähintään yhden upotuksen</translation>
    </message>
    <message>
        <source>PCA of empty embeddings (dimension 0)</source>
        <translation>tyhjien upotusten PCA (ulottuvuus 0)</translation>
    </message>
    <message>
        <source>PCA: %1 components asked of %2-d embeddings</source>
        <translation>PCA: %1 komponenttia pyydetty %2-ulotteisista upotuksista</translation>
    </message>
    <message>
        <source>PCA: embedding %1 has %2 values, the first has %3</source>
        <translation>PCA: upotuksessa %1 on %2 arvoa, ensimmäisessä %3</translation>
    </message>
    <message>
        <source>PCA: a %1-d embedding projected on %2-d axes</source>
        <translation>PCA: %1-ulotteinen upotus projisoitu %2-ulotteisille akseleille</translation>
    </message>
</context>
<context>
    <name>st::PooledEer</name>
    <message>
        <source>the trial list has no scores (column CosScore or score): score the trials before computing pooled EERs</source>
        <translation>koeluettelossa ei ole pistemääriä (sarake CosScore tai score): pisteytä kokeet ennen yhdistettyjen EER-arvojen laskemista</translation>
    </message>
    <message>
        <source>trial %1 (0-based) has a NaN score: remove or fix that trial</source>
        <translation>kokeen %1 (0-pohjainen) pistemäärä on NaN: poista tai korjaa se koe</translation>
    </message>
    <message>
        <source>cannot write the EER table: %1</source>
        <translation>EER-taulukkoa ei voi kirjoittaa: %1</translation>
    </message>
    <message>
        <source>cannot open the EER table: %1</source>
        <translation>EER-taulukkoa ei voi avata: %1</translation>
    </message>
    <message>
        <source>unterminated quote</source>
        <translation>päättämätön lainausmerkki</translation>
    </message>
    <message>
        <source>expected the header &apos;,EER&apos;, found &apos;%1&apos;</source>
        <translation>odotettiin otsikkoriviä &apos;,EER&apos;, löytyi &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected &apos;label,EER%&apos; with a finite number (or nan), found &apos;%1&apos;</source>
        <translation>odotettiin &apos;label,EER%&apos; äärellisellä luvulla (tai nan), löytyi &apos;%1&apos;</translation>
    </message>
    <message>
        <source>empty EER table (expected the header &apos;,EER&apos;)</source>
        <translation>tyhjä EER-taulukko (odotettiin otsikkoriviä &apos;,EER&apos;)</translation>
    </message>
    <message>
        <source>cannot create the output folder</source>
        <translation>tuloskansiota ei voi luoda</translation>
    </message>
    <message>
        <source>%1 clips but %2 scores: every clip needs one detection score</source>
        <translation>%1 leikettä mutta %2 pistemäärää: jokainen leike tarvitsee yhden tunnistuspistemäärän</translation>
    </message>
    <message>
        <source>detection EER needs bona fide and spoofed clips: found %1 bona fide and %2 spoofed</source>
        <translation>tunnistuksen EER tarvitsee aitoja ja väärennettyjä leikkeitä: löytyi %1 aitoa ja %2 väärennettyä</translation>
    </message>
</context>
<context>
    <name>st::PortAudioOutput</name>
    <message>
        <source>PortAudio could not start: %1</source>
        <translation>PortAudio ei voinut käynnistyä: %1</translation>
    </message>
    <message>
        <source>No audio output device was found, so playback is off. Everything else works.</source>
        <translation>Äänilähtölaitetta ei löytynyt, joten toisto on pois käytöstä. Kaikki muu toimii.</translation>
    </message>
    <message>
        <source>The device &quot;%1&quot; cannot play %2 Hz audio: %3</source>
        <translation>Laite &quot;%1&quot; ei voi toistaa %2 Hz:n ääntä: %3</translation>
    </message>
    <message>
        <source>Playback could not start: %1</source>
        <translation>Toisto ei voinut alkaa: %1</translation>
    </message>
</context>
<context>
    <name>st::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>Järjestelmä (%1)</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and messages. Numbers and dates shown follow it; files written (CSV, JSON, reports&apos; data) always use the C locale.</source>
        <translation>Valikoiden, valintaikkunoiden ja viestien kieli. Näytetyt luvut ja päivämäärät noudattavat sitä; kirjoitetut tiedostot (CSV, JSON, raporttien tiedot) käyttävät aina C-lokaalia.</translation>
    </message>
    <message>
        <source>A new language takes effect at the next start of SourceTrace.</source>
        <translation>Uusi kieli tulee voimaan SourceTracen seuraavalla käynnistyskerralla.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
</context>
<context>
    <name>st::Protocol</name>
    <message>
        <source>NUL byte in the line (a binary file, or UTF-16 text?): expected UTF-8 text</source>
        <translation>NUL-tavu rivillä (binääritiedosto vai UTF-16-tekstiä?): odotettiin UTF-8-tekstiä</translation>
    </message>
    <message>
        <source>invalid UTF-8 at byte %1 of the line (0x%2): labels and file names must be UTF-8</source>
        <translation>virheellinen UTF-8 rivin tavussa %1 (0x%2): nimiöiden ja tiedostonimien on oltava UTF-8:aa</translation>
    </message>
    <message>
        <source>cannot open the protocol file: %1</source>
        <translation>protokollatiedostoa ei voi avata: %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>tiedostoa ei ole</translation>
    </message>
    <message>
        <source>the header has no column %1 (columns found: %2)</source>
        <translation>otsikkorivillä ei ole saraketta %1 (löydetyt sarakkeet: %2)</translation>
    </message>
    <message>
        <source>the header names column &apos;%1&apos; twice (columns %2 and %3)</source>
        <translation>otsikkorivi nimeää sarakkeen &apos;%1&apos; kahdesti (sarakkeet %2 ja %3)</translation>
    </message>
    <message>
        <source>the trial list has a header (line %1) and no rows</source>
        <translation>koeluettelossa on otsikkorivi (rivi %1) mutta ei rivejä</translation>
    </message>
    <message>
        <source>the protocol file has a header (line %1) and no rows</source>
        <translation>protokollatiedostossa on otsikkorivi (rivi %1) mutta ei rivejä</translation>
    </message>
    <message>
        <source>expected %1 tab-separated fields as in the header on line %2 (%3), found %4</source>
        <translation>odotettiin %1 sarkaimin erotettua kenttää kuten rivin %2 otsikossa (%3), löytyi %4</translation>
    </message>
    <message>
        <source>empty &apos;file&apos; or &apos;attack&apos; field</source>
        <translation>tyhjä kenttä &apos;file&apos; tai &apos;attack&apos;</translation>
    </message>
    <message>
        <source>file &apos;%1&apos; is listed twice (first on line %2)</source>
        <translation>tiedosto &apos;%1&apos; on luettelossa kahdesti (ensin rivillä %2)</translation>
    </message>
    <message>
        <source>the protocol is empty (expected a header line: file attack ...)</source>
        <translation>protokolla on tyhjä (odotettiin otsikkoriviä: file attack ...)</translation>
    </message>
    <message>
        <source>expected 5 fields &apos;speaker file - attack key&apos; (ASVspoof 2019 LA) or 8 fields &apos;speaker file codec transmission attack key trim phase&apos; (ASVspoof 2021 LA), found %1</source>
        <translation>odotettiin 5 kenttää &apos;speaker file - attack key&apos; (ASVspoof 2019 LA) tai 8 kenttää &apos;speaker file codec transmission attack key trim phase&apos; (ASVspoof 2021 LA), löytyi %1</translation>
    </message>
    <message>
        <source>key must be &apos;bonafide&apos; or &apos;spoof&apos;, not &apos;%1&apos;</source>
        <translation>key-kentän on oltava &apos;bonafide&apos; tai &apos;spoof&apos;, ei &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a spoof row needs an attack id (e.g. A01) in place of &apos;-&apos;</source>
        <translation>spoof-rivi tarvitsee hyökkäystunnuksen (esim. A01) merkin &apos;-&apos; tilalle</translation>
    </message>
    <message>
        <source>the protocol is empty (no clip lines)</source>
        <translation>protokolla on tyhjä (ei leikerivejä)</translation>
    </message>
    <message>
        <source>unterminated quote in the header</source>
        <translation>päättämätön lainausmerkki otsikkorivillä</translation>
    </message>
    <message>
        <source>unterminated quote (a field opened with &quot; is never closed)</source>
        <translation>päättämätön lainausmerkki (merkillä &quot; avattua kenttää ei koskaan suljeta)</translation>
    </message>
    <message>
        <source>expected %1 &apos;%2&apos;-separated fields as in the header (%3), found %4</source>
        <translation>odotettiin %1 merkillä &apos;%2&apos; erotettua kenttää kuten otsikkorivillä (%3), löytyi %4</translation>
    </message>
    <message>
        <source>empty &apos;path&apos; or &apos;model_name&apos; field</source>
        <translation>tyhjä kenttä &apos;path&apos; tai &apos;model_name&apos;</translation>
    </message>
    <message>
        <source>the protocol is empty (expected a header with path and model_name)</source>
        <translation>protokolla on tyhjä (odotettiin otsikkoriviä, jossa on path ja model_name)</translation>
    </message>
    <message>
        <source>this is a STOPA trial list (trial vs fingerprint), not a clip protocol: read it as trials</source>
        <translation>tämä on STOPA-koeluettelo (koe vastaan sormenjälki), ei leikeprotokolla: lue se trials-muodossa</translation>
    </message>
    <message>
        <source>the protocol file is empty (no non-blank line)</source>
        <translation>protokollatiedosto on tyhjä (ei yhtään ei-tyhjää riviä)</translation>
    </message>
    <message>
        <source>unknown protocol format: expected a SourceTrace TSV (header with file and attack), an ASVspoof LA protocol or an MLAAD CSV (header with path and model_name); see docs/protocols.md</source>
        <translation>tuntematon protokollamuoto: odotettiin SourceTrace TSV -tiedostoa (otsikossa file ja attack), ASVspoof LA -protokollaa tai MLAAD CSV -tiedostoa (otsikossa path ja model_name); katso docs/protocols.md</translation>
    </message>
    <message>
        <source>unterminated quote</source>
        <translation>päättämätön lainausmerkki</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header on line %2, found %3</source>
        <translation>odotettiin %1 kenttää kuten rivin %2 otsikossa, löytyi %3</translation>
    </message>
    <message>
        <source>column %1 must be True/False or 1/0, not &apos;%2&apos;</source>
        <translation>sarakkeen %1 on oltava True/False tai 1/0, ei &apos;%2&apos;</translation>
    </message>
    <message>
        <source>empty %1 field</source>
        <translation>tyhjä kenttä %1</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a finite number</source>
        <translation>%1 &apos;%2&apos; ei ole äärellinen luku</translation>
    </message>
    <message>
        <source>the trial list is empty (expected a header with FileName, AbstractModel, ATK, IsTargetATK, IsTargetAcousticModel, IsTargetVocoderModel)</source>
        <translation>koeluettelo on tyhjä (odotettiin otsikkoriviä, jossa on FileName, AbstractModel, ATK, IsTargetATK, IsTargetAcousticModel, IsTargetVocoderModel)</translation>
    </message>
    <message>
        <source>trial &apos;%1&apos; vs &apos;%2&apos; is listed twice (first on line %3)</source>
        <translation>koe &apos;%1&apos; vastaan &apos;%2&apos; on luettelossa kahdesti (ensin rivillä %3)</translation>
    </message>
    <message>
        <source>the header line has no column `file` (columns are tab-separated)</source>
        <translation>otsikkorivillä ei ole saraketta `file` (sarakkeet erotetaan sarkaimin)</translation>
    </message>
    <message>
        <source>no `file` value in this row</source>
        <translation>tällä rivillä ei ole `file`-arvoa</translation>
    </message>
    <message>
        <source>the protocol is empty (a header line with a column `file` is needed)</source>
        <translation>protokolla on tyhjä (tarvitaan otsikkorivi, jossa on sarake `file`)</translation>
    </message>
</context>
<context>
    <name>st::PthReader</name>
    <message>
        <source>data.pkl ends without a STOP opcode (file truncated?)</source>
        <translation>data.pkl päättyy ilman STOP-käskyä (tiedosto katkennut?)</translation>
    </message>
    <message>
        <source>data.pkl refers to %1 at byte %2, which is not part of a plain state dict of tensors</source>
        <translation>data.pkl viittaa tavun %2 kohdalla kohteeseen %1, joka ei kuulu pelkkään tensorien tilasanakirjaan</translation>
    </message>
    <message>
        <source>BUILD on a %1 at byte %2 (expected the state dict)</source>
        <translation>BUILD kohteelle %1 tavun %2 kohdalla (odotettiin tilasanakirjaa)</translation>
    </message>
    <message>
        <source>stack underflow at byte %1</source>
        <translation>pinon alivuoto tavun %1 kohdalla</translation>
    </message>
    <message>
        <source>SETITEMS with an odd number of items at byte %1</source>
        <translation>SETITEMS parittomalla määrällä alkioita tavun %1 kohdalla</translation>
    </message>
    <message>
        <source>STOP with %1 values on the stack</source>
        <translation>STOP, kun pinossa on %1 arvoa</translation>
    </message>
    <message>
        <source>data.pkl uses pickle opcode 0x%1 at byte %2, which this reader does not support (a plain state dict of tensors is expected)</source>
        <translation>data.pkl käyttää tavun %2 kohdalla pickle-käskyä 0x%1, jota tämä lukija ei tue (odotetaan pelkkää tensorien tilasanakirjaa)</translation>
    </message>
    <message>
        <source>data.pkl ends in the middle of an opcode (file truncated?)</source>
        <translation>data.pkl päättyy kesken käskyn (tiedosto katkennut?)</translation>
    </message>
    <message>
        <source>data.pkl ends inside a GLOBAL opcode (file truncated?)</source>
        <translation>data.pkl päättyy GLOBAL-käskyn sisällä (tiedosto katkennut?)</translation>
    </message>
    <message>
        <source>pickle stack underflow at byte %1</source>
        <translation>pickle-pinon alivuoto tavun %1 kohdalla</translation>
    </message>
    <message>
        <source>no MARK before byte %1</source>
        <translation>ei MARK-merkkiä ennen tavua %1</translation>
    </message>
    <message>
        <source>memo entry %1 used before it was set (byte %2)</source>
        <translation>memo-merkintää %1 käytetään ennen kuin se on asetettu (tavu %2)</translation>
    </message>
    <message>
        <source>SETITEM(S) on a %1 at byte %2</source>
        <translation>SETITEM(S) kohteelle %1 tavun %2 kohdalla</translation>
    </message>
    <message>
        <source>REDUCE of a %1 at byte %2</source>
        <translation>REDUCE kohteelle %1 tavun %2 kohdalla</translation>
    </message>
    <message>
        <source>OrderedDict built with arguments at byte %1</source>
        <translation>OrderedDict muodostettu argumenteilla tavun %1 kohdalla</translation>
    </message>
    <message>
        <source>malformed _rebuild_tensor_v2 arguments at byte %1</source>
        <translation>virheelliset _rebuild_tensor_v2-argumentit tavun %1 kohdalla</translation>
    </message>
    <message>
        <source>negative size or stride in a tensor at byte %1</source>
        <translation>negatiivinen koko tai askel tensorissa tavun %1 kohdalla</translation>
    </message>
    <message>
        <source>a tensor at byte %1 has an impossible shape (more than %2 elements or an overflowing stride)</source>
        <translation>tavun %1 kohdalla olevalla tensorilla on mahdoton muoto (yli %2 alkiota tai ylivuotava askel)</translation>
    </message>
    <message>
        <source>a tensor at byte %1 views %2 elements of a storage of %3 (an overlapping or broadcast view, which state dicts never hold)</source>
        <translation>tavun %1 kohdalla oleva tensori näyttää %2 alkiota %3 alkion tallennuksesta (päällekkäinen tai levitetty näkymä, jota tilasanakirjoissa ei koskaan ole)</translation>
    </message>
    <message>
        <source>a tensor at byte %1 reaches past the end of its storage %2</source>
        <translation>tavun %1 kohdalla oleva tensori ulottuu tallennuksensa %2 lopun yli</translation>
    </message>
    <message>
        <source>REDUCE of %1 at byte %2 is not supported</source>
        <translation>REDUCE kohteelle %1 tavun %2 kohdalla ei ole tuettu</translation>
    </message>
    <message>
        <source>unexpected persistent id at byte %1 (expected a storage record)</source>
        <translation>odottamaton pysyvä tunniste tavun %1 kohdalla (odotettiin tallennustietuetta)</translation>
    </message>
    <message>
        <source>the archive has no record %1 for a storage</source>
        <translation>arkistossa ei ole tallennukselle tietuetta %1</translation>
    </message>
    <message>
        <source>cannot read record %1: %2</source>
        <translation>tietuetta %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <source>record %1 holds %2 bytes, too few for its storage of %3 elements</source>
        <translation>tietueessa %1 on %2 tavua, liian vähän sen %3 alkion tallennukselle</translation>
    </message>
    <message>
        <source>record %1 holds %2 bytes, its storage needs %3</source>
        <translation>tietueessa %1 on %2 tavua, sen tallennus tarvitsee %3</translation>
    </message>
    <message>
        <source>tensor %1 is %2, not an integer type</source>
        <translation>tensori %1 on tyyppiä %2, ei kokonaislukutyyppiä</translation>
    </message>
    <message>
        <source>the checkpoint file does not exist</source>
        <translation>tarkistuspistetiedostoa ei ole olemassa</translation>
    </message>
    <message>
        <source>the checkpoint is not a readable file</source>
        <translation>tarkistuspiste ei ole luettava tiedosto</translation>
    </message>
    <message>
        <source>the checkpoint file is empty</source>
        <translation>tarkistuspistetiedosto on tyhjä</translation>
    </message>
    <message>
        <source>not a readable PyTorch zip checkpoint (truncated, or saved in another format?): %1</source>
        <translation>ei luettava PyTorchin zip-tarkistuspiste (katkennut tai tallennettu toisessa muodossa?): %1</translation>
    </message>
    <message>
        <source>not a readable PyTorch zip checkpoint: %1</source>
        <translation>ei luettava PyTorchin zip-tarkistuspiste: %1</translation>
    </message>
    <message>
        <source>tensors are stored %1-endian; only little-endian is supported</source>
        <translation>tensorit on tallennettu tavujärjestyksellä %1-endian; vain little-endian on tuettu</translation>
    </message>
    <message>
        <source>the archive has no data.pkl record: not a torch.save checkpoint</source>
        <translation>arkistossa ei ole data.pkl-tietuetta: ei torch.save-tarkistuspiste</translation>
    </message>
    <message>
        <source>data.pkl holds a %1, not a state dict</source>
        <translation>data.pkl sisältää kohteen %1, ei tilasanakirjaa</translation>
    </message>
    <message>
        <source>the state dict has an entry that is not name -&gt; tensor (%1 -&gt; %2)</source>
        <translation>tilasanakirjassa on merkintä, joka ei ole muotoa nimi -&gt; tensori (%1 -&gt; %2)</translation>
    </message>
    <message>
        <source>cannot read the checkpoint archive: %1</source>
        <translation>tarkistuspistearkistoa ei voi lukea: %1</translation>
    </message>
</context>
<context>
    <name>st::Quadrature</name>
    <message>
        <source>Gauss-Legendre needs at least 1 node (got %1)</source>
        <translation>Gauss–Legendre tarvitsee vähintään 1 solmun (saatiin %1)</translation>
    </message>
    <message>
        <source>the trapezoidal rule needs at least 2 steps (got %1)</source>
        <translation>puolisuunnikassääntö tarvitsee vähintään 2 askelta (saatiin %1)</translation>
    </message>
    <message>
        <source>Gauss-Legendre needs at least 1 step (got %1)</source>
        <translation>Gauss–Legendre tarvitsee vähintään 1 askeleen (saatiin %1)</translation>
    </message>
</context>
<context>
    <name>st::QualityMeasures</name>
    <message>
        <source>lossy codec (%1): its artefacts can mask or mimic those of a synthesiser</source>
        <translation>häviöllinen koodekki (%1): sen artefaktit voivat peittää tai jäljitellä syntetisaattorin artefakteja</translation>
    </message>
    <message>
        <source>band-limited to ~%1 kHz: telephone-band or narrowband codec likely</source>
        <translation>kaista rajattu noin %1 kHz:iin: puhelinkaistan tai kapeakaistainen koodekki todennäköinen</translation>
    </message>
    <message>
        <source>band-limited to ~%1 kHz: a wideband codec (G.722, AMR-WB) or a 16 kHz source likely</source>
        <translation>kaista rajattu noin %1 kHz:iin: laajakaistakoodekki (G.722, AMR-WB) tai 16 kHz:n lähde todennäköinen</translation>
    </message>
    <message>
        <source>band-limited to ~%1 kHz: possibly decoded from a lossy codec (MP3 and AAC encoders low-pass there) or resampled</source>
        <translation>kaista rajattu noin %1 kHz:iin: mahdollisesti dekoodattu häviöllisestä koodekista (MP3- ja AAC-kooderit alipäästösuodattavat siinä) tai uudelleennäytteistetty</translation>
    </message>
    <message>
        <source>sampled at %1 kHz: narrowband (telephone rate), nothing above %2 kHz can be present</source>
        <translation>näytteenottotaajuus %1 kHz: kapeakaista (puhelintaajuus), yli %2 kHz:n sisältöä ei voi olla</translation>
    </message>
    <message>
        <source>sampled at %1 kHz: narrowband, nothing above %2 kHz can be present</source>
        <translation>näytteenottotaajuus %1 kHz: kapeakaista, yli %2 kHz:n sisältöä ei voi olla</translation>
    </message>
    <message>
        <source>content reaches only %1 kHz of the %2 kHz a %3 kHz rate allows: upsampled from %4 kHz (or low-pass filtered) likely</source>
        <translation>sisältö ulottuu vain %1 kHz:iin niistä %2 kHz:stä, jotka %3 kHz:n taajuus sallii: todennäköisesti ylösnäytteistetty %4 kHz:stä (tai alipäästösuodatettu)</translation>
    </message>
    <message>
        <source>content reaches only %1 kHz of the %2 kHz a %3 kHz rate allows: low-pass filtered</source>
        <translation>sisältö ulottuu vain %1 kHz:iin niistä %2 kHz:stä, jotka %3 kHz:n taajuus sallii: alipäästösuodatettu</translation>
    </message>
    <message numerus="yes">
        <source>%n non-finite sample(s) were taken as 0</source>
        <translation>
            <numerusform>%n ei-äärellinen näyte tulkittiin nollaksi</numerusform>
            <numerusform>%n ei-äärellistä näytettä tulkittiin nolliksi</numerusform>
        </translation>
    </message>
    <message>
        <source>the selection&apos;s start and end must be numbers of seconds</source>
        <translation>valinnan alun ja lopun on oltava sekuntimääriä</translation>
    </message>
    <message>
        <source>the selection starts at %1 s, before the start of the recording</source>
        <translation>valinta alkaa kohdasta %1 s, ennen tallenteen alkua</translation>
    </message>
    <message>
        <source>the selection is empty: it ends at %1 s, not after its start at %2 s</source>
        <translation>valinta on tyhjä: se päättyy kohtaan %1 s, ei alkunsa %2 s jälkeen</translation>
    </message>
    <message>
        <source>the selection starts at %1 s, after the end of the recording (%2 s)</source>
        <translation>valinta alkaa kohdasta %1 s, tallenteen lopun (%2 s) jälkeen</translation>
    </message>
    <message>
        <source>the selection %1-%2 s holds no sample</source>
        <translation>valinnassa %1-%2 s ei ole yhtään näytettä</translation>
    </message>
    <message>
        <source>G.711 mu-law, telephone companding</source>
        <translation>G.711 µ-law, puhelinkompandointi</translation>
    </message>
    <message>
        <source>G.711 A-law, telephone companding</source>
        <translation>G.711 A-law, puhelinkompandointi</translation>
    </message>
    <message>
        <source>GSM 06.10, telephone</source>
        <translation>GSM 06.10, puhelin</translation>
    </message>
    <message>
        <source>G.72x ADPCM, telephone</source>
        <translation>G.72x ADPCM, puhelin</translation>
    </message>
    <message>
        <source>NMS ADPCM, telephone</source>
        <translation>NMS ADPCM, puhelin</translation>
    </message>
    <message>
        <source>cannot measure quality: the sample rate must be positive (it is %1)</source>
        <translation>laatua ei voi mitata: näytteenottotaajuuden on oltava positiivinen (se on %1)</translation>
    </message>
    <message>
        <source>measuring the quality</source>
        <translation>laadun mittaus</translation>
    </message>
    <message>
        <source>measure a shorter selection (--start/--end)</source>
        <translation>mittaa lyhyempi valinta (--start/--end)</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>on oltava luku</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>on oltava kokonaisluku</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>on oltava true tai false</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>on oltava merkkijono</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>on oltava merkkijonojen taulukko</translation>
    </message>
    <message>
        <source>must be an array of [start, end] pairs</source>
        <translation>on oltava [alku, loppu]-parien taulukko</translation>
    </message>
</context>
<context>
    <name>st::QualityThresholds</name>
    <message>
        <source>quality thresholds are not valid JSON (%1 at offset %2)</source>
        <translation>laatukynnykset eivät ole kelvollista JSONia (%1 kohdassa %2)</translation>
    </message>
    <message>
        <source>quality thresholds must be a JSON object, e.g. {&quot;minSnrDb&quot;: 15}</source>
        <translation>laatukynnysten on oltava JSON-objekti, esim. {&quot;minSnrDb&quot;: 15}</translation>
    </message>
    <message>
        <source>cannot open the quality thresholds: %1</source>
        <translation>laatukynnyksiä ei voi avata: %1</translation>
    </message>
    <message>
        <source>quality thresholds over 1 MB: not a thresholds file</source>
        <translation>laatukynnykset yli 1 MB: ei kynnystiedosto</translation>
    </message>
</context>
<context>
    <name>st::QualityThresholdsDialog</name>
    <message>
        <source>Quality thresholds of the case</source>
        <translation>Tapauksen laatukynnykset</translation>
    </message>
    <message>
        <source>Evidence below these limits is flagged in the Case dock and the report. The limits in force are stored with every analysis; a change is logged in the audit log. The default model&apos;s LR needs a bandwidth of at least 3562.5 Hz whatever is set here (docs/quality.md).</source>
        <translation>Näiden rajojen alittavat todisteet liputetaan Tapaus-telakassa ja raportissa. Voimassa olevat rajat tallennetaan jokaisen analyysin kanssa; muutos kirjataan tarkastuslokiin. Oletusmallin LR vaatii vähintään 3562,5 Hz:n kaistanleveyden riippumatta siitä, mitä tässä asetetaan (docs/quality.md).</translation>
    </message>
    <message>
        <source> dB</source>
        <translation> dB</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> Hz</source>
        <translation> Hz</translation>
    </message>
    <message>
        <source>Speech-to-noise ratio at least</source>
        <translation>Puhe-kohinasuhde vähintään</translation>
    </message>
    <message>
        <source>Net speech at least</source>
        <translation>Puheen nettomäärä vähintään</translation>
    </message>
    <message>
        <source>Clipped samples at most (fraction)</source>
        <translation>Leikkautuneita näytteitä enintään (osuus)</translation>
    </message>
    <message>
        <source>|DC offset| at most (full scale)</source>
        <translation>|DC-siirtymä| enintään (täysi asteikko)</translation>
    </message>
    <message>
        <source>Effective bandwidth at least</source>
        <translation>Efektiivinen kaistanleveys vähintään</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Vain luku: %1</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Oletukset</translation>
    </message>
</context>
<context>
    <name>st::QualityVerdict</name>
    <message>
        <source>The selection holds no samples: there is nothing to examine</source>
        <translation>Valinnassa ei ole näytteitä: tutkittavaa ei ole</translation>
    </message>
    <message>
        <source>The recording holds no samples: there is nothing to examine</source>
        <translation>Tallenteessa ei ole näytteitä: tutkittavaa ei ole</translation>
    </message>
    <message>
        <source>The selection is digitally silent (every sample is 0): there is no speech to examine</source>
        <translation>Valinta on digitaalisesti hiljainen (jokainen näyte on 0): tutkittavaa puhetta ei ole</translation>
    </message>
    <message>
        <source>The recording is digitally silent (every sample is 0): there is no speech to examine</source>
        <translation>Tallenne on digitaalisesti hiljainen (jokainen näyte on 0): tutkittavaa puhetta ei ole</translation>
    </message>
    <message>
        <source>No speech was found in the selection (net speech 0.0 s; the case requires %1 s)</source>
        <translation>Valinnasta ei löytynyt puhetta (puheen nettomäärä 0.0 s; tapaus edellyttää %1 s)</translation>
    </message>
    <message>
        <source>No speech was found in the recording (net speech 0.0 s; the case requires %1 s)</source>
        <translation>Tallenteesta ei löytynyt puhetta (puheen nettomäärä 0.0 s; tapaus edellyttää %1 s)</translation>
    </message>
    <message>
        <source>The signal-to-noise ratio cannot be measured: no speech was found</source>
        <translation>Signaali-kohinasuhdetta ei voi mitata: puhetta ei löytynyt</translation>
    </message>
    <message>
        <source>Net speech is %1 s, below the %2 s the case requires</source>
        <translation>Puheen nettomäärä on %1 s, alle tapauksen edellyttämän %2 s</translation>
    </message>
    <message>
        <source>The signal-to-noise ratio is %1 dB, below the %2 dB the case requires</source>
        <translation>Signaali-kohinasuhde on %1 dB, alle tapauksen edellyttämän %2 dB</translation>
    </message>
    <message>
        <source>The signal-to-noise ratio is %1 dB, below the %2 dB the case requires (a lower bound: the selection has no pause to measure the noise in)</source>
        <translation>Signaali-kohinasuhde on %1 dB, alle tapauksen edellyttämän %2 dB (alaraja: valinnassa ei ole taukoa, jossa kohinan voisi mitata)</translation>
    </message>
    <message>
        <source>The signal-to-noise ratio is %1 dB, below the %2 dB the case requires (a lower bound: the recording has no pause to measure the noise in)</source>
        <translation>Signaali-kohinasuhde on %1 dB, alle tapauksen edellyttämän %2 dB (alaraja: tallenteessa ei ole taukoa, jossa kohinan voisi mitata)</translation>
    </message>
    <message>
        <source>The effective bandwidth is %1 Hz, below the %2 Hz the case requires</source>
        <translation>Tehollinen kaistanleveys on %1 Hz, alle tapauksen edellyttämän %2 Hz</translation>
    </message>
    <message>
        <source>The effective bandwidth cannot be measured (the selection is too short or too quiet: no 512-sample block within 40 dB of its loudest 10 ms); the case requires %1 Hz</source>
        <translation>Tehollista kaistanleveyttä ei voi mitata (valinta on liian lyhyt tai hiljainen: yksikään 512 näytteen lohko ei ole 40 dB:n sisällä sen voimakkaimmasta 10 ms:stä); tapaus edellyttää %1 Hz</translation>
    </message>
    <message>
        <source>The effective bandwidth cannot be measured (the recording is too short or too quiet: no 512-sample block within 40 dB of its loudest 10 ms); the case requires %1 Hz</source>
        <translation>Tehollista kaistanleveyttä ei voi mitata (tallenne on liian lyhyt tai hiljainen: yksikään 512 näytteen lohko ei ole 40 dB:n sisällä sen voimakkaimmasta 10 ms:stä); tapaus edellyttää %1 Hz</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the samples of channel %2 are clipped (%n run(s) at full scale, the longest %3 samples = %4 ms), above the %5 the case allows</source>
        <translation>
            <numerusform>%1 kanavan %2 näytteistä on leikkautunut (%n jakso täydellä tasolla, pisin %3 näytettä = %4 ms), yli tapauksen salliman %5</numerusform>
            <numerusform>%1 kanavan %2 näytteistä on leikkautunut (%n jaksoa täydellä tasolla, pisin %3 näytettä = %4 ms), yli tapauksen salliman %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the samples are clipped (%n run(s) at full scale, the longest %2 samples = %3 ms), above the %4 the case allows</source>
        <translation>
            <numerusform>%1 näytteistä on leikkautunut (%n jakso täydellä tasolla, pisin %2 näytettä = %3 ms), yli tapauksen salliman %4</numerusform>
            <numerusform>%1 näytteistä on leikkautunut (%n jaksoa täydellä tasolla, pisin %2 näytettä = %3 ms), yli tapauksen salliman %4</numerusform>
        </translation>
    </message>
    <message>
        <source>The DC offset is %1%2 of full scale, above the %3 the case allows</source>
        <translation>DC-siirtymä on %1%2 täydestä tasosta, yli tapauksen salliman %3</translation>
    </message>
    <message>
        <source>Codec: %1</source>
        <translation>Koodekki: %1</translation>
    </message>
    <message>
        <source>Sample rate: %1</source>
        <translation>Näytteenottotaajuus: %1</translation>
    </message>
    <message>
        <source>The file: %1</source>
        <translation>Tiedosto: %1</translation>
    </message>
</context>
<context>
    <name>st::RecentFilesMenu</name>
    <message>
        <source>(none)</source>
        <translation>(ei mitään)</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Tyhjennä luettelo</translation>
    </message>
</context>
<context>
    <name>st::Resampler</name>
    <message>
        <source>cannot resample from %1 Hz to %2 Hz: rates must be positive</source>
        <translation>uudelleennäytteistys taajuudesta %1 Hz taajuuteen %2 Hz ei onnistu: taajuuksien on oltava positiivisia</translation>
    </message>
    <message>
        <source>resampling from %1 Hz to %2 Hz failed (libsoxr: %3)</source>
        <translation>uudelleennäytteistys taajuudesta %1 Hz taajuuteen %2 Hz epäonnistui (libsoxr: %3)</translation>
    </message>
    <message>
        <source>resampling failed (libsoxr: %1)</source>
        <translation>uudelleennäytteistys epäonnistui (libsoxr: %1)</translation>
    </message>
</context>
<context>
    <name>st::SafeApplication</name>
    <message>
        <source>out of memory while handling an event; the last action was abandoned</source>
        <translation>muisti loppui tapahtuman käsittelyn aikana; viimeisin toiminto hylättiin</translation>
    </message>
    <message>
        <source>an unknown error occurred while handling an event; the last action was abandoned</source>
        <translation>tapahtuman käsittelyn aikana tapahtui tuntematon virhe; viimeisin toiminto hylättiin</translation>
    </message>
    <message>
        <source>SourceTrace</source>
        <translation>SourceTrace</translation>
    </message>
    <message>
        <source>An action failed and was abandoned; SourceTrace keeps running.

%1</source>
        <translation>Toiminto epäonnistui ja hylättiin; SourceTrace jatkaa toimintaansa.

%1</translation>
    </message>
</context>
<context>
    <name>st::Safetensors</name>
    <message>
        <source>cannot write weights: the tensor name &quot;%1&quot; appears twice</source>
        <translation>painoja ei voi kirjoittaa: tensorin nimi &quot;%1&quot; esiintyy kahdesti</translation>
    </message>
    <message>
        <source>cannot write weights: tensor &quot;%1&quot; has a negative dimension</source>
        <translation>painoja ei voi kirjoittaa: tensorilla &quot;%1&quot; on negatiivinen ulottuvuus</translation>
    </message>
    <message>
        <source>cannot write weights: tensor &quot;%1&quot; has %2 values for a shape of %3</source>
        <translation>painoja ei voi kirjoittaa: tensorissa &quot;%1&quot; on %2 arvoa muodolle %3</translation>
    </message>
    <message>
        <source>cannot write weights: %1</source>
        <translation>painoja ei voi kirjoittaa: %1</translation>
    </message>
    <message>
        <source>cannot read the weights: %1</source>
        <translation>painoja ei voi lukea: %1</translation>
    </message>
    <message>
        <source>not a safetensors file: %1 bytes, shorter than its 8-byte header length</source>
        <translation>ei safetensors-tiedosto: %1 tavua, lyhyempi kuin sen 8 tavun otsakepituus</translation>
    </message>
    <message>
        <source>not a safetensors file or truncated: its header claims %1 bytes, the file has %2</source>
        <translation>ei safetensors-tiedosto tai katkennut: sen otsake ilmoittaa %1 tavua, tiedostossa on %2</translation>
    </message>
    <message>
        <source>the safetensors header is not a JSON object (%1)</source>
        <translation>safetensors-otsake ei ole JSON-olio (%1)</translation>
    </message>
    <message>
        <source>cannot read the tensor data (%1 of %2 bytes)</source>
        <translation>tensoridataa ei voi lukea (%1/%2 tavua)</translation>
    </message>
    <message>
        <source>__metadata__ must be an object of strings</source>
        <translation>__metadata__-kentän on oltava merkkijonojen olio</translation>
    </message>
    <message>
        <source>__metadata__.%1 must be a string</source>
        <translation>kentän __metadata__.%1 on oltava merkkijono</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: its header entry is not an object</source>
        <translation>tensori &quot;%1&quot;: sen otsakemerkintä ei ole olio</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: unsupported dtype &quot;%2&quot;</source>
        <translation>tensori &quot;%1&quot;: tukematon dtype &quot;%2&quot;</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: needs a shape array and two data_offsets</source>
        <translation>tensori &quot;%1&quot;: tarvitsee shape-taulukon ja kaksi data_offsets-arvoa</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: a dimension is not a non-negative integer</source>
        <translation>tensori &quot;%1&quot;: ulottuvuus ei ole ei-negatiivinen kokonaisluku</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: its shape is too large</source>
        <translation>tensori &quot;%1&quot;: sen muoto on liian suuri</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: data_offsets [%2, %3] lie outside the %4 bytes of data</source>
        <translation>tensori &quot;%1&quot;: data_offsets [%2, %3] ovat %4 datatavun ulkopuolella</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: %2 bytes for a shape of %3 %4 values</source>
        <translation>tensori &quot;%1&quot;: %2 tavua muodolle %3, jossa on %4-arvoja</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: its data are not aligned to its element size</source>
        <translation>tensori &quot;%1&quot;: sen dataa ei ole tasattu sen alkion kokoon</translation>
    </message>
    <message>
        <source>the tensors&apos; data ranges overlap or leave gaps (at byte %1)</source>
        <translation>tensorien data-alueet menevät päällekkäin tai jättävät aukkoja (tavun %1 kohdalla)</translation>
    </message>
    <message>
        <source>%1 bytes of data follow the last tensor</source>
        <translation>viimeisen tensorin jälkeen on %1 tavua dataa</translation>
    </message>
</context>
<context>
    <name>st::SampleSource</name>
    <message>
        <source>channel %1 does not exist (the file has %2)</source>
        <translation>kanavaa %1 ei ole (tiedostossa on %2)</translation>
    </message>
</context>
<context>
    <name>st::ScoreFile</name>
    <message>
        <source>cannot open the score file: %1</source>
        <translation>pistemäärätiedostoa ei voi avata: %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>tiedostoa ei ole</translation>
    </message>
    <message>
        <source>unterminated quote in the header</source>
        <translation>päättämätön lainausmerkki otsikkorivillä</translation>
    </message>
    <message>
        <source>the header has two %1 columns (%2 and %3)</source>
        <translation>otsikkorivillä on kaksi %1-saraketta (%2 ja %3)</translation>
    </message>
    <message>
        <source>a CSV score file needs a header with &apos;file&apos; and &apos;score&apos; columns</source>
        <translation>CSV-pistemäärätiedosto tarvitsee otsikkorivin, jossa on sarakkeet &apos;file&apos; ja &apos;score&apos;</translation>
    </message>
    <message>
        <source>unterminated quote</source>
        <translation>päättämätön lainausmerkki</translation>
    </message>
    <message>
        <source>expected %1 comma-separated fields as in the header on line %2, found %3</source>
        <translation>odotettiin %1 pilkuin erotettua kenttää kuten rivin %2 otsikossa, löytyi %3</translation>
    </message>
    <message>
        <source>expected &apos;file score&apos;, found %1 fields</source>
        <translation>odotettiin &apos;file score&apos;, löytyi %1 kenttää</translation>
    </message>
    <message>
        <source>score &apos;%1&apos; is not a finite number</source>
        <translation>pistemäärä &apos;%1&apos; ei ole äärellinen luku</translation>
    </message>
    <message>
        <source>empty file name</source>
        <translation>tyhjä tiedostonimi</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is scored twice (first on line %2)</source>
        <translation>&apos;%1&apos; on pisteytetty kahdesti (ensin rivillä %2)</translation>
    </message>
    <message>
        <source>the score file is empty</source>
        <translation>pistemäärätiedosto on tyhjä</translation>
    </message>
    <message>
        <source>the score file has a header (line %1) and no rows</source>
        <translation>pistemäärätiedostossa on otsikkorivi (rivi %1) mutta ei rivejä</translation>
    </message>
    <message>
        <source>no score for clip &apos;%1&apos; of the protocol</source>
        <translation>protokollan leikkeelle &apos;%1&apos; ei ole pistemäärää</translation>
    </message>
    <message>
        <source>clip &apos;%1&apos; of the protocol has no exact score line and its base name &apos;%2&apos; matches several scored files: use the protocol&apos;s names</source>
        <translation>protokollan leikkeellä &apos;%1&apos; ei ole täsmälleen vastaavaa pistemääräriviä, ja sen perusnimi &apos;%2&apos; vastaa useita pisteytettyjä tiedostoja: käytä protokollan nimiä</translation>
    </message>
    <message>
        <source>the score of &apos;%1&apos; would count for two clips of the protocol (&apos;%2&apos; and &apos;%3&apos;): use the protocol&apos;s names</source>
        <translation>kohteen &apos;%1&apos; pistemäärä laskettaisiin kahdelle protokollan leikkeelle (&apos;%2&apos; ja &apos;%3&apos;): käytä protokollan nimiä</translation>
    </message>
</context>
<context>
    <name>st::ScoreFusion</name>
    <message>
        <source>fusion needs at least one detector</source>
        <translation>fuusio tarvitsee vähintään yhden tunnistimen</translation>
    </message>
    <message>
        <source>fusion: %1 detector names for %2 score lists</source>
        <translation>fuusio: %1 tunnistimen nimeä %2 pistemääräluettelolle</translation>
    </message>
    <message>
        <source>fusion: detector %1 has an empty name</source>
        <translation>fuusio: tunnistimen %1 nimi on tyhjä</translation>
    </message>
    <message>
        <source>fusion: detector &apos;%1&apos; is named twice</source>
        <translation>fuusio: tunnistin &apos;%1&apos; on nimetty kahdesti</translation>
    </message>
    <message>
        <source>fusion: detector &apos;%1&apos; scores %2 trials, &apos;%3&apos; scores %4 (every trial needs every detector)</source>
        <translation>fuusio: tunnistin &apos;%1&apos; pisteyttää %2 koetta, &apos;%3&apos; pisteyttää %4 (jokainen koe tarvitsee jokaisen tunnistimen)</translation>
    </message>
    <message>
        <source>fusion needs finite scores: detector &apos;%1&apos;, trial %2 is %3</source>
        <translation>fuusio tarvitsee äärelliset pistemäärät: tunnistin &apos;%1&apos;, koe %2 on %3</translation>
    </message>
    <message>
        <source>fusion prior must lie strictly between 0 and 1, not %1</source>
        <translation>fuusion priorin on oltava aidosti välillä 0–1, ei %1</translation>
    </message>
    <message>
        <source>fusion regulariser must be a finite number &gt;= 0, not %1</source>
        <translation>fuusion regularisoijan on oltava äärellinen luku &gt;= 0, ei %1</translation>
    </message>
    <message>
        <source>fusion: %1 labels for %2 trials</source>
        <translation>fuusio: %1 nimiötä %2 kokeelle</translation>
    </message>
    <message>
        <source>fusion needs at least 2 target and 2 non-target trials, not %1 and %2</source>
        <translation>fuusio tarvitsee vähintään 2 kohde- ja 2 ei-kohdekoetta, ei %1 ja %2</translation>
    </message>
    <message>
        <source>fusion model takes %1 scores, not %2</source>
        <translation>fuusiomalli ottaa %1 pistemäärää, ei %2</translation>
    </message>
    <message>
        <source>the fusion model fuses detectors %1; missing: %2; not in the model: %3</source>
        <translation>fuusiomalli yhdistää tunnistimet %1; puuttuu: %2; ei mallissa: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <source>fusion model key &apos;%1&apos;: %2</source>
        <translation>fuusiomallin avain &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>puuttuu</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>tuntematon avain</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;</source>
        <translation>odotettiin &quot;%1&quot;</translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation>ei äärellinen luku</translation>
    </message>
    <message>
        <source>not a count</source>
        <translation>ei lukumäärä</translation>
    </message>
    <message>
        <source>not a string</source>
        <translation>ei merkkijono</translation>
    </message>
    <message>
        <source>not an array</source>
        <translation>ei taulukko</translation>
    </message>
    <message>
        <source>every entry must be a non-empty name</source>
        <translation>jokaisen alkion on oltava ei-tyhjä nimi</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed twice</source>
        <translation>&apos;%1&apos; on luettelossa kahdesti</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>tyhjä</translation>
    </message>
    <message>
        <source>every entry must be a finite number</source>
        <translation>jokaisen alkion on oltava äärellinen luku</translation>
    </message>
    <message>
        <source>%1 weights for %2 detectors</source>
        <translation>%1 painoa %2 tunnistimelle</translation>
    </message>
    <message>
        <source>must lie strictly between 0 and 1</source>
        <translation>on oltava aidosti välillä 0–1</translation>
    </message>
    <message>
        <source>must be &gt;= 0</source>
        <translation>on oltava &gt;= 0</translation>
    </message>
    <message>
        <source>not true/false</source>
        <translation>ei true/false</translation>
    </message>
    <message>
        <source>the fusion model file exists already (refusing to overwrite it)</source>
        <translation>fuusiomallitiedosto on jo olemassa (sitä ei korvata)</translation>
    </message>
    <message>
        <source>cannot write the fusion model: %1</source>
        <translation>fuusiomallia ei voi kirjoittaa: %1</translation>
    </message>
    <message>
        <source>cannot open the fusion model: %1</source>
        <translation>fuusiomallia ei voi avata: %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>tiedostoa ei ole</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>ei kelvollista JSONia kohdassa %1: %2</translation>
    </message>
    <message>
        <source>a fusion model is a JSON object</source>
        <translation>fuusiomalli on JSON-objekti</translation>
    </message>
    <message>
        <source>fusion: %1 detector names for %2 score files</source>
        <translation>fuusio: %1 tunnistimen nimeä %2 pistemäärätiedostolle</translation>
    </message>
    <message>
        <source>detector &apos;%1&apos; is given twice</source>
        <translation>tunnistin &apos;%1&apos; on annettu kahdesti</translation>
    </message>
    <message>
        <source>the score of %1 is %2: fusion needs finite scores</source>
        <translation>kohteen %1 pistemäärä on %2: fuusio tarvitsee äärelliset pistemäärät</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>ei voi avata: %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>ei voi lukea: %1</translation>
    </message>
    <message>
        <source>fusion: the evaluation needs bona fide and spoofed clips (%1 and %2)</source>
        <translation>fuusio: arviointi tarvitsee aitoja ja väärennettyjä leikkeitä (%1 ja %2)</translation>
    </message>
    <message>
        <source>fusion: the score of detector &apos;%1&apos; is %2</source>
        <translation>fuusio: tunnistimen &apos;%1&apos; pistemäärä on %2</translation>
    </message>
</context>
<context>
    <name>st::ScoreHistogramChart</name>
    <message>
        <source>Score distributions</source>
        <translation>Pistemäärien jakaumat</translation>
    </message>
    <message>
        <source>Score histogram</source>
        <translation>Pistemäärien histogrammi</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pistemäärä</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Tiheys</translation>
    </message>
    <message>
        <source>Score distributions: %1</source>
        <translation>Pistemäärien jakaumat: %1</translation>
    </message>
    <message>
        <source>target</source>
        <translation>kohde</translation>
    </message>
    <message>
        <source>non-target</source>
        <translation>ei-kohde</translation>
    </message>
</context>
<context>
    <name>st::ScoreTimelineLayer</name>
    <message>
        <source>No detection yet: choose a model and press Detect</source>
        <translation>Ei vielä tunnistusta: valitse malli ja paina Tunnista</translation>
    </message>
    <message>
        <source>score</source>
        <translation>pistemäärä</translation>
    </message>
    <message>
        <source>↑ bona fide</source>
        <translation>↑ aito</translation>
    </message>
    <message>
        <source>↑ spoof</source>
        <translation>↑ väärennös</translation>
    </message>
    <message>
        <source>↓ spoof</source>
        <translation>↓ väärennös</translation>
    </message>
    <message>
        <source>↓ bona fide</source>
        <translation>↓ aito</translation>
    </message>
    <message>
        <source>window %1/%2 %3–%4 s: score %5 (%6)</source>
        <translation>ikkuna %1/%2 %3–%4 s: pistemäärä %5 (%6)</translation>
    </message>
    <message>
        <source>bona fide side</source>
        <translation>aidon puolella</translation>
    </message>
    <message>
        <source>spoof side</source>
        <translation>väärennöksen puolella</translation>
    </message>
    <message>
        <source>Detection score</source>
        <translation>Tunnistuspistemäärä</translation>
    </message>
</context>
<context>
    <name>st::ScoringBackend</name>
    <message>
        <source>nothing to enrol: the enrolment set has no sources</source>
        <translation>ei rekisteröitävää: rekisteröintijoukossa ei ole lähteitä</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; has no enrolment embeddings</source>
        <translation>lähteellä &apos;%1&apos; ei ole rekisteröintiupotuksia</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; has an embedding of dimension %2, expected %3</source>
        <translation>lähteen &apos;%1&apos; upotuksen ulottuvuus on %2, odotettiin %3</translation>
    </message>
    <message>
        <source>%1 scoring: no sources enrolled</source>
        <translation>%1-pisteytys: lähteitä ei ole rekisteröity</translation>
    </message>
    <message>
        <source>%1 scoring: the embedding has dimension %2 but the enrolled sources have %3</source>
        <translation>%1-pisteytys: upotuksen ulottuvuus on %2, mutta rekisteröityjen lähteiden %3</translation>
    </message>
</context>
<context>
    <name>st::Sha256</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>ei voi lukea: %1</translation>
    </message>
    <message>
        <source>read error after %1 bytes: %2</source>
        <translation>lukuvirhe %1 tavun jälkeen: %2</translation>
    </message>
    <message>
        <source>file changed while hashing (%1 bytes read, %2 expected)</source>
        <translation>tiedosto muuttui tiivisteen laskennan aikana (%1 tavua luettu, %2 odotettu)</translation>
    </message>
</context>
<context>
    <name>st::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pikanäppäimet</translation>
    </message>
    <message>
        <source>Search actions, keys or menus</source>
        <translation>Hae toimintoja, näppäimiä tai valikoita</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toiminto</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Pikanäppäin</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Valikko</translation>
    </message>
    <message>
        <source>Another action has this shortcut too</source>
        <translation>Myös toisella toiminnolla on tämä pikanäppäin</translation>
    </message>
    <message>
        <source>Shortcuts in red are used by more than one action.</source>
        <translation>Punaiset pikanäppäimet ovat useamman kuin yhden toiminnon käytössä.</translation>
    </message>
    <message>
        <source>Made from the window&apos;s actions. Mouse gestures (wheel zoom, drag to select, Shift+drag to pan) are listed in docs/gui.md.</source>
        <translation>Koottu ikkunan toiminnoista. Hiirieleet (rullalla zoomaus, vetämällä valinta, Shift+veto panorointiin) luetellaan tiedostossa docs/gui.md.</translation>
    </message>
</context>
<context>
    <name>st::Slurm</name>
    <message>
        <source>no command to run (cluster submit COMMAND ARGS... --shards N)</source>
        <translation>ei suoritettavaa komentoa (cluster submit COMMAND ARGS... --shards N)</translation>
    </message>
    <message>
        <source>--shards must be between 1 and 100000 (got %1)</source>
        <translation>--shards-arvon on oltava välillä 1–100000 (saatiin %1)</translation>
    </message>
    <message>
        <source>train runs as one job: --shards must be 1 (got %1)</source>
        <translation>train ajetaan yhtenä työnä: --shards-arvon on oltava 1 (saatiin %1)</translation>
    </message>
    <message>
        <source>--cpus must be between 1 and 4096 (got %1)</source>
        <translation>--cpus-arvon on oltava välillä 1–4096 (saatiin %1)</translation>
    </message>
    <message>
        <source>--gpus must be between 0 and 64 (got %1)</source>
        <translation>--gpus-arvon on oltava välillä 0–64 (saatiin %1)</translation>
    </message>
    <message>
        <source>--job-name may hold letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only (got &quot;%1&quot;)</source>
        <translation>--job-name saa sisältää vain kirjaimia, numeroita sekä merkkejä &apos;.&apos;, &apos;_&apos; ja &apos;-&apos; (saatiin &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; cannot go into an #SBATCH line (spaces, quotes, &apos;#&apos; or control characters)</source>
        <translation>--%1 &quot;%2&quot; ei sovi #SBATCH-riville (välilyöntejä, lainausmerkkejä, &apos;#&apos; tai ohjausmerkkejä)</translation>
    </message>
    <message>
        <source>the path of sourcetrace-cli and the working directory must be known</source>
        <translation>sourcetrace-cli:n polun ja työhakemiston on oltava tiedossa</translation>
    </message>
    <message>
        <source>give --shards N to cluster submit, not --shard (each task gets its own)</source>
        <translation>anna cluster submit -komennolle --shards N, ei --shard (jokainen tehtävä saa omansa)</translation>
    </message>
    <message>
        <source>empty array range &quot;%1&quot;</source>
        <translation>tyhjä taulukkoalue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>not an array range: &quot;%1&quot;</source>
        <translation>ei taulukkoalue: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>sbatch printed no job id (its output: &quot;%1&quot;)</source>
        <translation>sbatch ei tulostanut työn tunnusta (sen tuloste: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>cannot write (%1)</source>
        <translation>ei voi kirjoittaa (%1)</translation>
    </message>
    <message>
        <source>absent: is %1 a folder written by `sourcetrace-cli cluster submit`?</source>
        <translation>puuttuu: onko %1 komennon `sourcetrace-cli cluster submit` kirjoittama kansio?</translation>
    </message>
    <message>
        <source>cannot read (%1)</source>
        <translation>ei voi lukea (%1)</translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>ei JSONia (%1 tavun %2 kohdalla)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>ei JSON-objekti</translation>
    </message>
    <message>
        <source>format: not &quot;sourcetrace-cluster-1&quot;</source>
        <translation>format: ei &quot;sourcetrace-cluster-1&quot;</translation>
    </message>
    <message>
        <source>%1: missing or not a string</source>
        <translation>%1: puuttuu tai ei ole merkkijono</translation>
    </message>
    <message>
        <source>%1: missing or not an integer in [%2, %3]</source>
        <translation>%1: puuttuu tai ei ole kokonaisluku välillä [%2, %3]</translation>
    </message>
    <message>
        <source>arguments: missing or not an array</source>
        <translation>arguments: puuttuu tai ei ole taulukko</translation>
    </message>
    <message>
        <source>arguments: an element is not a string</source>
        <translation>arguments: jokin alkio ei ole merkkijono</translation>
    </message>
    <message>
        <source>submissions: missing or not an array</source>
        <translation>submissions: puuttuu tai ei ole taulukko</translation>
    </message>
    <message>
        <source>%1: not an object</source>
        <translation>%1: ei objekti</translation>
    </message>
    <message>
        <source>arrayJob: &quot;%1&quot; is not a Slurm job id</source>
        <translation>arrayJob: &quot;%1&quot; ei ole Slurm-työn tunnus</translation>
    </message>
    <message>
        <source>mergeJob: &quot;%1&quot; is not a Slurm job id</source>
        <translation>mergeJob: &quot;%1&quot; ei ole Slurm-työn tunnus</translation>
    </message>
    <message>
        <source>array: shard %1 is not below shards (%2)</source>
        <translation>array: osa %1 ei ole pienempi kuin shards (%2)</translation>
    </message>
    <message>
        <source>not a &quot;%1&quot; line: &quot;%2&quot;</source>
        <translation>ei &quot;%1&quot;-rivi: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Slurm job id</source>
        <translation>&quot;%1&quot; ei ole Slurm-työn tunnus</translation>
    </message>
</context>
<context>
    <name>st::SortedScores</name>
    <message>
        <source>no target scores: a detection metric needs at least one target and one non-target score</source>
        <translation>ei kohdepistemääriä: tunnistusmetriikka tarvitsee vähintään yhden kohde- ja yhden ei-kohdepistemäärän</translation>
    </message>
    <message>
        <source>no non-target scores: a detection metric needs at least one target and one non-target score</source>
        <translation>ei ei-kohdepistemääriä: tunnistusmetriikka tarvitsee vähintään yhden kohde- ja yhden ei-kohdepistemäärän</translation>
    </message>
    <message>
        <source>target score %1 (0-based) is NaN: remove or fix that trial</source>
        <translation>kohdepistemäärä %1 (0-pohjainen) on NaN: poista tai korjaa se koe</translation>
    </message>
    <message>
        <source>non-target score %1 (0-based) is NaN: remove or fix that trial</source>
        <translation>ei-kohdepistemäärä %1 (0-pohjainen) on NaN: poista tai korjaa se koe</translation>
    </message>
</context>
<context>
    <name>st::SourceLevel</name>
    <message>
        <source>unknown source level &apos;%1&apos; (use attack, acoustic_model, vocoder or codec)</source>
        <translation>tuntematon lähdetaso &apos;%1&apos; (käytä attack, acoustic_model, vocoder tai codec)</translation>
    </message>
</context>
<context>
    <name>st::SpectralConfig</name>
    <message>
        <source>cannot read the network config: %1</source>
        <translation>verkon konfiguraatiota ei voi lukea: %1</translation>
    </message>
    <message>
        <source>a network config is a small JSON file (at most 1 MiB)</source>
        <translation>verkon konfiguraatio on pieni JSON-tiedosto (enintään 1 MiB)</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>ei kelvollista JSONia: %1</translation>
    </message>
    <message>
        <source>a network config must be a JSON object</source>
        <translation>verkon konfiguraation on oltava JSON-olio</translation>
    </message>
    <message>
        <source>must be an array of 1 to 6 channel counts</source>
        <translation>on oltava 1–6 kanavamäärän taulukko</translation>
    </message>
    <message>
        <source>every entry must be an integer in [2, 1024]</source>
        <translation>jokaisen alkion on oltava kokonaisluku väliltä [2, 1024]</translation>
    </message>
    <message>
        <source>must be a non-empty array of heads</source>
        <translation>on oltava ei-tyhjä päiden taulukko</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>on oltava olio</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>on oltava ei-tyhjä merkkijono</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by two heads</source>
        <translation>&quot;%1&quot; on kahden pään käytössä</translation>
    </message>
    <message>
        <source>must be an array of class names</source>
        <translation>on oltava luokkanimien taulukko</translation>
    </message>
    <message>
        <source>every class name must be a non-empty string</source>
        <translation>jokaisen luokkanimen on oltava ei-tyhjä merkkijono</translation>
    </message>
    <message>
        <source>a head needs at least two classes (it has %1)</source>
        <translation>pää tarvitsee vähintään kaksi luokkaa (sillä on %1)</translation>
    </message>
    <message>
        <source>class names must be unique</source>
        <translation>luokkanimien on oltava yksilöllisiä</translation>
    </message>
    <message>
        <source>ocsoftmax needs exactly two classes (bona fide first)</source>
        <translation>ocsoftmax tarvitsee tasan kaksi luokkaa (bona fide ensin)</translation>
    </message>
    <message>
        <source>%1 filters need at least as many STFT bins (there are %2)</source>
        <translation>%1 suodinta tarvitsee vähintään yhtä monta STFT-taajuuslokeroa (niitä on %2)</translation>
    </message>
</context>
<context>
    <name>st::SpectralNet</name>
    <message>
        <source>network config: %1 features per frame cannot pass %2 pooling stages (each halves the frequency axis)</source>
        <translation>verkon konfiguraatio: %1 piirrettä kehystä kohden ei riitä %2 koontivaiheelle (jokainen puolittaa taajuusakselin)</translation>
    </message>
    <message>
        <source>%1 (file %2, network [%3])</source>
        <translation>%1 (tiedosto %2, verkko [%3])</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>puuttuu: %1</translation>
    </message>
    <message>
        <source>wrong shape: %1</source>
        <translation>väärä muoto: %1</translation>
    </message>
    <message>
        <source>unexpected: %1</source>
        <translation>odottamaton: %1</translation>
    </message>
    <message>
        <source>the weights do not fit the network (%1)</source>
        <translation>painot eivät sovi verkkoon (%1)</translation>
    </message>
    <message>
        <source>forward: all waveforms of a batch must have the same length (%1 and %2 samples)</source>
        <translation>eteenpäinlaskenta: erän kaikkien aaltomuotojen on oltava yhtä pitkiä (%1 ja %2 näytettä)</translation>
    </message>
    <message>
        <source>forward: a waveform of %1 samples is too short; the model needs at least %2 samples</source>
        <translation>eteenpäinlaskenta: %1 näytteen aaltomuoto on liian lyhyt; malli tarvitsee vähintään %2 näytettä</translation>
    </message>
    <message>
        <source>model &quot;%1&quot;: a native-spectral model needs a configFile (the network config JSON)</source>
        <translation>malli &quot;%1&quot;: native-spectral-malli tarvitsee configFile-tiedoston (verkon JSON-konfiguraatio)</translation>
    </message>
    <message>
        <source>model &quot;%1&quot;: classNames (%2) differ from the primary head&apos;s classes in %3 (%4)</source>
        <translation>malli &quot;%1&quot;: classNames (%2) eroavat ensisijaisen pään luokista tiedostossa %3 (%4)</translation>
    </message>
    <message>
        <source>model &quot;%1&quot;: embeddingDim is %2 but the network config gives %3</source>
        <translation>malli &quot;%1&quot;: embeddingDim on %2, mutta verkon konfiguraatio antaa %3</translation>
    </message>
</context>
<context>
    <name>st::Spectrogram</name>
    <message>
        <source>spectrogram fftSize must be a power of two from 256 to 8192 (got %1)</source>
        <translation>spektrogrammin fftSize-arvon on oltava kahden potenssi väliltä 256–8192 (saatiin %1)</translation>
    </message>
    <message>
        <source>spectrogram hop must be at least 1 sample (got %1)</source>
        <translation>spektrogrammin hop-arvon on oltava vähintään 1 näyte (saatiin %1)</translation>
    </message>
    <message>
        <source>spectrogram melBands must be from 1 to fftSize/2+1 = %1 (got %2)</source>
        <translation>spektrogrammin melBands-arvon on oltava väliltä 1–fftSize/2+1 = %1 (saatiin %2)</translation>
    </message>
    <message>
        <source>melFilterbank: need 0 &lt;= fmin &lt; fmax (got %1, %2)</source>
        <translation>melFilterbank: tarvitaan 0 &lt;= fmin &lt; fmax (saatiin %1, %2)</translation>
    </message>
    <message>
        <source>spectrogram sample rate must be positive (got %1)</source>
        <translation>spektrogrammin näytteenottotaajuuden on oltava positiivinen (saatiin %1)</translation>
    </message>
    <message>
        <source>FFTW could not make a plan for an FFT of size %1</source>
        <translation>FFTW ei pystynyt laatimaan suunnitelmaa %1-kokoiselle FFT:lle</translation>
    </message>
</context>
<context>
    <name>st::SpectrogramExport</name>
    <message>
        <source>spectrogram export: the matrix has %1 values, not frames x bins = %2 x %3</source>
        <translation>spektrogrammin vienti: matriisissa on %1 arvoa, ei kehykset x taajuuskaistat = %2 x %3</translation>
    </message>
    <message>
        <source>spectrogram export: %1 bins, but the parameters give %2</source>
        <translation>spektrogrammin vienti: %1 taajuuskaistaa, mutta parametrit antavat %2</translation>
    </message>
    <message>
        <source>spectrogram export: sample rate must be positive</source>
        <translation>spektrogrammin vienti: näytteenottotaajuuden on oltava positiivinen</translation>
    </message>
    <message>
        <source>cannot open for writing: %1</source>
        <translation>ei voi avata kirjoitettavaksi: %1</translation>
    </message>
    <message>
        <source>write failed: %1</source>
        <translation>kirjoitus epäonnistui: %1</translation>
    </message>
    <message>
        <source>could not finish writing: %1</source>
        <translation>kirjoitusta ei voitu viedä loppuun: %1</translation>
    </message>
</context>
<context>
    <name>st::SpectrogramLayer</name>
    <message>
        <source>%1 Hz (bin %2, centre %3 Hz)</source>
        <translation>%1 Hz (lokero %2, keskitaajuus %3 Hz)</translation>
    </message>
    <message>
        <source>: %1 dB</source>
        <translation>: %1 dB</translation>
    </message>
    <message>
        <source>Spectrogram</source>
        <translation>Spektrogrammi</translation>
    </message>
    <message>
        <source>dB auto</source>
        <translation>dB automaattinen</translation>
    </message>
</context>
<context>
    <name>st::SpectrogramSettingsPanel</name>
    <message>
        <source>Window length in samples: longer = finer frequency, coarser time.</source>
        <translation>Ikkunan pituus näytteinä: pidempi = tarkempi taajuus, karkeampi aika.</translation>
    </message>
    <message>
        <source>1/%1 window</source>
        <translation>1/%1 ikkunasta</translation>
    </message>
    <message>
        <source>Step between analysis frames, as a fraction of the window.</source>
        <translation>Analyysikehysten välinen askel ikkunan murto-osana.</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Lineaarinen</translation>
    </message>
    <message>
        <source>Mel</source>
        <translation>Mel</translation>
    </message>
    <message>
        <source>Fixed dB range</source>
        <translation>Kiinteä dB-alue</translation>
    </message>
    <message>
        <source>On: a colour always means the same level, in every file and view.
Off: the ceiling follows the loudest visible value (the range stays).</source>
        <translation>Päällä: väri tarkoittaa aina samaa tasoa jokaisessa tiedostossa ja näkymässä.
Pois: yläraja seuraa voimakkainta näkyvää arvoa (alue säilyy).</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Ikkuna:</translation>
    </message>
    <message>
        <source>FFT size:</source>
        <translation>FFT-koko:</translation>
    </message>
    <message>
        <source>Hop:</source>
        <translation>Hyppy:</translation>
    </message>
    <message>
        <source>Frequency:</source>
        <translation>Taajuus:</translation>
    </message>
    <message>
        <source>Mel bands:</source>
        <translation>Mel-kaistat:</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Värit:</translation>
    </message>
    <message>
        <source>Floor:</source>
        <translation>Alaraja:</translation>
    </message>
    <message>
        <source>Ceiling:</source>
        <translation>Yläraja:</translation>
    </message>
    <message>
        <source>Gain:</source>
        <translation>Vahvistus:</translation>
    </message>
</context>
<context>
    <name>st::SpectrogramTiles</name>
    <message>
        <source>spectrogram tiles: the sample source is not valid (rate %1)</source>
        <translation>spektrogrammiruudut: näytelähde ei ole kelvollinen (taajuus %1)</translation>
    </message>
    <message>
        <source>spectrogram tiles: framesPerTile must be at least 1 (got %1)</source>
        <translation>spektrogrammiruudut: framesPerTile-arvon on oltava vähintään 1 (saatiin %1)</translation>
    </message>
</context>
<context>
    <name>st::StopaFingerprintCsv</name>
    <message>
        <source>cannot open the fingerprint CSV: %1</source>
        <translation>sormenjälki-CSV:tä ei voi avata: %1</translation>
    </message>
    <message>
        <source>%1 bytes: larger than any fingerprint CSV this reader takes (%2 MiB)</source>
        <translation>%1 tavua: suurempi kuin mikään sormenjälki-CSV, jonka tämä lukija hyväksyy (%2 MiB)</translation>
    </message>
    <message>
        <source>larger than any fingerprint CSV this reader takes (%1 MiB)</source>
        <translation>suurempi kuin mikään sormenjälki-CSV, jonka tämä lukija hyväksyy (%1 MiB)</translation>
    </message>
    <message>
        <source>empty file: expected a header &apos;file,0,1,...&apos;</source>
        <translation>tyhjä tiedosto: odotettiin otsikkoriviä &apos;file,0,1,...&apos;</translation>
    </message>
    <message>
        <source>header must be &apos;file,0,1,...,D-1&apos; (STOPA fingerprint CSV)</source>
        <translation>otsikkorivin on oltava &apos;file,0,1,...,D-1&apos; (STOPA-sormenjälki-CSV)</translation>
    </message>
    <message>
        <source>header column %1 must be &apos;%2&apos;, not &apos;%3&apos;</source>
        <translation>otsikkorivin sarakkeen %1 on oltava &apos;%2&apos;, ei &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1 fields, expected %2 (name and %3 values)</source>
        <translation>%1 kenttää, odotettiin %2 (nimi ja %3 arvoa)</translation>
    </message>
    <message>
        <source>empty source name in column &apos;file&apos;</source>
        <translation>tyhjä lähteen nimi sarakkeessa &apos;file&apos;</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; appears twice</source>
        <translation>lähde &apos;%1&apos; esiintyy kahdesti</translation>
    </message>
    <message>
        <source>column %1 (&apos;%2&apos;) is not a finite float32 number</source>
        <translation>sarake %1 (&apos;%2&apos;) ei ole äärellinen float32-luku</translation>
    </message>
    <message>
        <source>fingerprints of different dimensions cannot share one CSV</source>
        <translation>eri ulottuvuuksien sormenjäljet eivät voi olla samassa CSV:ssä</translation>
    </message>
    <message>
        <source>source name &apos;%1&apos; cannot be written to a STOPA CSV (no commas, line breaks or empty names; the format has no quoting): rename the source first</source>
        <translation>lähteen nimeä &apos;%1&apos; ei voi kirjoittaa STOPA-CSV:hen (ei pilkkuja, rivinvaihtoja eikä tyhjiä nimiä; muodossa ei ole lainausmerkkejä): nimeä lähde ensin uudelleen</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>ei voi kirjoittaa: %1</translation>
    </message>
</context>
<context>
    <name>st::TippettChart</name>
    <message>
        <source>Tippett plot</source>
        <translation>Tippett-kuvaaja</translation>
    </message>
    <message>
        <source>log10 LR (x)</source>
        <translation>log10 LR (x)</translation>
    </message>
    <message>
        <source>Proportion of LRs &gt;= x</source>
        <translation>Niiden LR-arvojen osuus, jotka ovat &gt;= x</translation>
    </message>
    <message>
        <source>Tippett plot: %1</source>
        <translation>Tippett-kuvaaja: %1</translation>
    </message>
    <message>
        <source>Tippett plot: %1 (uncalibrated scores taken as LLRs)</source>
        <translation>Tippett-kuvaaja: %1 (kalibroimattomat pistemäärät tulkittu LLR-arvoiksi)</translation>
    </message>
    <message>
        <source>target (%1)</source>
        <translation>kohde (%1)</translation>
    </message>
    <message>
        <source>non-target (%1)</source>
        <translation>ei-kohde (%1)</translation>
    </message>
</context>
<context>
    <name>st::TorchScriptModel</name>
    <message>
        <source>%1 (manifest %2)</source>
        <translation>%1 (manifesti %2)</translation>
    </message>
    <message>
        <source>the model returns a %1 of %2 outputs; the manifest&apos;s %3 &quot;%4&quot; is not an index in it</source>
        <translation>malli palauttaa %2 lähdön kohteen %1; manifestin %3 &quot;%4&quot; ei ole sen indeksi</translation>
    </message>
    <message>
        <source>output %1 (%2) is a %3, not a tensor</source>
        <translation>lähtö %1 (%2) on %3, ei tensori</translation>
    </message>
    <message>
        <source>output &quot;%1&quot; (%2) is a %3, not a tensor</source>
        <translation>lähtö &quot;%1&quot; (%2) on %3, ei tensori</translation>
    </message>
    <message>
        <source>the model returns a dict with keys {%1}; the manifest&apos;s %2 &quot;%3&quot; is not one of them</source>
        <translation>malli palauttaa sanakirjan avaimin {%1}; manifestin %2 &quot;%3&quot; ei ole mikään niistä</translation>
    </message>
    <message>
        <source>the model returns a single tensor; a tuple (embedding, logits) or a dict is needed</source>
        <translation>malli palauttaa yksittäisen tensorin; tarvitaan monikko (embedding, logits) tai sanakirja</translation>
    </message>
    <message>
        <source>the model returns a %1; a tuple or dict of tensors is needed</source>
        <translation>malli palauttaa kohteen %1; tarvitaan tensorien monikko tai sanakirja</translation>
    </message>
    <message>
        <source>the model failed on an input of shape %1: %2</source>
        <translation>malli epäonnistui syötteellä, jonka muoto on %1: %2</translation>
    </message>
    <message>
        <source>the embedding output has shape %1 for a batch of %2, but the manifest declares [%2,%3] (embeddingDim)</source>
        <translation>upotuslähdön muoto on %1 erälle, jonka koko on %2, mutta manifesti ilmoittaa [%2,%3] (embeddingDim)</translation>
    </message>
    <message>
        <source>the logits output has shape %1 for a batch of %2, but the manifest declares [%2,%3] (one per class name)</source>
        <translation>logittilähdön muoto on %1 erälle, jonka koko on %2, mutta manifesti ilmoittaa [%2,%3] (yksi kutakin luokkanimeä kohden)</translation>
    </message>
    <message>
        <source>the manifest&apos;s kind is &quot;%1&quot;, not &quot;torchscript&quot;</source>
        <translation>manifestin tyyppi on &quot;%1&quot;, ei &quot;torchscript&quot;</translation>
    </message>
    <message>
        <source>TorchScript file not found</source>
        <translation>TorchScript-tiedostoa ei löydy</translation>
    </message>
    <message>
        <source>not a loadable TorchScript file: %1</source>
        <translation>ei ladattava TorchScript-tiedosto: %1</translation>
    </message>
    <message>
        <source>the embedding is not finite on the test input</source>
        <translation>upotus ei ole äärellinen testisyötteellä</translation>
    </message>
    <message>
        <source>the logits are not finite on the test input</source>
        <translation>logitit eivät ole äärellisiä testisyötteellä</translation>
    </message>
    <message>
        <source>forward() needs waveforms of equal length (got %1 and %2)</source>
        <translation>forward() tarvitsee yhtä pitkät aaltomuodot (saatiin %1 ja %2)</translation>
    </message>
    <message>
        <source>forward() got an empty waveform</source>
        <translation>forward() sai tyhjän aaltomuodon</translation>
    </message>
</context>
<context>
    <name>st::TraceAnalysis</name>
    <message>
        <source>the embedding holds a non-finite value: no answer for this clip</source>
        <translation>upotuksessa on ei-äärellinen arvo: ei vastausta tälle leikkeelle</translation>
    </message>
    <message>
        <source>the %1 score of %2 %3 is not finite (%4): no answer for this clip</source>
        <translation>%1-pistemäärä kohteelle %2 %3 ei ole äärellinen (%4): ei vastausta tälle leikkeelle</translation>
    </message>
    <message>
        <source>the log LR of %1 %2 is not finite (calibration a %3, b %4): no answer for this clip</source>
        <translation>kohteen %1 %2 log-LR ei ole äärellinen (kalibrointi a %3, b %4): ei vastausta tälle leikkeelle</translation>
    </message>
    <message>
        <source>the library is bound to model %1, which is not among the installed models; install its manifest and weights (docs/models.md)</source>
        <translation>kirjasto on sidottu malliin %1, joka ei ole asennettujen mallien joukossa; asenna sen manifesti ja painot (docs/models.md)</translation>
    </message>
    <message>
        <source>opening library</source>
        <translation>kirjaston avaus</translation>
    </message>
    <message>
        <source>embedding with %1</source>
        <translation>upotus mallilla %1</translation>
    </message>
    <message>
        <source>scoring (%1)</source>
        <translation>pisteytys (%1)</translation>
    </message>
    <message>
        <source>validated conditions</source>
        <translation>validoidut olosuhteet</translation>
    </message>
</context>
<context>
    <name>st::TraceBackend</name>
    <message>
        <source>%1 back-end: parameter %2 must be a number, not &apos;%3&apos;</source>
        <translation>taustaosa %1: parametrin %2 on oltava luku, ei &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1 back-end: unknown parameter &apos;%2&apos; (known: %3)</source>
        <translation>taustaosa %1: tuntematon parametri &apos;%2&apos; (tunnetut: %3)</translation>
    </message>
    <message>
        <source>knn back-end: k must be at least 1, not %1</source>
        <translation>taustaosa knn: k:n on oltava vähintään 1, ei %1</translation>
    </message>
    <message>
        <source>the library has no enrolled sources to score against</source>
        <translation>kirjastossa ei ole rekisteröityjä lähteitä, joita vasten pisteyttää</translation>
    </message>
    <message>
        <source>%1 back-end, level %2: %3</source>
        <translation>taustaosa %1, taso %2: %3</translation>
    </message>
    <message>
        <source>%1 back-end: nothing to store (it is not trained; it is fitted when tracing)</source>
        <translation>taustaosa %1: ei tallennettavaa (sitä ei opeteta; se sovitetaan jäljitettäessä)</translation>
    </message>
    <message>
        <source>%1 back-end: not fitted</source>
        <translation>taustaosa %1: ei sovitettu</translation>
    </message>
    <message>
        <source>the %1 back-end is trained and this library holds no fit of it: run %2 first</source>
        <translation>taustaosa %1 on opetettava, eikä tässä kirjastossa ole sen sovitusta: aja ensin %2</translation>
    </message>
    <message>
        <source>the stored %1 fit of level %2 (%3) was trained on other enrolments than the library holds now (sources or clips changed since): run %4 again</source>
        <translation>tason %2 tallennettu %1-sovitus (%3) opetettiin eri rekisteröinneillä kuin kirjastossa nyt on (lähteet tai leikkeet ovat muuttuneet sen jälkeen): aja %4 uudelleen</translation>
    </message>
    <message>
        <source>the stored %1 fit of level %2 cannot be used: %3; run %4 again</source>
        <translation>tason %2 tallennettua %1-sovitusta ei voi käyttää: %3; aja %4 uudelleen</translation>
    </message>
    <message>
        <source>the stored %1 fit covers no level that has sources now: run %2 again</source>
        <translation>tallennettu %1-sovitus ei kata yhtään tasoa, jolla nyt on lähteitä: aja %2 uudelleen</translation>
    </message>
    <message>
        <source>%1 back-end: level %2 is not fitted (no sources at that level?)</source>
        <translation>taustaosa %1: tasoa %2 ei ole sovitettu (ei lähteitä sillä tasolla?)</translation>
    </message>
    <message>
        <source>unknown scoring back-end &apos;%1&apos; (known: %2)</source>
        <translation>tuntematon pisteytyksen taustaosa &apos;%1&apos; (tunnetut: %2)</translation>
    </message>
</context>
<context>
    <name>st::TracePanel</name>
    <message>
        <source>Back-end</source>
        <translation>Taustaosa</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>kosini</translation>
    </message>
    <message>
        <source>Mahalanobis</source>
        <translation>Mahalanobis</translation>
    </message>
    <message>
        <source>kNN (k = 7)</source>
        <translation>kNN (k = 7)</translation>
    </message>
    <message>
        <source>MLP (trained)</source>
        <translation>MLP (opetettu)</translation>
    </message>
    <message>
        <source>Siamese, BCE (trained)</source>
        <translation>Siamilainen, BCE (opetettu)</translation>
    </message>
    <message>
        <source>Siamese, contrastive (trained)</source>
        <translation>Siamilainen, kontrastiivinen (opetettu)</translation>
    </message>
    <message>
        <source>Siamese, zero-shot (trained)</source>
        <translation>Siamilainen, zero-shot (opetettu)</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Jäljitä</translation>
    </message>
    <message>
        <source>Level / candidate</source>
        <translation>Taso / ehdokas</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pistemäärä</translation>
    </message>
    <message>
        <source>Open a clip, then Trace (Ctrl+T): against the open library, or the default library when none is open.</source>
        <translation>Avaa leike ja sitten Jäljitä (Ctrl+T): avointa kirjastoa vasten tai oletuskirjastoa vasten, jos mitään ei ole avattu.</translation>
    </message>
    <message>
        <source>LR withheld: %1</source>
        <translation>LR pidätetty: %1</translation>
    </message>
    <message>
        <source>LR %1 (log10 LR %2): %3 that the clip comes from %4 rather than another enrolled source. Calibrated on %5 (%6 target / %7 non-target trials, %8)</source>
        <translation>LR %1 (log10 LR %2): %3, että leike on peräisin lähteestä %4 eikä muusta rekisteröidystä lähteestä. Kalibroitu aineistolla %5 (%6 kohde- / %7 ei-kohde-koetta, %8)</translation>
    </message>
    <message>
        <source>unknown source</source>
        <translation>tuntematon lähde</translation>
    </message>
    <message>
        <source>no LR (the library holds no LR calibration for this level and back-end)</source>
        <translation>ei LR:ää (kirjastossa ei ole LR-kalibrointia tälle tasolle ja taustaosalle)</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>syytä ei kirjattu</translation>
    </message>
    <message>
        <source>LR %1 (log10 LR %2) for %3: %4</source>
        <translation>LR %1 (log10 LR %2) kohteelle %3: %4</translation>
    </message>
    <message>
        <source>%1 with %2 against the default library (%3 of %4, read-only). Scores: higher = more likely that source.</source>
        <translation>%1 mallilla %2 oletuskirjastoa vasten (%3 / %4, vain luku). Pistemäärät: suurempi = todennäköisemmin kyseinen lähde.</translation>
    </message>
    <message>
        <source>%1 with %2 against %3 (model %4). Scores: higher = more likely that source.</source>
        <translation>%1 mallilla %2 kirjastoa %3 vasten (malli %4). Pistemäärät: suurempi = todennäköisemmin kyseinen lähde.</translation>
    </message>
    <message>
        <source>%1
The default library ships with the default model; open or create a library to trace against your own sources.</source>
        <translation>%1
Oletuskirjasto toimitetaan oletusmallin mukana; avaa tai luo kirjasto jäljittääksesi omia lähteitäsi vasten.</translation>
    </message>
    <message>
        <source>   (threshold %1)</source>
        <translation>   (kynnys %1)</translation>
    </message>
    <message>
        <source>   (no threshold)</source>
        <translation>   (ei kynnystä)</translation>
    </message>
    <message>
        <source>The best score is at or below the library&apos;s threshold for this level and back-end: the clip&apos;s source is taken to be none of the enrolled ones.</source>
        <translation>Paras pistemäärä on enintään kirjaston kynnys tälle tasolle ja taustaosalle: leikkeen lähteen katsotaan olevan jokin muu kuin rekisteröidyt.</translation>
    </message>
    <message>
        <source>The best score is above the library&apos;s threshold.</source>
        <translation>Paras pistemäärä on kirjaston kynnyksen yläpuolella.</translation>
    </message>
    <message>
        <source>No open-set threshold is stored for this level and back-end (sourcetrace-cli library calibrate): the best candidate is shown.</source>
        <translation>Tälle tasolle ja taustaosalle ei ole tallennettu avoimen joukon kynnystä (sourcetrace-cli library calibrate): paras ehdokas näytetään.</translation>
    </message>
    <message>
        <source>The clip is outside the conditions the model was validated under:
%1</source>
        <translation>Leike on niiden olosuhteiden ulkopuolella, joissa malli validoitiin:
%1</translation>
    </message>
    <message>
        <source>Likelihood ratio from the logistic-regression calibration stored with the library (protocol %1, SHA-256 %2); verbal scale after ENFSI (2015).</source>
        <translation>Uskottavuussuhde kirjaston mukana tallennetusta logistisen regression kalibroinnista (protokolla %1, SHA-256 %2); sanallinen asteikko ENFSI:n (2015) mukaan.</translation>
    </message>
    <message>
        <source>The clip is outside the validated conditions of %1: ranking and decisions are shown, likelihood ratios are not:</source>
        <translation>Leike on mallin %1 validoitujen olosuhteiden ulkopuolella: järjestys ja päätökset näytetään, uskottavuussuhteita ei:</translation>
    </message>
</context>
<context>
    <name>st::TrainConfig</name>
    <message>
        <source>run configuration not found</source>
        <translation>ajon konfiguraatiota ei löydy</translation>
    </message>
    <message>
        <source>cannot read the run configuration: %1</source>
        <translation>ajon konfiguraatiota ei voi lukea: %1</translation>
    </message>
    <message>
        <source>a run configuration is a small JSON file (at most 4 MiB)</source>
        <translation>ajon konfiguraatio on pieni JSON-tiedosto (enintään 4 MiB)</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>ei kelvollista JSONia: %1</translation>
    </message>
    <message>
        <source>a run configuration must be a JSON object</source>
        <translation>ajon konfiguraation on oltava JSON-olio</translation>
    </message>
    <message>
        <source>must be an array of heads</source>
        <translation>on oltava päiden taulukko</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>on oltava olio</translation>
    </message>
    <message>
        <source>must name a level (bonafide, attack, acoustic_model, vocoder, codec or a protocol column)</source>
        <translation>on nimettävä taso (bonafide, attack, acoustic_model, vocoder, codec tai protokollan sarake)</translation>
    </message>
    <message>
        <source>must be a non-negative integer (or a string of one)</source>
        <translation>on oltava ei-negatiivinen kokonaisluku (tai sellainen merkkijonona)</translation>
    </message>
    <message>
        <source>must be letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;+&apos; or &apos;-&apos; (it is &quot;%1&quot;)</source>
        <translation>saa sisältää vain kirjaimia, numeroita ja merkkejä &apos;.&apos;, &apos;_&apos;, &apos;+&apos; tai &apos;-&apos; (se on &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>is %1 but there are %2 heads</source>
        <translation>on %1, mutta päitä on %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has two heads</source>
        <translation>kohteella &quot;%1&quot; on kaksi päätä</translation>
    </message>
    <message>
        <source>ocsoftmax learns bona fide vs spoof: its level must be &quot;bonafide&quot;</source>
        <translation>ocsoftmax oppii erottamaan bona fide- ja spoof-näytteet: sen tason on oltava &quot;bonafide&quot;</translation>
    </message>
    <message>
        <source>an AASIST network&apos;s primary head is its out_layer: its loss must be &quot;ce&quot;</source>
        <translation>AASIST-verkon ensisijainen pää on sen out_layer: sen häviön on oltava &quot;ce&quot;</translation>
    </message>
    <message>
        <source>must be auto, loss, eer:&lt;head&gt;, accuracy:&lt;head&gt; or pooled-eer:&lt;head&gt; (it is &quot;%1&quot;)</source>
        <translation>on oltava auto, loss, eer:&lt;head&gt;, accuracy:&lt;head&gt; tai pooled-eer:&lt;head&gt; (se on &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>names the head &quot;%1&quot;, which is not trained</source>
        <translation>nimeää pään &quot;%1&quot;, jota ei opeteta</translation>
    </message>
</context>
<context>
    <name>st::TrainJob</name>
    <message>
        <source>epoch %1/%2, batch %3/%4, loss %5</source>
        <translation>kierros %1/%2, erä %3/%4, häviö %5</translation>
    </message>
    <message>
        <source>epoch %1/%2, validating</source>
        <translation>kierros %1/%2, validointi</translation>
    </message>
    <message>
        <source>epoch %1/%2, exporting</source>
        <translation>kierros %1/%2, vienti</translation>
    </message>
    <message>
        <source>epoch %1/%2, %3</source>
        <translation>kierros %1/%2, %3</translation>
    </message>
    <message>
        <source>%1, about %2 left</source>
        <translation>%1, noin %2 jäljellä</translation>
    </message>
</context>
<context>
    <name>st::TrainedBackends</name>
    <message>
        <source>expected the 6 tensors of a Siamese tower (3 linear layers: encoder.net.{0,2,4}.{weight,bias}), found %1 weight/bias tensors</source>
        <translation>odotettiin Siamese-tornin 6 tensoria (3 lineaarikerrosta: encoder.net.{0,2,4}.{weight,bias}), löytyi %1 paino-/bias-tensoria</translation>
    </message>
    <message>
        <source>layer %1: expected NAME.weight then NAME.bias, found %2 and %3</source>
        <translation>kerros %1: odotettiin NAME.weight ja sitten NAME.bias, löytyi %2 ja %3</translation>
    </message>
    <message>
        <source>layer %1 (%2): weight %3 and bias %4 are not a linear layer</source>
        <translation>kerros %1 (%2): paino %3 ja bias %4 eivät muodosta lineaarikerrosta</translation>
    </message>
    <message>
        <source>layer %1 (%2) takes %3 inputs but the previous layer gives %4</source>
        <translation>kerros %1 (%2) ottaa %3 syötettä, mutta edellinen kerros antaa %4</translation>
    </message>
    <message>
        <source>layer %1 (%2) holds a non-finite weight</source>
        <translation>kerroksessa %1 (%2) on ei-äärellinen paino</translation>
    </message>
    <message>
        <source>%1 back-end: parameter %2 must be a number, not &apos;%3&apos;</source>
        <translation>taustaosa %1: parametrin %2 on oltava luku, ei &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1 back-end: %2 must be a whole number from %3 to %4, not &apos;%5&apos;</source>
        <translation>taustaosa %1: %2:n on oltava kokonaisluku väliltä %3–%4, ei &apos;%5&apos;</translation>
    </message>
    <message>
        <source>%1 back-end: unknown parameter &apos;%2&apos; (known: %3)</source>
        <translation>taustaosa %1: tuntematon parametri &apos;%2&apos; (tunnetut: %3)</translation>
    </message>
    <message>
        <source>%1 back-end: lr must be positive</source>
        <translation>taustaosa %1: lr:n on oltava positiivinen</translation>
    </message>
    <message>
        <source>%1 back-end: seed must be a whole number of at least 0</source>
        <translation>taustaosa %1: seed-arvon on oltava kokonaisluku, vähintään 0</translation>
    </message>
    <message>
        <source>%1 back-end: margin must be positive</source>
        <translation>taustaosa %1: margin-arvon on oltava positiivinen</translation>
    </message>
    <message>
        <source>a vector of the state is cut or too long</source>
        <translation>tilan vektori on katkaistu tai liian pitkä</translation>
    </message>
    <message>
        <source>not a trained back-end state</source>
        <translation>ei opetetun taustaosan tila</translation>
    </message>
    <message>
        <source>trained back-end state of version %1; this build reads version %2</source>
        <translation>opetetun taustaosan tila versiota %1; tämä käännös lukee versiota %2</translation>
    </message>
    <message>
        <source>the state&apos;s header is damaged</source>
        <translation>tilan otsake on vioittunut</translation>
    </message>
    <message>
        <source>the state names a layer of %1 units</source>
        <translation>tila nimeää kerroksen, jossa on %1 yksikköä</translation>
    </message>
    <message>
        <source>the state&apos;s network takes %1-d input, its embeddings are %2-d</source>
        <translation>tilan verkko ottaa %1-ulotteisen syötteen, sen upotukset ovat %2-ulotteisia</translation>
    </message>
    <message>
        <source>the state holds %1 parameters for a network of %2</source>
        <translation>tilassa on %1 parametria %2 parametrin verkolle</translation>
    </message>
    <message>
        <source>the state is cut or has bytes after its end</source>
        <translation>tila on katkaistu tai sen lopun jälkeen on tavuja</translation>
    </message>
    <message>
        <source>the state holds a non-finite parameter</source>
        <translation>tilassa on ei-äärellinen parametri</translation>
    </message>
    <message>
        <source>%1 back-end: training needs at least 2 sources, the level has %2</source>
        <translation>taustaosa %1: opetus tarvitsee vähintään 2 lähdettä, tasolla on %2</translation>
    </message>
    <message>
        <source>the stored state is of back-end %1, not %2</source>
        <translation>tallennettu tila kuuluu taustaosaan %1, ei %2</translation>
    </message>
    <message>
        <source>%1 back-end: the stored fit was trained on sources %2, the level now has %3; fit it again</source>
        <translation>taustaosa %1: tallennettu sovitus opetettiin lähteillä %2, tasolla on nyt %3; sovita se uudelleen</translation>
    </message>
    <message>
        <source>%1 back-end: the stored fit takes %2-d embeddings, the library&apos;s are %3-d</source>
        <translation>taustaosa %1: tallennettu sovitus ottaa %2-ulotteisia upotuksia, kirjaston upotukset ovat %3-ulotteisia</translation>
    </message>
    <message>
        <source>mlp back-end: the stored state does not fit its %1 sources</source>
        <translation>taustaosa mlp: tallennettu tila ei sovi sen %1 lähteeseen</translation>
    </message>
    <message>
        <source>the tower takes %1-d embeddings; the enrolments are %2-d</source>
        <translation>torni ottaa %1-ulotteisia upotuksia; rekisteröinnit ovat %2-ulotteisia</translation>
    </message>
    <message>
        <source>%1 back-end: the stored state is not a Siamese tower of this kind</source>
        <translation>taustaosa %1: tallennettu tila ei ole tämänlaatuinen Siamese-torni</translation>
    </message>
    <message>
        <source>%1 back-end: the training loss became %2 at epoch %3 (try a smaller lr)</source>
        <translation>taustaosa %1: opetushäviöksi tuli %2 epookissa %3 (kokeile pienempää lr-arvoa)</translation>
    </message>
    <message>
        <source>the state is of back-end %1</source>
        <translation>tila kuuluu taustaosaan %1</translation>
    </message>
    <message>
        <source>the state takes %1-d embeddings, the library&apos;s are %2-d</source>
        <translation>tila ottaa %1-ulotteisia upotuksia, kirjaston upotukset ovat %2-ulotteisia</translation>
    </message>
    <message>
        <source>the MLP&apos;s standardisation or classes do not match its network</source>
        <translation>MLP:n standardointi tai luokat eivät vastaa sen verkkoa</translation>
    </message>
    <message>
        <source>the Siamese head does not match its tower</source>
        <translation>Siamese-pää ei vastaa torniaan</translation>
    </message>
</context>
<context>
    <name>st::Trainer</name>
    <message>
        <source>cannot write: %1</source>
        <translation>ei voi kirjoittaa: %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>ei voi lukea: %1</translation>
    </message>
    <message>
        <source>not a valid JSON object (%1)</source>
        <translation>ei kelvollinen JSON-olio (%1)</translation>
    </message>
    <message>
        <source>protocols: a training run needs at least one protocol</source>
        <translation>protocols: opetusajo tarvitsee vähintään yhden protokollan</translation>
    </message>
    <message>
        <source>no training clips</source>
        <translation>ei opetusleikkeitä</translation>
    </message>
    <message>
        <source>no validation clips</source>
        <translation>ei validointileikkeitä</translation>
    </message>
    <message>
        <source>heads[%1].level: &quot;%2&quot; is not a level of the protocols</source>
        <translation>heads[%1].level: &quot;%2&quot; ei ole protokollien taso</translation>
    </message>
    <message numerus="yes">
        <source>heads[%1].level: &quot;%2&quot; has %n class(es) in the protocols; a head needs two or more</source>
        <translation>
            <numerusform>heads[%1].level: tasolla &quot;%2&quot; on protokollissa %n luokka; pää tarvitsee vähintään kaksi</numerusform>
            <numerusform>heads[%1].level: tasolla &quot;%2&quot; on protokollissa %n luokkaa; pää tarvitsee vähintään kaksi</numerusform>
        </translation>
    </message>
    <message>
        <source>heads[%1].loss: ocsoftmax needs the level &quot;bonafide&quot;</source>
        <translation>heads[%1].loss: ocsoftmax vaatii tason &quot;bonafide&quot;</translation>
    </message>
    <message>
        <source>primaryHead: %1 but there are %2 heads</source>
        <translation>primaryHead: %1, mutta päitä on %2</translation>
    </message>
    <message>
        <source>selectMetric: the detection EER is measured on the &quot;bonafide&quot; head only</source>
        <translation>selectMetric: tunnistuksen EER mitataan vain päästä &quot;bonafide&quot;</translation>
    </message>
    <message>
        <source>device: &quot;cuda&quot; was asked for, but this LibTorch build has no CUDA or no GPU is present</source>
        <translation>device: pyydettiin &quot;cuda&quot;, mutta tässä LibTorch-versiossa ei ole CUDAa tai näytönohjainta ei ole</translation>
    </message>
    <message>
        <source>the checkpoint has %1 classes, the primary head needs %2</source>
        <translation>tarkistuspisteessä on %1 luokkaa, ensisijainen pää tarvitsee %2</translation>
    </message>
    <message>
        <source>cannot write the training log: %1</source>
        <translation>opetuslokia ei voi kirjoittaa: %1</translation>
    </message>
    <message>
        <source>cannot create the checkpoint folder</source>
        <translation>tarkistuspistekansiota ei voi luoda</translation>
    </message>
    <message>
        <source>cannot move the new checkpoint into place</source>
        <translation>uutta tarkistuspistettä ei voi siirtää paikalleen</translation>
    </message>
    <message>
        <source>no complete checkpoint to resume from (the run was stopped before its first epoch ended: start it again)</source>
        <translation>jatkamiseen ei ole valmista tarkistuspistettä (ajo pysäytettiin ennen ensimmäisen kierroksen loppua: aloita se uudelleen)</translation>
    </message>
    <message>
        <source>the training loss became %1 at epoch %2, batch %3: lower the learning rate or enable gradient clipping</source>
        <translation>opetushäviöksi tuli %1 kierroksella %2, erässä %3: pienennä oppimisnopeutta tai ota gradientin leikkaus käyttöön</translation>
    </message>
    <message>
        <source>outputDir: a training run needs an output folder</source>
        <translation>outputDir: opetusajo tarvitsee tuloskansion</translation>
    </message>
    <message>
        <source>holds another training run (run.json): resume that run, or choose a new folder</source>
        <translation>sisältää toisen opetusajon (run.json): jatka sitä ajoa tai valitse uusi kansio</translation>
    </message>
    <message>
        <source>cannot create the run folder</source>
        <translation>ajokansiota ei voi luoda</translation>
    </message>
    <message>
        <source>is not a training run folder (no run.json)</source>
        <translation>ei ole opetusajon kansio (ei run.json-tiedostoa)</translation>
    </message>
    <message>
        <source>config: missing</source>
        <translation>config: puuttuu</translation>
    </message>
    <message>
        <source>changed since the run started (SHA-256 differs from run.json): a resumed run must see the same data</source>
        <translation>muuttunut ajon alkamisen jälkeen (SHA-256 eroaa run.json-tiedostosta): jatketun ajon on nähtävä samat tiedot</translation>
    </message>
    <message>
        <source>cannot read the training log: %1</source>
        <translation>opetuslokia ei voi lukea: %1</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 kenttää, vaikka otsikkorivillä on %2</translation>
    </message>
    <message>
        <source>column %1: &quot;%2&quot; is not a finite number</source>
        <translation>sarake %1: &quot;%2&quot; ei ole äärellinen luku</translation>
    </message>
</context>
<context>
    <name>st::TrainingChart</name>
    <message>
        <source>Loss</source>
        <translation>Häviö</translation>
    </message>
    <message>
        <source>Validation: detection EER, accuracy</source>
        <translation>Validointi: tunnistuksen EER, tarkkuus</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Kierros</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>EER</source>
        <translation>EER</translation>
    </message>
    <message>
        <source>acc. %1</source>
        <translation>tark. %1</translation>
    </message>
    <message>
        <source>training</source>
        <translation>opetus</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validointi</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validointi</translation>
    </message>
</context>
<context>
    <name>st::TrainingData</name>
    <message>
        <source>training data: no protocol given</source>
        <translation>opetusdata: protokollaa ei annettu</translation>
    </message>
    <message>
        <source>a STOPA trial list pairs trial clips with fingerprints and names no clip labels: training needs a clip protocol (SourceTrace TSV, ASVspoof LA, MLAAD)</source>
        <translation>STOPA-koeluettelo yhdistää koeleikkeet sormenjälkiin eikä nimeä leikkeiden nimiöitä: opetus tarvitsee leikeprotokollan (SourceTrace TSV, ASVspoof LA, MLAAD)</translation>
    </message>
    <message>
        <source>level &apos;%1&apos;: the protocol gives no %2 labels (it labels: %3)</source>
        <translation>taso &apos;%1&apos;: protokolla ei anna %2-nimiöitä (sen nimiöt: %3)</translation>
    </message>
    <message>
        <source>unknown level &apos;%1&apos;: not &apos;bonafide&apos;, a source level (attack, acoustic_model, vocoder, codec) or a column of the protocol (its columns: %2)</source>
        <translation>tuntematon taso &apos;%1&apos;: ei &apos;bonafide&apos;, ei lähdetaso (attack, acoustic_model, vocoder, codec) eikä protokollan sarake (sen sarakkeet: %2)</translation>
    </message>
    <message>
        <source>level &apos;%1&apos; is asked for twice</source>
        <translation>taso &apos;%1&apos; on pyydetty kahdesti</translation>
    </message>
    <message>
        <source>clip &apos;%1&apos; (%2) is also listed in %3</source>
        <translation>leike &apos;%1&apos; (%2) on lueteltu myös tiedostossa %3</translation>
    </message>
    <message>
        <source>training data: clip index %1 is out of range (%2 clips)</source>
        <translation>opetusdata: leikkeen indeksi %1 on alueen ulkopuolella (%2 leikettä)</translation>
    </message>
    <message>
        <source>training data: level %1 is out of range (%2 levels)</source>
        <translation>opetusdata: taso %1 on alueen ulkopuolella (%2 tasoa)</translation>
    </message>
    <message>
        <source>split by &apos;%1&apos;: the validation fraction must be in (0, 1), not %2</source>
        <translation>jako sarakkeen &apos;%1&apos; mukaan: validointiosuuden on oltava välillä (0, 1), ei %2</translation>
    </message>
    <message>
        <source>cannot split by &apos;%1&apos;: the protocol has no such column (its columns: %2)</source>
        <translation>jakoa sarakkeen &apos;%1&apos; mukaan ei voi tehdä: protokollassa ei ole sellaista saraketta (sen sarakkeet: %2)</translation>
    </message>
    <message numerus="yes">
        <source>cannot split by &apos;%1&apos;: it has %n group(s), at least 2 are needed</source>
        <translation>
            <numerusform>jakoa sarakkeen &apos;%1&apos; mukaan ei voi tehdä: siinä on %n ryhmä, vähintään 2 tarvitaan</numerusform>
            <numerusform>jakoa sarakkeen &apos;%1&apos; mukaan ei voi tehdä: siinä on %n ryhmää, vähintään 2 tarvitaan</numerusform>
        </translation>
    </message>
    <message>
        <source>epoch order: balance level %1 is out of range (%2 levels)</source>
        <translation>epookin järjestys: tasapainotettava taso %1 on alueen ulkopuolella (%2 tasoa)</translation>
    </message>
    <message>
        <source>epoch order: no clip has a label at level &apos;%1&apos; to balance over</source>
        <translation>epookin järjestys: yhdelläkään leikkeellä ei ole nimiötä tasolla &apos;%1&apos;, jonka yli tasapainottaa</translation>
    </message>
</context>
<context>
    <name>st::TrainingPanel</name>
    <message>
        <source>Training protocols (SourceTrace TSV, ASVspoof 2019/2021 LA, MLAAD)</source>
        <translation>Opetusprotokollat (SourceTrace TSV, ASVspoof 2019/2021 LA, MLAAD)</translation>
    </message>
    <message>
        <source>Add...</source>
        <translation>Lisää...</translation>
    </message>
    <message>
        <source>Add training protocols</source>
        <translation>Lisää opetusprotokollia</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Remove the selected protocols</source>
        <translation>Poista valitut protokollat</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Protokollat</translation>
    </message>
    <message>
        <source>none: split off the training clips</source>
        <translation>ei mitään: erotetaan opetusleikkeistä</translation>
    </message>
    <message>
        <source>Validation protocol(s), separated by &apos;;&apos;. Empty: a share of the training clips is split off by the &apos;split by&apos; column (never by clip alone).</source>
        <translation>Validointiprotokolla(t) &apos;;&apos;-merkillä erotettuina. Tyhjä: osa opetusleikkeistä erotetaan &apos;jaa sarakkeen mukaan&apos; -sarakkeen perusteella (ei koskaan pelkän leikkeen perusteella).</translation>
    </message>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <source>Choose a validation protocol</source>
        <translation>Valitse validointiprotokolla</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validointi</translation>
    </message>
    <message>
        <source>Protocol column whose groups never straddle training and validation (text = the sentence, speaker)</source>
        <translation>Protokollan sarake, jonka ryhmät eivät koskaan jakaudu opetuksen ja validoinnin kesken (text = lause, puhuja)</translation>
    </message>
    <message>
        <source>Share of the clips split off for validation</source>
        <translation>Validointiin erotettava osuus leikkeistä</translation>
    </message>
    <message>
        <source>share</source>
        <translation>osuus</translation>
    </message>
    <message>
        <source>Split by</source>
        <translation>Jaa sarakkeen mukaan</translation>
    </message>
    <message>
        <source>each protocol&apos;s folder</source>
        <translation>kunkin protokollan kansio</translation>
    </message>
    <message>
        <source>Choose the folder the protocols&apos; clip paths are relative to</source>
        <translation>Valitse kansio, johon protokollien leikepolut ovat suhteessa</translation>
    </message>
    <message>
        <source>Clip root</source>
        <translation>Leikkeiden juuri</translation>
    </message>
    <message>
        <source>Add a protocol to see its levels and clips.</source>
        <translation>Lisää protokolla nähdäksesi sen tasot ja leikkeet.</translation>
    </message>
    <message>
        <source>The model&apos;s name in the model chooser (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;+&apos;, &apos;-&apos;)</source>
        <translation>Mallin nimi mallinvalitsimessa (kirjaimet, numerot, &apos;.&apos;, &apos;_&apos;, &apos;+&apos;, &apos;-&apos;)</translation>
    </message>
    <message>
        <source>Model name</source>
        <translation>Mallin nimi</translation>
    </message>
    <message>
        <source>a new, empty folder</source>
        <translation>uusi, tyhjä kansio</translation>
    </message>
    <message>
        <source>Where the run writes run.json, log.csv, its checkpoint and the model</source>
        <translation>Minne ajo kirjoittaa tiedostot run.json, log.csv, tarkistuspisteensä ja mallin</translation>
    </message>
    <message>
        <source>Choose the run folder</source>
        <translation>Valitse ajokansio</translation>
    </message>
    <message>
        <source>Run folder</source>
        <translation>Ajokansio</translation>
    </message>
    <message>
        <source>Load settings...</source>
        <translation>Lataa asetukset...</translation>
    </message>
    <message>
        <source>Read a run configuration (JSON) into the form</source>
        <translation>Lue ajokokoonpano (JSON) lomakkeeseen</translation>
    </message>
    <message>
        <source>Save settings...</source>
        <translation>Tallenna asetukset...</translation>
    </message>
    <message>
        <source>Write the form as a run configuration (JSON), for sourcetrace-cli train --config</source>
        <translation>Kirjoita lomake ajokokoonpanoksi (JSON) komentoa sourcetrace-cli train --config varten</translation>
    </message>
    <message>
        <source>spectral (LFCC + light CNN, fast)</source>
        <translation>spectral (LFCC + kevyt CNN, nopea)</translation>
    </message>
    <message>
        <source>AASIST</source>
        <translation>AASIST</translation>
    </message>
    <message>
        <source>AASIST-L</source>
        <translation>AASIST-L</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Arkkitehtuuri</translation>
    </message>
    <message>
        <source>none: train from scratch</source>
        <translation>ei mitään: opeta alusta</translation>
    </message>
    <message>
        <source>AASIST: a published checkpoint (.pth) or safetensors to fine-tune from</source>
        <translation>AASIST: julkaistu tarkistuspiste (.pth) tai safetensors, josta hienosäädetään</translation>
    </message>
    <message>
        <source>Choose a checkpoint to fine-tune</source>
        <translation>Valitse hienosäädettävä tarkistuspiste</translation>
    </message>
    <message>
        <source>Fine-tune from</source>
        <translation>Hienosäädä lähtien</translation>
    </message>
    <message>
        <source>Spectral network: output channels of each stage (1 to 6 stages)</source>
        <translation>Spektriverkko: kunkin vaiheen lähtökanavat (1–6 vaihetta)</translation>
    </message>
    <message>
        <source>Spectral network: embedding size</source>
        <translation>Spektriverkko: upotuksen koko</translation>
    </message>
    <message>
        <source>embedding</source>
        <translation>upotus</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanavat</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Taso</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Häviö</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Paino</translation>
    </message>
    <message>
        <source>One head per level it learns; the primary head&apos;s scores are the model&apos;s scores (the first head, unless loaded settings name another with primaryHead)</source>
        <translation>Yksi pää kutakin opittavaa tasoa kohden; ensisijaisen pään pistemäärät ovat mallin pistemäärät (ensimmäinen pää, elleivät ladatut asetukset nimeä toista kentällä primaryHead)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lisää</translation>
    </message>
    <message>
        <source>Add a head (the next level not trained yet)</source>
        <translation>Lisää pää (seuraava taso, jota ei vielä opeteta)</translation>
    </message>
    <message>
        <source>Remove the selected heads</source>
        <translation>Poista valitut päät</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Kaikki tasot</translation>
    </message>
    <message>
        <source>One ce head per level of the protocols</source>
        <translation>Yksi ce-pää protokollien kutakin tasoa kohden</translation>
    </message>
    <message>
        <source>Heads</source>
        <translation>Päät</translation>
    </message>
    <message>
        <source>Draw every class of this level equally often</source>
        <translation>Arvo tämän tason jokaista luokkaa yhtä usein</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Tasapainota</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Augmentointi</translation>
    </message>
    <message>
        <source>Augment training clips</source>
        <translation>Augmentoi opetusleikkeet</translation>
    </message>
    <message>
        <source>off</source>
        <translation>pois</translation>
    </message>
    <message>
        <source>1: convolutive noise</source>
        <translation>1: konvolutiivinen kohina</translation>
    </message>
    <message>
        <source>2: impulsive noise</source>
        <translation>2: impulssikohina</translation>
    </message>
    <message>
        <source>3: stationary noise</source>
        <translation>3: stationaarinen kohina</translation>
    </message>
    <message>
        <source>4: 1 + 2 + 3 in series</source>
        <translation>4: 1 + 2 + 3 sarjassa</translation>
    </message>
    <message>
        <source>5: 1 + 2</source>
        <translation>5: 1 + 2</translation>
    </message>
    <message>
        <source>6: 1 + 3</source>
        <translation>6: 1 + 3</translation>
    </message>
    <message>
        <source>7: 2 + 3</source>
        <translation>7: 2 + 3</translation>
    </message>
    <message>
        <source>8: 1 and 2 in parallel</source>
        <translation>8: 1 ja 2 rinnakkain</translation>
    </message>
    <message>
        <source>RawBoost (Tak et al., ICASSP 2022); its other settings come from a loaded configuration (docs/training.md)</source>
        <translation>RawBoost (Tak ym., ICASSP 2022); sen muut asetukset tulevat ladatusta kokoonpanosta (docs/training.md)</translation>
    </message>
    <message>
        <source>RawBoost</source>
        <translation>RawBoost</translation>
    </message>
    <message>
        <source>Chance of additive noise (SNR drawn in the configuration&apos;s range)</source>
        <translation>Additiivisen kohinan todennäköisyys (SNR arvotaan kokoonpanon välillä)</translation>
    </message>
    <message>
        <source>Noise probability</source>
        <translation>Kohinan todennäköisyys</translation>
    </message>
    <message>
        <source>RegMixup (clean CE + mixup CE)</source>
        <translation>RegMixup (puhdas CE + mixup CE)</translation>
    </message>
    <message>
        <source>Optimisation</source>
        <translation>Optimointi</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>LibTorch threads</source>
        <translation>LibTorch-säikeet</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Kierrokset</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Erä</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>Rajaus</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Oppimisnopeus</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Säikeet</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Siemen</translation>
    </message>
    <message>
        <source>Data and run</source>
        <translation>Data ja ajo</translation>
    </message>
    <message>
        <source>Network and heads</source>
        <translation>Verkko ja päät</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Opetus</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Aloita</translation>
    </message>
    <message>
        <source>Train a new model with these settings</source>
        <translation>Opeta uusi malli näillä asetuksilla</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Write a checkpoint and stop (Resume continues)</source>
        <translation>Kirjoita tarkistuspiste ja pysähdy (Jatka jatkaa)</translation>
    </message>
    <message>
        <source>Resume...</source>
        <translation>Jatka...</translation>
    </message>
    <message>
        <source>Continue a run folder from its last checkpoint</source>
        <translation>Jatka ajokansiota sen viimeisestä tarkistuspisteestä</translation>
    </message>
    <message>
        <source>Open run...</source>
        <translation>Avaa ajo...</translation>
    </message>
    <message>
        <source>Show the curves and settings of a run folder</source>
        <translation>Näytä ajokansion käyrät ja asetukset</translation>
    </message>
    <message>
        <source>A level of the protocols, or any protocol column (speaker, ...)</source>
        <translation>Protokollien taso tai mikä tahansa protokollan sarake (speaker, ...)</translation>
    </message>
    <message>
        <source>ce: softmax cross-entropy; aam: additive angular margin; ocsoftmax: one-class (bona fide only); ge2e: generalised end-to-end</source>
        <translation>ce: softmax-ristientropia; aam: additiivinen kulmamarginaali; ocsoftmax: yksiluokkainen (vain aidot); ge2e: yleistetty päästä päähän</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <source>Training settings</source>
        <translation>Opetusasetukset</translation>
    </message>
    <message>
        <source>Settings read from %1</source>
        <translation>Asetukset luettu tiedostosta %1</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: ei voi kirjoittaa (%2)</translation>
    </message>
    <message>
        <source>Settings written to %1</source>
        <translation>Asetukset kirjoitettu tiedostoon %1</translation>
    </message>
    <message>
        <source>Read training protocols</source>
        <translation>Lue opetusprotokollat</translation>
    </message>
    <message>
        <source>Training protocol</source>
        <translation>Opetusprotokolla</translation>
    </message>
    <message>
        <source>training settings</source>
        <translation>opetusasetukset</translation>
    </message>
    <message>
        <source>%1: network.channels: &quot;%2&quot; is not a list of positive whole numbers</source>
        <translation>%1: network.channels: &quot;%2&quot; ei ole positiivisten kokonaislukujen luettelo</translation>
    </message>
    <message>
        <source>%1: protocols: add at least one training protocol</source>
        <translation>%1: protocols: lisää vähintään yksi opetusprotokolla</translation>
    </message>
    <message>
        <source>%1: outputDir: choose a run folder</source>
        <translation>%1: outputDir: valitse ajokansio</translation>
    </message>
    <message>
        <source>%1: name: a model named &quot;%2&quot; is already offered (%3); choose another model name</source>
        <translation>%1: name: &quot;%2&quot;-niminen malli on jo tarjolla (%3); valitse toinen mallin nimi</translation>
    </message>
    <message>
        <source>Train %1</source>
        <translation>Opeta %1</translation>
    </message>
    <message>
        <source>Resume training</source>
        <translation>Jatka opetusta</translation>
    </message>
    <message>
        <source>%1: is not a training run folder (no run.json)</source>
        <translation>%1: ei ole opetusajon kansio (ei run.json-tiedostoa)</translation>
    </message>
    <message>
        <source>Resume training in %1</source>
        <translation>Jatka opetusta kansiossa %1</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>aloitetaan</translation>
    </message>
    <message>
        <source>Training into %1</source>
        <translation>Opetetaan kansioon %1</translation>
    </message>
    <message>
        <source>writing a checkpoint and stopping...</source>
        <translation>kirjoitetaan tarkistuspiste ja pysähdytään...</translation>
    </message>
    <message>
        <source>The run finished (model in %1) but could not be added to the model chooser: %2</source>
        <translation>Ajo päättyi (malli kansiossa %1), mutta sitä ei voitu lisätä mallinvalitsimeen: %2</translation>
    </message>
    <message>
        <source>done: best epoch %1 of %2</source>
        <translation>valmis: paras kierros %1/%2</translation>
    </message>
    <message>
        <source>Model &quot;%1&quot; is in the model chooser; its files are in %2 (run folder %3)</source>
        <translation>Malli &quot;%1&quot; on mallinvalitsimessa; sen tiedostot ovat kansiossa %2 (ajokansio %3)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>peruttu</translation>
    </message>
    <message>
        <source>Stopped: the checkpoint is in %1 (Resume continues the run)</source>
        <translation>Pysäytetty: tarkistuspiste on kansiossa %1 (Jatka jatkaa ajoa)</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>epäonnistui</translation>
    </message>
    <message>
        <source>%1: cannot create the model folder</source>
        <translation>%1: mallikansiota ei voi luoda</translation>
    </message>
    <message>
        <source>%1: cannot copy to %2</source>
        <translation>%1: ei voi kopioida kohteeseen %2</translation>
    </message>
    <message>
        <source>%1: cannot rename to %2</source>
        <translation>%1: ei voi nimetä uudelleen nimellä %2</translation>
    </message>
    <message>
        <source>Open run</source>
        <translation>Avaa ajo</translation>
    </message>
    <message>
        <source>%1: is not a training run folder (no run.json, no epochs logged)</source>
        <translation>%1: ei ole opetusajon kansio (ei run.json-tiedostoa, ei kirjattuja kierroksia)</translation>
    </message>
    <message>
        <source>%1 epochs logged, best epoch %2</source>
        <translation>%1 kierrosta kirjattu, paras kierros %2</translation>
    </message>
    <message>
        <source>%1 epochs logged</source>
        <translation>%1 kierrosta kirjattu</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Ajo %1</translation>
    </message>
    <message>
        <source>Protocols (*.tsv *.txt *.csv);;All files (*)</source>
        <translation>Protokollat (*.tsv *.txt *.csv);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Validation protocol</source>
        <translation>Validointiprotokolla</translation>
    </message>
    <message>
        <source>Run folder (a new, empty folder)</source>
        <translation>Ajokansio (uusi, tyhjä kansio)</translation>
    </message>
    <message>
        <source>Checkpoint to fine-tune</source>
        <translation>Hienosäädettävä tarkistuspiste</translation>
    </message>
    <message>
        <source>Checkpoints (*.pth *.pt *.safetensors);;All files (*)</source>
        <translation>Tarkistuspisteet (*.pth *.pt *.safetensors);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Load training settings</source>
        <translation>Lataa opetusasetukset</translation>
    </message>
    <message>
        <source>Run configuration (*.json);;All files (*)</source>
        <translation>Ajokokoonpano (*.json);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Save training settings</source>
        <translation>Tallenna opetusasetukset</translation>
    </message>
    <message>
        <source>Run configuration (*.json)</source>
        <translation>Ajokokoonpano (*.json)</translation>
    </message>
    <message>
        <source>Resume the run in</source>
        <translation>Jatka ajoa kansiossa</translation>
    </message>
    <message>
        <source>Open a run folder</source>
        <translation>Avaa ajokansio</translation>
    </message>
</context>
<context>
    <name>st::ValidatedConditions</name>
    <message>
        <source>cannot open: %1</source>
        <translation>ei voi avata: %1</translation>
    </message>
    <message>
        <source>not a JSON object (%1 at offset %2)</source>
        <translation>ei JSON-objekti (%1 kohdassa %2)</translation>
    </message>
    <message>
        <source>must be 1</source>
        <translation>on oltava 1</translation>
    </message>
    <message>
        <source>a and b are both required</source>
        <translation>sekä a että b vaaditaan</translation>
    </message>
    <message>
        <source>must be a file name beside validity.json, not a path</source>
        <translation>on oltava tiedostonimi validity.json-tiedoston vieressä, ei polku</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>ei voi kirjoittaa: %1</translation>
    </message>
    <message>
        <source>feature_bank must be a non-empty 2-D tensor</source>
        <translation>feature_bank-tensorin on oltava ei-tyhjä 2-ulotteinen tensori</translation>
    </message>
    <message>
        <source>feature_bank row %1 is zero or not finite</source>
        <translation>feature_bank-rivi %1 on nolla tai ei äärellinen</translation>
    </message>
    <message>
        <source>has no feature_bank tensor</source>
        <translation>siinä ei ole feature_bank-tensoria</translation>
    </message>
    <message>
        <source>the embedding has %1 values, the feature bank %2</source>
        <translation>upotuksessa on %1 arvoa, piirrepankissa %2</translation>
    </message>
</context>
<context>
    <name>st::ValidityVerdict</name>
    <message>
        <source>the clip lasts %1 s, shorter than the shortest validated duration (%2 s)</source>
        <translation>leikkeen kesto on %1 s, lyhyempi kuin lyhin validoitu kesto (%2 s)</translation>
    </message>
    <message>
        <source>its bandwidth is %1 Hz, narrower than the narrowest validated bandwidth (%2 Hz)</source>
        <translation>sen kaistanleveys on %1 Hz, kapeampi kuin kapein validoitu kaistanleveys (%2 Hz)</translation>
    </message>
    <message>
        <source>its codec (%1) was never trained on (validated: %2)</source>
        <translation>sen koodekilla (%1) ei ole koskaan koulutettu (validoidut: %2)</translation>
    </message>
    <message>
        <source>its in-distribution score (kNN cosine %1) is below the validated range (lowest %2): unlike the training material</source>
        <translation>sen jakauman sisäisyyden pistemäärä (kNN-kosini %1) on validoidun alueen alapuolella (pienin %2): poikkeaa koulutusaineistosta</translation>
    </message>
</context>
<context>
    <name>st::VerbalScale</name>
    <message>
        <source>no support for either proposition</source>
        <translation>ei tukea kummallekaan väittämälle</translation>
    </message>
    <message>
        <source>weak support for the proposition</source>
        <translation>heikko tuki väittämälle</translation>
    </message>
    <message>
        <source>moderate support for the proposition</source>
        <translation>kohtalainen tuki väittämälle</translation>
    </message>
    <message>
        <source>moderately strong support for the proposition</source>
        <translation>kohtalaisen vahva tuki väittämälle</translation>
    </message>
    <message>
        <source>strong support for the proposition</source>
        <translation>vahva tuki väittämälle</translation>
    </message>
    <message>
        <source>very strong support for the proposition</source>
        <translation>erittäin vahva tuki väittämälle</translation>
    </message>
    <message>
        <source>extremely strong support for the proposition</source>
        <translation>äärimmäisen vahva tuki väittämälle</translation>
    </message>
    <message>
        <source>weak support for the alternative proposition</source>
        <translation>heikko tuki vaihtoehtoiselle väittämälle</translation>
    </message>
    <message>
        <source>moderate support for the alternative proposition</source>
        <translation>kohtalainen tuki vaihtoehtoiselle väittämälle</translation>
    </message>
    <message>
        <source>moderately strong support for the alternative proposition</source>
        <translation>kohtalaisen vahva tuki vaihtoehtoiselle väittämälle</translation>
    </message>
    <message>
        <source>strong support for the alternative proposition</source>
        <translation>vahva tuki vaihtoehtoiselle väittämälle</translation>
    </message>
    <message>
        <source>very strong support for the alternative proposition</source>
        <translation>erittäin vahva tuki vaihtoehtoiselle väittämälle</translation>
    </message>
    <message>
        <source>extremely strong support for the alternative proposition</source>
        <translation>äärimmäisen vahva tuki vaihtoehtoiselle väittämälle</translation>
    </message>
</context>
<context>
    <name>st::ViewExporter</name>
    <message>
        <source>could not write the PNG image (check the folder exists and is writable)</source>
        <translation>PNG-kuvaa ei voitu kirjoittaa (tarkista, että kansio on olemassa ja kirjoitettavissa)</translation>
    </message>
    <message>
        <source>could not write the SVG file (check the folder exists and is writable)</source>
        <translation>SVG-tiedostoa ei voitu kirjoittaa (tarkista, että kansio on olemassa ja kirjoitettavissa)</translation>
    </message>
</context>
<context>
    <name>st::WaveformLayer</name>
    <message>
        <source>sample %1 = %2 (%3)</source>
        <translation>näyte %1 = %2 (%3)</translation>
    </message>
    <message>
        <source>about min %1 / max %2 (provisional: from probes, a peak may be missed)</source>
        <translation>noin min %1 / max %2 (alustava: näytteistyksestä, huippu voi jäädä huomaamatta)</translation>
    </message>
    <message>
        <source>amplitude: not summarised yet</source>
        <translation>amplitudi: yhteenvetoa ei vielä tehty</translation>
    </message>
    <message>
        <source>min %1 / max %2 (peak %3)</source>
        <translation>min %1 / max %2 (huippu %3)</translation>
    </message>
    <message>
        <source>Waveform</source>
        <translation>Aaltomuoto</translation>
    </message>
</context>
<context>
    <name>st::WithheldLrBox</name>
    <message>
        <source>Likelihood ratio withheld</source>
        <translation>Uskottavuussuhde pidätetty</translation>
    </message>
</context>
<context>
    <name>st::ZipDirectory</name>
    <message>
        <source>not a valid zip archive: %1</source>
        <translation>ei kelvollinen zip-arkisto: %1</translation>
    </message>
    <message>
        <source>too short (%1 bytes) to hold a zip directory</source>
        <translation>liian lyhyt (%1 tavua) sisältämään zip-hakemistoa</translation>
    </message>
    <message>
        <source>no end-of-directory record (the file is cut short or is not a zip)</source>
        <translation>ei hakemiston lopputietuetta (tiedosto on katkennut tai ei ole zip)</translation>
    </message>
    <message>
        <source>a zip64 archive without its zip64 locator</source>
        <translation>zip64-arkisto ilman zip64-paikanninta</translation>
    </message>
    <message>
        <source>the zip64 directory record lies outside the file</source>
        <translation>zip64-hakemistotietue on tiedoston ulkopuolella</translation>
    </message>
    <message>
        <source>the directory (%1 bytes at offset %2) lies outside the file of %3 bytes</source>
        <translation>hakemisto (%1 tavua kohdassa %2) on %3 tavun tiedoston ulkopuolella</translation>
    </message>
    <message>
        <source>the directory claims %1 entries in %2 bytes</source>
        <translation>hakemisto ilmoittaa %1 merkintää %2 tavussa</translation>
    </message>
    <message>
        <source>directory entry %1 is damaged</source>
        <translation>hakemistomerkintä %1 on vioittunut</translation>
    </message>
    <message>
        <source>directory entry %1 runs past the directory</source>
        <translation>hakemistomerkintä %1 ulottuu hakemiston yli</translation>
    </message>
    <message>
        <source>entry %1 points outside the file</source>
        <translation>merkintä %1 osoittaa tiedoston ulkopuolelle</translation>
    </message>
    <message>
        <source>the archive&apos;s directory has no record %1</source>
        <translation>arkiston hakemistossa ei ole tietuetta %1</translation>
    </message>
    <message>
        <source>record %1 holds %2 bytes, its directory says %3: the file is damaged</source>
        <translation>tietueessa %1 on %2 tavua, sen hakemisto ilmoittaa %3: tiedosto on vioittunut</translation>
    </message>
    <message>
        <source>record %1 fails its CRC-32 check (%2, the archive says %3): the file is damaged or was altered</source>
        <translation>tietue %1 ei läpäise CRC-32-tarkistustaan (%2, arkisto ilmoittaa %3): tiedosto on vioittunut tai sitä on muutettu</translation>
    </message>
    <message>
        <source>record %1: its local header is damaged</source>
        <translation>tietue %1: sen paikallinen otsake on vioittunut</translation>
    </message>
    <message>
        <source>record %1 runs past the end of the file: the file is cut short</source>
        <translation>tietue %1 ulottuu tiedoston lopun yli: tiedosto on katkennut</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>ei voi lukea: %1</translation>
    </message>
    <message>
        <source>checking the archive</source>
        <translation>arkiston tarkistus</translation>
    </message>
    <message>
        <source>could not read the whole file (%1 of %2 bytes)</source>
        <translation>koko tiedostoa ei voitu lukea (%1/%2 tavua)</translation>
    </message>
</context>
</TS>
