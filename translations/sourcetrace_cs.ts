<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs_CZ" sourcelanguage="en">
<context>
    <name>ArtefactsCommand</name>
    <message>
        <source>cannot write: %1</source>
        <translation>nelze zapsat: %1</translation>
    </message>
    <message>
        <source>none of the case&apos;s %1 evidence items has a stored analysis with an explanation</source>
        <translation>žádná z %1 důkazních položek případu nemá uloženou analýzu s vysvětlením</translation>
    </message>
    <message>
        <source>Case file: its annotations and stored explanations.</source>
        <translation>Soubor případu: jeho anotace a uložená vysvětlení.</translation>
    </message>
    <message>
        <source>Annotations CSV (file or evidence_sha256 keyed).</source>
        <translation>CSV s anotacemi (klíčem je file nebo evidence_sha256).</translation>
    </message>
    <message>
        <source>Folder of per-clip explanation folders.</source>
        <translation>Složka se složkami vysvětlení jednotlivých nahrávek.</translation>
    </message>
    <message>
        <source>Output folder for artefacts.tsv/json and the plots.</source>
        <translation>Výstupní složka pro artefacts.tsv/json a grafy.</translation>
    </message>
    <message>
        <source>Print the JSON instead of the table.</source>
        <translation>Vypsat JSON místo tabulky.</translation>
    </message>
    <message>
        <source>artefacts: --case takes the annotations and explanations from the case: no --annotations / --explanations</source>
        <translation>artefacts: --case bere anotace a vysvětlení z případu: bez --annotations / --explanations</translation>
    </message>
    <message>
        <source>artefacts: --%1 is required

%2</source>
        <translation>artefacts: --%1 je povinný

%2</translation>
    </message>
    <message>
        <source>artefacts: unexpected argument &apos;%1&apos;</source>
        <translation>artefacts: neočekávaný argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>artefacts: skipped %1</source>
        <translation>artefacts: přeskočeno %1</translation>
    </message>
    <message>
        <source>artefacts: not used: %1</source>
        <translation>artefacts: nepoužito: %1</translation>
    </message>
    <message>
        <source>cannot create the output folder</source>
        <translation>nelze vytvořit výstupní složku</translation>
    </message>
    <message>
        <source>cannot write the plot</source>
        <translation>nelze zapsat graf</translation>
    </message>
    <message>
        <source>artefacts: no plots (no QGuiApplication)</source>
        <translation>artefacts: žádné grafy (chybí QGuiApplication)</translation>
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
        <translation>Statistika artefaktů: atribuce uvnitř anotovaných oblastí podle typu příznaku.
  sourcetrace-cli artefacts --protocol P --annotations A.csv --explanations DIR [--out OUT] [--json]
  sourcetrace-cli artefacts --case FILE [--protocol P] [--out OUT] [--json]
P: protokol nahrávek (značky bona fide / spoof). A.csv: anotace ve formátu CSV případu, první sloupec je
buď evidence_sha256 (páruje se s report.json každého vysvětlení), nebo file (identifikátor souboru v protokolu).
DIR: jedna složka na nahrávku, jak ji zapíše `sourcetrace-cli explain FILE --out DIR/&lt;id&gt;`, pojmenovaná podle
identifikátoru souboru v protokolu bez přípony (nebo s ní). Pro každý příznak: podíl času a |atribuce| uvnitř jeho oblastí
(souhrnně a průměrně na nahrávku), jejich poměr, korelace obálky |atribuce| s maskou oblastí
a EER pokrytí / výskytu příznaku při rozlišení podvrhu (cíl) od bona fide.
--case: anotace případu a pro každou důkazní položku nejnovější uložená analýza s vysvětlením
(`case analyse --explain`); značky pro EER z P, párované podle názvu souboru důkazu (bez P žádné).
Do OUT se zapíší artefacts.tsv, artefacts.json a artefacts_&lt;cue&gt;.png. Návratový kód 1, když byly nahrávky přeskočeny nebo
řádky anotací odmítnuty (každý je uveden na stderr), 2 při chybném použití.</translation>
    </message>
    <message>
        <source>%1: annotation %2 of %3 starts at %4 s, at or after the end of the explained clip (%5 s)</source>
        <translation>%1: anotace %2 z %3 začíná v %4 s, tedy na konci vysvětlené nahrávky (%5 s) nebo za ním</translation>
    </message>
    <message>
        <source>Clip protocol (labels).</source>
        <translation>Protokol nahrávek (značky).</translation>
    </message>
    <message>
        <source>%1 of %2 clips used (%3 bona fide, %4 spoof), %5 skipped; %6 annotations used, %7 refused</source>
        <translation>použito %1 z %2 nahrávek (%3 bona fide, %4 spoof), %5 přeskočeno; %6 anotací použito, %7 odmítnuto</translation>
    </message>
    <message>
        <source>%1 band boxes: %2 on %3 clips with a TF map: TF attribution share %4 of area share %5 (enrichment %6)</source>
        <translation>%1 pásmových rámců: %2 na %3 nahrávkách s časově-frekvenční mapou: podíl TF atribuce %4 při podílu plochy %5 (obohacení %6)</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>zapsáno %1</translation>
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
        <translation>Kalibruje detektor a zaznamená jeho ověřené podmínky:
  sourcetrace-cli calibrate-model --model M --protocol CAL.tsv [--root DIR] --trained-on TRAIN.tsv
      [--percentile 2] [--out FILE]
Spustí model na označených kalibračních nahrávkách (nikdy na trénovacích ani testovacích), proloží log LR = a * score + b
(apriorní pravděpodobnost 0,5) a zapíše validity.json vedle manifestu (nebo do --out): kalibraci s jejím Cllr, minCllr a
EER na těchto nahrávkách a ověřené podmínky: nejkratší délku a nejužší šířku pásma (--percentile
percentil kalibračních nahrávek), kodeky trénovacího protokolu a nejnižší skóre v rámci distribuce
(kosinová podobnost kNN k bance příznaků ood.safetensors modelu, stejný percentil).</translation>
    </message>
    <message>
        <source>The training protocol (its codec column lists the trained codecs).</source>
        <translation>Trénovací protokol (jeho sloupec codec uvádí kodeky použité při trénování).</translation>
    </message>
    <message>
        <source>Lower percentile of the calibration clips taken as the validated limit (default 2).</source>
        <translation>Dolní percentil kalibračních nahrávek brán jako ověřená mez (výchozí 2).</translation>
    </message>
    <message>
        <source>Where to write (default: validity.json beside the manifest).</source>
        <translation>Kam zapisovat (výchozí: validity.json vedle manifestu).</translation>
    </message>
    <message>
        <source>--model, --protocol and --trained-on are required</source>
        <translation>--model, --protocol a --trained-on jsou povinné</translation>
    </message>
    <message>
        <source>--percentile must be a number in [0, 50]</source>
        <translation>--percentile musí být číslo v intervalu [0, 50]</translation>
    </message>
    <message>
        <source>model %1 is not a detector (no bona fide class): nothing to calibrate</source>
        <translation>model %1 není detektor (nemá třídu bona fide): není co kalibrovat</translation>
    </message>
    <message>
        <source>calibrate-model: no %1 beside the manifest: no in-distribution range is recorded</source>
        <translation>calibrate-model: vedle manifestu chybí %1: rozsah v rámci distribuce se nezaznamená</translation>
    </message>
    <message>
        <source>not in the protocol&apos;s labels</source>
        <translation>není mezi značkami protokolu</translation>
    </message>
    <message>
        <source>the score is not finite</source>
        <translation>skóre není konečné číslo</translation>
    </message>
    <message>
        <source>calibrate %1</source>
        <translation>kalibrace %1</translation>
    </message>
    <message>
        <source>needs bona fide and spoofed clips (%1 / %2 scored)</source>
        <translation>potřebuje bona fide i podvržené nahrávky (ohodnoceno %1 / %2)</translation>
    </message>
    <message>
        <source>calibrate-model: %1: log LR = %2 * score + %3 on %4 bona fide / %5 spoofed clips of %6: Cllr %7 bits, minCllr %8, EER %9 %</source>
        <translation>calibrate-model: %1: log LR = %2 * score + %3 na %4 bona fide / %5 podvržených nahrávkách z %6: Cllr %7 bitů, minCllr %8, EER %9 %</translation>
    </message>
    <message>
        <source>calibrate-model: validated: at least %1 s, bandwidth at least %2 Hz, codecs %3, kNN cosine at least %4; written to %5</source>
        <translation>calibrate-model: ověřeno: alespoň %1 s, šířka pásma alespoň %2 Hz, kodeky %3, kosinová podobnost kNN alespoň %4; zapsáno do %5</translation>
    </message>
</context>
<context>
    <name>CaseAnalyseCommand</name>
    <message>
        <source>--item needs an item id (a number from 1; `case info` lists them), not &apos;%1&apos;</source>
        <translation>--item potřebuje id položky (číslo od 1; vypíše je `case info`), ne &apos;%1&apos;</translation>
    </message>
    <message>
        <source>An item to analyse (repeatable; default: every item).</source>
        <translation>Položka k analýze (lze opakovat; výchozí: všechny položky).</translation>
    </message>
    <message>
        <source>Detector (registry name or manifest; default: the default model).</source>
        <translation>Detektor (název v registru nebo manifest; výchozí: výchozí model).</translation>
    </message>
    <message>
        <source>Fingerprint library (default: the default library).</source>
        <translation>Knihovna otisků (výchozí: výchozí knihovna).</translation>
    </message>
    <message>
        <source>Tracing back-end (default cosine).</source>
        <translation>Back-end určení zdroje (výchozí cosine).</translation>
    </message>
    <message>
        <source>Detection and quality only.</source>
        <translation>Pouze detekce a kvalita.</translation>
    </message>
    <message>
        <source>Also Integrated Gradients of the detection score.</source>
        <translation>Také Integrated Gradients skóre detekce.</translation>
    </message>
    <message>
        <source>IG steps (default 32).</source>
        <translation>Kroky IG (výchozí 32).</translation>
    </message>
    <message>
        <source>LibTorch threads (default: the library&apos;s).</source>
        <translation>Vlákna LibTorch (výchozí: podle knihovny).</translation>
    </message>
    <message>
        <source>Re-run stored analysis ID with its own settings, store it and compare the figures.</source>
        <translation>Znovu spustit uloženou analýzu ID s jejím vlastním nastavením, uložit ji a porovnat hodnoty.</translation>
    </message>
    <message>
        <source>Print each stored result as JSON (one line each).</source>
        <translation>Vypsat každý uložený výsledek jako JSON (každý na jednom řádku).</translation>
    </message>
    <message>
        <source>--rerun needs an analysis id (`case results` lists them)</source>
        <translation>--rerun potřebuje id analýzy (vypíše je `case results`)</translation>
    </message>
    <message>
        <source>Only this item (repeatable).</source>
        <translation>Pouze tato položka (lze opakovat).</translation>
    </message>
    <message>
        <source>The stored result JSON, one line each.</source>
        <translation>Uložený výsledek jako JSON, každý na jednom řádku.</translation>
    </message>
    <message>
        <source>item %1 (%2), analysis %3 of %4 by %5
</source>
        <translation>položka %1 (%2), analýza %3 z %4, provedl %5
</translation>
    </message>
    <message>
        <source>  evidence SHA-256 %1
  model %2 (weights SHA-256 %3), SourceTrace %4 (commit %5)
</source>
        <translation>  SHA-256 důkazu %1
  model %2 (SHA-256 vah %3), SourceTrace %4 (commit %5)
</translation>
    </message>
    <message>
        <source>  quality: %1
</source>
        <translation>  kvalita: %1
</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>vyhověla</translation>
    </message>
    <message>
        <source>FLAGGED</source>
        <translation>OZNAČENO</translation>
    </message>
    <message>
        <source>  detection score %1 (%2)
</source>
        <translation>  skóre detekce %1 (%2)
</translation>
    </message>
    <message>
        <source>    LR %1 (log10 %2): %3; calibration %4
</source>
        <translation>    LR %1 (log10 %2): %3; kalibrace %4
</translation>
    </message>
    <message>
        <source>    LR withheld: %1
</source>
        <translation>    LR zadržen: %1
</translation>
    </message>
    <message>
        <source>  tracing (%1, library SHA-256 %2)
</source>
        <translation>  určení zdroje (%1, SHA-256 knihovny %2)
</translation>
    </message>
    <message>
        <source> (best %1 %2)</source>
        <translation> (nejlepší %1 %2)</translation>
    </message>
    <message>
        <source>, LR %1: %2</source>
        <translation>, LR %1: %2</translation>
    </message>
    <message>
        <source>, LR withheld</source>
        <translation>, LR zadržen</translation>
    </message>
    <message>
        <source>  explanation: %1, %2 steps, baseline %3, completeness gap %4 %
</source>
        <translation>  vysvětlení: %1, %2 kroků, baseline %3, mezera úplnosti %4 %
</translation>
    </message>
    <message>
        <source>  problem: %1
</source>
        <translation>  problém: %1
</translation>
    </message>
    <message>
        <source>opened read-only (%1): nothing can be analysed; use `case save-as`</source>
        <translation>otevřeno jen pro čtení (%1): nelze nic analyzovat; použijte `case save-as`</translation>
    </message>
    <message>
        <source>re-run of analysis %1: every figure reproduced</source>
        <translation>opakování analýzy %1: všechny hodnoty reprodukovány</translation>
    </message>
    <message>
        <source>re-run of analysis %1: %2 differences</source>
        <translation>opakování analýzy %1: %2 rozdílů</translation>
    </message>
</context>
<context>
    <name>CaseCommand</name>
    <message>
        <source>Who does this (default: $USER, else the account).</source>
        <translation>Kdo to provádí (výchozí: $USER, jinak účet).</translation>
    </message>
    <message>
        <source>The case file (.stcase).</source>
        <translation>Soubor případu (.stcase).</translation>
    </message>
    <message>
        <source>The case number (required).</source>
        <translation>Číslo případu (povinné).</translation>
    </message>
    <message>
        <source>The examiner&apos;s name (required).</source>
        <translation>Jméno znalce (povinné).</translation>
    </message>
    <message>
        <source>A title.</source>
        <translation>Název.</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>Poznámky.</translation>
    </message>
    <message>
        <source>--number and --examiner are required</source>
        <translation>--number a --examiner jsou povinné</translation>
    </message>
    <message>
        <source>Label of the items (default: the file name).</source>
        <translation>Popisek položek (výchozí: název souboru).</translation>
    </message>
    <message>
        <source>Evidence files.</source>
        <translation>Soubory důkazů.</translation>
    </message>
    <message>
        <source>Verify the audit chain only (opens the case read-only).</source>
        <translation>Pouze ověřit auditní řetězec (otevře případ jen pro čtení).</translation>
    </message>
    <message>
        <source>A head hash recorded earlier (a report, an export): it must still be in the log.</source>
        <translation>Dříve zaznamenaný hash hlavy (ze zprávy, z exportu): musí být stále v protokolu.</translation>
    </message>
    <message>
        <source>the case is read-only (%1): the items are re-hashed but the results are not recorded</source>
        <translation>případ je jen pro čtení (%1): položky se znovu zahashují, ale výsledky se nezaznamenají</translation>
    </message>
    <message>
        <source>Write the log as JSON Lines (scripts/verify_audit_log.py checks it).</source>
        <translation>Zapsat protokol jako JSON Lines (kontroluje jej scripts/verify_audit_log.py).</translation>
    </message>
    <message>
        <source>Overwrite OUT.</source>
        <translation>Přepsat OUT.</translation>
    </message>
    <message>
        <source>JSON on stdout.</source>
        <translation>JSON na stdout.</translation>
    </message>
    <message>
        <source>The evidence item&apos;s id.</source>
        <translation>Id důkazní položky.</translation>
    </message>
    <message>
        <source>Start (seconds or h:mm:ss.mmm).</source>
        <translation>Začátek (sekundy nebo h:mm:ss.mmm).</translation>
    </message>
    <message>
        <source>End (seconds or h:mm:ss.mmm).</source>
        <translation>Konec (sekundy nebo h:mm:ss.mmm).</translation>
    </message>
    <message>
        <source>breath, glitch, noise, phoneme, silence, spectral, transition or unclear.</source>
        <translation>breath, glitch, noise, phoneme, silence, spectral, transition nebo unclear.</translation>
    </message>
    <message>
        <source>1 (diffuse) .. 5 (sharply localised); default 3.</source>
        <translation>1 (rozptýlený) .. 5 (ostře lokalizovaný); výchozí 3.</translation>
    </message>
    <message>
        <source>yes or no (default no).</source>
        <translation>yes nebo no (výchozí no).</translation>
    </message>
    <message>
        <source>Band low limit in Hz (with --high).</source>
        <translation>Dolní mez pásma v Hz (s --high).</translation>
    </message>
    <message>
        <source>Band high limit in Hz (with --low).</source>
        <translation>Horní mez pásma v Hz (s --low).</translation>
    </message>
    <message>
        <source>Free text.</source>
        <translation>Volný text.</translation>
    </message>
    <message>
        <source>--item, --start, --end and --cue are required</source>
        <translation>--item, --start, --end a --cue jsou povinné</translation>
    </message>
    <message>
        <source>unknown cue &apos;%1&apos; (one of %2)</source>
        <translation>neznámý příznak &apos;%1&apos; (jeden z %2)</translation>
    </message>
    <message>
        <source>--locality takes a whole number 1..5</source>
        <translation>--locality bere celé číslo 1..5</translation>
    </message>
    <message>
        <source>--audible takes yes or no</source>
        <translation>--audible bere yes nebo no</translation>
    </message>
    <message>
        <source>give both --low and --high, or neither</source>
        <translation>zadejte --low i --high, nebo ani jedno</translation>
    </message>
    <message>
        <source>Only this item&apos;s annotations.</source>
        <translation>Pouze anotace této položky.</translation>
    </message>
    <message>
        <source>Write them as CSV.</source>
        <translation>Zapsat je jako CSV.</translation>
    </message>
    <message>
        <source>Import a CSV (all rows or none).</source>
        <translation>Importovat CSV (všechny řádky, nebo žádný).</translation>
    </message>
    <message>
        <source>--import goes alone (no --csv, no --item)</source>
        <translation>--import se zadává samostatně (bez --csv, bez --item)</translation>
    </message>
    <message>
        <source>%1 bad row(s) in %2, nothing was imported</source>
        <translation>%1 chybných řádků v %2, nic nebylo importováno</translation>
    </message>
    <message>
        <source>Where the item&apos;s file is now.</source>
        <translation>Kde je soubor položky nyní.</translation>
    </message>
    <message>
        <source>--item is required</source>
        <translation>--item je povinný</translation>
    </message>
    <message>
        <source>The copy (never overwritten).</source>
        <translation>Kopie (nikdy se nepřepisuje).</translation>
    </message>
    <message>
        <source>Store the thresholds of this JSON file (keys: %1; a key left out keeps its default).</source>
        <translation>Uložit prahy z tohoto souboru JSON (klíče: %1; vynechaný klíč si ponechá výchozí hodnotu).</translation>
    </message>
    <message>
        <source>Go back to the default thresholds.</source>
        <translation>Vrátit se k výchozím prahům.</translation>
    </message>
    <message>
        <source>Print the thresholds in force as JSON.</source>
        <translation>Vypsat platné prahy jako JSON.</translation>
    </message>
    <message>
        <source>--set and --clear exclude each other</source>
        <translation>--set a --clear se navzájem vylučují</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;
%2</source>
        <translation>neznámý příkaz &apos;%1&apos;
%2</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>očekáváno %1</translation>
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
        <translation>Použití: sourcetrace-cli case COMMAND CASE ...   (COMMAND --help pro jeho volby)
  new CASE --number N --examiner NAME [--title T] [--notes T]   nový soubor případu (nikdy nepřepisuje)
  add CASE AUDIO... [--label L]           převzít důkazy (SHA-256 každého souboru, jen pro čtení)
  verify CASE [--log-only] [--expect-head HASH]   znovu zahashovat každou položku a ověřit auditní řetězec a
                                          tabulky vůči němu; návratový kód 0 jen když je vše v pořádku
  log CASE [--jsonl OUT [--force]]        auditní protokol (nebo jeho export JSON Lines pro verify_audit_log.py)
  info CASE [--json]                      metadata případu, položky a jejich stavy, hlava auditního řetězce
  annotate CASE --item ID --start S --end E --cue C [--locality 1..5] [--audible yes|no]
           [--low HZ --high HZ] [--text T]  přidat anotaci (časy v sekundách nebo h:mm:ss.mmm)
  annotations CASE [--item ID] [--csv OUT [--force]] [--import CSV]   vypsat, exportovat nebo importovat anotace
  relocate CASE --item ID FILE            přesměrovat položku na soubor s jejím vstupním hashem (odblokuje ji)
  save-as CASE NEW                        zkopírovat celý případ (zaznamenáno v obou)
  thresholds CASE [--set FILE | --clear] [--json]   prahy kvality případu (kontrola kvality): zobrazit
                                          je, nastavit je ze souboru JSON, nebo se vrátit k výchozím (zaznamenáno)
  analyse CASE [--item ID]... [--model M] [--library L] [--backend B] [--explain [--steps N]] [--json]
          [--rerun ANALYSIS]               ověřit, analyzovat (kvalita, detekce, určení zdroje, vysvětlení) a uložit;
                                          --rerun zopakuje uloženou analýzu s jejím nastavením a porovná
  results CASE [--item ID] [--json]       uložené analýzy, zobrazené bez přepočtu
  report CASE OUT [--html] [--item ID]... [--statement TEXT] [--no-verify]   zpráva pro soud (PDF nebo HTML)
                                          z uložených analýz; nejprve ověří položky, nikdy nepřepisuje,
                                          zaznamená SHA-256 zprávy a hlavu auditního řetězce do případu
Každý příkaz bere --user NAME (výchozí: $USER, jinak účet, pod kterým program běží): jméno, kterým je podepsána každá změna.
Příznaky: breath, glitch, noise, phoneme, silence, spectral, transition, unclear.
Návratové kódy: 0 vše v pořádku, 1 něco selhalo nebo se neověřilo, 2 chybné použití.</translation>
    </message>
    <message>
        <source>--item needs an item id (a number from 1; `case info` lists them)</source>
        <translation>--item potřebuje id položky (číslo od 1; vypíše je `case info`)</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not %3</source>
        <translation>--%1 &apos;%2&apos; není %3</translation>
    </message>
    <message>
        <source>a time (seconds or h:mm:ss.mmm)</source>
        <translation>čas (sekundy nebo h:mm:ss.mmm)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>číslo</translation>
    </message>
    <message>
        <source>audit log: ok, %1 entries, head %2</source>
        <translation>auditní protokol: v pořádku, %1 záznamů, hlava %2</translation>
    </message>
    <message>
        <source>audit log: BROKEN at entry %1: %2 (%3 entries read)</source>
        <translation>auditní protokol: PORUŠEN u záznamu %1: %2 (přečteno %3 záznamů)</translation>
    </message>
    <message>
        <source>created %1 (case %2, examiner %3)</source>
        <translation>vytvořeno %1 (případ %2, znalec %3)</translation>
    </message>
    <message>
        <source>audit head: %1</source>
        <translation>hlava auditního řetězce: %1</translation>
    </message>
    <message>
        <source>cannot add evidence: the case is read-only (%1)</source>
        <translation>nelze přidat důkaz: případ je jen pro čtení (%1)</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>integrita: %1</translation>
    </message>
    <message>
        <source>expected head %1: entry %2 of %3</source>
        <translation>očekávaná hlava %1: záznam %2 z %3</translation>
    </message>
    <message>
        <source>expected head %1: NOT in the log (%2 entries): entries were cut off or replaced</source>
        <translation>očekávaná hlava %1: NENÍ v protokolu (%2 záznamů): záznamy byly odříznuty nebo nahrazeny</translation>
    </message>
    <message>
        <source>verify: ok</source>
        <translation>ověření: v pořádku</translation>
    </message>
    <message>
        <source>verify: FAILED</source>
        <translation>ověření: SELHALO</translation>
    </message>
    <message>
        <source>wrote %1 entries to %2; head %3</source>
        <translation>zapsáno %1 záznamů do %2; hlava %3</translation>
    </message>
    <message>
        <source>annotation %1 added to item %2</source>
        <translation>anotace %1 přidána k položce %2</translation>
    </message>
    <message>
        <source>imported %1 annotation(s) from %2</source>
        <translation>importováno %1 anotací z %2</translation>
    </message>
    <message>
        <source>wrote %1 annotation(s) to %2</source>
        <translation>zapsáno %1 anotací do %2</translation>
    </message>
    <message>
        <source>saved %1 as %2; copy&apos;s audit head %3</source>
        <translation>%1 uloženo jako %2; hlava auditního řetězce kopie %3</translation>
    </message>
    <message>
        <source>the original is read-only (%1): only the copy records the Save As</source>
        <translation>originál je jen pro čtení (%1): Uložit jako zaznamená pouze kopie</translation>
    </message>
    <message>
        <source>the case is read-only (%1): its thresholds cannot change</source>
        <translation>případ je jen pro čtení (%1): jeho prahy nelze změnit</translation>
    </message>
    <message>
        <source>the case&apos;s quality thresholds cannot be read: %1</source>
        <translation>prahy kvality případu nelze přečíst: %1</translation>
    </message>
    <message>
        <source>quality thresholds of %1: the defaults</source>
        <translation>prahy kvality %1: výchozí</translation>
    </message>
    <message>
        <source>quality thresholds of %1: set in the case</source>
        <translation>prahy kvality %1: nastavené v případu</translation>
    </message>
    <message>
        <source>   (default %1)</source>
        <translation>   (výchozí %1)</translation>
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
        <translation>Zpráva pro soud k případu: případ a znalec, důkazy s jejich hashi a ověřeními, nejnovější uložená analýza
každé položky (kvalita, skóre detekce s poměrem věrohodností nebo důvodem jeho zadržení, určení zdroje
po úrovních s rozhodnutím v otevřené množině, hodnoty vysvětlení), anotace, známá omezení modelů,
původ a hlava auditního řetězce. Každá položka se nejprve ověří (uloženo a zaznamenáno). Zpráva se nikdy
nezapíše přes existující soubor; její SHA-256 se zaznamená do případu (report.exported).</translation>
    </message>
    <message>
        <source>The report file to write (.pdf, or .html with --html).</source>
        <translation>Soubor zprávy k zápisu (.pdf, nebo .html s --html).</translation>
    </message>
    <message>
        <source>One self-contained HTML file instead of a PDF.</source>
        <translation>Jeden samostatný soubor HTML místo PDF.</translation>
    </message>
    <message>
        <source>An item to report (repeatable; default: every item).</source>
        <translation>Položka do zprávy (lze opakovat; výchozí: všechny položky).</translation>
    </message>
    <message>
        <source>The examiner&apos;s statement to include (text).</source>
        <translation>Prohlášení znalce, které se má zahrnout (text).</translation>
    </message>
    <message>
        <source>Do not hash the items again first (the report states their last verification).</source>
        <translation>Nejprve znovu nehashovat položky (zpráva uvede jejich poslední ověření).</translation>
    </message>
    <message>
        <source>--item needs an item id (a number from 1; `case info` lists them), not &apos;%1&apos;</source>
        <translation>--item potřebuje id položky (číslo od 1; vypíše je `case info`), ne &apos;%1&apos;</translation>
    </message>
    <message>
        <source>opened read-only (%1): a report could not be recorded in it; use `case save-as`</source>
        <translation>otevřeno jen pro čtení (%1): zprávu do něj nelze zaznamenat; použijte `case save-as`</translation>
    </message>
    <message>
        <source>report %1 written: %2 (%3)
  SHA-256 %4
  audit head %5 (%6 entries) recorded in the case</source>
        <translation>zpráva %1 zapsána: %2 (%3)
  SHA-256 %4
  hlava auditního řetězce %5 (%6 záznamů) zaznamenána v případu</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>Attribution inside annotated regions per cue type (share, correlation, EER)</source>
        <translation>Atribuce uvnitř anotovaných oblastí podle typu příznaku (podíl, korelace, EER)</translation>
    </message>
    <message>
        <source>fit a detector&apos;s log-LR calibration and record its validated conditions (validity.json)</source>
        <translation>proložit kalibraci log-LR detektoru a zaznamenat jeho ověřené podmínky (validity.json)</translation>
    </message>
    <message>
        <source>case files: evidence with hashes, verification, annotations, hash-chained audit log</source>
        <translation>soubory případů: důkazy s hashi, ověření, anotace, hashovým řetězcem chráněný auditní protokol</translation>
    </message>
    <message>
        <source>spoof detection score of clips (+ score timeline)</source>
        <translation>skóre detekce podvrhu nahrávek (+ časový průběh skóre)</translation>
    </message>
    <message>
        <source>embeddings (.npy or STOPA CSV) of many clips with a model, resumable</source>
        <translation>embeddingy (.npy nebo STOPA CSV) mnoha nahrávek modelem, s možností navázání</translation>
    </message>
    <message>
        <source>metrics from scores or embeddings: detection | trace | trials</source>
        <translation>metriky ze skóre nebo embeddingů: detection | trace | trials</translation>
    </message>
    <message>
        <source>Integrated Gradients attributions of a clip (JSON, .npy, PNG overlays)</source>
        <translation>atribuce Integrated Gradients nahrávky (JSON, .npy, překryvy PNG)</translation>
    </message>
    <message>
        <source>train / apply a logistic-regression fusion of detectors&apos; scores (fused log-LRs)</source>
        <translation>natrénovat / použít fúzi skóre detektorů logistickou regresí (fúzované log-LR)</translation>
    </message>
    <message>
        <source>container, format, duration, SHA-256 and levels of evidence files</source>
        <translation>kontejner, formát, délka, SHA-256 a úrovně souborů důkazů</translation>
    </message>
    <message>
        <source>fingerprint libraries: create, enrol, list, export/import (STOPA CSV, .npy), edit, calibrate</source>
        <translation>knihovny otisků: vytvořit, zapsat, vypsat, exportovat/importovat (STOPA CSV, .npy), upravit, kalibrovat</translation>
    </message>
    <message>
        <source>list the models (registry) and check their weights</source>
        <translation>vypsat modely (registr) a zkontrolovat jejich váhy</translation>
    </message>
    <message>
        <source>quality gate of evidence files: SNR, net speech, clipping, DC, bandwidth, codec hints, verdict</source>
        <translation>kontrola kvality souborů důkazů: SNR, čistá řeč, ořezání, DC, šířka pásma, náznaky kodeku, verdikt</translation>
    </message>
    <message>
        <source>ranked candidate sources per level, open-set decision, OOD scores, pooled EER</source>
        <translation>seřazené kandidátní zdroje po úrovních, rozhodnutí v otevřené množině, skóre OOD, souhrnná EER</translation>
    </message>
    <message>
        <source>train a detector or tracer on labelled protocols (resumable)</source>
        <translation>natrénovat detektor nebo tracer na označených protokolech (s možností navázání)</translation>
    </message>
    <message>
        <source>run a sharded command on a Slurm cluster (submit, status, resume)</source>
        <translation>spustit příkaz rozdělený na shardy na clusteru Slurm (submit, status, resume)</translation>
    </message>
    <message>
        <source>join the outputs of a sharded run (--shard K/N) into one</source>
        <translation>spojit výstupy běhu rozděleného na shardy (--shard K/N) do jednoho</translation>
    </message>
</context>
<context>
    <name>CliMain</name>
    <message>
        <source>usage: sourcetrace-cli [--lang LANG] COMMAND [ARGS...]   (sourcetrace-cli COMMAND --help for details)
</source>
        <translation>použití: sourcetrace-cli [--lang LANG] COMMAND [ARGS...]   (podrobnosti: sourcetrace-cli COMMAND --help)
</translation>
    </message>
    <message>
        <source>commands:</source>
        <translation>příkazy:</translation>
    </message>
    <message>
        <source>--lang LANG: the language of the messages (%1, or en for English); default: the system&apos;s
(LANGUAGE, LC_ALL, LC_MESSAGES, LANG). Results (TSV, CSV, JSON, files) are the same in every language.</source>
        <translation>--lang LANG: jazyk zpráv (%1, nebo en pro angličtinu); výchozí: jazyk systému
(LANGUAGE, LC_ALL, LC_MESSAGES, LANG). Výsledky (TSV, CSV, JSON, soubory) jsou ve všech jazycích stejné.</translation>
    </message>
    <message>
        <source>--lang needs a language (%1, or en)</source>
        <translation>--lang potřebuje jazyk (%1, nebo en)</translation>
    </message>
    <message>
        <source>no translation into &apos;%1&apos; (there are: %2); the messages stay in English</source>
        <translation>žádný překlad do &apos;%1&apos; (k dispozici: %2); zprávy zůstanou anglicky</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>poznámka: %1</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>neznámý příkaz &apos;%1&apos;</translation>
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
        <translation>použití: sourcetrace-cli cluster submit COMMAND ARGS... --shards N [options] [--dry-run]
       sourcetrace-cli cluster status D
       sourcetrace-cli cluster resume D [--dry-run]
Spustí příkaz rozdělený na shardy (embed, detect, explain --protocol, library enrol; train s --shards 1) na clusteru
Slurm: pole úloh o N úlohách (úloha K spustí COMMAND ARGS --shard K/N) a slučovací úlohu, která začne, až všechny
skončí úspěšně (sourcetrace-cli merge COMMAND ARGS --shards N). Skripty, jejich logy (D/logs) a
id odeslaných úloh (D/cluster.json) se uchovávají ve složce D. Dejte -- před COMMAND, když některá z jeho voleb
má název volby uvedené níže.
  --shards N        počet shardů (úloh pole); 1 pro train
  --partition P     --time T     --mem M     --account A     volby sbatch tak, jak je pojmenovává pracoviště
  --cpus C          CPU na úlohu (výchozí 1): --threads příkazu a OMP_NUM_THREADS
  --gpus G          GPU na úlohu (--gres=gpu:G; výchozí 0: CUDA_VISIBLE_DEVICES se vyprázdní)
  --job-name NAME   (výchozí st-COMMAND)
  --dir D           (výchozí ./slurm-NAME-YYYYMMDD-HHMMSS)
  --setup FILE      soubor shellu, který každá úloha nejprve načte (module load ..., proměnné pracoviště)
  --cli PATH        sourcetrace-cli tak, jak jej vidí uzly (výchozí: tento program)
  --dry-run         pouze zapsat skripty a D/submit.sh a vypsat, jak je odeslat
status: stav každého shardu (pending, running, completed, failed) ze squeue a sacct, s příznakem
complete z jeho shard.json, a stav slučovací úlohy.
resume: znovu odešle shardy, které selhaly nebo nejsou úplné (pole těchto indexů), a novou slučovací
úlohu, která čeká na ně i na shardy, které ještě běží.
Návratový kód: 0 hotovo, 1 selhalo (sbatch odmítl, složka je nečitelná), 2 chybné použití.</translation>
    </message>
    <message>
        <source>run &apos;sourcetrace-cli cluster --help&apos; for the usage</source>
        <translation>použití zobrazí &apos;sourcetrace-cli cluster --help&apos;</translation>
    </message>
    <message>
        <source>%1 could not be started (%2): is this a Slurm login node?</source>
        <translation>%1 nelze spustit (%2): je toto přihlašovací uzel Slurm?</translation>
    </message>
    <message>
        <source>sbatch refused the job (exit status %1): %2</source>
        <translation>sbatch úlohu odmítl (návratový kód %1): %2</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 potřebuje hodnotu</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot; before --</source>
        <translation>neznámá volba &quot;%1&quot; před --</translation>
    </message>
    <message>
        <source>no command (cluster submit COMMAND ARGS... --shards N)</source>
        <translation>žádný příkaz (cluster submit COMMAND ARGS... --shards N)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot run on a cluster (embed, detect, explain --protocol, library enrol, train)</source>
        <translation>&quot;%1&quot; nelze spustit na clusteru (embed, detect, explain --protocol, library enrol, train)</translation>
    </message>
    <message>
        <source>of the library commands only &quot;library enrol&quot; is sharded</source>
        <translation>z příkazů library se na shardy dělí pouze &quot;library enrol&quot;</translation>
    </message>
    <message>
        <source>explain is sharded with --protocol only</source>
        <translation>explain se dělí na shardy pouze s --protocol</translation>
    </message>
    <message>
        <source>--shards N is required (1 for train)</source>
        <translation>--shards N je povinný (1 pro train)</translation>
    </message>
    <message>
        <source>the command&apos;s output (--out) must be given on the command line: the shards and the merge are found from it</source>
        <translation>výstup příkazu (--out) musí být uveden na příkazové řádce: podle něj se najdou shardy a sloučení</translation>
    </message>
    <message>
        <source>--shards, --cpus and --gpus take whole numbers</source>
        <translation>--shards, --cpus a --gpus berou celá čísla</translation>
    </message>
    <message>
        <source>already exists: a run was submitted from this folder (use cluster status / resume, or another --dir)</source>
        <translation>již existuje: z této složky byl odeslán běh (použijte cluster status / resume, nebo jiný --dir)</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>složku nelze vytvořit</translation>
    </message>
    <message>
        <source>wrote %1 (%2 shards)%3; submit with:</source>
        <translation>zapsáno %1 (shardů: %2)%3; odešlete pomocí:</translation>
    </message>
    <message>
        <source>array job %1 (shards %2)</source>
        <translation>pole úloh %1 (shardy %2)</translation>
    </message>
    <message>
        <source>merge job %1 (after the array job succeeds)</source>
        <translation>slučovací úloha %1 (po úspěšném dokončení pole úloh)</translation>
    </message>
    <message>
        <source>recorded in %1; follow with: sourcetrace-cli cluster status %2</source>
        <translation>zaznamenáno v %1; sledujte pomocí: sourcetrace-cli cluster status %2</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>neznámá volba &quot;%1&quot;</translation>
    </message>
    <message>
        <source>give one folder D (written by cluster submit)</source>
        <translation>zadejte jednu složku D (zapsanou příkazem cluster submit)</translation>
    </message>
    <message>
        <source>no job was submitted from here (a --dry-run): submit with %1</source>
        <translation>odtud nebyla odeslána žádná úloha (--dry-run): odešlete pomocí %1</translation>
    </message>
    <message>
        <source>%1 %2, %3 shards</source>
        <translation>%1 %2, shardů: %3</translation>
    </message>
    <message>
        <source>%1 completed, %2 running, %3 pending, %4 failed, %5 unknown</source>
        <translation>%1 dokončeno, %2 běží, %3 čeká, %4 selhalo, %5 neznámo</translation>
    </message>
    <message>
        <source>nothing to resume: no shard failed or is incomplete%1</source>
        <translation>není co navázat: žádný shard neselhal ani není neúplný%1</translation>
    </message>
    <message>
        <source>, and the merge job is %1</source>
        <translation>, a slučovací úloha je %1</translation>
    </message>
    <message>
        <source>merge job %1 (after %2)</source>
        <translation>slučovací úloha %1 (po %2)</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot; (submit, status, resume)</source>
        <translation>neznámý podpříkaz &quot;%1&quot; (submit, status, resume)</translation>
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
        <translation>Skóre detekce: sourcetrace-cli detect --model M (FILE... | --protocol P [--root DIR]) [--timeline]
  [--window N --hop N] [--json]
Skóre je logit třídy bona fide modelu; jeho konvence se vypisuje spolu s ním (u checkpointů
AASIST: logit 1 = bona fide; vyšší = spíše bona fide). --json vypíše jeden objekt JSON na nahrávku
a řádek (JSON Lines). Nahrávka, která selže, se ohlásí jako &apos;cesta: příčina&apos; na stderr; návratový kód je pak 1.
Bez --model se použije výchozí model (sourcetrace-default, natrénovaný projektem). Model se souborem
validity.json (sourcetrace-cli calibrate-model) dává také kalibrovaný poměr věrohodností
LR = p(skóre | bona fide) / p(skóre | podvrh), pokud nahrávka neleží mimo ověřené podmínky (příliš krátká,
příliš úzké pásmo, kodek, na kterém model nebyl trénován, odlišná od trénovacího materiálu): LR je pak zadržen a
vypíší se důvody.</translation>
    </message>
    <message>
        <source>Also a score per window (--window, --hop; default 64600 / 32000 samples).</source>
        <translation>Také skóre pro každé okno (--window, --hop; výchozí 64600 / 32000 vzorků).</translation>
    </message>
    <message>
        <source>Timeline window in samples (default 64600).</source>
        <translation>Okno časového průběhu ve vzorcích (výchozí 64600).</translation>
    </message>
    <message>
        <source>JSON Lines output.</source>
        <translation>Výstup JSON Lines.</translation>
    </message>
    <message>
        <source>Audio files.</source>
        <translation>Zvukové soubory.</translation>
    </message>
    <message>
        <source>--%1 must be a positive number of samples</source>
        <translation>--%1 musí být kladný počet vzorků</translation>
    </message>
    <message>
        <source>detect: model %1 is not a detector (%2): printing its logits and top class</source>
        <translation>detect: model %1 není detektor (%2): vypisují se jeho logity a nejlepší třída</translation>
    </message>
    <message>
        <source>%1 (likelihood ratios are withheld)</source>
        <translation>%1 (poměry věrohodností jsou zadrženy)</translation>
    </message>
    <message>
        <source>detect with %1</source>
        <translation>detekce pomocí %1</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>varování: %1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 clips failed</source>
        <translation>%1 z %2 nahrávek selhalo</translation>
    </message>
    <message>
        <source>Write the results to this file instead of stdout (required with --shard).</source>
        <translation>Zapsat výsledky do tohoto souboru místo na stdout (s --shard povinné).</translation>
    </message>
    <message>
        <source>--shard needs --out FILE (shard K of N writes FILE.shards/K-of-N/)</source>
        <translation>--shard potřebuje --out FILE (shard K z N zapisuje do FILE.shards/K-of-N/)</translation>
    </message>
    <message>
        <source>shard %1 is already complete in %2: nothing to do</source>
        <translation>shard %1 je v %2 již úplný: není co dělat</translation>
    </message>
    <message>
        <source>--out FILE is required (the file the shards were written for)</source>
        <translation>--out FILE je povinný (soubor, pro který byly shardy zapsány)</translation>
    </message>
    <message>
        <source>%1 clips of %2 shards in %3</source>
        <translation>%1 nahrávek z %2 shardů v %3</translation>
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
        <translation>Vytvoří embeddingy nahrávek modelem: sourcetrace-cli embed --model M (FILE... | --protocol P [--root DIR]) --out OUT
  [--format npy|csv] [--threads N]
npy: OUT je složka s embeddings.npy (float32, N x D), logits.npy (N x C), keys.txt (řádek i = řádek i)
a model.json (model, SHA-256 vah, vstupní politika, sestavení). csv: OUT je soubor ve formátu STOPA
(hlavička file,0,1,...,D-1; jeden řádek na nahrávku). Nahrávky, které už v OUT jsou, se přeskočí (navázání). Nahrávka, která selže,
se ohlásí jako &apos;cesta: příčina&apos; a ostatní pokračují; návratový kód je pak 1.</translation>
    </message>
    <message>
        <source>Output folder (npy) or file (csv).</source>
        <translation>Výstupní složka (npy) nebo soubor (csv).</translation>
    </message>
    <message>
        <source>npy (default; csv when OUT ends in .csv) or csv.</source>
        <translation>npy (výchozí; csv, když OUT končí na .csv) nebo csv.</translation>
    </message>
    <message>
        <source>Audio files (keys are the paths as given).</source>
        <translation>Zvukové soubory (klíče jsou cesty tak, jak byly zadány).</translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation>--out je povinný</translation>
    </message>
    <message>
        <source>--format must be npy or csv (got &quot;%1&quot;)</source>
        <translation>--format musí být npy nebo csv (zadáno &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--batch must be a positive integer</source>
        <translation>--batch musí být kladné celé číslo</translation>
    </message>
    <message>
        <source>model %1 (%2, weights %3) on %4; %5 clips, %6 already in %7, %8 to do%9</source>
        <translation>model %1 (%2, váhy %3) na %4; %5 nahrávek, %6 již v %7, %8 zbývá%9</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>varování: %1</translation>
    </message>
    <message>
        <source>%1 rows in %2 (%3 new), %4 failed</source>
        <translation>%1 řádků v %2 (%3 nových), %4 selhalo</translation>
    </message>
    <message>
        <source> (%1 named more than once, embedded once)</source>
        <translation> (%1 uvedeno vícekrát, embedding vytvořen jednou)</translation>
    </message>
    <message>
        <source>embed with %1</source>
        <translation>embedding pomocí %1</translation>
    </message>
    <message>
        <source>%1 rows of %2 shards in %3</source>
        <translation>%1 řádků z %2 shardů v %3</translation>
    </message>
</context>
<context>
    <name>EvaluateCommand</name>
    <message>
        <source>cannot write: %1</source>
        <translation>nelze zapsat: %1</translation>
    </message>
    <message>
        <source>--fuse-train names the evaluated protocol itself: never train the fusion on the data it is evaluated on; give another protocol&apos;s clips</source>
        <translation>--fuse-train uvádí samotný vyhodnocovaný protokol: fúzi nikdy netrénujte na datech, na kterých se vyhodnocuje; zadejte nahrávky jiného protokolu</translation>
    </message>
    <message>
        <source>clip &apos;%1&apos; is in the training protocol and in the evaluated protocol %2: the fusion must be trained on other clips</source>
        <translation>nahrávka &apos;%1&apos; je v trénovacím protokolu i ve vyhodnocovaném protokolu %2: fúze musí být natrénována na jiných nahrávkách</translation>
    </message>
    <message>
        <source>detection | trace | trials</source>
        <translation>detection | trace | trials</translation>
    </message>
    <message>
        <source>detection: score file.</source>
        <translation>detection: soubor skóre.</translation>
    </message>
    <message>
        <source>trace: npy folder of `embed` or embedding CSV.</source>
        <translation>trace: složka npy z `embed` nebo CSV s embeddingy.</translation>
    </message>
    <message>
        <source>trials: scored STOPA trial list.</source>
        <translation>trials: ohodnocený seznam pokusů STOPA.</translation>
    </message>
    <message>
        <source>Output folder: new, empty, or one an earlier evaluate run wrote (its outputs are replaced; anything else there is refused). metrics.json is written last: a folder without it is incomplete.</source>
        <translation>Výstupní složka: nová, prázdná, nebo taková, do které zapsal dřívější běh evaluate (jeho výstupy se nahradí; cokoli jiného se odmítne). metrics.json se zapisuje poslední: složka bez něj je neúplná.</translation>
    </message>
    <message>
        <source>trace without protocol: attack = name up to the first &apos;_&apos;.</source>
        <translation>trace bez protokolu: útok = název po první &apos;_&apos;.</translation>
    </message>
    <message>
        <source>Share of each known attack&apos;s clips enrolled (default 0.5).</source>
        <translation>Podíl nahrávek každého známého útoku, které se zapíší (výchozí 0,5).</translation>
    </message>
    <message>
        <source>Comma-separated attacks held out as unknown.</source>
        <translation>Útoky oddělené čárkou, ponechané stranou jako neznámé.</translation>
    </message>
    <message>
        <source>cosine (default), mahalanobis or knn.</source>
        <translation>cosine (výchozí), mahalanobis nebo knn.</translation>
    </message>
    <message>
        <source>kNN: k (default 7).</source>
        <translation>kNN: k (výchozí 7).</translation>
    </message>
    <message>
        <source>Mahalanobis: shrinkage (default 0.1).</source>
        <translation>Mahalanobis: shrinkage (výchozí 0,1).</translation>
    </message>
    <message>
        <source>Seed of the enrolment/test split (default 1).</source>
        <translation>Seed rozdělení na zápis/test (výchozí 1).</translation>
    </message>
    <message>
        <source>level (a fingerprint per source at each level, default) or attack (STOPA: per attack).</source>
        <translation>level (otisk pro každý zdroj na každé úrovni, výchozí) nebo attack (STOPA: pro každý útok).</translation>
    </message>
    <message>
        <source>attack (STOPA compute_eer_pooled.py, default) or level (zero-shot scripts).</source>
        <translation>attack (STOPA compute_eer_pooled.py, výchozí) nebo level (skripty zero-shot).</translation>
    </message>
    <message>
        <source>trace: &apos;dev&apos; = split test clips into dev/eval and calibrate scores to LLRs on dev.</source>
        <translation>trace: &apos;dev&apos; = rozdělit testovací nahrávky na dev/eval a na dev kalibrovat skóre na LLR.</translation>
    </message>
    <message>
        <source>Share of test clips that goes to dev (default 0.5).</source>
        <translation>Podíl testovacích nahrávek, který připadne na dev (výchozí 0,5).</translation>
    </message>
    <message>
        <source>DCF target prior (default 0.05).</source>
        <translation>Cílová apriorní pravděpodobnost DCF (výchozí 0,05).</translation>
    </message>
    <message>
        <source>Histogram bins (default 50).</source>
        <translation>Počet tříd histogramu (výchozí 50).</translation>
    </message>
    <message>
        <source>trace: do not write trial_scores.csv.</source>
        <translation>trace: nezapisovat trial_scores.csv.</translation>
    </message>
    <message>
        <source>Print metrics.json to stdout instead of the tables.</source>
        <translation>Vypsat metrics.json na stdout místo tabulek.</translation>
    </message>
    <message>
        <source>No progress bar on stderr.</source>
        <translation>Bez ukazatele průběhu na stderr.</translation>
    </message>
    <message>
        <source>detection: fusion model (sourcetrace-fusion/1) applied to the --scores NAME=S files.</source>
        <translation>detection: model fúze (sourcetrace-fusion/1) použitý na soubory --scores NAME=S.</translation>
    </message>
    <message>
        <source>detection: train the fusion on this other protocol&apos;s clips first.</source>
        <translation>detection: nejprve natrénovat fúzi na nahrávkách tohoto jiného protokolu.</translation>
    </message>
    <message>
        <source>interrupted; nothing complete was written</source>
        <translation>přerušeno; nic úplného nebylo zapsáno</translation>
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
        <translation>Vyhodnocení ze skóre nebo embeddingů (bez zvuku):
  sourcetrace-cli evaluate detection --protocol P --scores S [--out DIR]
      bona fide vs. podvrh: souhrnná EER / EER po útocích / po kodecích, minDCF, Cllr/minCllr. S: řádky &apos;file score&apos;,
      CSV se sloupci file,score, nebo JSON Lines z `sourcetrace-cli detect --json`.
  sourcetrace-cli evaluate detection --protocol P (--fuse fusion.json | --fuse-train TRAIN) --scores NAME=S ...
      [--out DIR]: EER, minDCF, Cllr/minCllr každého detektoru a fúzovaného systému v jedné tabulce. --fuse použije
      model fúze (`fuse train`); --fuse-train jej natrénuje na protokolu TRAIN (tytéž soubory skóre, nahrávky
      TRAIN; nikdy ne samotný P ani protokol sdílející nahrávky s P). Do DIR se zapíší fusion_metrics.tsv/json,
      fused_scores.txt a s --fuse-train i fusion.json.
  sourcetrace-cli evaluate trace --embeddings E (--protocol P | --attack-from-filename)
      [--enrol-fraction 0.5] [--unknown-attacks A05,A09] [--backend cosine|mahalanobis|knn] [--seed N]
      [--fingerprints level|attack] [--calibrate-on dev [--dev-fraction 0.5]] [--out DIR]
      určení zdroje v otevřené množině: souhrnná EER STOPA (známé/neznámé) po úrovních, minDCF, Cllr/minCllr,
      přesnost/makro-F1/matice záměn v uzavřené množině, detekce neznámého útoku AUROC/FPR95/EER.
      E: složka npy z `embed` (embeddings.npy + keys.txt) nebo CSV s embeddingy (formát STOPA).
  sourcetrace-cli evaluate trials --trials T [--out DIR]
      ohodnocený seznam pokusů STOPA (sloupec CosScore nebo score): tabulka souhrnné EER známé/neznámé.
Do DIR se zapíší metrics.json, metrics_table.csv, det.csv, histograms.csv a podle režimu pooled_eer_kn.csv /
pooled_eer_ukn.csv (formát STOPA), detection_eer.csv, split.csv, trial_scores.csv, confusion.csv, tippett.csv,
každý zapsaný do dočasného souboru a přejmenovaný (nikdy napůl zapsaný); metrics.json jako poslední. Každé načtené číslo
(skóre, embeddingy, logity) musí být konečné a každá nahrávka uvedena jednou: jinak chyba uvede soubor a řádek.</translation>
    </message>
    <message>
        <source>with --fuse / --fuse-train every --scores is NAME=FILE, not &apos;%1&apos;</source>
        <translation>s --fuse / --fuse-train je každé --scores ve tvaru NAME=FILE, ne &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot create the output folder</source>
        <translation>nelze vytvořit výstupní složku</translation>
    </message>
    <message>
        <source>Clip protocol (SourceTrace TSV, ASVspoof LA, MLAAD CSV).</source>
        <translation>Protokol nahrávek (SourceTrace TSV, ASVspoof LA, MLAAD CSV).</translation>
    </message>
    <message>
        <source>give exactly one mode (detection, trace or trials)</source>
        <translation>zadejte právě jeden režim (detection, trace nebo trials)</translation>
    </message>
    <message>
        <source>unknown mode &apos;%1&apos;</source>
        <translation>neznámý režim &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; must be a number in %3%4, %5%6</source>
        <translation>--%1 &apos;%2&apos; musí být číslo v %3%4, %5%6</translation>
    </message>
    <message>
        <source>--seed must be a non-negative integer</source>
        <translation>--seed musí být nezáporné celé číslo</translation>
    </message>
    <message>
        <source>--fingerprints must be &apos;level&apos; or &apos;attack&apos;</source>
        <translation>--fingerprints musí být &apos;level&apos; nebo &apos;attack&apos;</translation>
    </message>
    <message>
        <source>--unknown-rule must be &apos;attack&apos; or &apos;level&apos;</source>
        <translation>--unknown-rule musí být &apos;attack&apos; nebo &apos;level&apos;</translation>
    </message>
    <message>
        <source>--calibrate-on supports &apos;dev&apos; (a dev part split off the test clips)</source>
        <translation>--calibrate-on podporuje &apos;dev&apos; (část dev oddělená od testovacích nahrávek)</translation>
    </message>
    <message>
        <source>--calibrate-on applies to trace mode</source>
        <translation>--calibrate-on platí pro režim trace</translation>
    </message>
    <message>
        <source>--backend must be cosine, mahalanobis or knn</source>
        <translation>--backend musí být cosine, mahalanobis nebo knn</translation>
    </message>
    <message>
        <source>detection needs --protocol and --scores</source>
        <translation>detection potřebuje --protocol a --scores</translation>
    </message>
    <message>
        <source>--fuse and --fuse-train apply to detection mode</source>
        <translation>--fuse a --fuse-train platí pro režim detection</translation>
    </message>
    <message>
        <source>give --fuse or --fuse-train, not both</source>
        <translation>zadejte --fuse nebo --fuse-train, ne obojí</translation>
    </message>
    <message>
        <source>several --scores need --fuse or --fuse-train</source>
        <translation>více --scores potřebuje --fuse nebo --fuse-train</translation>
    </message>
    <message>
        <source>trace needs --embeddings and --protocol (or --attack-from-filename)</source>
        <translation>trace potřebuje --embeddings a --protocol (nebo --attack-from-filename)</translation>
    </message>
    <message>
        <source>trials needs --trials</source>
        <translation>trials potřebuje --trials</translation>
    </message>
    <message>
        <source>evaluate %1</source>
        <translation>vyhodnocení %1</translation>
    </message>
</context>
<context>
    <name>ExplainCommand</name>
    <message>
        <source>cannot read the fingerprint CSV: %1</source>
        <translation>CSV s otisky nelze přečíst: %1</translation>
    </message>
    <message>
        <source>value %1 of fingerprint %2 is not a number: &quot;%3&quot;</source>
        <translation>hodnota %1 otisku %2 není číslo: &quot;%3&quot;</translation>
    </message>
    <message>
        <source>no fingerprint named &quot;%1&quot; (the file has %2 rows, e.g. %3)</source>
        <translation>žádný otisk s názvem &quot;%1&quot; (soubor má %2 řádků, např. %3)</translation>
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
        <translation>Atribuce Integrated Gradients jedné nahrávky: sourcetrace-cli explain --model M
  [--target bonafide|logit:K|margin | --fingerprint-csv F --fingerprint NAME]
  [--baseline silence|noise|lowpass] [--steps N] [--rule trapezoid|gauss] FILE --out DIR
Zapíše DIR/report.json (nastavení, úplnost, obálky po rámcích, podíly pásem a řeči/pauz,
model a hash vah, SHA-256 důkazu, sestavení), attribution.npy (float32, jedna hodnota na vzorek
ve vzorkovací frekvenci modelu), tf_map.npy (rámce x třídy), envelopes.npy (3 x rámce: se znaménkem, absolutní, trend) a
překryvy waveform.png / spectrogram.png (rumělková = svědčí pro podvrh nebo pro cíl, modrá =
pro bona fide nebo proti cíli). Výchozí: logit bona fide, silence, 50 kroků, Gauss-Legendre.
Korpus: explain --protocol P|FOLDER --out DIR (s možností navázání; souhrny po sloupcích protokolu; viz
explain --protocol P --help). Baseline středních příznaků: explain baseline --protocol REF --out F.json, potom
explain --baseline bonafide-mean --baseline-file F.json FILE --out DIR.</translation>
    </message>
    <message>
        <source>Model: a registry name or a manifest .json.</source>
        <translation>Model: název v registru nebo manifest .json.</translation>
    </message>
    <message>
        <source>CPU threads (default: LibTorch&apos;s setting).</source>
        <translation>Vlákna CPU (výchozí: nastavení LibTorch).</translation>
    </message>
    <message>
        <source>Run on the CPU even when a CUDA GPU is usable.</source>
        <translation>Běžet na CPU, i když je k dispozici GPU s CUDA.</translation>
    </message>
    <message>
        <source>bonafide (default), logit:K or margin (spoof - bona fide).</source>
        <translation>bonafide (výchozí), logit:K nebo margin (spoof - bona fide).</translation>
    </message>
    <message>
        <source>Fingerprint CSV (STOPA layout): target = cosine similarity to --fingerprint.</source>
        <translation>CSV s otisky (formát STOPA): cíl = kosinová podobnost k --fingerprint.</translation>
    </message>
    <message>
        <source>Name (column `file`) of the fingerprint row.</source>
        <translation>Název (sloupec `file`) řádku otisku.</translation>
    </message>
    <message>
        <source>silence, noise or lowpass (default: the model&apos;s recommended baseline: noise at -50 dBFS for SourceTrace&apos;s spectral models, silence for the others).</source>
        <translation>silence, noise nebo lowpass (výchozí: doporučená baseline modelu: šum na -50 dBFS pro spektrální modely SourceTrace, ticho pro ostatní).</translation>
    </message>
    <message>
        <source>Noise baseline level (default -60; -50 for the recommended baseline of spectral models).</source>
        <translation>Úroveň šumové baseline (výchozí -60; -50 pro doporučenou baseline spektrálních modelů).</translation>
    </message>
    <message>
        <source>Noise baseline draws averaged (default 4).</source>
        <translation>Počet zprůměrovaných vzorků šumové baseline (výchozí 4).</translation>
    </message>
    <message>
        <source>Noise baseline seed (default 1).</source>
        <translation>Seed šumové baseline (výchozí 1).</translation>
    </message>
    <message>
        <source>Low-pass baseline cut-off (default 1000).</source>
        <translation>Mezní frekvence baseline dolní propusti (výchozí 1000).</translation>
    </message>
    <message>
        <source>Path integral steps (default 50).</source>
        <translation>Kroky dráhového integrálu (výchozí 50).</translation>
    </message>
    <message>
        <source>gauss (default) or trapezoid.</source>
        <translation>gauss (výchozí) nebo trapezoid.</translation>
    </message>
    <message>
        <source>Plain IG: do not locate and attribute the jumps of a model with discrete choices (AASIST&apos;s graph pooling); they are reported and stay in the completeness gap.</source>
        <translation>Prosté IG: nehledat a nepřiřazovat skoky modelu s diskrétními volbami (grafový pooling AASIST); ohlásí se a zůstanou v mezeře úplnosti.</translation>
    </message>
    <message>
        <source>Activation memory budget per batch (default 2000).</source>
        <translation>Paměťový rozpočet aktivací na dávku (výchozí 2000).</translation>
    </message>
    <message>
        <source>Long clips: crossfade (default) or mean.</source>
        <translation>Dlouhé nahrávky: crossfade (výchozí) nebo mean.</translation>
    </message>
    <message>
        <source>Time-frequency map FFT size (default 512).</source>
        <translation>Velikost FFT časově-frekvenční mapy (výchozí 512).</translation>
    </message>
    <message>
        <source>Time-frequency map hop (default 160 = 10 ms).</source>
        <translation>Posun časově-frekvenční mapy (výchozí 160 = 10 ms).</translation>
    </message>
    <message>
        <source>Envelope frame length (default 20).</source>
        <translation>Délka rámce obálky (výchozí 20).</translation>
    </message>
    <message>
        <source>Also summarise the selection START:END (seconds).</source>
        <translation>Shrnout také výběr START:END (sekundy).</translation>
    </message>
    <message>
        <source>Colour clipping percentile of the PNGs (default 98).</source>
        <translation>Percentil ořezu barev v PNG (výchozí 98).</translation>
    </message>
    <message>
        <source>No PNG overlays.</source>
        <translation>Bez překryvů PNG.</translation>
    </message>
    <message>
        <source>Output folder.</source>
        <translation>Výstupní složka.</translation>
    </message>
    <message>
        <source>No progress bar on stderr.</source>
        <translation>Bez ukazatele průběhu na stderr.</translation>
    </message>
    <message>
        <source>The audio file.</source>
        <translation>Zvukový soubor.</translation>
    </message>
    <message>
        <source>--%1 must be an integer in %2..%3 (got &quot;%4&quot;)</source>
        <translation>--%1 musí být celé číslo v %2..%3 (zadáno &quot;%4&quot;)</translation>
    </message>
    <message>
        <source>--%1 must be a number (got &quot;%2&quot;)</source>
        <translation>--%1 musí být číslo (zadáno &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>no samples</source>
        <translation>žádné vzorky</translation>
    </message>
    <message>
        <source>explain: %1 (%2 s) with %3 (weights %4) on %5: target %6, baseline %7, %8 steps (%9)</source>
        <translation>explain: %1 (%2 s) s %3 (váhy %4) na %5: cíl %6, baseline %7, %8 kroků (%9)</translation>
    </message>
    <message>
        <source>explain: interrupted; nothing written</source>
        <translation>explain: přerušeno; nic nebylo zapsáno</translation>
    </message>
    <message>
        <source>cannot create the output folder</source>
        <translation>nelze vytvořit výstupní složku</translation>
    </message>
    <message>
        <source>cannot write the PNG</source>
        <translation>PNG nelze zapsat</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>nelze zapsat: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>varování: %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>soubor neexistuje</translation>
    </message>
    <message>
        <source>give exactly one FILE</source>
        <translation>zadejte právě jeden FILE</translation>
    </message>
    <message>
        <source>--out DIR is required</source>
        <translation>--out DIR je povinný</translation>
    </message>
    <message>
        <source>--baseline must be silence, noise or lowpass (got &quot;%1&quot;); the mean-feature baseline is --baseline bonafide-mean --baseline-file F (made by `explain baseline`)</source>
        <translation>--baseline musí být silence, noise nebo lowpass (zadáno &quot;%1&quot;); baseline středních příznaků je --baseline bonafide-mean --baseline-file F (vytvoří `explain baseline`)</translation>
    </message>
    <message>
        <source>--rule must be trapezoid or gauss (got &quot;%1&quot;)</source>
        <translation>--rule musí být trapezoid nebo gauss (zadáno &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--stitching must be crossfade or mean (got &quot;%1&quot;)</source>
        <translation>--stitching musí být crossfade nebo mean (zadáno &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--fingerprint-csv and --fingerprint go together</source>
        <translation>--fingerprint-csv a --fingerprint patří k sobě</translation>
    </message>
    <message>
        <source>give either --target or a fingerprint, not both</source>
        <translation>zadejte buď --target, nebo otisk, ne obojí</translation>
    </message>
    <message>
        <source>--select must be START:END in seconds with END &gt; START &gt;= 0</source>
        <translation>--select musí být START:END v sekundách s END &gt; START &gt;= 0</translation>
    </message>
    <message>
        <source>explain %1</source>
        <translation>vysvětlení %1</translation>
    </message>
    <message>
        <source>jumps of the model: %1 located and attributed (%2 % of the change, %3 probe rows); %4 below the threshold left in the gap (%5 %)</source>
        <translation>skoky modelu: %1 nalezeno a přiřazeno (%2 % změny, %3 zkušebních řádků); %4 pod prahem ponecháno v mezeře (%5 %)</translation>
    </message>
    <message>
        <source>jumps of the model: %1 path segments, %2 % of the change, not attributed (--plain)</source>
        <translation>skoky modelu: %1 úseků dráhy, %2 % změny, nepřiřazeno (--plain)</translation>
    </message>
    <message>
        <source>written to %1</source>
        <translation>zapsáno do %1</translation>
    </message>
    <message>
        <source>gradient steps scaled by %1 to the change of the score between the jumps (their sum missed it by %2 %)</source>
        <translation>kroky gradientu přeškálovány faktorem %1 na změnu skóre mezi skoky (jejich součet se od ní lišil o %2 %)</translation>
    </message>
</context>
<context>
    <name>ExplainCorpus</name>
    <message>
        <source>expected a 2-d map</source>
        <translation>očekávána 2D mapa</translation>
    </message>
    <message>
        <source>Model: a registry name or a manifest .json.</source>
        <translation>Model: název v registru nebo manifest .json.</translation>
    </message>
    <message>
        <source>CPU threads.</source>
        <translation>Vlákna CPU.</translation>
    </message>
    <message>
        <source>Run on the CPU even when a CUDA GPU is usable.</source>
        <translation>Běžet na CPU, i když je k dispozici GPU s CUDA.</translation>
    </message>
    <message>
        <source>bonafide (default), logit:K or margin.</source>
        <translation>bonafide (výchozí), logit:K nebo margin.</translation>
    </message>
    <message>
        <source>silence, noise, lowpass or bonafide-mean (needs --baseline-file; default: the model&apos;s recommended baseline).</source>
        <translation>silence, noise, lowpass nebo bonafide-mean (potřebuje --baseline-file; výchozí: doporučená baseline modelu).</translation>
    </message>
    <message>
        <source>Mean-feature baseline made by `explain baseline`.</source>
        <translation>Baseline středních příznaků vytvořená pomocí `explain baseline`.</translation>
    </message>
    <message>
        <source>Noise baseline level.</source>
        <translation>Úroveň šumové baseline.</translation>
    </message>
    <message>
        <source>Noise baseline draws (default 4).</source>
        <translation>Počet vzorků šumové baseline (výchozí 4).</translation>
    </message>
    <message>
        <source>Noise baseline seed (default 1).</source>
        <translation>Seed šumové baseline (výchozí 1).</translation>
    </message>
    <message>
        <source>Low-pass baseline cut-off (default 1000).</source>
        <translation>Mezní frekvence baseline dolní propusti (výchozí 1000).</translation>
    </message>
    <message>
        <source>Path integral steps (default 50).</source>
        <translation>Kroky dráhového integrálu (výchozí 50).</translation>
    </message>
    <message>
        <source>gauss (default) or trapezoid.</source>
        <translation>gauss (výchozí) nebo trapezoid.</translation>
    </message>
    <message>
        <source>Plain IG (no jump attribution).</source>
        <translation>Prosté IG (bez přiřazení skoků).</translation>
    </message>
    <message>
        <source>Activation memory budget per batch (default 2000).</source>
        <translation>Paměťový rozpočet aktivací na dávku (výchozí 2000).</translation>
    </message>
    <message>
        <source>TF map FFT size (default 512).</source>
        <translation>Velikost FFT mapy TF (výchozí 512).</translation>
    </message>
    <message>
        <source>TF map hop (default 160).</source>
        <translation>Posun mapy TF (výchozí 160).</translation>
    </message>
    <message>
        <source>Envelope / VAD frame length (default 20).</source>
        <translation>Délka rámce obálky / VAD (výchozí 20).</translation>
    </message>
    <message>
        <source>Output folder (a .json file for `explain baseline`).</source>
        <translation>Výstupní složka (soubor .json pro `explain baseline`).</translation>
    </message>
    <message>
        <source>No progress bar on stderr.</source>
        <translation>Bez ukazatele průběhu na stderr.</translation>
    </message>
    <message>
        <source>explain: no PNG plots (no QGuiApplication)</source>
        <translation>explain: žádné grafy PNG (chybí QGuiApplication)</translation>
    </message>
    <message>
        <source>cannot write the PNG</source>
        <translation>PNG nelze zapsat</translation>
    </message>
    <message>
        <source>Explains a corpus as one resumable job: sourcetrace-cli explain --protocol P|FOLDER --out DIR [--model M]
  [--audio-root DIR] [--limit N] [--group-by COL[,COL]] [--restart] [IG options]
Writes DIR/clips/&lt;id&gt;/ (the single-clip outputs), job.json, job.log, summary.json, summary.tsv,
mean_tf_&lt;column&gt;_&lt;value&gt;.npy/.png and bands_&lt;column&gt;.png. A re-run resumes; other settings are refused.
Also: sourcetrace-cli explain --baseline bonafide-mean --baseline-file F FILE --out DIR (one clip).</source>
        <translation>Vysvětlí korpus jako jednu úlohu s možností navázání: sourcetrace-cli explain --protocol P|FOLDER --out DIR [--model M]
  [--audio-root DIR] [--limit N] [--group-by COL[,COL]] [--restart] [IG options]
Zapíše DIR/clips/&lt;id&gt;/ (výstupy pro jednotlivé nahrávky), job.json, job.log, summary.json, summary.tsv,
mean_tf_&lt;column&gt;_&lt;value&gt;.npy/.png a bands_&lt;column&gt;.png. Opětovné spuštění naváže; jiné nastavení se odmítne.
Také: sourcetrace-cli explain --baseline bonafide-mean --baseline-file F FILE --out DIR (jedna nahrávka).</translation>
    </message>
    <message>
        <source>Clip protocol (any format evaluate reads) or a folder of audio files.</source>
        <translation>Protokol nahrávek (jakýkoli formát, který čte evaluate) nebo složka zvukových souborů.</translation>
    </message>
    <message>
        <source>Folder the protocol&apos;s file names are relative to (default: the protocol&apos;s folder).</source>
        <translation>Složka, ke které jsou názvy souborů v protokolu relativní (výchozí: složka protokolu).</translation>
    </message>
    <message>
        <source>Only the first N clips.</source>
        <translation>Pouze prvních N nahrávek.</translation>
    </message>
    <message>
        <source>Columns to group the summaries by (default: every categorical column and label).</source>
        <translation>Sloupce, podle kterých se souhrny seskupí (výchozí: všechny kategoriální sloupce a značka).</translation>
    </message>
    <message>
        <source>Redo every clip even when the folder holds results.</source>
        <translation>Zpracovat znovu každou nahrávku, i když složka obsahuje výsledky.</translation>
    </message>
    <message>
        <source>No PNG plots.</source>
        <translation>Bez grafů PNG.</translation>
    </message>
    <message>
        <source>One clip (with --baseline bonafide-mean and no --protocol).</source>
        <translation>Jedna nahrávka (s --baseline bonafide-mean a bez --protocol).</translation>
    </message>
    <message>
        <source>explain: interrupted</source>
        <translation>explain: přerušeno</translation>
    </message>
    <message>
        <source>explain: corpus %1 with %2 (weights %3): %4, %5 steps (%6)</source>
        <translation>explain: korpus %1 s %2 (váhy %3): %4, %5 kroků (%6)</translation>
    </message>
    <message>
        <source>explain: interrupted; the clips done so far are kept, a re-run with the same options resumes</source>
        <translation>explain: přerušeno; dosud hotové nahrávky zůstanou, opětovné spuštění se stejnými volbami naváže</translation>
    </message>
    <message>
        <source>The mean-feature baseline: sourcetrace-cli explain baseline --protocol P [--model M] --out bonafide-mean.json
Averages the model&apos;s front-end features over every frame of the protocol&apos;s bona fide clips (or every clip of a
folder). Use your own bona fide training or reference clips, never the test set you evaluate on.</source>
        <translation>Baseline středních příznaků: sourcetrace-cli explain baseline --protocol P [--model M] --out bonafide-mean.json
Zprůměruje příznaky front-endu modelu přes všechny rámce bona fide nahrávek protokolu (nebo všech nahrávek
složky). Použijte vlastní bona fide trénovací nebo referenční nahrávky, nikdy testovací sadu, na které vyhodnocujete.</translation>
    </message>
    <message>
        <source>Run on the CPU.</source>
        <translation>Běžet na CPU.</translation>
    </message>
    <message>
        <source>Clip protocol (its bona fide rows) or a folder (all its audio files).</source>
        <translation>Protokol nahrávek (jeho řádky bona fide) nebo složka (všechny její zvukové soubory).</translation>
    </message>
    <message>
        <source>Folder the protocol&apos;s file names are relative to.</source>
        <translation>Složka, ke které jsou názvy souborů v protokolu relativní.</translation>
    </message>
    <message>
        <source>Baseline file (.json).</source>
        <translation>Soubor baseline (.json).</translation>
    </message>
    <message>
        <source>--protocol P and --out F are required</source>
        <translation>--protocol P a --out F jsou povinné</translation>
    </message>
    <message>
        <source>no bona fide clips (label column &quot;attack&quot; = bonafide)</source>
        <translation>žádné bona fide nahrávky (sloupec značky &quot;attack&quot; = bonafide)</translation>
    </message>
    <message>
        <source>--%1 must be an integer in %2..%3 (got &quot;%4&quot;)</source>
        <translation>--%1 musí být celé číslo v %2..%3 (zadáno &quot;%4&quot;)</translation>
    </message>
    <message>
        <source>--%1 must be a number (got &quot;%2&quot;)</source>
        <translation>--%1 musí být číslo (zadáno &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>--rule must be trapezoid or gauss (got &quot;%1&quot;)</source>
        <translation>--rule musí být trapezoid nebo gauss (zadáno &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--baseline bonafide-mean and --baseline-file F go together</source>
        <translation>--baseline bonafide-mean a --baseline-file F patří k sobě</translation>
    </message>
    <message>
        <source>--baseline must be silence, noise, lowpass or bonafide-mean (got &quot;%1&quot;)</source>
        <translation>--baseline musí být silence, noise, lowpass nebo bonafide-mean (zadáno &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--out DIR is required</source>
        <translation>--out DIR je povinný</translation>
    </message>
    <message>
        <source>give --protocol or a FILE, not both</source>
        <translation>zadejte --protocol nebo FILE, ne obojí</translation>
    </message>
    <message>
        <source>give --protocol P or one FILE</source>
        <translation>zadejte --protocol P nebo jeden FILE</translation>
    </message>
    <message>
        <source>--limit must be a positive integer (got &quot;%1&quot;)</source>
        <translation>--limit musí být kladné celé číslo (zadáno &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>explain %1</source>
        <translation>vysvětlení %1</translation>
    </message>
    <message>
        <source>written to %1 (report.json, tf_map.npy, envelopes.npy; no per-sample attribution)</source>
        <translation>zapsáno do %1 (report.json, tf_map.npy, envelopes.npy; bez atribuce po vzorcích)</translation>
    </message>
    <message>
        <source>mean-feature baseline %1</source>
        <translation>baseline středních příznaků %1</translation>
    </message>
    <message>
        <source>explain corpus %1</source>
        <translation>vysvětlení korpusu %1</translation>
    </message>
    <message>
        <source>%1 clips: %2 explained now, %3 resumed, %4 failed</source>
        <translation>%1 nahrávek: %2 nyní vysvětleno, %3 navázáno, %4 selhalo</translation>
    </message>
    <message>
        <source>written to %1</source>
        <translation>zapsáno do %1</translation>
    </message>
    <message>
        <source>bona fide mean features</source>
        <translation>střední příznaky bona fide</translation>
    </message>
    <message>
        <source>mean of %1 (%2 bins) over %3 frames of %4 bona fide clips, model %5 (weights %6): written to %7</source>
        <translation>průměr %1 (%2 tříd) přes %3 rámců %4 bona fide nahrávek, model %5 (váhy %6): zapsáno do %7</translation>
    </message>
    <message>
        <source>--shard splits a corpus: give --protocol P</source>
        <translation>--shard rozděluje korpus: zadejte --protocol P</translation>
    </message>
    <message>
        <source>--protocol P and --out DIR are required (those the shards ran with)</source>
        <translation>--protocol P a --out DIR jsou povinné (tytéž, se kterými běžely shardy)</translation>
    </message>
    <message>
        <source>%1 clips of %2 shards in %3</source>
        <translation>%1 nahrávek z %2 shardů v %3</translation>
    </message>
</context>
<context>
    <name>FirstRunNote</name>
    <message>
        <source>SourceTrace never uses the network</source>
        <translation>SourceTrace nikdy nepoužívá síť</translation>
    </message>
    <message>
        <source>It opens no network connection of any kind: no updates, no licence check, no usage statistics, no online help. The default model, its fingerprint library, the demo clip and the manual (Help › Manual, F1) are part of the installation. It runs the same on a machine that has never been connected.</source>
        <translation>Neotevírá žádné síťové spojení jakéhokoli druhu: žádné aktualizace, žádná kontrola licence, žádné statistiky používání, žádná online nápověda. Výchozí model, jeho knihovna otisků, ukázková nahrávka a příručka (Nápověda › Příručka, F1) jsou součástí instalace. Na počítači, který nikdy nebyl připojen, běží stejně.</translation>
    </message>
    <message>
        <source>Evidence files are opened read-only and are never changed.</source>
        <translation>Soubory důkazů se otevírají jen pro čtení a nikdy se nemění.</translation>
    </message>
    <message>
        <source>What it stores, and where</source>
        <translation>Co ukládá a kam</translation>
    </message>
    <message>
        <source>Settings: recent files and cases, the chosen model, spectrogram settings, the files and folders last chosen in dialogs, and that this note was shown:</source>
        <translation>Nastavení: nedávné soubory a případy, zvolený model, nastavení spektrogramu, soubory a složky naposledy zvolené v dialozích a to, že tato poznámka byla zobrazena:</translation>
    </message>
    <message>
        <source>Models you train and install from the Training dock:</source>
        <translation>Modely, které natrénujete a nainstalujete z panelu Trénování:</translation>
    </message>
    <message>
        <source>(no folder: the system names no data location)</source>
        <translation>(žádná složka: systém neuvádí umístění dat)</translation>
    </message>
    <message>
        <source>A read-only copy of the demo clip when it is opened (the temporary folder):</source>
        <translation>Kopie ukázkové nahrávky jen pro čtení, když je otevřena (dočasná složka):</translation>
    </message>
    <message>
        <source>Case files, fingerprint libraries, training runs, reports and exported images and data: only where you save them.</source>
        <translation>Soubory případů, knihovny otisků, trénovací běhy, zprávy a exportované obrázky a data: pouze tam, kam je uložíte.</translation>
    </message>
    <message>
        <source>SourceTrace writes nothing else. This note is shown once; Help › Privacy and storage shows it again.</source>
        <translation>SourceTrace nic jiného nezapisuje. Tato poznámka se zobrazí jednou; Nápověda › Soukromí a úložiště ji zobrazí znovu.</translation>
    </message>
</context>
<context>
    <name>FuseCommand</name>
    <message>
        <source>the output exists already (use --overwrite to replace it)</source>
        <translation>výstup již existuje (k nahrazení použijte --overwrite)</translation>
    </message>
    <message>
        <source>clip name &apos;%1&apos; contains white space: it cannot be written as a &apos;file score&apos; line</source>
        <translation>název nahrávky &apos;%1&apos; obsahuje bílé znaky: nelze jej zapsat jako řádek &apos;file score&apos;</translation>
    </message>
    <message>
        <source>cannot write the fused scores: %1</source>
        <translation>fúzovaná skóre nelze zapsat: %1</translation>
    </message>
    <message>
        <source>train | apply</source>
        <translation>train | apply</translation>
    </message>
    <message>
        <source>NAME=FILE: one detector&apos;s score file (repeat per detector).</source>
        <translation>NAME=FILE: soubor skóre jednoho detektoru (opakujte pro každý detektor).</translation>
    </message>
    <message>
        <source>apply: the fusion model `fuse train` wrote.</source>
        <translation>apply: model fúze zapsaný příkazem `fuse train`.</translation>
    </message>
    <message>
        <source>train: fusion model (JSON); apply: fused score file.</source>
        <translation>train: model fúze (JSON); apply: soubor fúzovaných skóre.</translation>
    </message>
    <message>
        <source>train: target prior of the objective (default 0.5).</source>
        <translation>train: cílová apriorní pravděpodobnost účelové funkce (výchozí 0,5).</translation>
    </message>
    <message>
        <source>train: ridge on the weights (default 1e-4).</source>
        <translation>train: ridge regularizace vah (výchozí 1e-4).</translation>
    </message>
    <message>
        <source>Replace an existing --out file.</source>
        <translation>Nahradit existující soubor --out.</translation>
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
        <translation>Fúze skóre detektorů logistickou regresí (ve stylu BOSARIS):
  sourcetrace-cli fuse train --protocol P --scores NAME=FILE [--scores NAME=FILE ...] --out fusion.json
      [--prior 0.5] [--l2 1e-4] [--overwrite]
      proloží llr = w . s + b na označených nahrávkách P (bona fide = cíl) minimalizací křížové entropie vážené
      apriorní pravděpodobností --prior s ridge regularizací --l2 na w; zapíše model fúze (sourcetrace-fusion/1).
  sourcetrace-cli fuse apply --model fusion.json --protocol P --scores NAME=FILE ... --out fused.txt
      [--overwrite]
      zapíše řádky &apos;file llr&apos; pro nahrávky P (značky se nepoužijí), soubor skóre, který čte `evaluate detection`.
      Názvy detektorů musí přesně odpovídat modelu (v libovolném pořadí).
FILE: řádky &apos;file score&apos;, CSV se sloupci file,score, nebo JSON Lines z `detect --json`. Každá nahrávka P potřebuje
konečné skóre v každém FILE; dvakrát ohodnocená nahrávka se odmítne (soubor:řádek). Nikdy netrénujte na datech, která vyhodnocujete.</translation>
    </message>
    <message>
        <source>--scores &apos;%1&apos; must be NAME=FILE</source>
        <translation>--scores &apos;%1&apos; musí být NAME=FILE</translation>
    </message>
    <message>
        <source>give at least one --scores NAME=FILE</source>
        <translation>zadejte alespoň jedno --scores NAME=FILE</translation>
    </message>
    <message>
        <source>Clip protocol (SourceTrace TSV, ASVspoof LA, MLAAD CSV).</source>
        <translation>Protokol nahrávek (SourceTrace TSV, ASVspoof LA, MLAAD CSV).</translation>
    </message>
    <message>
        <source>give exactly one mode (train or apply)</source>
        <translation>zadejte právě jeden režim (train nebo apply)</translation>
    </message>
    <message>
        <source>give --protocol and --out</source>
        <translation>zadejte --protocol a --out</translation>
    </message>
    <message>
        <source>apply needs --model</source>
        <translation>apply potřebuje --model</translation>
    </message>
    <message>
        <source>--prior &apos;%1&apos; must be a number in (0, 1)</source>
        <translation>--prior &apos;%1&apos; musí být číslo v (0, 1)</translation>
    </message>
    <message>
        <source>--l2 &apos;%1&apos; must be a finite number &gt;= 0</source>
        <translation>--l2 &apos;%1&apos; musí být konečné číslo &gt;= 0</translation>
    </message>
    <message>
        <source>fuse: %1 bona fide (target) and %2 spoof trials, prior %3, l2 %4: weights %5, offset %6; training Cllr %7 bits; %8 after %9 Newton iterations; written to %10</source>
        <translation>fuse: %1 bona fide (cílových) a %2 spoof pokusů, apriorní %3, l2 %4: váhy %5, posun %6; trénovací Cllr %7 bitů; %8 po %9 Newtonových iteracích; zapsáno do %10</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>konvergovalo</translation>
    </message>
    <message>
        <source>NOT converged</source>
        <translation>NEKONVERGOVALO</translation>
    </message>
    <message>
        <source>fuse: %1 clips fused with %2 (trained on %3); written to %4</source>
        <translation>fuse: %1 nahrávek fúzováno s %2 (natrénováno na %3); zapsáno do %4</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>no channel %1 (the file has %2 channel(s))</source>
        <translation>kanál %1 neexistuje (soubor má %2 kanálů)</translation>
    </message>
    <message>
        <source>--channel needs a channel number from 1</source>
        <translation>--channel potřebuje číslo kanálu od 1</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>neznámá volba &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no input files</source>
        <translation>žádné vstupní soubory</translation>
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
        <translation>použití: sourcetrace-cli info [--json] [--quiet] [--channel N] FILE...
Pro každý soubor důkazu vypíše: cestu, kontejner, formát vzorků, vzorkovací frekvenci, kanály, délku
(h:mm:ss.mmm), počet snímků, velikost souboru, SHA-256 bajtů souboru, špičkovou a RMS úroveň (dBFS, přes všechny
kanály) a počet ořezaných vzorků; u souboru s více kanály také úrovně
jednotlivých kanálů. Soubory se otevírají jen pro čtení.
  --json       jedno pole JSON na stdout (neúspěšné soubory jako {&quot;path&quot;, &quot;error&quot;})
  --quiet      bez ukazatele průběhu na stderr
  --channel N  špička, RMS a počet ořezaných vzorků pouze kanálu N (číslováno od 1) místo všech kanálů;
               soubor bez kanálu N selže se zprávou
Návratový kód: 0 všechny soubory přečteny, 1 některé selhaly (každý ohlášen na stderr), 2 chybné použití.</translation>
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
        <translation>TSV protokol projektu (sloupce file, attack, acoustic_model, waveform_generator, codec, ...).</translation>
    </message>
    <message>
        <source>Folder the protocol&apos;s file column is relative to (default: the protocol&apos;s folder).</source>
        <translation>Složka, ke které je sloupec file protokolu relativní (výchozí: složka protokolu).</translation>
    </message>
    <message>
        <source>Take embeddings from a `sourcetrace-cli embed` output folder instead of running the model (keys = file column / paths as given).</source>
        <translation>Vzít embeddingy z výstupní složky `sourcetrace-cli embed` místo spuštění modelu (klíče = sloupec file / cesty tak, jak byly zadány).</translation>
    </message>
    <message>
        <source>The model (default: the library&apos;s; another one is refused).</source>
        <translation>Model (výchozí: model knihovny; jiný se odmítne).</translation>
    </message>
    <message>
        <source>CPU threads for the model.</source>
        <translation>Vlákna CPU pro model.</translation>
    </message>
    <message>
        <source>Run on the CPU even when a CUDA GPU is usable.</source>
        <translation>Běžet na CPU, i když je k dispozici GPU s CUDA.</translation>
    </message>
    <message>
        <source>No progress bar on stderr.</source>
        <translation>Bez ukazatele průběhu na stderr.</translation>
    </message>
    <message>
        <source>this is a STOPA trial list, not a list of labelled clips: give a clip protocol (the project&apos;s TSV, an ASVspoof LA protocol or an MLAAD CSV)</source>
        <translation>toto je seznam pokusů STOPA, ne seznam označených nahrávek: zadejte protokol nahrávek (TSV projektu, protokol ASVspoof LA nebo MLAAD CSV)</translation>
    </message>
    <message>
        <source>no samples</source>
        <translation>žádné vzorky</translation>
    </message>
    <message>
        <source>the model gave a non-finite embedding value: nothing is enrolled or traced for this clip</source>
        <translation>model vrátil nekonečnou hodnotu embeddingu: pro tuto nahrávku se nic nezapíše ani neurčí zdroj</translation>
    </message>
    <message>
        <source>no embedding for key &apos;%1&apos; in the --embeddings folder</source>
        <translation>ve složce --embeddings není embedding pro klíč &apos;%1&apos;</translation>
    </message>
    <message>
        <source>row %1 (key &apos;%2&apos;, column %3) is not finite (%4): no embedding for %5</source>
        <translation>řádek %1 (klíč &apos;%2&apos;, sloupec %3) není konečný (%4): žádný embedding pro %5</translation>
    </message>
    <message>
        <source>cannot read: is %1 an `embed` output folder?</source>
        <translation>nelze přečíst: je %1 výstupní složka `embed`?</translation>
    </message>
    <message>
        <source>expected N x %1 embeddings</source>
        <translation>očekávány embeddingy N x %1</translation>
    </message>
    <message>
        <source>%1 keys for %2 embeddings</source>
        <translation>%1 klíčů pro %2 embeddingů</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; appears twice (rows %2 and %3): which embedding is it?</source>
        <translation>klíč &apos;%1&apos; se vyskytuje dvakrát (řádky %2 a %3): který embedding to je?</translation>
    </message>
    <message>
        <source>embeddings of %1 from %2 (%3 clips)</source>
        <translation>embeddingy %1 z %2 (%3 nahrávek)</translation>
    </message>
    <message>
        <source>model %1 on %2</source>
        <translation>model %1 na %2</translation>
    </message>
    <message>
        <source>row %1 (key &apos;%2&apos;) holds a non-finite logit: no OOD scores for %3</source>
        <translation>řádek %1 (klíč &apos;%2&apos;) obsahuje nekonečný logit: žádná skóre OOD pro %3</translation>
    </message>
</context>
<context>
    <name>LibraryCommand</name>
    <message>
        <source>The library file (.db).</source>
        <translation>Soubor knihovny (.db).</translation>
    </message>
    <message>
        <source>Model (registry name or manifest).</source>
        <translation>Model (název v registru nebo manifest).</translation>
    </message>
    <message>
        <source>The new library file.</source>
        <translation>Nový soubor knihovny.</translation>
    </message>
    <message>
        <source>--model and --out are required</source>
        <translation>--model a --out jsou povinné</translation>
    </message>
    <message>
        <source>the manifest gives no embeddingDim</source>
        <translation>manifest neuvádí embeddingDim</translation>
    </message>
    <message>
        <source>library: created %1 for %2</source>
        <translation>library: vytvořeno %1 pro %2</translation>
    </message>
    <message>
        <source>level=value for FILE arguments (repeatable), e.g. attack=A01.</source>
        <translation>level=value pro argumenty FILE (lze opakovat), např. attack=A01.</translation>
    </message>
    <message>
        <source>key=value attribute of the enrolled attack source (repeatable).</source>
        <translation>Atribut key=value zapsaného zdroje útoku (lze opakovat).</translation>
    </message>
    <message>
        <source>--label takes level=value, not &apos;%1&apos;</source>
        <translation>--label bere level=value, ne &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--attr takes key=value, not &apos;%1&apos;</source>
        <translation>--attr bere key=value, ne &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no clips (give FILE... --label level=value, or --protocol P)</source>
        <translation>žádné nahrávky (zadejte FILE... --label level=value, nebo --protocol P)</translation>
    </message>
    <message>
        <source>no label: give --label attack=NAME (or another level) for FILE arguments</source>
        <translation>chybí značka: pro argumenty FILE zadejte --label attack=NAME (nebo jinou úroveň)</translation>
    </message>
    <message>
        <source>library enrol: %1 clips into %2; embeddings: %3</source>
        <translation>library enrol: %1 nahrávek do %2; embeddingy: %3</translation>
    </message>
    <message>
        <source>%1 (sources committed before stay)</source>
        <translation>%1 (zdroje zapsané dříve zůstávají)</translation>
    </message>
    <message>
        <source>library enrol: %1 added, %2 skipped (already enrolled), %3 failed, %4 sources changed</source>
        <translation>library enrol: %1 přidáno, %2 přeskočeno (již zapsáno), %3 selhalo, %4 zdrojů změněno</translation>
    </message>
    <message>
        <source>JSON on stdout.</source>
        <translation>JSON na stdout.</translation>
    </message>
    <message>
        <source>STOPA fingerprint CSV to write.</source>
        <translation>CSV s otisky STOPA k zápisu.</translation>
    </message>
    <message>
        <source>.npy to write (names in out.npy.sources.txt).</source>
        <translation>.npy k zápisu (názvy v out.npy.sources.txt).</translation>
    </message>
    <message>
        <source>--npy: every enrolment embedding instead of the fingerprints.</source>
        <translation>--npy: všechny embeddingy zápisu místo otisků.</translation>
    </message>
    <message>
        <source>Overwrite existing output files.</source>
        <translation>Přepsat existující výstupní soubory.</translation>
    </message>
    <message>
        <source>give --csv out.csv or --npy out.npy</source>
        <translation>zadejte --csv out.csv nebo --npy out.npy</translation>
    </message>
    <message>
        <source>%1: refusing to write over the library itself</source>
        <translation>%1: odmítám přepsat samotnou knihovnu</translation>
    </message>
    <message>
        <source>%1: is a folder; give a file name</source>
        <translation>%1: je složka; zadejte název souboru</translation>
    </message>
    <message>
        <source>%1 exists; give --force to overwrite it (nothing was written)</source>
        <translation>%1 existuje; pro přepsání zadejte --force (nic nebylo zapsáno)</translation>
    </message>
    <message>
        <source>library export: %1 fingerprints to %2</source>
        <translation>library export: %1 otisků do %2</translation>
    </message>
    <message>
        <source>library export: %1 (+ .sources.txt)</source>
        <translation>library export: %1 (+ .sources.txt)</translation>
    </message>
    <message>
        <source>STOPA fingerprint CSV.</source>
        <translation>CSV s otisky STOPA.</translation>
    </message>
    <message>
        <source>The model the CSV&apos;s fingerprints come from; must be the library&apos;s model.</source>
        <translation>Model, ze kterého pocházejí otisky v CSV; musí to být model knihovny.</translation>
    </message>
    <message>
        <source>Import without checking the model (the CSV does not name one).</source>
        <translation>Importovat bez kontroly modelu (CSV žádný neuvádí).</translation>
    </message>
    <message>
        <source>--csv is required</source>
        <translation>--csv je povinný</translation>
    </message>
    <message>
        <source>%1: a STOPA fingerprint CSV does not say which model made it; library %2 is bound to model %3: give --model-name %3 if the CSV comes from that model, or --force to import it unchecked</source>
        <translation>%1: CSV s otisky STOPA neuvádí, který model jej vytvořil; knihovna %2 je vázána na model %3: zadejte --model-name %3, pokud CSV pochází z tohoto modelu, nebo --force pro import bez kontroly</translation>
    </message>
    <message>
        <source>library %1 is bound to model %2; refusing fingerprints of model %3 from %4 (create a library for %3, or --force)</source>
        <translation>knihovna %1 je vázána na model %2; odmítám otisky modelu %3 z %4 (vytvořte knihovnu pro %3, nebo --force)</translation>
    </message>
    <message>
        <source>library import: %1 fingerprints added, %2 already there</source>
        <translation>library import: %1 otisků přidáno, %2 již existovalo</translation>
    </message>
    <message>
        <source>library: %1 &apos;%2&apos; renamed to &apos;%3&apos;</source>
        <translation>library: %1 &apos;%2&apos; přejmenováno na &apos;%3&apos;</translation>
    </message>
    <message>
        <source>library: %1 &apos;%2&apos; merged into &apos;%3&apos; (%4 enrolments)</source>
        <translation>library: %1 &apos;%2&apos; sloučeno do &apos;%3&apos; (%4 zápisů)</translation>
    </message>
    <message>
        <source>library: %1 &apos;%2&apos; deleted (%3 enrolments)</source>
        <translation>library: %1 &apos;%2&apos; smazáno (%3 zápisů)</translation>
    </message>
    <message>
        <source>library verify: %1%2 problems</source>
        <translation>library verify: %1%2 problémů</translation>
    </message>
    <message>
        <source>library upgrade: %1 is at schema v%2</source>
        <translation>library upgrade: %1 má schéma v%2</translation>
    </message>
    <message>
        <source>cosine (default), mahalanobis, knn, or a stored trained one: mlp, siamese-ce, siamese-cl, siamese-zs.</source>
        <translation>cosine (výchozí), mahalanobis, knn, nebo uložený natrénovaný: mlp, siamese-ce, siamese-cl, siamese-zs.</translation>
    </message>
    <message>
        <source>Threshold at this false-alarm rate instead of the EER.</source>
        <translation>Práh při této míře falešných poplachů místo EER.</translation>
    </message>
    <message>
        <source>knn: k (default 7).</source>
        <translation>knn: k (výchozí 7).</translation>
    </message>
    <message>
        <source>mahalanobis: shrinkage (default 0.1).</source>
        <translation>mahalanobis: shrinkage (výchozí 0,1).</translation>
    </message>
    <message>
        <source>cosine: subtract the mean enrolment embedding first.</source>
        <translation>cosine: nejprve odečíst střední embedding zápisu.</translation>
    </message>
    <message>
        <source>--protocol (a labelled development protocol) is required</source>
        <translation>--protocol (označený vývojový protokol) je povinný</translation>
    </message>
    <message>
        <source>no level had both target and non-target trials in %1</source>
        <translation>žádná úroveň neměla v %1 cílové i necílové pokusy</translation>
    </message>
    <message>
        <source>mlp, siamese-ce, siamese-cl or siamese-zs.</source>
        <translation>mlp, siamese-ce, siamese-cl nebo siamese-zs.</translation>
    </message>
    <message>
        <source>Only this level (default: every level with sources).</source>
        <translation>Pouze tato úroveň (výchozí: každá úroveň se zdroji).</translation>
    </message>
    <message>
        <source>Training epochs (mlp 100, siamese 30; 0 with --weights: as published).</source>
        <translation>Trénovací epochy (mlp 100, siamese 30; 0 s --weights: jak byly publikovány).</translation>
    </message>
    <message>
        <source>Random seed (default 1): same seed, same weights.</source>
        <translation>Náhodný seed (výchozí 1): stejný seed, stejné váhy.</translation>
    </message>
    <message>
        <source>Adam learning rate (default 0.001).</source>
        <translation>Rychlost učení Adam (výchozí 0,001).</translation>
    </message>
    <message>
        <source>Width of the first hidden layer (default 128).</source>
        <translation>Šířka první skryté vrstvy (výchozí 128).</translation>
    </message>
    <message>
        <source>Minibatch size (mlp 32, siamese 128).</source>
        <translation>Velikost minidávky (mlp 32, siamese 128).</translation>
    </message>
    <message>
        <source>siamese: pairs drawn per epoch (default 4096).</source>
        <translation>siamese: počet párů vybraných za epochu (výchozí 4096).</translation>
    </message>
    <message>
        <source>siamese-cl/zs: contrastive margin (default 1.0).</source>
        <translation>siamese-cl/zs: kontrastivní okraj (výchozí 1,0).</translation>
    </message>
    <message>
        <source>siamese-cl/zs: published PyTorch state dict of the tower (160-128-64-32).</source>
        <translation>siamese-cl/zs: publikovaný state dict PyTorch věže (160-128-64-32).</translation>
    </message>
    <message>
        <source>No progress bar.</source>
        <translation>Bez ukazatele průběhu.</translation>
    </message>
    <message>
        <source>--backend (mlp, siamese-ce, siamese-cl or siamese-zs) is required</source>
        <translation>--backend (mlp, siamese-ce, siamese-cl nebo siamese-zs) je povinný</translation>
    </message>
    <message>
        <source>%1 is not a trained back-end (it is fitted when tracing); trained ones: mlp, siamese-ce, siamese-cl, siamese-zs</source>
        <translation>%1 není natrénovaný back-end (prokládá se při určování zdroje); natrénované: mlp, siamese-ce, siamese-cl, siamese-zs</translation>
    </message>
    <message>
        <source>no enrolled sources at %1</source>
        <translation>na úrovni %1 nejsou zapsané žádné zdroje</translation>
    </message>
    <message>
        <source>%1 (nothing stored)</source>
        <translation>%1 (nic neuloženo)</translation>
    </message>
    <message>
        <source>library fit-backend: %1 stored in %2; `trace --backend %1` uses it while the enrolments stay as they are</source>
        <translation>library fit-backend: %1 uloženo v %2; `trace --backend %1` jej použije, zatímco zápisy zůstanou, jak jsou</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;
%2</source>
        <translation>neznámý příkaz &apos;%1&apos;
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
        <translation>Použití: sourcetrace-cli library COMMAND ...
  create --model M --out L.db                     nová knihovna vázaná na model M
  enrol L.db (--protocol P [--root DIR] | FILE... --label level=value...) [--embeddings DIR] [--attr key=value...]
  list L.db [--level L] [--json]                  zdroje, počty, atributy, prahy
  export L.db --level L (--csv out.csv | --npy out.npy [--enrolments]) [--force]   --force přepisuje
  import L.db --csv stopa.csv --level L (--model-name M | --force)   CSV s otisky STOPA (file,0,1,...)
  rename L.db --level L FROM TO
  merge L.db --level L FROM INTO                  zápisy FROM se přesunou do INTO
  delete L.db --level L NAME
  verify L.db                                     kontrola integrity SQLite a všech invariantů knihovny
  upgrade L.db                                    migrace staršího schématu (jediné čtení starého souboru, které zapisuje)
  calibrate L.db --protocol P [--root DIR] [--embeddings DIR] [--backend cosine] [--target-far 0.05]
  fit-backend L.db --backend mlp|siamese-ce|siamese-cl|siamese-zs [--level L] [--epochs N] [--seed S] [--lr R]
              [--hidden H] [--batch B] [--pairs P] [--margin M] [--weights PTH]   natrénovat a uložit back-end
Úrovně: attack, acoustic_model, vocoder, codec.
list, verify, export a `trace` otevírají knihovnu jen pro čtení a nikdy ji nemění; zapisující příkazy na sebe čekají.</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>očekáváno %1</translation>
    </message>
    <message>
        <source>attack (default), acoustic_model, vocoder or codec.</source>
        <translation>attack (výchozí), acoustic_model, vocoder nebo codec.</translation>
    </message>
    <message>
        <source>%1 sources, </source>
        <translation>%1 zdrojů, </translation>
    </message>
    <message>
        <source>embed the development clips</source>
        <translation>embedding vývojových nahrávek</translation>
    </message>
    <message>
        <source>any level</source>
        <translation>libovolná úroveň</translation>
    </message>
    <message>
        <source>fit %1</source>
        <translation>proložení %1</translation>
    </message>
    <message>
        <source>%1 epoch %2/%3 loss %4</source>
        <translation>%1 epocha %2/%3 ztráta %4</translation>
    </message>
    <message>
        <source>library fit-backend: %1 %2 epoch %3/%4 loss %5</source>
        <translation>library fit-backend: %1 %2 epocha %3/%4 ztráta %5</translation>
    </message>
    <message>
        <source>--shard shards the embedding: an enrolment from --embeddings runs no model and needs no shards</source>
        <translation>--shard rozděluje výpočet embeddingů: zápis z --embeddings nespouští žádný model a shardy nepotřebuje</translation>
    </message>
    <message>
        <source>shard %1: %2 clips, %3 already in %4, %5 to do; embeddings: %6</source>
        <translation>shard %1: %2 nahrávek, %3 již v %4, %5 zbývá; embeddingy: %6</translation>
    </message>
    <message>
        <source>embed for %1</source>
        <translation>embeddingy pro %1</translation>
    </message>
    <message>
        <source>shard %1: %2 embeddings in %3, %4 failed; enrol them with: sourcetrace-cli merge library enrol ...</source>
        <translation>shard %1: %2 embeddingů v %3, %4 selhalo; zapište je pomocí: sourcetrace-cli merge library enrol ...</translation>
    </message>
    <message>
        <source>does not hold %1 rows of %2 values (the library&apos;s dimension)</source>
        <translation>neobsahuje %1 řádků po %2 hodnotách (rozměr knihovny)</translation>
    </message>
    <message>
        <source>lacks the embedding of &quot;%1&quot; although its shard.json says complete: rerun that shard</source>
        <translation>chybí embedding &quot;%1&quot;, ačkoli jeho shard.json uvádí, že je úplný: spusťte ten shard znovu</translation>
    </message>
    <message>
        <source>%1 added, %2 skipped (already enrolled), %3 failed, %4 sources changed, from %5 shards in one transaction</source>
        <translation>%1 přidáno, %2 přeskočeno (již zapsáno), %3 selhalo, %4 zdrojů změněno, z %5 shardů v jedné transakci</translation>
    </message>
    <message>
        <source>the embeddings there come from model %1 (weights %2), not the library&apos;s %3 (weights %4)</source>
        <translation>embeddingy tam pocházejí z modelu %1 (váhy %2), ne z modelu knihovny %3 (váhy %4)</translation>
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
        <translation>Spojí výstupy shardů: sourcetrace-cli merge COMMAND ARGS... [--shards N]
COMMAND je jeden z: %1. ARGS jsou argumenty, se kterými shardy běžely, bez --shard. Sloučení zkontroluje, že
shardy 0..N-1 jsou všechny přítomné, úplné, bez neúspěšných nahrávek a ze stejného modelu, nastavení a sestavení,
pak zapíše do vlastního výstupu příkazu přesně to, co zapíše jeden běh bez shardů. N se čte ze složek
shardů (OUT/shards/K-of-N nebo OUT.shards/K-of-N), pokud není zadáno --shards. Návratový kód 1 uvádí chybějící,
neúspěšné nebo neodpovídající shardy. Viz docs/sharding.md.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no shards to merge (mergeable: %2)</source>
        <translation>&quot;%1&quot; nemá shardy ke sloučení (lze sloučit: %2)</translation>
    </message>
    <message>
        <source>--shards needs a value N</source>
        <translation>--shards potřebuje hodnotu N</translation>
    </message>
    <message>
        <source>give the arguments without --shard (the merge joins all shards)</source>
        <translation>zadejte argumenty bez --shard (sloučení spojí všechny shardy)</translation>
    </message>
    <message>
        <source>--shards must be a whole number of at least 1 (got &quot;%1&quot;)</source>
        <translation>--shards musí být celé číslo alespoň 1 (zadáno &quot;%1&quot;)</translation>
    </message>
</context>
<context>
    <name>ModelCliSupport</name>
    <message>
        <source>Model: a registry name (see `sourcetrace-cli models`) or a manifest .json.</source>
        <translation>Model: název v registru (viz `sourcetrace-cli models`) nebo manifest .json.</translation>
    </message>
    <message>
        <source>TSV with a header line holding a column `file`: the clips to process.</source>
        <translation>TSV s hlavičkou obsahující sloupec `file`: nahrávky ke zpracování.</translation>
    </message>
    <message>
        <source>Folder the protocol&apos;s file column is relative to (default: the protocol&apos;s folder).</source>
        <translation>Složka, ke které je sloupec file protokolu relativní (výchozí: složka protokolu).</translation>
    </message>
    <message>
        <source>CPU threads for the model (default: LibTorch&apos;s setting).</source>
        <translation>Vlákna CPU pro model (výchozí: nastavení LibTorch).</translation>
    </message>
    <message>
        <source>Run on the CPU even when a CUDA GPU is usable.</source>
        <translation>Běžet na CPU, i když je k dispozici GPU s CUDA.</translation>
    </message>
    <message>
        <source>Input policy instead of the manifest&apos;s: whole-clip, fixed-length or sliding-windows.</source>
        <translation>Vstupní politika místo politiky z manifestu: whole-clip, fixed-length nebo sliding-windows.</translation>
    </message>
    <message>
        <source>Input length in samples for fixed-length / sliding-windows (default: the manifest&apos;s).</source>
        <translation>Délka vstupu ve vzorcích pro fixed-length / sliding-windows (výchozí: podle manifestu).</translation>
    </message>
    <message>
        <source>Hop in samples between windows (sliding-windows policy, --timeline; default: the manifest&apos;s / 32000).</source>
        <translation>Posun ve vzorcích mezi okny (politika sliding-windows, --timeline; výchozí: podle manifestu / 32000).</translation>
    </message>
    <message>
        <source>Inputs of equal length per forward pass (default 1).</source>
        <translation>Vstupy stejné délky na jeden dopředný průchod (výchozí 1).</translation>
    </message>
    <message>
        <source>No progress bar on stderr.</source>
        <translation>Bez ukazatele průběhu na stderr.</translation>
    </message>
    <message>
        <source>Channel to analyse, 1-based (default: mix-down of all channels).</source>
        <translation>Kanál k analýze, číslováno od 1 (výchozí: smíchání všech kanálů).</translation>
    </message>
    <message>
        <source>--channel takes a channel number from 1 (got &apos;%1&apos;)</source>
        <translation>--channel bere číslo kanálu od 1 (zadáno &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>this is a STOPA trial list, not a list of clips: give a clip protocol (the project&apos;s TSV, an ASVspoof LA protocol or an MLAAD CSV)</source>
        <translation>toto je seznam pokusů STOPA, ne seznam nahrávek: zadejte protokol nahrávek (TSV projektu, protokol ASVspoof LA nebo MLAAD CSV)</translation>
    </message>
    <message>
        <source>--model is required (the default model %1 was not found in %2): a registry name (see `sourcetrace-cli models`) or a manifest .json</source>
        <translation>--model je povinný (výchozí model %1 nebyl nalezen v %2): název v registru (viz `sourcetrace-cli models`) nebo manifest .json</translation>
    </message>
    <message>
        <source>--threads must be a positive integer (got &quot;%1&quot;)</source>
        <translation>--threads musí být kladné celé číslo (zadáno &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--policy must be whole-clip, fixed-length or sliding-windows (got &quot;%1&quot;)</source>
        <translation>--policy musí být whole-clip, fixed-length nebo sliding-windows (zadáno &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--%1 must be a positive number of samples (got &quot;%2&quot;)</source>
        <translation>--%1 musí být kladný počet vzorků (zadáno &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>sourcetrace-cli %1: no input clips (give FILE... or --protocol P)</source>
        <translation>sourcetrace-cli %1: žádné vstupní nahrávky (zadejte FILE... nebo --protocol P)</translation>
    </message>
    <message>
        <source>no channel %1 (the file has %2 channel(s))</source>
        <translation>kanál %1 neexistuje (soubor má %2 kanálů)</translation>
    </message>
    <message>
        <source>%1: out of memory while processing it</source>
        <translation>%1: při zpracování došla paměť</translation>
    </message>
    <message>
        <source>interrupted: %1 stopped before the end</source>
        <translation>přerušeno: %1 zastaveno před koncem</translation>
    </message>
</context>
<context>
    <name>ModelsCommand</name>
    <message>
        <source>Lists the models of the registry: $SOURCETRACE_MODEL_PATH (&apos;:&apos;-separated), the user&apos;s model folder, the project&apos;s
models/ folder. For each: name, kind, classes, sample rate, input policy, weights path and whether the weights&apos;
SHA-256 is the one the manifest pins. --check also loads each model (TorchScript: output shapes checked).
Exit status 1 when a weights file differs from its manifest, a manifest is broken or (--check) a model fails to load.</source>
        <translation>Vypíše modely registru: $SOURCETRACE_MODEL_PATH (oddělené &apos;:&apos;), složku modelů uživatele, složku
models/ projektu. Pro každý: název, druh, třídy, vzorkovací frekvenci, vstupní politiku, cestu k vahám a zda SHA-256
vah odpovídá tomu, který stanoví manifest. --check navíc každý model načte (TorchScript: kontrola tvarů výstupu).
Návratový kód 1, když se soubor vah liší od manifestu, manifest je poškozený nebo (--check) se model nepodaří načíst.</translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation>Výstup JSON.</translation>
    </message>
    <message>
        <source>Load every model whose weights are present.</source>
        <translation>Načíst každý model, jehož váhy jsou k dispozici.</translation>
    </message>
    <message>
        <source>broken manifest: %1</source>
        <translation>poškozený manifest: %1</translation>
    </message>
    <message>
        <source>model folders: %1</source>
        <translation>složky modelů: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(žádné)</translation>
    </message>
    <message>
        <source>loads OK on %1</source>
        <translation>načítá se v pořádku na %1</translation>
    </message>
    <message>
        <source>LOAD FAILED: %1</source>
        <translation>NAČTENÍ SELHALO: %1</translation>
    </message>
    <message>
        <source>    weights SHA-256 %1, but the manifest %2 pins %3</source>
        <translation>    SHA-256 vah %1, ale manifest %2 stanoví %3</translation>
    </message>
    <message>
        <source>    (%1 is hidden by %2, which has the same name)</source>
        <translation>    (%1 je zakryt modelem %2 se stejným názvem)</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Zobrazí nápovědu k volbám příkazové řádky.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Zobrazí nápovědu včetně voleb specifických pro Qt.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Zobrazí informace o verzi.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Použití: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[volby]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Volby:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumenty:</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Neznámá volba &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Neznámé volby: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Chybí hodnota po &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Neočekávaná hodnota po &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Folder</source>
        <translation>Složka</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Zpět</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Zn&amp;ovu</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Vyj&amp;mout</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopírovat</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Vložit</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Smazat</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Vybrat vše</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>bona fide mean feature of %n clip(s) (%1, SHA-256 %2)</source>
        <translation>
            <numerusform>střední příznak bona fide z %n nahrávky (%1, SHA-256 %2)</numerusform>
            <numerusform>střední příznak bona fide z %n nahrávek (%1, SHA-256 %2)</numerusform>
            <numerusform>střední příznak bona fide z %n nahrávek (%1, SHA-256 %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>not a detector (%1 classes)</source>
        <translation>není detektor (%1 tříd)</translation>
    </message>
    <message>
        <source>
weights SHA-256 %1…</source>
        <translation>
SHA-256 vah %1…</translation>
    </message>
    <message>
        <source>weights %1</source>
        <translation>váhy %1</translation>
    </message>
    <message>
        <source>Detect with %1 on %2</source>
        <translation>Detekce pomocí %1 na %2</translation>
    </message>
    <message>
        <source>Trace %1 (%2)</source>
        <translation>Určení zdroje %1 (%2)</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: složku nelze vytvořit</translation>
    </message>
    <message>
        <source>%1: cannot copy to %2</source>
        <translation>%1: nelze zkopírovat do %2</translation>
    </message>
    <message>
        <source>%1 bona fide, %2 spoof</source>
        <translation>%1 bona fide, %2 spoof</translation>
    </message>
    <message>
        <source>%1: 1 class</source>
        <translation>%1: 1 třída</translation>
    </message>
    <message>
        <source>%1: %2 classes</source>
        <translation>%1: %2 tříd</translation>
    </message>
    <message>
        <source>%1 clips: %2</source>
        <translation>%1 nahrávek: %2</translation>
    </message>
    <message>
        <source>%1 toolbar</source>
        <translation>Panel nástrojů %1</translation>
    </message>
    <message>
        <source>the validated conditions could not be checked: %1</source>
        <translation>ověřené podmínky nelze zkontrolovat: %1</translation>
    </message>
    <message>
        <source>%1 (SHA-256 %2; %3 bona fide / %4 spoofed trials; Cllr %5 bits)</source>
        <translation>%1 (SHA-256 %2; %3 bona fide / %4 podvržených pokusů; Cllr %5 bitů)</translation>
    </message>
    <message>
        <source>the score is not a finite number</source>
        <translation>skóre není konečné číslo</translation>
    </message>
    <message>
        <source>the clip&apos;s score is of its first %1 s of %2 s (fixed-length input); the timeline covers the rest</source>
        <translation>skóre nahrávky se týká jejích prvních %1 s z %2 s (vstup pevné délky); časový průběh pokrývá zbytek</translation>
    </message>
    <message>
        <source>tracing: no library was given and the default model has no library beside it</source>
        <translation>určení zdroje: nebyla zadána knihovna a výchozí model vedle sebe knihovnu nemá</translation>
    </message>
    <message>
        <source>tracing: %1</source>
        <translation>určení zdroje: %1</translation>
    </message>
    <message>
        <source>the library is bound to model %1, which is not among the usable models; install its manifest and weights (see the Models menu and docs/models.md)</source>
        <translation>knihovna je vázána na model %1, který není mezi použitelnými modely; nainstalujte jeho manifest a váhy (viz nabídka Modely a docs/models.md)</translation>
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
        <translation>Uložit</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Uložit vše</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otevřít</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ano</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ano &amp;všem</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ne</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;e všem</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Přerušit</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Opakovat</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorovat</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Zahodit</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Nápověda</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Použít</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Obnovit</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Obnovit výchozí</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Zpět</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Zn&amp;ovu</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Vyj&amp;mout</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopírovat</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopírovat adresu &amp;odkazu</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Vložit</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Smazat</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Vybrat vše</translation>
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
        <translation>použití: sourcetrace-cli quality [--json] [--start S] [--end E] [--thresholds FILE] FILE...
Změří kvalitu každého souboru důkazu (dekódovaného jen pro čtení, smíchaného do mono ve vlastní vzorkovací frekvenci): délku,
vzorkovací frekvenci, kanály, kontejner a kodek, špičkovou a RMS úroveň, stejnosměrnou složku, ořezané vzorky (série 3 a více
na plné úrovni, nejhorší kanál), čistou řeč (energetická VAD), poměr řeči a šumu a efektivní šířku pásma, s
náznaky kodeku a vzorkovací frekvence; pak je posoudí vůči prahům a vypíše zjištění.
Definice: docs/quality.md.
  --start S          měřit od S (sekundy, nebo h:mm:ss.mmm) každého souboru
  --end E            měřit do E (výchozí: konec souboru)
  --thresholds FILE  objekt JSON s libovolnými z minSnrDb (výchozí 15), minNetSpeechSeconds (2),
                     maxClippedFraction (0.001), maxAbsDcOffset (0.02), minBandwidthHz (3400)
  --json             jedno pole JSON na stdout: {&quot;path&quot;, &quot;measures&quot;, &quot;verdict&quot;} pro každý soubor, nebo {&quot;path&quot;,
                     &quot;error&quot;} pro soubor, který nelze přečíst
Návratový kód: 0 všechny soubory vyhověly, 1 některý soubor nevyhověl nebo jej nelze přečíst (každý ohlášen), 2 chybné použití.</translation>
    </message>
    <message>
        <source>%1 needs a time in seconds (or h:mm:ss.mmm) from 0</source>
        <translation>%1 potřebuje čas v sekundách (nebo h:mm:ss.mmm) od 0</translation>
    </message>
    <message>
        <source>--thresholds needs a JSON file</source>
        <translation>--thresholds potřebuje soubor JSON</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>neznámá volba &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no input files</source>
        <translation>žádné vstupní soubory</translation>
    </message>
    <message>
        <source>--end (%1 s) must be after --start (%2 s)</source>
        <translation>--end (%1 s) musí být za --start (%2 s)</translation>
    </message>
</context>
<context>
    <name>ShardCliSupport</name>
    <message>
        <source>Run only shard K of N (K/N, 0 &lt;= K &lt; N) of the clips, or auto (K and N from SLURM_ARRAY_TASK_ID and SLURM_ARRAY_TASK_COUNT); the output goes to OUT/shards/K-of-N/ (folder) or OUT.shards/K-of-N/ (file). See docs/sharding.md.</source>
        <translation>Spustit pouze shard K z N (K/N, 0 &lt;= K &lt; N) nahrávek, nebo auto (K a N ze SLURM_ARRAY_TASK_ID a SLURM_ARRAY_TASK_COUNT); výstup jde do OUT/shards/K-of-N/ (složka) nebo OUT.shards/K-of-N/ (soubor). Viz docs/sharding.md.</translation>
    </message>
    <message>
        <source>nothing merged: every shard 0..N-1 must be present, complete and from the same model, settings and build (%1)</source>
        <translation>nic nesloučeno: každý shard 0..N-1 musí být přítomný, úplný a ze stejného modelu, nastavení a sestavení (%1)</translation>
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
        <translation>Určí zdroj nahrávek podle zdrojů knihovny: sourcetrace-cli trace --library L.db (FILE... | --protocol P [--root DIR])
  [--embeddings DIR] [--backend cosine|mahalanobis|knn|mlp|siamese-ce|siamese-cl|siamese-zs] [--k 7] [--shrinkage 0.1]
  [--weights PTH] [--top 5] [--json]
  [--pooled-eer OUTDIR]
Vypíše pro každou nahrávku a úroveň seřazené kandidáty se skóre (vyšší = pravděpodobnější) a rozhodnutí: nejlepší
zdroj, nebo &apos;unknown&apos;, když je jeho skóre na prahu nebo pod prahem uloženým příkazem `library calibrate` pro tuto úroveň
a back-end. Natrénované back-endy (mlp, siamese-*) používají proložení uložené příkazem `library fit-backend`; siamese-cl/zs
s --weights a bez uloženého proložení použijí publikované váhy tak, jak jsou.
U modelu s klasifikační hlavou také skóre OOD (MSP, energy, NSD; vyšší = v rámci distribuce).
--pooled-eer (potřebuje označený --protocol): každá nahrávka proti každému otisku útoku jako pokusy STOPA; zapíše
pooled_eer_kn.csv / pooled_eer_ukn.csv do OUTDIR a vypíše tabulku (známé útoky = útoky knihovny).
Bez --library se použije výchozí knihovna (library.db vedle výchozího modelu, sourcetrace-default).
Když má model knihovny validity.json (calibrate-model), nahrávka mimo jeho ověřené podmínky nedostane
žádný poměr věrohodností: LR jsou zadrženy a vypíší se důvody.</translation>
    </message>
    <message>
        <source>The fingerprint library.</source>
        <translation>Knihovna otisků.</translation>
    </message>
    <message>
        <source>cosine (default), mahalanobis, knn, or a trained one stored by `library fit-backend`: mlp, siamese-ce, siamese-cl, siamese-zs.</source>
        <translation>cosine (výchozí), mahalanobis, knn, nebo natrénovaný uložený příkazem `library fit-backend`: mlp, siamese-ce, siamese-cl, siamese-zs.</translation>
    </message>
    <message>
        <source>siamese-cl/zs without a stored fit: published tower weights (.pt).</source>
        <translation>siamese-cl/zs bez uloženého proložení: publikované váhy věže (.pt).</translation>
    </message>
    <message>
        <source>knn: k (default 7).</source>
        <translation>knn: k (výchozí 7).</translation>
    </message>
    <message>
        <source>mahalanobis: shrinkage (default 0.1).</source>
        <translation>mahalanobis: shrinkage (výchozí 0,1).</translation>
    </message>
    <message>
        <source>cosine: subtract the mean enrolment embedding first.</source>
        <translation>cosine: nejprve odečíst střední embedding zápisu.</translation>
    </message>
    <message>
        <source>Candidates shown per level (default 5; JSON: all).</source>
        <translation>Počet kandidátů zobrazených na úroveň (výchozí 5; JSON: všichni).</translation>
    </message>
    <message>
        <source>JSON on stdout (one object with a result per clip).</source>
        <translation>JSON na stdout (jeden objekt s výsledkem pro každou nahrávku).</translation>
    </message>
    <message>
        <source>Write STOPA pooled EER tables to this folder.</source>
        <translation>Zapsat tabulky souhrnné EER STOPA do této složky.</translation>
    </message>
    <message>
        <source>--pooled-eer: overwrite existing tables.</source>
        <translation>--pooled-eer: přepsat existující tabulky.</translation>
    </message>
    <message>
        <source>Audio files.</source>
        <translation>Zvukové soubory.</translation>
    </message>
    <message>
        <source>--library is required (no default library: the default model %1 has no library.db beside its manifest)</source>
        <translation>--library je povinný (žádná výchozí knihovna: výchozí model %1 nemá vedle svého manifestu library.db)</translation>
    </message>
    <message>
        <source>--top takes a whole number of at least 1, not &apos;%1&apos;</source>
        <translation>--top bere celé číslo alespoň 1, ne &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 exists; give --force to overwrite it (nothing was written)</source>
        <translation>%1 existuje; pro přepsání zadejte --force (nic nebylo zapsáno)</translation>
    </message>
    <message>
        <source>no clips (give FILE... or --protocol P)</source>
        <translation>žádné nahrávky (zadejte FILE... nebo --protocol P)</translation>
    </message>
    <message>
        <source>%1 (likelihood ratios are withheld)</source>
        <translation>%1 (poměry věrohodností jsou zadrženy)</translation>
    </message>
    <message>
        <source>is the library itself, not a clip</source>
        <translation>je to samotná knihovna, ne nahrávka</translation>
    </message>
    <message>
        <source>trace with %1</source>
        <translation>určení zdroje pomocí %1</translation>
    </message>
    <message>
        <source>      LR withheld: %1
</source>
        <translation>      LR zadržen: %1
</translation>
    </message>
    <message>
        <source>      LR for %1: %2 (log10 LR %3): %4; calibrated on %5 (sha256 %6, %7 target / %8 non-target trials, %9)
</source>
        <translation>      LR pro %1: %2 (log10 LR %3): %4; kalibrováno na %5 (sha256 %6, %7 cílových / %8 necílových pokusů, %9)
</translation>
    </message>
    <message>
        <source> (threshold %1)</source>
        <translation> (práh %1)</translation>
    </message>
    <message>
        <source> (no threshold)</source>
        <translation> (bez prahu)</translation>
    </message>
</context>
<context>
    <name>TrainCommand</name>
    <message>
        <source>%1 (see sourcetrace-cli train --help)</source>
        <translation>%1 (viz sourcetrace-cli train --help)</translation>
    </message>
    <message>
        <source>Trains a detector or tracer on labelled protocols (the project&apos;s TSV, ASVspoof 2019/2021 LA, MLAAD) with
SourceTrace&apos;s learning engine. A run folder (--out) receives run.json, log.csv, checkpoint/ and model/ (a
model folder the registry loads: add its parent to SOURCETRACE_MODEL_PATH or copy it into a model folder).
Settings come from --config (a JSON run configuration; docs/training.md) and the flags, which override it.
Ctrl-C writes a checkpoint and stops; --resume DIR continues, ending with the same weights as a run that
was never interrupted. Exit status: 0 done, 1 failed or interrupted, 2 usage.</source>
        <translation>Natrénuje detektor nebo tracer na označených protokolech (TSV projektu, ASVspoof 2019/2021 LA, MLAAD)
učicím jádrem SourceTrace. Do složky běhu (--out) se zapíší run.json, log.csv, checkpoint/ a model/ (složka
modelu, kterou registr načte: přidejte její nadřazenou složku do SOURCETRACE_MODEL_PATH nebo ji zkopírujte do složky modelů).
Nastavení pochází z --config (konfigurace běhu v JSON; docs/training.md) a z přepínačů, které ji přepisují.
Ctrl-C zapíše checkpoint a zastaví; --resume DIR pokračuje a skončí se stejnými vahami jako běh, který
nebyl nikdy přerušen. Návratový kód: 0 hotovo, 1 selhalo nebo přerušeno, 2 chybné použití.</translation>
    </message>
    <message>
        <source>interrupted; checkpoint written, continue with: sourcetrace-cli train --resume %1</source>
        <translation>přerušeno; checkpoint zapsán, pokračujte pomocí: sourcetrace-cli train --resume %1</translation>
    </message>
    <message>
        <source>--heads: an entry has no level (&quot;%1&quot;)</source>
        <translation>--heads: položka nemá úroveň (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--heads: the weight of &quot;%1&quot; is not a number</source>
        <translation>--heads: váha &quot;%1&quot; není číslo</translation>
    </message>
    <message>
        <source>--heads: loss &quot;%1&quot; of level &quot;%2&quot; is none of ce, aam, ocsoftmax, ge2e</source>
        <translation>--heads: ztráta &quot;%1&quot; úrovně &quot;%2&quot; není žádná z ce, aam, ocsoftmax, ge2e</translation>
    </message>
    <message>
        <source>JSON run configuration.</source>
        <translation>Konfigurace běhu v JSON.</translation>
    </message>
    <message>
        <source>Continue the run in DIR from its last checkpoint.</source>
        <translation>Pokračovat v běhu v DIR od jeho posledního checkpointu.</translation>
    </message>
    <message>
        <source>Training protocol (repeatable).</source>
        <translation>Trénovací protokol (lze opakovat).</translation>
    </message>
    <message>
        <source>Validation protocol (repeatable; default: split off the training protocols).</source>
        <translation>Validační protokol (lze opakovat; výchozí: oddělen od trénovacích protokolů).</translation>
    </message>
    <message>
        <source>Folder the protocols&apos; clip paths are relative to (default: each protocol&apos;s folder).</source>
        <translation>Složka, ke které jsou cesty nahrávek v protokolech relativní (výchozí: složka každého protokolu).</translation>
    </message>
    <message>
        <source>The run folder (new).</source>
        <translation>Složka běhu (nová).</translation>
    </message>
    <message>
        <source>The model&apos;s registry name.</source>
        <translation>Název modelu v registru.</translation>
    </message>
    <message>
        <source>spectral (default), aasist or aasist-l.</source>
        <translation>spectral (výchozí), aasist nebo aasist-l.</translation>
    </message>
    <message>
        <source>AASIST: fine-tune from this checkpoint (.pth or .safetensors).</source>
        <translation>AASIST: doladit z tohoto checkpointu (.pth nebo .safetensors).</translation>
    </message>
    <message>
        <source>Heads as level:loss[:weight], comma-separated, e.g. bonafide:ocsoftmax,attack:aam:0.5 (losses: ce, aam, ocsoftmax, ge2e). Default: bonafide:ce.</source>
        <translation>Hlavy jako level:loss[:weight], oddělené čárkou, např. bonafide:ocsoftmax,attack:aam:0.5 (ztráty: ce, aam, ocsoftmax, ge2e). Výchozí: bonafide:ce.</translation>
    </message>
    <message>
        <source>Index of the head whose logits the model returns (default 0).</source>
        <translation>Index hlavy, jejíž logity model vrací (výchozí 0).</translation>
    </message>
    <message>
        <source>Level to balance classes over in sampling.</source>
        <translation>Úroveň, podle které se při výběru vzorků vyvažují třídy.</translation>
    </message>
    <message>
        <source>Protocol column whose groups the validation split keeps whole (default text).</source>
        <translation>Sloupec protokolu, jehož skupiny validační rozdělení zachová celé (výchozí text).</translation>
    </message>
    <message>
        <source>Epochs.</source>
        <translation>Epochy.</translation>
    </message>
    <message>
        <source>Batch size.</source>
        <translation>Velikost dávky.</translation>
    </message>
    <message>
        <source>Training crop in seconds.</source>
        <translation>Trénovací výřez v sekundách.</translation>
    </message>
    <message>
        <source>Samples per epoch (default: the training set&apos;s size).</source>
        <translation>Vzorků na epochu (výchozí: velikost trénovací sady).</translation>
    </message>
    <message>
        <source>Peak learning rate.</source>
        <translation>Špičková rychlost učení.</translation>
    </message>
    <message>
        <source>Augment on the fly (RawBoost series 5 and noise; tune in --config).</source>
        <translation>Augmentace za běhu (RawBoost řada 5 a šum; nastavení v --config).</translation>
    </message>
    <message>
        <source>RegMixup regularisation.</source>
        <translation>Regularizace RegMixup.</translation>
    </message>
    <message>
        <source>Early stopping after N epochs without improvement.</source>
        <translation>Předčasné ukončení po N epochách bez zlepšení.</translation>
    </message>
    <message>
        <source>Best-checkpoint metric: auto, loss, eer:bonafide, accuracy:HEAD, pooled-eer:HEAD.</source>
        <translation>Metrika nejlepšího checkpointu: auto, loss, eer:bonafide, accuracy:HEAD, pooled-eer:HEAD.</translation>
    </message>
    <message>
        <source>LibTorch threads (default: all cores).</source>
        <translation>Vlákna LibTorch (výchozí: všechna jádra).</translation>
    </message>
    <message>
        <source>Data loading threads.</source>
        <translation>Vlákna pro načítání dat.</translation>
    </message>
    <message>
        <source>auto, cpu or cuda.</source>
        <translation>auto, cpu nebo cuda.</translation>
    </message>
    <message>
        <source>Random seed (the run is reproducible from it).</source>
        <translation>Náhodný seed (běh je z něj reprodukovatelný).</translation>
    </message>
    <message>
        <source>Print the architecture&apos;s parameters and multiply-accumulates per 4 s clip, then exit.</source>
        <translation>Vypsat parametry architektury a počet operací násobení-sčítání na 4s nahrávku a skončit.</translation>
    </message>
    <message>
        <source>No progress bar.</source>
        <translation>Bez ukazatele průběhu.</translation>
    </message>
    <message>
        <source>Print the result as JSON on stdout at the end.</source>
        <translation>Na konci vypsat výsledek jako JSON na stdout.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>neočekávaný argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--resume takes the run&apos;s own settings; --%1 cannot change them</source>
        <translation>--resume bere vlastní nastavení běhu; --%1 je nemůže změnit</translation>
    </message>
    <message>
        <source>--%1 must be an integer in [%2, %3]</source>
        <translation>--%1 musí být celé číslo v [%2, %3]</translation>
    </message>
    <message>
        <source>--%1 must be a number in [%2, %3]</source>
        <translation>--%1 musí být číslo v [%2, %3]</translation>
    </message>
    <message>
        <source>--seed must be a non-negative integer</source>
        <translation>--seed musí být nezáporné celé číslo</translation>
    </message>
    <message>
        <source>--architecture must be spectral, aasist or aasist-l</source>
        <translation>--architecture musí být spectral, aasist nebo aasist-l</translation>
    </message>
    <message>
        <source>--device must be auto, cpu or cuda</source>
        <translation>--device musí být auto, cpu nebo cuda</translation>
    </message>
    <message>
        <source>%1: %2 parameters, %3 multiply-accumulates per 4 s clip</source>
        <translation>%1: %2 parametrů, %3 operací násobení-sčítání na 4s nahrávku</translation>
    </message>
    <message>
        <source>(not modelled)</source>
        <translation>(nemodelováno)</translation>
    </message>
    <message>
        <source>no training protocol (--protocol or &quot;protocols&quot; in --config)</source>
        <translation>žádný trénovací protokol (--protocol nebo &quot;protocols&quot; v --config)</translation>
    </message>
    <message>
        <source>no run folder (--out or &quot;outputDir&quot; in --config)</source>
        <translation>žádná složka běhu (--out nebo &quot;outputDir&quot; v --config)</translation>
    </message>
    <message>
        <source>train %1</source>
        <translation>trénování %1</translation>
    </message>
    <message>
        <source>best epoch %1 (%2 = %3); model: %4</source>
        <translation>nejlepší epocha %1 (%2 = %3); model: %4</translation>
    </message>
</context>
<context>
    <name>sourcetrace</name>
    <message>
        <source>Language of the interface: en, %1, or system (default: the choice in Edit &gt; Preferences, else the system&apos;s).</source>
        <translation>Jazyk rozhraní: en, %1, nebo system (výchozí: volba v Úpravy &gt; Předvolby, jinak jazyk systému).</translation>
    </message>
    <message>
        <source>Show the sound system&apos;s own messages (ALSA, JACK) on stderr; also SOURCETRACE_AUDIO_DEBUG=1.</source>
        <translation>Zobrazovat vlastní zprávy zvukového systému (ALSA, JACK) na stderr; také SOURCETRACE_AUDIO_DEBUG=1.</translation>
    </message>
    <message>
        <source>SourceTrace evidence viewer</source>
        <translation>Prohlížeč důkazů SourceTrace</translation>
    </message>
    <message>
        <source>Displays version information: build, commit and the default model.</source>
        <translation>Zobrazí informace o verzi: sestavení, commit a výchozí model.</translation>
    </message>
    <message>
        <source>Audio file to open (default: the demo clip).</source>
        <translation>Zvukový soubor k otevření (výchozí: ukázková nahrávka).</translation>
    </message>
    <message>
        <source>Save a screenshot of the window and quit.</source>
        <translation>Uložit snímek obrazovky okna a skončit.</translation>
    </message>
    <message>
        <source>Window size WxH (with --screenshot).</source>
        <translation>Velikost okna ŠxV (s --screenshot).</translation>
    </message>
    <message>
        <source>Visible range START:END in seconds.</source>
        <translation>Viditelný úsek START:END v sekundách.</translation>
    </message>
    <message>
        <source>Select START:END in seconds.</source>
        <translation>Vybrat START:END v sekundách.</translation>
    </message>
    <message>
        <source>Run this model&apos;s detection on the file.</source>
        <translation>Spustit detekci tohoto modelu na souboru.</translation>
    </message>
    <message>
        <source>Open this fingerprint library.</source>
        <translation>Otevřít tuto knihovnu otisků.</translation>
    </message>
    <message>
        <source>Trace the file against the library with this back-end.</source>
        <translation>Určit zdroj souboru vůči knihovně s tímto back-endem.</translation>
    </message>
    <message>
        <source>Run Integrated Gradients with this model on the file (16 steps, bona fide logit).</source>
        <translation>Spustit Integrated Gradients s tímto modelem na souboru (16 kroků, logit bona fide).</translation>
    </message>
    <message>
        <source>With --explain: the bona fide mean baseline from this file (feature-space IG).</source>
        <translation>S --explain: baseline průměru bona fide z tohoto souboru (IG v prostoru příznaků).</translation>
    </message>
    <message>
        <source>Show (and raise) the dock with this object name, or the evaluation tab.</source>
        <translation>Zobrazit (a vynést do popředí) panel s tímto názvem objektu, nebo kartu vyhodnocení.</translation>
    </message>
    <message>
        <source>Show the Training dock with the curves and settings of this run folder.</source>
        <translation>Zobrazit panel Trénování s křivkami a nastavením této složky běhu.</translation>
    </message>
    <message>
        <source>Open this case file (.stcase); its items are verified at once.</source>
        <translation>Otevřít tento soubor případu (.stcase); jeho položky se ihned ověří.</translation>
    </message>
    <message>
        <source>With --case: load this evidence item (verified first) instead of a file.</source>
        <translation>S --case: načíst tuto důkazní položku (nejprve ověřenou) místo souboru.</translation>
    </message>
</context>
<context>
    <name>st::AasistConfig</name>
    <message>
        <source>model config field &quot;%1&quot;: %2</source>
        <translation>pole &quot;%1&quot; konfigurace modelu: %2</translation>
    </message>
    <message>
        <source>expected a positive integer</source>
        <translation>očekává se kladné celé číslo</translation>
    </message>
    <message>
        <source>expected a positive number</source>
        <translation>očekává se kladné číslo</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>chybí</translation>
    </message>
    <message>
        <source>expected an array of %1 values</source>
        <translation>očekává se pole o %1 hodnotách</translation>
    </message>
    <message>
        <source>cannot open the model config: %1</source>
        <translation>konfiguraci modelu nelze otevřít: %1</translation>
    </message>
    <message>
        <source>the model config is not valid JSON at offset %1: %2</source>
        <translation>konfigurace modelu není na pozici %1 platný JSON: %2</translation>
    </message>
    <message>
        <source>the model config is not a JSON object</source>
        <translation>konfigurace modelu není objekt JSON</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>očekává se objekt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not AASIST</source>
        <translation>&quot;%1&quot; není AASIST</translation>
    </message>
    <message>
        <source>needs at least 3 sinc filters</source>
        <translation>potřebuje alespoň 3 filtry sinc</translation>
    </message>
    <message>
        <source>expected [in_channels, out_channels]</source>
        <translation>očekává se [in_channels, out_channels]</translation>
    </message>
    <message>
        <source>the first residual block takes 1 input channel</source>
        <translation>první reziduální blok má 1 vstupní kanál</translation>
    </message>
    <message>
        <source>input channels %1 differ from the previous block&apos;s output %2</source>
        <translation>vstupní kanály %1 se liší od výstupu %2 předchozího bloku</translation>
    </message>
    <message>
        <source>is used for three blocks in a row, so input and output channels must be equal</source>
        <translation>používá se pro tři bloky za sebou, proto musí být vstupní a výstupní kanály stejné</translation>
    </message>
    <message>
        <source>a ratio must be at most 1</source>
        <translation>poměr smí být nejvýše 1</translation>
    </message>
</context>
<context>
    <name>st::AasistModel</name>
    <message>
        <source>AASIST forward: all waveforms of a batch must have the same length (%1 and %2 samples)</source>
        <translation>dopředný průchod AASIST: všechny průběhy v dávce musí mít stejnou délku (%1 a %2 vzorků)</translation>
    </message>
    <message>
        <source>AASIST forward: a waveform of %1 samples is too short; the model needs at least %2 samples (%3 s at 16 kHz)</source>
        <translation>dopředný průchod AASIST: průběh o %1 vzorcích je příliš krátký; model potřebuje alespoň %2 vzorků (%3 s při 16 kHz)</translation>
    </message>
    <message>
        <source>the checkpoint has no 2-d out_layer.weight: not an AASIST state dict</source>
        <translation>checkpoint nemá dvourozměrný out_layer.weight: není to state dict AASIST</translation>
    </message>
    <message>
        <source>out_layer.weight has no rows</source>
        <translation>out_layer.weight nemá žádné řádky</translation>
    </message>
    <message>
        <source>%1 (file %2, model [%3])</source>
        <translation>%1 (soubor %2, model [%3])</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>chybí: %1</translation>
    </message>
    <message>
        <source>unexpected: %1</source>
        <translation>neočekávané: %1</translation>
    </message>
    <message>
        <source>wrong shape: %1</source>
        <translation>chybný tvar: %1</translation>
    </message>
    <message>
        <source>the checkpoint does not fit the AASIST config (%1 classes, gat_dims [%2, %3]): %4</source>
        <translation>checkpoint neodpovídá konfiguraci AASIST (%1 tříd, gat_dims [%2, %3]): %4</translation>
    </message>
    <message>
        <source>tensor %1 is %2, expected floating point</source>
        <translation>tenzor %1 je typu %2, očekává se plovoucí řádová čárka</translation>
    </message>
    <message>
        <source>input gradients need a native AASIST model</source>
        <translation>vstupní gradienty vyžadují nativní model AASIST</translation>
    </message>
    <message>
        <source>class index %1 is out of range (the model has %2 classes)</source>
        <translation>index třídy %1 je mimo rozsah (model má %2 tříd)</translation>
    </message>
    <message>
        <source>all waveforms of a batch must have the same length</source>
        <translation>všechny průběhy v dávce musí mít stejnou délku</translation>
    </message>
    <message>
        <source>a waveform of %1 samples is too short (at least %2)</source>
        <translation>průběh o %1 vzorcích je příliš krátký (alespoň %2)</translation>
    </message>
    <message>
        <source>the manifest names %1 classes, the checkpoint %2 has %3 (rows of out_layer.weight)</source>
        <translation>manifest uvádí %1 tříd, checkpoint %2 jich má %3 (řádky out_layer.weight)</translation>
    </message>
    <message>
        <source>the manifest says embeddingDim %1, the AASIST config gives %2</source>
        <translation>manifest uvádí embeddingDim %1, konfigurace AASIST dává %2</translation>
    </message>
</context>
<context>
    <name>st::AboutDialog</name>
    <message>
        <source>About SourceTrace</source>
        <translation>O aplikaci SourceTrace</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponenta</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Verze</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Použito pro</translation>
    </message>
    <message>
        <source>Copy build facts</source>
        <translation>Kopírovat údaje o sestavení</translation>
    </message>
    <message>
        <source>&lt;h2&gt;SourceTrace %1&lt;/h2&gt;&lt;p&gt;Synthetic-speech detection, source tracing and explanations for forensic examination. Everything runs offline: SourceTrace never uses the network.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;SourceTrace %1&lt;/h2&gt;&lt;p&gt;Detekce syntetické řeči, určení zdroje a vysvětlení pro forenzní zkoumání. Vše běží offline: SourceTrace nikdy nepoužívá síť.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Debian package</source>
        <translation>Balíček Debian</translation>
    </message>
    <message>
        <source>What was used</source>
        <translation>Co bylo použito</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Model training material</source>
        <translation>Materiál pro trénování modelů</translation>
    </message>
    <message>
        <source>SourceTrace is free software under the GNU General Public License, version 3 or later (/usr/share/common-licenses/GPL-3 on Debian); it comes with NO WARRANTY. The components keep their own licences (above); their Debian packages carry the full texts under /usr/share/doc/&amp;lt;package&amp;gt;/copyright. The default model, its calibration and its library were computed by the project from the output of the synthesisers and from the recordings listed under &lt;i&gt;Model training material&lt;/i&gt;; none of that material itself is shipped. Third-party model weights are not part of SourceTrace: each manifest states its weights&apos; licence (Models menu). Help › Manual, &quot;licences.md&quot;, says more.</source>
        <translation>SourceTrace je svobodný software pod licencí GNU General Public License verze 3 nebo novější (/usr/share/common-licenses/GPL-3 v Debianu); je poskytován BEZ ZÁRUKY. Komponenty si ponechávají své vlastní licence (viz výše); jejich balíčky Debian obsahují úplná znění v /usr/share/doc/&amp;lt;package&amp;gt;/copyright. Výchozí model, jeho kalibraci a jeho knihovnu vypočítal projekt z výstupu syntetizérů a z nahrávek uvedených v části &lt;i&gt;Materiál pro trénování modelů&lt;/i&gt;; žádný z těchto materiálů se sám nedodává. Váhy modelů třetích stran nejsou součástí SourceTrace: každý manifest uvádí licenci svých vah (nabídka Modely). Nápověda › Příručka, &quot;licences.md&quot;, uvádí více.</translation>
    </message>
    <message>
        <source>this application, its default model and library</source>
        <translation>tato aplikace, její výchozí model a knihovna</translation>
    </message>
    <message>
        <source>the interface, SQLite access, images</source>
        <translation>rozhraní, přístup k SQLite, obrázky</translation>
    </message>
    <message>
        <source>evaluation and training charts</source>
        <translation>grafy vyhodnocení a trénování</translation>
    </message>
    <message>
        <source>case files, fingerprint libraries</source>
        <translation>soubory případů, knihovny otisků</translation>
    </message>
    <message>
        <source>running and training the models</source>
        <translation>běh a trénování modelů</translation>
    </message>
    <message>
        <source>decoding WAV, FLAC, Ogg, Opus, MP3</source>
        <translation>dekódování WAV, FLAC, Ogg, Opus, MP3</translation>
    </message>
    <message>
        <source>resampling</source>
        <translation>převzorkování</translation>
    </message>
    <message>
        <source>playback</source>
        <translation>přehrávání</translation>
    </message>
    <message>
        <source>spectrograms, quality measures</source>
        <translation>spektrogramy, míry kvality</translation>
    </message>
    <message>
        <source>linear algebra of the tracing back-ends</source>
        <translation>lineární algebra back-endů určení zdroje</translation>
    </message>
    <message>
        <source>synthetic training speech (harmonic and Klatt variants); the demo clip (en-gb voice)</source>
        <translation>syntetická trénovací řeč (varianty harmonic a Klatt); ukázková nahrávka (hlas en-gb)</translation>
    </message>
    <message>
        <source>synthetic training speech</source>
        <translation>syntetická trénovací řeč</translation>
    </message>
    <message>
        <source>synthesis engine and English lexicons of the diphone voices</source>
        <translation>syntézní jádro a anglické lexikony difonových hlasů</translation>
    </message>
    <message>
        <source>synthetic training speech (kal and ked diphone voices)</source>
        <translation>syntetická trénovací řeč (difonové hlasy kal a ked)</translation>
    </message>
    <message>
        <source>synthetic training speech (Italian diphone voices)</source>
        <translation>syntetická trénovací řeč (italské difonové hlasy)</translation>
    </message>
    <message>
        <source>synthetic training speech (Czech diphone voice)</source>
        <translation>syntetická trénovací řeč (český difonový hlas)</translation>
    </message>
    <message>
        <source>synthetic training speech (Finnish diphone voices)</source>
        <translation>syntetická trénovací řeč (finské difonové hlasy)</translation>
    </message>
    <message>
        <source>copy synthesis (MLSA and LPC vocoding) of the bona fide recordings</source>
        <translation>kopírovací syntéza (vokódování MLSA a LPC) bona fide nahrávek</translation>
    </message>
    <message>
        <source>bona fide speech: 258 English prompts (corpus/allison-training-prompts.txt)</source>
        <translation>bona fide řeč: 258 anglických promptů (corpus/allison-training-prompts.txt)</translation>
    </message>
    <message>
        <source>bona fide speech: Italian and Russian prompts</source>
        <translation>bona fide řeč: italské a ruské prompty</translation>
    </message>
    <message>
        <source>bona fide speech: Italian prompts</source>
        <translation>bona fide řeč: italské prompty</translation>
    </message>
    <message>
        <source>bona fide speech: the natural recordings of its speaker database</source>
        <translation>bona fide řeč: přirozené nahrávky jeho databáze mluvčích</translation>
    </message>
    <message>
        <source>bona fide speech: spoken letters, words and game calls</source>
        <translation>bona fide řeč: vyslovená písmena, slova a herní výkřiky</translation>
    </message>
    <message>
        <source>bona fide speech: the game&apos;s dialogue</source>
        <translation>bona fide řeč: dialogy hry</translation>
    </message>
    <message>
        <source>bona fide speech: its unprocessed speech samples</source>
        <translation>bona fide řeč: jeho nezpracované vzorky řeči</translation>
    </message>
    <message>
        <source>bona fide speech: sa1.wav</source>
        <translation>bona fide řeč: sa1.wav</translation>
    </message>
    <message>
        <source>bona fide speech: hello*.wav</source>
        <translation>bona fide řeč: hello*.wav</translation>
    </message>
    <message>
        <source>bona fide speech: the spoken channel names</source>
        <translation>bona fide řeč: vyslovené názvy kanálů</translation>
    </message>
</context>
<context>
    <name>st::AnalysisSettingsDialog</name>
    <message>
        <source>Analyse %1</source>
        <translation>Analyzovat %1</translation>
    </message>
    <message>
        <source>the default model</source>
        <translation>výchozí model</translation>
    </message>
    <message>
        <source>Trace the source</source>
        <translation>Určit zdroj</translation>
    </message>
    <message>
        <source>the default library</source>
        <translation>výchozí knihovna</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Procházet...</translation>
    </message>
    <message>
        <source>Fingerprint library</source>
        <translation>Knihovna otisků</translation>
    </message>
    <message>
        <source>Fingerprint library (*.db);;All files (*)</source>
        <translation>Knihovna otisků (*.db);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>kosinová</translation>
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
        <translation>Integrated Gradients skóre detekce (pomalé)</translation>
    </message>
    <message>
        <source>library default</source>
        <translation>výchozí knihovny</translation>
    </message>
    <message>
        <source>Detector:</source>
        <translation>Detektor:</translation>
    </message>
    <message>
        <source>Library:</source>
        <translation>Knihovna:</translation>
    </message>
    <message>
        <source>Back-end:</source>
        <translation>Back-end:</translation>
    </message>
    <message>
        <source>IG steps:</source>
        <translation>Kroky IG:</translation>
    </message>
    <message>
        <source>Threads:</source>
        <translation>Vlákna:</translation>
    </message>
    <message>
        <source>The item is verified against its intake SHA-256 first; the quality thresholds are the case&apos;s. The result is stored in the case with these settings and its provenance.</source>
        <translation>Položka se nejprve ověří vůči svému vstupnímu SHA-256; prahy kvality jsou prahy případu. Výsledek se uloží do případu s tímto nastavením a svým původem.</translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation>Analyzovat</translation>
    </message>
</context>
<context>
    <name>st::Annotation</name>
    <message>
        <source>start and end must be finite numbers of seconds</source>
        <translation>začátek a konec musí být konečné počty sekund</translation>
    </message>
    <message>
        <source>start %1 s is before the beginning of the item (negative)</source>
        <translation>začátek %1 s leží před začátkem položky (záporný)</translation>
    </message>
    <message>
        <source>end %1 s is not after start %2 s</source>
        <translation>konec %1 s neleží za začátkem %2 s</translation>
    </message>
    <message>
        <source>the band&apos;s limits must be finite numbers of Hz</source>
        <translation>meze pásma musí být konečné hodnoty v Hz</translation>
    </message>
    <message>
        <source>band low %1 Hz is negative</source>
        <translation>dolní mez pásma %1 Hz je záporná</translation>
    </message>
    <message>
        <source>band high %1 Hz is not above band low %2 Hz</source>
        <translation>horní mez pásma %1 Hz neleží nad dolní mezí pásma %2 Hz</translation>
    </message>
    <message>
        <source>locality %1 is outside %2..%3</source>
        <translation>lokalita %1 leží mimo rozsah %2..%3</translation>
    </message>
    <message>
        <source>a text of %1 characters (at most %2)</source>
        <translation>text o %1 znacích (nejvýše %2)</translation>
    </message>
</context>
<context>
    <name>st::AnnotationCommand</name>
    <message>
        <source>%1 at %2–%3 s</source>
        <translation>%1 v %2–%3 s</translation>
    </message>
    <message>
        <source>add annotation %1</source>
        <translation>přidat anotaci %1</translation>
    </message>
    <message>
        <source>edit annotation %1</source>
        <translation>upravit anotaci %1</translation>
    </message>
    <message>
        <source>delete annotation %1</source>
        <translation>smazat anotaci %1</translation>
    </message>
</context>
<context>
    <name>st::AnnotationCsv</name>
    <message>
        <source>a quoted field opened on line %1 is never closed</source>
        <translation>pole v uvozovkách otevřené na řádku %1 není nikdy uzavřeno</translation>
    </message>
    <message>
        <source>text after the closing quote of field %1 (a quote inside a quoted field is written as two quotes)</source>
        <translation>text za uzavírací uvozovkou pole %1 (uvozovka uvnitř pole v uvozovkách se píše jako dvě uvozovky)</translation>
    </message>
    <message>
        <source>a quote inside unquoted field %1 (quote the whole field and write a quote inside it as two quotes)</source>
        <translation>uvozovka uvnitř pole %1 bez uvozovek (dejte celé pole do uvozovek a uvozovku uvnitř napište jako dvě uvozovky)</translation>
    </message>
    <message>
        <source>a carriage return inside unquoted field %1</source>
        <translation>znak návratu vozíku (CR) uvnitř pole %1 bez uvozovek</translation>
    </message>
    <message>
        <source>not valid UTF-8 (save the file as UTF-8)</source>
        <translation>není platné UTF-8 (uložte soubor v UTF-8)</translation>
    </message>
    <message>
        <source>the header is &apos;%1&apos;, expected &apos;%2&apos;</source>
        <translation>hlavička je &apos;%1&apos;, očekáváno &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 fields, expected %2 (%3)</source>
        <translation>%1 polí, očekáváno %2 (%3)</translation>
    </message>
    <message>
        <source>an empty file id</source>
        <translation>prázdné ID souboru</translation>
    </message>
    <message>
        <source>evidence_sha256 &apos;%1&apos; is not 64 hex digits</source>
        <translation>evidence_sha256 &apos;%1&apos; není 64 šestnáctkových číslic</translation>
    </message>
    <message>
        <source>start_s &apos;%1&apos; is not a number of seconds</source>
        <translation>start_s &apos;%1&apos; není počet sekund</translation>
    </message>
    <message>
        <source>end_s &apos;%1&apos; is not a number of seconds</source>
        <translation>end_s &apos;%1&apos; není počet sekund</translation>
    </message>
    <message>
        <source>low_hz and high_hz must both be given or both be empty</source>
        <translation>low_hz a high_hz musí být zadány obě, nebo obě prázdné</translation>
    </message>
    <message>
        <source>low_hz &apos;%1&apos; / high_hz &apos;%2&apos; are not numbers of Hz</source>
        <translation>low_hz &apos;%1&apos; / high_hz &apos;%2&apos; nejsou hodnoty v Hz</translation>
    </message>
    <message>
        <source>unknown cue &apos;%1&apos; (one of %2)</source>
        <translation>neznámý příznak &apos;%1&apos; (jeden z %2)</translation>
    </message>
    <message>
        <source>locality &apos;%1&apos; is not a whole number 1..5</source>
        <translation>lokalita &apos;%1&apos; není celé číslo 1..5</translation>
    </message>
    <message>
        <source>audible &apos;%1&apos; is not yes or no</source>
        <translation>audible &apos;%1&apos; není yes ani no</translation>
    </message>
    <message>
        <source>an empty file: expected the header &apos;%1&apos;</source>
        <translation>prázdný soubor: očekávána hlavička &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more bad row(s)</source>
        <translation>
            <numerusform>... a ještě %n chybný řádek</numerusform>
            <numerusform>... a ještě %n chybné řádky</numerusform>
            <numerusform>... a ještě %n chybných řádků</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read the annotations CSV: %1</source>
        <translation>CSV s anotacemi nelze přečíst: %1</translation>
    </message>
    <message>
        <source>an annotations CSV of %1 bytes (at most %2 MiB)</source>
        <translation>CSV s anotacemi o velikosti %1 bajtů (nejvýše %2 MiB)</translation>
    </message>
    <message>
        <source>an annotations CSV over %1 MiB</source>
        <translation>CSV s anotacemi větší než %1 MiB</translation>
    </message>
</context>
<context>
    <name>st::AnnotationDialog</name>
    <message>
        <source>Edit annotation</source>
        <translation>Upravit anotaci</translation>
    </message>
    <message>
        <source>Annotate selection</source>
        <translation>Anotovat výběr</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Začátek:</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Konec:</translation>
    </message>
    <message>
        <source>Cue:</source>
        <translation>Příznak:</translation>
    </message>
    <message>
        <source>1: diffuse, spread over the region; 5: sharply localised</source>
        <translation>1: rozptýlený, rozprostřený po oblasti; 5: ostře lokalizovaný</translation>
    </message>
    <message>
        <source>Locality (1 diffuse – 5 sharp):</source>
        <translation>Lokalizace (1 rozptýlený – 5 ostrý):</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ano</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <source>Audible:</source>
        <translation>Slyšitelné:</translation>
    </message>
    <message>
        <source>Frequency band</source>
        <translation>Frekvenční pásmo</translation>
    </message>
    <message>
        <source> Hz</source>
        <translation> Hz</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>What you see or hear here</source>
        <translation>Co zde vidíte nebo slyšíte</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
</context>
<context>
    <name>st::AnnotationLayer</name>
    <message>
        <source> · audible</source>
        <translation> · slyšitelné</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anotace</translation>
    </message>
</context>
<context>
    <name>st::AnnotationModel</name>
    <message>
        <source>Open a clip to annotate it.</source>
        <translation>Otevřete nahrávku, abyste ji mohli anotovat.</translation>
    </message>
    <message>
        <source>Not saved: %1 is not an item of an open case. These annotations are kept for this session only, until the clip is added to a case (export them as CSV to keep them).</source>
        <translation>Neuloženo: %1 není položkou otevřeného případu. Tyto anotace se uchovají jen pro tuto relaci, dokud nahrávku nepřidáte do případu (chcete-li je zachovat, exportujte je jako CSV).</translation>
    </message>
    <message>
        <source>Saved in case %1 (item %2); every change is logged in its audit log.</source>
        <translation>Uloženo v případu %1 (položka %2); každá změna se zaznamená v jeho auditním protokolu.</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Jen pro čtení: %1</translation>
    </message>
    <message>
        <source>no clip is open</source>
        <translation>není otevřena žádná nahrávka</translation>
    </message>
    <message>
        <source>the case is read-only (%1): annotations are shown but cannot be changed</source>
        <translation>případ je jen pro čtení (%1): anotace se zobrazují, ale nelze je měnit</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>neuveden žádný důvod</translation>
    </message>
    <message>
        <source>this session</source>
        <translation>tato relace</translation>
    </message>
    <message>
        <source>annotation %1 does not exist</source>
        <translation>anotace %1 neexistuje</translation>
    </message>
    <message>
        <source>the clip is not an item of a writable case</source>
        <translation>nahrávka není položkou zapisovatelného případu</translation>
    </message>
    <message>
        <source>%1 (%2–%3 Hz)</source>
        <translation>%1 (%2–%3 Hz)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ano</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <source>%1 s to %2 s, %3, locality %4, %5%6%7</source>
        <translation>%1 s až %2 s, %3, lokalizace %4, %5%6%7</translation>
    </message>
    <message>
        <source>audible</source>
        <translation>slyšitelné</translation>
    </message>
    <message>
        <source>not audible</source>
        <translation>neslyšitelné</translation>
    </message>
    <message>
        <source>, by %1</source>
        <translation>, autor %1</translation>
    </message>
    <message>
        <source>Start (s)</source>
        <translation>Začátek (s)</translation>
    </message>
    <message>
        <source>End (s)</source>
        <translation>Konec (s)</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Příznak</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Lokalizace</translation>
    </message>
    <message>
        <source>Audible</source>
        <translation>Slyšitelné</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>st::AnnotationPanel</name>
    <message>
        <source>Annotate selection...</source>
        <translation>Anotovat výběr...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Upravit...</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Smazat</translation>
    </message>
    <message>
        <source>Import CSV...</source>
        <translation>Importovat CSV...</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>Exportovat CSV...</translation>
    </message>
    <message>
        <source>Annotate the selected time range (A)</source>
        <translation>Anotovat vybraný časový úsek (A)</translation>
    </message>
    <message>
        <source>Edit the chosen annotation</source>
        <translation>Upravit zvolenou anotaci</translation>
    </message>
    <message>
        <source>Delete the chosen annotation (undoable)</source>
        <translation>Smazat zvolenou anotaci (lze vrátit)</translation>
    </message>
    <message>
        <source>Import annotations of this clip from a CSV (case format)</source>
        <translation>Importovat anotace této nahrávky z CSV (formát případu)</translation>
    </message>
    <message numerus="yes">
        <source>Add the %n annotation(s) made before this clip was in the case</source>
        <translation>
            <numerusform>Přidat %n anotaci vytvořenou předtím, než byla nahrávka v případu</numerusform>
            <numerusform>Přidat %n anotace vytvořené předtím, než byla nahrávka v případu</numerusform>
            <numerusform>Přidat %n anotací vytvořených předtím, než byla nahrávka v případu</numerusform>
        </translation>
    </message>
    <message>
        <source>They were kept for this session only; this stores them in the case (each logged).</source>
        <translation>Byly uchovány jen pro tuto relaci; tímto se uloží do případu (každá se zaznamená).</translation>
    </message>
    <message numerus="yes">
        <source>Stored %n session annotation(s) in the case.</source>
        <translation>
            <numerusform>Do případu uložena %n anotace z relace.</numerusform>
            <numerusform>Do případu uloženy %n anotace z relace.</numerusform>
            <numerusform>Do případu uloženo %n anotací z relace.</numerusform>
        </translation>
    </message>
    <message>
        <source>annotation %1 does not exist</source>
        <translation>anotace %1 neexistuje</translation>
    </message>
    <message>
        <source>Imported %1 annotation(s) from %2 into the case (logged).</source>
        <translation>Do případu importováno %1 anotací z %2 (zaznamenáno).</translation>
    </message>
    <message>
        <source>Nothing imported:
%1</source>
        <translation>Nic nebylo importováno:
%1</translation>
    </message>
    <message>
        <source>%1: none of its %2 row(s) is for this clip (SHA-256 %3): nothing imported</source>
        <translation>%1: žádný z jeho %2 řádků se netýká této nahrávky (SHA-256 %3): nic nebylo importováno</translation>
    </message>
    <message>
        <source>import %1 annotation(s) from %2</source>
        <translation>import %1 anotací z %2</translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation>Nic nebylo importováno: %1</translation>
    </message>
    <message>
        <source>Imported %1 annotation(s); %2 row(s) for other evidence skipped.</source>
        <translation>Importováno %1 anotací; %2 řádků pro jiné důkazy přeskočeno.</translation>
    </message>
    <message>
        <source>Imported %1 annotation(s).</source>
        <translation>Importováno %1 anotací.</translation>
    </message>
    <message>
        <source>cannot write the annotations CSV: %1</source>
        <translation>CSV s anotacemi nelze zapsat: %1</translation>
    </message>
    <message>
        <source>no clip is open</source>
        <translation>není otevřena žádná nahrávka</translation>
    </message>
    <message>
        <source>Wrote %1 annotation(s) to %2.</source>
        <translation>Do %2 zapsáno %1 anotací.</translation>
    </message>
    <message>
        <source>The explanation&apos;s attribution is zero everywhere: no shares.</source>
        <translation>Atribuce vysvětlení je všude nulová: žádné podíly.</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>outside every annotation %1 %</source>
        <translation>mimo všechny anotace %1 %</translation>
    </message>
    <message>
        <source>Run an explanation (Explain dock) to see how much of its attribution lies in each cue type&apos;s regions.</source>
        <translation>Spusťte vysvětlení (panel Vysvětlení), abyste viděli, jaká část atribuce leží v oblastech jednotlivých typů příznaků.</translation>
    </message>
    <message>
        <source>Share of |attribution| per cue%1: %2</source>
        <translation>Podíl |atribuce| podle příznaku%1: %2</translation>
    </message>
</context>
<context>
    <name>st::ArtefactStats</name>
    <message>
        <source>cannot read: %1</source>
        <translation>nelze číst: %1</translation>
    </message>
    <message>
        <source>not a JSON object: %1</source>
        <translation>není objekt JSON: %1</translation>
    </message>
    <message>
        <source>format is not &quot;sourcetrace-attribution&quot;</source>
        <translation>formát není &quot;sourcetrace-attribution&quot;</translation>
    </message>
    <message>
        <source>evidence.sampleRate is missing or not a positive whole number</source>
        <translation>evidence.sampleRate chybí nebo není kladné celé číslo</translation>
    </message>
    <message>
        <source>frames.frameSamples is missing or not a positive whole number</source>
        <translation>frames.frameSamples chybí nebo není kladné celé číslo</translation>
    </message>
    <message>
        <source>expected one dimension [samples], found %1</source>
        <translation>očekává se jeden rozměr [samples], nalezeno %1</translation>
    </message>
    <message>
        <source>no samples</source>
        <translation>žádné vzorky</translation>
    </message>
    <message>
        <source>%1 samples, but report.json says evidence.samples = %2</source>
        <translation>%1 vzorků, ale report.json uvádí evidence.samples = %2</translation>
    </message>
    <message>
        <source>expected shape [3, frames]</source>
        <translation>očekává se tvar [3, frames]</translation>
    </message>
    <message>
        <source>%1 frames, but %2 samples in frames of %3 make %4</source>
        <translation>%1 rámců, ale %2 vzorků v rámcích po %3 dává %4</translation>
    </message>
    <message>
        <source>shape or report.json tfMap (fftSize, hop, bins) do not fit together</source>
        <translation>tvar a tfMap v report.json (fftSize, hop, bins) k sobě neodpovídají</translation>
    </message>
    <message>
        <source>the explanations folder does not exist</source>
        <translation>složka vysvětlení neexistuje</translation>
    </message>
    <message>
        <source>%1: no explanation folder (looked for %2/&lt;id&gt;/report.json)</source>
        <translation>%1: chybí složka vysvětlení (hledáno %2/&lt;id&gt;/report.json)</translation>
    </message>
    <message>
        <source>none of the protocol&apos;s %1 clips has a readable explanation (%2)</source>
        <translation>žádná z %1 nahrávek protokolu nemá čitelné vysvětlení (%2)</translation>
    </message>
    <message>
        <source>clip &apos;%1&apos; is not in the protocol</source>
        <translation>nahrávka &apos;%1&apos; není v protokolu</translation>
    </message>
    <message>
        <source>no explained clip of the protocol has SHA-256 %1 (its report.json&apos;s evidence.sha256)</source>
        <translation>žádná vysvětlená nahrávka protokolu nemá SHA-256 %1 (evidence.sha256 v jejím report.json)</translation>
    </message>
    <message>
        <source>the region starts at %1 s, at or after the end of clip &apos;%2&apos; (%3 s)</source>
        <translation>oblast začíná v %1 s, na konci nahrávky &apos;%2&apos; nebo za ním (%3 s)</translation>
    </message>
</context>
<context>
    <name>st::ArtefactStatsDialog</name>
    <message>
        <source>Artefact statistics</source>
        <translation>Statistika artefaktů</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Procházet...</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protokol:</translation>
    </message>
    <message>
        <source>Protocols (*.tsv *.txt *.csv);;All files (*)</source>
        <translation>Protokoly (*.tsv *.txt *.csv);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>The clips and their labels (bona fide / spoof), any format evaluate reads</source>
        <translation>Nahrávky a jejich značky (bona fide / spoof), v libovolném formátu, který čte evaluate</translation>
    </message>
    <message>
        <source>Annotations CSV:</source>
        <translation>CSV s anotacemi:</translation>
    </message>
    <message>
        <source>CSV (*.csv);;All files (*)</source>
        <translation>CSV (*.csv);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>The case annotations CSV layout; first column evidence_sha256 or file (the protocol&apos;s file id)</source>
        <translation>Formát CSV anotací případu; první sloupec evidence_sha256 nebo file (identifikátor souboru v protokolu)</translation>
    </message>
    <message>
        <source>Explanations folder:</source>
        <translation>Složka vysvětlení:</translation>
    </message>
    <message>
        <source>One folder per clip as `explain --out` writes it (named by the file id), or an explain --protocol job folder</source>
        <translation>Jedna složka na nahrávku, jak ji zapíše `explain --out` (pojmenovaná podle identifikátoru souboru), nebo složka úlohy explain --protocol</translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation>&amp;Vypočítat</translation>
    </message>
    <message>
        <source>Skipped clips and refused annotation rows appear here.</source>
        <translation>Přeskočené nahrávky a odmítnuté řádky anotací se zobrazí zde.</translation>
    </message>
    <message>
        <source>Export &amp;table (TSV)...</source>
        <translation>Exportovat &amp;tabulku (TSV)...</translation>
    </message>
    <message>
        <source>Export &amp;chart (PNG)...</source>
        <translation>Exportovat &amp;graf (PNG)...</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Exportovat tabulku</translation>
    </message>
    <message>
        <source>TSV (*.tsv)</source>
        <translation>TSV (*.tsv)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exportovat graf</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>Explanations folder</source>
        <translation>Složka vysvětlení</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Zvolte soubor</translation>
    </message>
    <message>
        <source>Choose the protocol, the annotations CSV and the explanations folder.</source>
        <translation>Zvolte protokol, CSV s anotacemi a složku vysvětlení.</translation>
    </message>
    <message>
        <source>%1 of %2 clips used (%3 bona fide, %4 spoof), %5 skipped; %6 annotations used, %7 refused.</source>
        <translation>Použito %1 z %2 nahrávek (%3 bona fide, %4 spoof), %5 přeskočeno; %6 anotací použito, %7 odmítnuto.</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Příznak</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Oblasti</translation>
    </message>
    <message>
        <source>Clips (bona fide / spoof)</source>
        <translation>Nahrávky (bona fide / spoof)</translation>
    </message>
    <message>
        <source>Time share</source>
        <translation>Podíl času</translation>
    </message>
    <message>
        <source>Attribution share</source>
        <translation>Podíl atribuce</translation>
    </message>
    <message>
        <source>Per clip</source>
        <translation>Na nahrávku</translation>
    </message>
    <message>
        <source>Enrichment</source>
        <translation>Obohacení</translation>
    </message>
    <message>
        <source>r mean ± sd (n)</source>
        <translation>r průměr ± sd (n)</translation>
    </message>
    <message>
        <source>r pooled</source>
        <translation>r souhrnně</translation>
    </message>
    <message>
        <source>EER presence</source>
        <translation>EER výskytu</translation>
    </message>
    <message>
        <source>EER coverage</source>
        <translation>EER pokrytí</translation>
    </message>
    <message>
        <source>Band boxes: TF share / area (n)</source>
        <translation>Pásmové rámce: podíl TF / plocha (n)</translation>
    </message>
    <message>
        <source>share</source>
        <translation>podíl</translation>
    </message>
    <message>
        <source>%1: enrichment %2, r %3 (pooled %4), EER presence %5, coverage %6</source>
        <translation>%1: obohacení %2, r %3 (souhrnně %4), EER výskytu %5, pokrytí %6</translation>
    </message>
    <message>
        <source>time share</source>
        <translation>podíl času</translation>
    </message>
    <message>
        <source>attribution share (pooled)</source>
        <translation>podíl atribuce (souhrnně)</translation>
    </message>
    <message>
        <source>attribution share (mean per clip)</source>
        <translation>podíl atribuce (průměr na nahrávku)</translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation>přeskočeno %1</translation>
    </message>
    <message>
        <source>not used: %1</source>
        <translation>nepoužito: %1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>nothing to export: compute the statistics first</source>
        <translation>není co exportovat: nejprve vypočítejte statistiku</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>nelze zapsat: %1</translation>
    </message>
    <message>
        <source>cannot write the PNG</source>
        <translation>PNG nelze zapsat</translation>
    </message>
</context>
<context>
    <name>st::AttributionColourKey</name>
    <message>
        <source>Map over the spectrogram: the model&apos;s feature bins (filterbank bands, drawn at the frequencies the baseline file gives), %1 per bin and frame: right (%2) %3, left (%4) %5</source>
        <translation>Mapa přes spektrogram: třídy příznaků modelu (pásma banky filtrů, vykreslená na frekvencích ze souboru baseline), %1 na třídu a rámec: vpravo (%2) %3, vlevo (%4) %5</translation>
    </message>
    <message>
        <source>Map over the spectrogram: |attribution| in %1 per time-frequency bin</source>
        <translation>Mapa přes spektrogram: |atribuce| v %1 na časově-frekvenční třídu</translation>
    </message>
    <message>
        <source>Map over the spectrogram, %1 per time-frequency bin: right (%2) %3, left (%4) %5%6</source>
        <translation>Mapa přes spektrogram, %1 na časově-frekvenční třídu: vpravo (%2) %3, vlevo (%4) %5%6</translation>
    </message>
    <message>
        <source>Waveform tint, %1 per %2 ms feature frame (the sum over the frame&apos;s feature bins; per frame, not per sample: feature-space IG has no per-sample attributions): right (vermillion) %3, left (blue) %4</source>
        <translation>Zabarvení průběhu signálu, %1 na %2ms rámec příznaků (součet přes třídy příznaků rámce; po rámcích, ne po vzorcích: IG v prostoru příznaků nemá atribuce po vzorcích): vpravo (rumělková) %3, vlevo (modrá) %4</translation>
    </message>
    <message>
        <source>Waveform tint, %1 per %2 ms frame (the sum of the per-sample attributions): right (vermillion) %3, left (blue) %4</source>
        <translation>Zabarvení průběhu signálu, %1 na %2ms rámec (součet atribucí po vzorcích): vpravo (rumělková) %3, vlevo (modrá) %4</translation>
    </message>
    <message>
        <source>ticks: %1 %2 per bin</source>
        <translation>značky: %1 %2 na třídu</translation>
    </message>
    <message>
        <source>share of the change of the score: %1</source>
        <translation>podíl na změně skóre: %1</translation>
    </message>
    <message>
        <source>Map %1</source>
        <translation>Mapa %1</translation>
    </message>
    <message>
        <source>Waveform %1</source>
        <translation>Průběh signálu %1</translation>
    </message>
</context>
<context>
    <name>st::AttributionData</name>
    <message>
        <source>stale: %1</source>
        <translation>zastaralé: %1</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>kosinová</translation>
    </message>
    <message>
        <source>logit</source>
        <translation>logit</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>clipped at the %1 percentile of |a| = %2 %3 per bin (%4 of the change of the score); stronger values are drawn at full strength</source>
        <translation>oříznuto na %1 percentilu |a| = %2 %3 na třídu (%4 změny skóre); silnější hodnoty se vykreslí plnou silou</translation>
    </message>
    <message>
        <source>clipped at the %1 percentile of |a| = %2 %3 per %4 ms frame (%5 of the change of the score)</source>
        <translation>oříznuto na %1 percentilu |a| = %2 %3 na %4ms rámec (%5 změny skóre)</translation>
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
        <translation>rumělková</translation>
    </message>
    <message>
        <source>red</source>
        <translation>červená</translation>
    </message>
    <message>
        <source>magenta</source>
        <translation>purpurová</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>modrá</translation>
    </message>
    <message>
        <source>sky blue</source>
        <translation>blankytná</translation>
    </message>
    <message>
        <source>cyan</source>
        <translation>azurová</translation>
    </message>
    <message>
        <source>deep blue</source>
        <translation>tmavě modrá</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>žlutá</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Se znaménkem</translation>
    </message>
    <message>
        <source>Absolute</source>
        <translation>Absolutní</translation>
    </message>
    <message>
        <source>Positive only</source>
        <translation>Pouze kladné</translation>
    </message>
    <message>
        <source>Negative only</source>
        <translation>Pouze záporné</translation>
    </message>
    <message>
        <source>|a|</source>
        <translation>|a|</translation>
    </message>
    <message>
        <source>spoof</source>
        <translation>spoof</translation>
    </message>
    <message>
        <source>for</source>
        <translation>pro</translation>
    </message>
    <message>
        <source>bona fide</source>
        <translation>bona fide</translation>
    </message>
    <message>
        <source>against</source>
        <translation>proti</translation>
    </message>
    <message>
        <source>%1 per bin, clip %2th pct</source>
        <translation>%1 na třídu, ořez %2. pct</translation>
    </message>
    <message>
        <source>attribution map %1 at %2</source>
        <translation>mapa atribuce %1 v %2</translation>
    </message>
    <message>
        <source>Attribution map</source>
        <translation>Mapa atribuce</translation>
    </message>
</context>
<context>
    <name>st::AttributionLayer</name>
    <message>
        <source>attribution %1 (|a| %2): %3</source>
        <translation>atribuce %1 (|a| %2): %3</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Atribuce</translation>
    </message>
</context>
<context>
    <name>st::AttributionMaps</name>
    <message>
        <source>attribution frames need a positive length (got %1 ms)</source>
        <translation>rámce atribuce potřebují kladnou délku (zadáno %1 ms)</translation>
    </message>
    <message>
        <source>the attribution map needs the input minus baseline of the same length (%1 and %2 samples)</source>
        <translation>mapa atribuce potřebuje vstup minus baseline stejné délky (%1 a %2 vzorků)</translation>
    </message>
    <message>
        <source>voice activity frames need at least one sample</source>
        <translation>rámce detekce řeči potřebují alespoň jeden vzorek</translation>
    </message>
    <message>
        <source>band shares need a linear-frequency attribution map</source>
        <translation>podíly pásem vyžadují mapu atribuce s lineární frekvenční osou</translation>
    </message>
</context>
<context>
    <name>st::AttributionReport</name>
    <message>
        <source>the clip (%1 samples) and its attributions (%2) differ in length</source>
        <translation>nahrávka (%1 vzorků) a její atribuce (%2) mají různou délku</translation>
    </message>
    <message>
        <source>cannot create the output folder</source>
        <translation>nelze vytvořit výstupní složku</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>nelze zapsat: %1</translation>
    </message>
</context>
<context>
    <name>st::AttributionTarget</name>
    <message>
        <source>unknown attribution target &quot;%1&quot;: use logit:K (class index K), bonafide, margin, or a fingerprint (cosine similarity)</source>
        <translation>neznámý cíl atribuce &quot;%1&quot;: použijte logit:K (index třídy K), bonafide, margin nebo otisk (kosinová podobnost)</translation>
    </message>
    <message>
        <source>model %1 is not a detector (no bona fide class): name a class with logit:K (0..%2)</source>
        <translation>model %1 není detektor (nemá třídu bona fide): zadejte třídu pomocí logit:K (0..%2)</translation>
    </message>
    <message>
        <source>logit:%1 is out of range: model %2 has %3 classes (0..%4)</source>
        <translation>logit:%1 je mimo rozsah: model %2 má %3 tříd (0..%4)</translation>
    </message>
    <message>
        <source>the margin target needs a two-class detector; model %1 has %2 classes: use logit:K</source>
        <translation>cíl margin vyžaduje dvoutřídní detektor; model %1 má %2 tříd: použijte logit:K</translation>
    </message>
    <message>
        <source>the fingerprint &quot;%1&quot; has %2 values but model %3 makes %4-d embeddings</source>
        <translation>otisk &quot;%1&quot; má %2 hodnot, ale model %3 vytváří %4rozměrné embeddingy</translation>
    </message>
    <message>
        <source>the fingerprint &quot;%1&quot; has a value that is not finite</source>
        <translation>otisk &quot;%1&quot; obsahuje hodnotu, která není konečná</translation>
    </message>
    <message>
        <source>the fingerprint &quot;%1&quot; is all zeros: a cosine similarity is undefined</source>
        <translation>otisk &quot;%1&quot; obsahuje samé nuly: kosinová podobnost není definována</translation>
    </message>
</context>
<context>
    <name>st::AudioDocument</name>
    <message>
        <source>%1: decoding failed</source>
        <translation>%1: dekódování selhalo</translation>
    </message>
    <message>
        <source>Waveform overview of %1</source>
        <translation>Přehled průběhu signálu %1</translation>
    </message>
    <message>
        <source>Waveform overview of %1, channel %2</source>
        <translation>Přehled průběhu signálu %1, kanál %2</translation>
    </message>
    <message>
        <source>Levels of %1</source>
        <translation>Úrovně %1</translation>
    </message>
    <message>
        <source>SHA-256 of %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>zrušeno</translation>
    </message>
    <message>
        <source>no channel %1 (the file has %2 channel(s); use 1 to %2 or the mix-down)</source>
        <translation>kanál %1 neexistuje (soubor má %2 kanálů; použijte 1 až %2 nebo smíchání)</translation>
    </message>
</context>
<context>
    <name>st::AudioFile</name>
    <message>
        <source>unsupported or unrecognised audio format (libsndfile: %1); supported: WAV, FLAC, OGG/Vorbis, OGG/Opus, MP3 and the other formats of libsndfile</source>
        <translation>nepodporovaný nebo nerozpoznaný zvukový formát (libsndfile: %1); podporovány jsou WAV, FLAC, OGG/Vorbis, OGG/Opus, MP3 a ostatní formáty knihovny libsndfile</translation>
    </message>
    <message>
        <source>unsupported audio encoding (libsndfile: %1)</source>
        <translation>nepodporované kódování zvuku (libsndfile: %1)</translation>
    </message>
    <message>
        <source>cannot be opened (%1)</source>
        <translation>nelze otevřít (%1)</translation>
    </message>
    <message>
        <source>corrupt or truncated header (libsndfile: %1)</source>
        <translation>poškozená nebo zkrácená hlavička (libsndfile: %1)</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>soubor nenalezen</translation>
    </message>
    <message>
        <source>cannot be opened: a symbolic link on the path points back at itself (a link loop)</source>
        <translation>nelze otevřít: symbolický odkaz na cestě ukazuje zpět sám na sebe (smyčka odkazů)</translation>
    </message>
    <message>
        <source>permission denied: no read permission on the file, or no search (x) permission on one of the folders of its path</source>
        <translation>přístup odepřen: chybí oprávnění ke čtení souboru nebo oprávnění k prohledávání (x) některé ze složek jeho cesty</translation>
    </message>
    <message>
        <source>the path is too long for the system (%1 bytes; at most %2 in all and 255 per name)</source>
        <translation>cesta je pro systém příliš dlouhá (%1 bajtů; nejvýše %2 celkem a 255 na jeden název)</translation>
    </message>
    <message>
        <source>cannot be opened: a part of the path that should be a folder is a file</source>
        <translation>nelze otevřít: část cesty, která by měla být složkou, je soubor</translation>
    </message>
    <message>
        <source>cannot be opened: too many open files</source>
        <translation>nelze otevřít: příliš mnoho otevřených souborů</translation>
    </message>
    <message>
        <source>is a folder, not an audio file</source>
        <translation>je složka, ne zvukový soubor</translation>
    </message>
    <message>
        <source>is a FIFO (named pipe), not a regular file: evidence must be a file that can be read twice and hashed; copy the stream into a file first</source>
        <translation>je FIFO (pojmenovaná roura), ne běžný soubor: důkaz musí být soubor, který lze přečíst dvakrát a zahashovat; nejprve zkopírujte proud do souboru</translation>
    </message>
    <message>
        <source>is a device, not a regular file: copy the recording into a file first</source>
        <translation>je zařízení, ne běžný soubor: nejprve zkopírujte záznam do souboru</translation>
    </message>
    <message>
        <source>is a socket, not a regular file</source>
        <translation>je soket, ne běžný soubor</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>není běžný soubor</translation>
    </message>
    <message>
        <source>cannot seek to frame %1 (libsndfile: %2)</source>
        <translation>nelze přejít na snímek %1 (libsndfile: %2)</translation>
    </message>
    <message>
        <source>decoding stopped at frame %1 while skipping to frame %2: the file is truncated or corrupt</source>
        <translation>dekódování se zastavilo na snímku %1 při přeskakování na snímek %2: soubor je zkrácený nebo poškozený</translation>
    </message>
    <message>
        <source>decoding failed at frame %1 of %2: the file is truncated or corrupt%3</source>
        <translation>dekódování selhalo na snímku %1 z %2: soubor je zkrácený nebo poškozený%3</translation>
    </message>
    <message>
        <source>sample %1 of channel %2 is NaN: the float data is corrupt</source>
        <translation>vzorek %1 kanálu %2 je NaN: data v plovoucí čárce jsou poškozená</translation>
    </message>
    <message>
        <source>sample %1 of channel %2 is infinite: the float data is corrupt</source>
        <translation>vzorek %1 kanálu %2 je nekonečný: data v plovoucí čárce jsou poškozená</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>nebyl zadán název souboru</translation>
    </message>
    <message>
        <source>file is empty (0 bytes)</source>
        <translation>soubor je prázdný (0 bajtů)</translation>
    </message>
    <message>
        <source>corrupt header: sample rate %1 Hz</source>
        <translation>poškozená hlavička: vzorkovací frekvence %1 Hz</translation>
    </message>
    <message>
        <source>the header gives a sample rate of %1 Hz, outside the range SourceTrace accepts (%2 to %3 Hz): the header is corrupt or the file is not a recording</source>
        <translation>hlavička udává vzorkovací frekvenci %1 Hz, mimo rozsah, který SourceTrace přijímá (%2 až %3 Hz): hlavička je poškozená nebo soubor není záznam</translation>
    </message>
    <message>
        <source>corrupt header: %1 channels</source>
        <translation>poškozená hlavička: %1 kanálů</translation>
    </message>
    <message>
        <source>the header gives %1 channels, more than the %2 SourceTrace accepts: the header is corrupt</source>
        <translation>hlavička udává %1 kanálů, více než %2, které SourceTrace přijímá: hlavička je poškozená</translation>
    </message>
    <message>
        <source>contains no audio samples (0 frames)</source>
        <translation>neobsahuje žádné zvukové vzorky (0 snímků)</translation>
    </message>
    <message>
        <source>contains no decodable audio (the header gives no length)</source>
        <translation>neobsahuje žádný dekódovatelný zvuk (hlavička neudává délku)</translation>
    </message>
    <message>
        <source>contains no decodable audio (the header claims %1 frames in %2 bytes)</source>
        <translation>neobsahuje žádný dekódovatelný zvuk (hlavička uvádí %1 snímků v %2 bajtech)</translation>
    </message>
    <message>
        <source>decodes to more frames than %1 bytes can hold: the file is corrupt</source>
        <translation>dekóduje se na více snímků, než se vejde do %1 bajtů: soubor je poškozený</translation>
    </message>
    <message>
        <source>the container gives no length (the file may be cut short); %1 frames were decoded and are used</source>
        <translation>kontejner neudává délku (soubor může být useknutý); %1 snímků bylo dekódováno a použije se</translation>
    </message>
    <message>
        <source>the header claims %1 frames, which %2 bytes cannot hold; %3 frames were decoded and are used</source>
        <translation>hlavička uvádí %1 snímků, které se do %2 bajtů nevejdou; %3 snímků bylo dekódováno a použije se</translation>
    </message>
    <message>
        <source>header field disagrees with the file (%1): the file may be truncated or edited</source>
        <translation>pole hlavičky nesouhlasí se souborem (%1): soubor může být zkrácený nebo upravený</translation>
    </message>
    <message numerus="yes">
        <source>channel %1 does not exist (the file has %n channel(s))</source>
        <translation>
            <numerusform>kanál %1 neexistuje (soubor má %n kanál)</numerusform>
            <numerusform>kanál %1 neexistuje (soubor má %n kanály)</numerusform>
            <numerusform>kanál %1 neexistuje (soubor má %n kanálů)</numerusform>
        </translation>
    </message>
    <message>
        <source>decoding the whole recording (%1 s at %2 Hz)</source>
        <translation>dekódování celého záznamu (%1 s při %2 Hz)</translation>
    </message>
    <message>
        <source>decoding the whole recording (%1 s)</source>
        <translation>dekódování celého záznamu (%1 s)</translation>
    </message>
    <message>
        <source>analyse it in windows (detect --timeline, --policy sliding-windows) or a part of it</source>
        <translation>analyzujte jej po oknech (detect --timeline, --policy sliding-windows) nebo jen jeho část</translation>
    </message>
</context>
<context>
    <name>st::AuditLog</name>
    <message>
        <source>an empty user name (every change is signed with the examiner&apos;s name)</source>
        <translation>prázdné uživatelské jméno (každá změna se podepisuje jménem znalce)</translation>
    </message>
    <message>
        <source>a user name of %1 characters (at most 200)</source>
        <translation>uživatelské jméno o %1 znacích (nejvýše 200)</translation>
    </message>
    <message>
        <source>a user name with a control character (a newline or tab) or invalid Unicode: &apos;%1&apos;</source>
        <translation>uživatelské jméno s řídicím znakem (nový řádek nebo tabulátor) nebo neplatným Unicode: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the audit log is empty (a case always starts with its case.created entry)</source>
        <translation>auditní protokol je prázdný (případ vždy začíná svým záznamem case.created)</translation>
    </message>
    <message>
        <source>entry 1 is missing: the log starts at entry %1</source>
        <translation>chybí záznam 1: protokol začíná záznamem %1</translation>
    </message>
    <message>
        <source>entry %1 is missing: entry %2 follows entry %3</source>
        <translation>chybí záznam %1: po záznamu %3 následuje záznam %2</translation>
    </message>
    <message>
        <source>entry %1 is out of order or repeated (seq %2 where %1 was expected)</source>
        <translation>záznam %1 je mimo pořadí nebo opakovaný (seq %2 tam, kde se očekávalo %1)</translation>
    </message>
    <message>
        <source>entry %1 does not link to the entry before it (prevHash %2, expected %3)</source>
        <translation>záznam %1 není navázán na předchozí záznam (prevHash %2, očekáváno %3)</translation>
    </message>
    <message>
        <source>entry %1 has a malformed time &apos;%2&apos; (expected UTC ISO 8601 with milliseconds and Z)</source>
        <translation>záznam %1 má chybný čas &apos;%2&apos; (očekáván UTC podle ISO 8601 s milisekundami a Z)</translation>
    </message>
    <message>
        <source>entry %1 has %2</source>
        <translation>záznam %1 má %2</translation>
    </message>
    <message>
        <source>entry %1 has an empty action or one with control characters</source>
        <translation>záznam %1 má prázdnou akci nebo akci s řídicími znaky</translation>
    </message>
    <message>
        <source>entry %1&apos;s details are not the canonical JSON text of an object</source>
        <translation>podrobnosti záznamu %1 nejsou kanonický JSON text objektu</translation>
    </message>
    <message>
        <source>entry %1&apos;s hash is not 64 lower-case hex digits</source>
        <translation>hash záznamu %1 není 64 šestnáctkových číslic malými písmeny</translation>
    </message>
    <message>
        <source>entry %1 (%2) was changed: its content hashes to %3, the chain says %4</source>
        <translation>záznam %1 (%2) byl změněn: jeho obsah dává hash %3, řetězec uvádí %4</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>řádek %1: %2</translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>není objekt JSON (%1)</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>jiná hodnota JSON</translation>
    </message>
    <message>
        <source>fields %1, expected exactly %2</source>
        <translation>pole %1, očekáváno přesně %2</translation>
    </message>
    <message>
        <source>seq is not a positive integer</source>
        <translation>seq není kladné celé číslo</translation>
    </message>
    <message>
        <source>%1 is not a string</source>
        <translation>%1 není řetězec</translation>
    </message>
    <message>
        <source>details is not a JSON object</source>
        <translation>details není objekt JSON</translation>
    </message>
    <message>
        <source>cannot read the audit log export: %1</source>
        <translation>export auditního protokolu nelze přečíst: %1</translation>
    </message>
    <message>
        <source>an audit log export of %1 bytes (over 1 GiB) is not one SourceTrace wrote</source>
        <translation>export auditního protokolu o velikosti %1 bajtů (přes 1 GiB) nezapsal SourceTrace</translation>
    </message>
</context>
<context>
    <name>st::Augment</name>
    <message>
        <source>RawBoost: unknown algorithm %1 (0..8)</source>
        <translation>RawBoost: neznámý algoritmus %1 (0..8)</translation>
    </message>
    <message>
        <source>band-limit: the band %1..%2 Hz is empty</source>
        <translation>omezení pásma: pásmo %1..%2 Hz je prázdné</translation>
    </message>
</context>
<context>
    <name>st::AugmentJson</name>
    <message>
        <source>a boolean</source>
        <translation>logická hodnota</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>číslo</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>řetězec</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>pole</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>objekt</translation>
    </message>
    <message>
        <source>%1: unknown setting (known: %2)</source>
        <translation>%1: neznámé nastavení (známá: %2)</translation>
    </message>
    <message>
        <source>%1: expected true or false, found %2</source>
        <translation>%1: očekáváno true nebo false, nalezeno %2</translation>
    </message>
    <message>
        <source>%1: expected a number, found %2</source>
        <translation>%1: očekáváno číslo, nalezeno %2</translation>
    </message>
    <message>
        <source>%1: %2 is out of range [%3, %4]</source>
        <translation>%1: %2 je mimo rozsah [%3, %4]</translation>
    </message>
    <message>
        <source>%1: expected a whole number, found %2</source>
        <translation>%1: očekáváno celé číslo, nalezeno %2</translation>
    </message>
    <message>
        <source>%1%2: %3 is above %1%4 (%5)</source>
        <translation>%1%2: %3 je větší než %1%4 (%5)</translation>
    </message>
    <message>
        <source>augment.rawboost: expected an object, found %1</source>
        <translation>augment.rawboost: očekáván objekt, nalezeno %1</translation>
    </message>
    <message>
        <source>augment.highCutMax: %1 Hz is above the Nyquist frequency (%2 Hz)</source>
        <translation>augment.highCutMax: %1 Hz leží nad Nyquistovou frekvencí (%2 Hz)</translation>
    </message>
    <message>
        <source>augment.rawboost.maxF: %1 Hz is above the Nyquist frequency (%2 Hz)</source>
        <translation>augment.rawboost.maxF: %1 Hz leží nad Nyquistovou frekvencí (%2 Hz)</translation>
    </message>
</context>
<context>
    <name>st::Baseline</name>
    <message>
        <source>the low-pass baseline needs an odd number of taps &gt;= 3 (got %1)</source>
        <translation>dolnopropustní baseline potřebuje lichý počet koeficientů &gt;= 3 (zadáno %1)</translation>
    </message>
    <message>
        <source>the low-pass cut-off must lie between 0 and the Nyquist frequency %1 Hz (got %2 Hz)</source>
        <translation>mezní frekvence dolní propusti musí ležet mezi 0 a Nyquistovou frekvencí %1 Hz (zadáno %2 Hz)</translation>
    </message>
    <message>
        <source>the noise baseline needs at least one draw (got %1)</source>
        <translation>šumová baseline potřebuje alespoň jedno vylosování (zadáno %1)</translation>
    </message>
</context>
<context>
    <name>st::BatchLoader</name>
    <message>
        <source>not enough memory to decode the clip</source>
        <translation>nedostatek paměti pro dekódování nahrávky</translation>
    </message>
    <message>
        <source>batch loader: the batch size must be at least 1, not %1</source>
        <translation>zavaděč dávek: velikost dávky musí být alespoň 1, ne %1</translation>
    </message>
    <message>
        <source>batch loader: the crop length must be at least 1 sample, not %1</source>
        <translation>zavaděč dávek: délka výřezu musí být alespoň 1 vzorek, ne %1</translation>
    </message>
</context>
<context>
    <name>st::CaseAnalysis</name>
    <message>
        <source>the case&apos;s quality thresholds are not a JSON object (%1)</source>
        <translation>prahy kvality případu nejsou objekt JSON (%1)</translation>
    </message>
    <message>
        <source>the case is open read-only (%1): nothing can be analysed or stored; use Save As</source>
        <translation>případ je otevřen jen pro čtení (%1): nelze nic analyzovat ani uložit; použijte Uložit jako</translation>
    </message>
    <message>
        <source>evidence item %1 is not analysed: %2</source>
        <translation>položka %1 se neanalyzuje: %2</translation>
    </message>
    <message>
        <source>analysis %1: its stored result is not a JSON object (%2)</source>
        <translation>analýza %1: její uložený výsledek není objekt JSON (%2)</translation>
    </message>
</context>
<context>
    <name>st::CaseAnnotations</name>
    <message>
        <source>storing an annotation of item %1</source>
        <translation>ukládání anotace položky %1</translation>
    </message>
    <message>
        <source>reading annotation %1</source>
        <translation>čtení anotace %1</translation>
    </message>
    <message>
        <source>the case has no annotation %1</source>
        <translation>případ nemá anotaci %1</translation>
    </message>
    <message>
        <source>adding an annotation</source>
        <translation>přidávání anotace</translation>
    </message>
    <message>
        <source>invalid annotation: %1; nothing was stored</source>
        <translation>neplatná anotace: %1; nic nebylo uloženo</translation>
    </message>
    <message>
        <source>changing an annotation</source>
        <translation>změna anotace</translation>
    </message>
    <message>
        <source>annotation %1 belongs to item %2: it cannot move to item %3 (add a new one there)</source>
        <translation>anotace %1 patří k položce %2: nelze ji přesunout k položce %3 (přidejte tam novou)</translation>
    </message>
    <message>
        <source>invalid annotation: %1; annotation %2 was not changed</source>
        <translation>neplatná anotace: %1; anotace %2 nebyla změněna</translation>
    </message>
    <message>
        <source>changing annotation %1</source>
        <translation>změna anotace %1</translation>
    </message>
    <message>
        <source>removing an annotation</source>
        <translation>odebírání anotace</translation>
    </message>
    <message>
        <source>removing annotation %1</source>
        <translation>odebírání anotace %1</translation>
    </message>
    <message>
        <source>listing annotations</source>
        <translation>výpis anotací</translation>
    </message>
    <message>
        <source>a file of that name exists already (overwrite it explicitly, e.g. --force)</source>
        <translation>soubor tohoto názvu již existuje (přepište jej výslovně, např. --force)</translation>
    </message>
    <message>
        <source>cannot write the annotations CSV: %1</source>
        <translation>CSV s anotacemi nelze zapsat: %1</translation>
    </message>
    <message>
        <source>importing annotations</source>
        <translation>import anotací</translation>
    </message>
    <message>
        <source>cannot read the annotations CSV: %1</source>
        <translation>CSV s anotacemi nelze přečíst: %1</translation>
    </message>
    <message>
        <source>an annotations CSV over %1 MiB</source>
        <translation>CSV s anotacemi větší než %1 MiB</translation>
    </message>
    <message>
        <source>no evidence item of this case has SHA-256 %1</source>
        <translation>žádná položka tohoto případu nemá SHA-256 %1</translation>
    </message>
    <message>
        <source>recording a report</source>
        <translation>zaznamenání zprávy</translation>
    </message>
    <message>
        <source>a report&apos;s SHA-256 must be 64 hex digits, not &apos;%1&apos;: nothing was recorded</source>
        <translation>SHA-256 zprávy musí být 64 šestnáctkových číslic, ne &apos;%1&apos;: nic nebylo zaznamenáno</translation>
    </message>
    <message>
        <source>a report needs a file name and a format: nothing was recorded</source>
        <translation>zpráva potřebuje název souboru a formát: nic nebylo zaznamenáno</translation>
    </message>
    <message>
        <source>recording report %1</source>
        <translation>zaznamenání zprávy %1</translation>
    </message>
    <message>
        <source>report %1 was recorded but cannot be read back</source>
        <translation>zpráva %1 byla zaznamenána, ale nelze ji zpětně přečíst</translation>
    </message>
    <message>
        <source>cannot hash the report: %1</source>
        <translation>zprávu nelze zahashovat: %1</translation>
    </message>
    <message>
        <source>listing report versions</source>
        <translation>výpis verzí zpráv</translation>
    </message>
</context>
<context>
    <name>st::CaseEvidence</name>
    <message>
        <source>item %1 (&apos;%2&apos;)</source>
        <translation>položka %1 (&apos;%2&apos;)</translation>
    </message>
    <message>
        <source>this is the case file itself (or its journal), not evidence</source>
        <translation>toto je sám soubor případu (nebo jeho žurnál), ne důkaz</translation>
    </message>
    <message>
        <source>storing the verification of item %1</source>
        <translation>ukládání ověření položky %1</translation>
    </message>
    <message>
        <source>storing the state of item %1</source>
        <translation>ukládání stavu položky %1</translation>
    </message>
    <message>
        <source>the analysis %1 are not valid JSON (%2 at offset %3): nothing was stored</source>
        <translation>data analýzy (%1) nejsou platný JSON (%2 na pozici %3): nic nebylo uloženo</translation>
    </message>
    <message>
        <source>the analysis %1 must be a JSON object or array: nothing was stored</source>
        <translation>data analýzy (%1) musí být objekt nebo pole JSON: nic nebylo uloženo</translation>
    </message>
    <message>
        <source>reading evidence item %1</source>
        <translation>čtení položky %1</translation>
    </message>
    <message>
        <source>the case has no evidence item %1</source>
        <translation>případ nemá položku %1</translation>
    </message>
    <message>
        <source>adding evidence</source>
        <translation>přidávání důkazů</translation>
    </message>
    <message>
        <source>no such evidence file: nothing was added</source>
        <translation>takový soubor důkazu neexistuje: nic nebylo přidáno</translation>
    </message>
    <message>
        <source>the intake was cancelled: nothing was added</source>
        <translation>příjem byl zrušen: nic nebylo přidáno</translation>
    </message>
    <message>
        <source>%1: nothing was added</source>
        <translation>%1: nic nebylo přidáno</translation>
    </message>
    <message>
        <source>looking for the same content</source>
        <translation>hledání stejného obsahu</translation>
    </message>
    <message>
        <source>the case already holds this content as %1, taken in from %2 (SHA-256 %3): nothing was added</source>
        <translation>případ již tento obsah obsahuje jako %1, přijatý z %2 (SHA-256 %3): nic nebylo přidáno</translation>
    </message>
    <message>
        <source>adding evidence %1</source>
        <translation>přidávání důkazu %1</translation>
    </message>
    <message>
        <source>listing the evidence</source>
        <translation>výpis důkazů</translation>
    </message>
    <message>
        <source>looking up evidence by SHA-256</source>
        <translation>vyhledávání důkazů podle SHA-256</translation>
    </message>
    <message>
        <source>the verification of %1 was cancelled</source>
        <translation>ověření %1 bylo zrušeno</translation>
    </message>
    <message>
        <source>recording a verification</source>
        <translation>zaznamenání ověření</translation>
    </message>
    <message>
        <source>recording the verification of item %1</source>
        <translation>zaznamenání ověření položky %1</translation>
    </message>
    <message>
        <source>recording verifications</source>
        <translation>zaznamenání ověření</translation>
    </message>
    <message>
        <source>reading the verifications of item %1</source>
        <translation>čtení ověření položky %1</translation>
    </message>
    <message>
        <source>%1 is blocked: its last verification (%2) found it missing; it must not be analysed until it verifies again or is relocated to a file with the intake hash</source>
        <translation>%1 je blokována: její poslední ověření (%2) ji nenašlo; nesmí se analyzovat, dokud znovu neprojde ověřením nebo nebude přesunuta na soubor se vstupním hashem</translation>
    </message>
    <message>
        <source>%1 is blocked: its last verification (%2) found it changed (SHA-256 mismatch); it must not be analysed until it verifies again or is relocated to a file with the intake hash</source>
        <translation>%1 je blokována: její poslední ověření (%2) zjistilo, že se změnila (nesouhlasí SHA-256); nesmí se analyzovat, dokud znovu neprojde ověřením nebo nebude přesunuta na soubor se vstupním hashem</translation>
    </message>
    <message>
        <source>relocating evidence</source>
        <translation>přesun důkazů</translation>
    </message>
    <message>
        <source>cannot relocate %1 here: %2; nothing changed</source>
        <translation>%1 nelze přesunout sem: %2; nic se nezměnilo</translation>
    </message>
    <message>
        <source>not the content of %1: its SHA-256 is %2, the intake hash is %3; the item was not relocated</source>
        <translation>nejde o obsah %1: jeho SHA-256 je %2, vstupní hash je %3; položka nebyla přesunuta</translation>
    </message>
    <message>
        <source>relocating item %1</source>
        <translation>přesun položky %1</translation>
    </message>
    <message>
        <source>storing an analysis</source>
        <translation>ukládání analýzy</translation>
    </message>
    <message>
        <source>%1 did not verify at its last verification (%2): verify it before storing an analysis; nothing was stored</source>
        <translation>%1 neprošla posledním ověřením (%2): před uložením analýzy ji ověřte; nic nebylo uloženo</translation>
    </message>
    <message>
        <source>the analysis was made of content with SHA-256 &apos;%1&apos;, not %2&apos;s intake hash %3: nothing was stored</source>
        <translation>analýza byla provedena na obsahu se SHA-256 &apos;%1&apos;, ne na vstupním hashi %3 položky %2: nic nebylo uloženo</translation>
    </message>
    <message>
        <source>an analysis needs a kind (e.g. detection, tracing, full) of 1..100 characters without control characters: nothing was stored</source>
        <translation>analýza potřebuje druh (např. detection, tracing, full) o 1..100 znacích bez řídicích znaků: nic nebylo uloženo</translation>
    </message>
    <message>
        <source>storing an analysis of item %1</source>
        <translation>ukládání analýzy položky %1</translation>
    </message>
    <message>
        <source>listing analyses</source>
        <translation>výpis analýz</translation>
    </message>
    <message>
        <source>reading analysis %1</source>
        <translation>čtení analýzy %1</translation>
    </message>
    <message>
        <source>the case has no analysis %1</source>
        <translation>případ nemá analýzu %1</translation>
    </message>
    <message>
        <source>reading the latest analysis</source>
        <translation>čtení nejnovější analýzy</translation>
    </message>
</context>
<context>
    <name>st::CaseFile</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 selhalo: %2</translation>
    </message>
    <message>
        <source>SQL failed (%1): %2</source>
        <translation>SQL selhalo (%1): %2</translation>
    </message>
    <message>
        <source>reading the audit log&apos;s head</source>
        <translation>čtení hlavy auditního protokolu</translation>
    </message>
    <message>
        <source>reading the audit log&apos;s last entry</source>
        <translation>čtení posledního záznamu auditního protokolu</translation>
    </message>
    <message>
        <source>the audit log&apos;s last entry (seq %1) no longer matches its hash: the log was changed outside SourceTrace since the case was opened; nothing was written (`sourcetrace-cli case verify` says more)</source>
        <translation>poslední záznam auditního protokolu (seq %1) již neodpovídá svému hashi: protokol byl od otevření případu změněn mimo SourceTrace; nic nebylo zapsáno (více řekne `sourcetrace-cli case verify`)</translation>
    </message>
    <message>
        <source>appending audit entry %1 (%2)</source>
        <translation>připojení auditního záznamu %1 (%2)</translation>
    </message>
    <message>
        <source>cannot open the case file: %1</source>
        <translation>soubor případu nelze otevřít: %1</translation>
    </message>
    <message>
        <source>cannot switch the case to WAL mode (is it on a local disk?) %1</source>
        <translation>případ nelze přepnout do režimu WAL (je na místním disku?) %1</translation>
    </message>
    <message>
        <source>writing the case&apos;s %1</source>
        <translation>zápis údaje případu %1</translation>
    </message>
    <message>
        <source>reading the case&apos;s %1</source>
        <translation>čtení údaje případu %1</translation>
    </message>
    <message>
        <source>migration to case schema v%1 (%2) failed, nothing changed: %3</source>
        <translation>migrace na schéma případu v%1 (%2) selhala, nic se nezměnilo: %3</translation>
    </message>
    <message>
        <source>recording schema v%1</source>
        <translation>zaznamenání schématu v%1</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>čtení auditního protokolu</translation>
    </message>
    <message>
        <source>the audit log cannot be read: %1</source>
        <translation>auditní protokol nelze přečíst: %1</translation>
    </message>
    <message>
        <source>not a SourceTrace case: SQLite cannot read it as a database (%1)</source>
        <translation>nejde o případ SourceTrace: SQLite jej nedokáže číst jako databázi (%1)</translation>
    </message>
    <message>
        <source>not a readable SQLite database</source>
        <translation>nejde o čitelnou databázi SQLite</translation>
    </message>
    <message>
        <source>cannot read the database schema (damaged?): %1</source>
        <translation>schéma databáze nelze přečíst (poškozeno?): %1</translation>
    </message>
    <message>
        <source>an empty database (or an empty file), not a SourceTrace case</source>
        <translation>prázdná databáze (nebo prázdný soubor), nejde o případ SourceTrace</translation>
    </message>
    <message>
        <source>not a SourceTrace case: an SQLite database without the case&apos;s application id</source>
        <translation>nejde o případ SourceTrace: databáze SQLite bez ID aplikace případu</translation>
    </message>
    <message>
        <source>not a SourceTrace case: an SQLite database of another application (application_id 0x%1)</source>
        <translation>nejde o případ SourceTrace: databáze SQLite jiné aplikace (application_id 0x%1)</translation>
    </message>
    <message>
        <source>case schema version %1 is newer than this build understands (%2): use a newer SourceTrace</source>
        <translation>verze schématu případu %1 je novější, než tomuto sestavení rozumí (%2): použijte novější SourceTrace</translation>
    </message>
    <message>
        <source>a SourceTrace case without a schema version (its creation was interrupted?)</source>
        <translation>případ SourceTrace bez verze schématu (bylo jeho vytváření přerušeno?)</translation>
    </message>
    <message>
        <source>case schema v%1 is older than this build&apos;s v%2, and opening it read-only cannot migrate it: open it read-write once (this changes the file)</source>
        <translation>schéma případu v%1 je starší než v%2 tohoto sestavení a při otevření jen pro čtení jej nelze migrovat: otevřete jej jednou pro čtení i zápis (tím se soubor změní)</translation>
    </message>
    <message>
        <source>the case file is damaged: SQLite&apos;s quick_check reports %1</source>
        <translation>soubor případu je poškozený: quick_check databáze SQLite hlásí %1</translation>
    </message>
    <message>
        <source>cannot read the columns of table %1: %2</source>
        <translation>sloupce tabulky %1 nelze přečíst: %2</translation>
    </message>
    <message>
        <source>a damaged case: table &apos;%1&apos; is missing</source>
        <translation>poškozený případ: chybí tabulka &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a damaged case: table &apos;%1&apos; has no column &apos;%2&apos;</source>
        <translation>poškozený případ: tabulka &apos;%1&apos; nemá sloupec &apos;%2&apos;</translation>
    </message>
    <message>
        <source>cannot list the triggers: %1</source>
        <translation>triggery nelze vypsat: %1</translation>
    </message>
    <message>
        <source>the file holds a %1 &apos;%2&apos;, which a case never has (added outside SourceTrace)</source>
        <translation>soubor obsahuje %1 &apos;%2&apos;, který případ nikdy nemá (přidáno mimo SourceTrace)</translation>
    </message>
    <message>
        <source>the append-only trigger &apos;%1&apos; is missing (removed outside SourceTrace)</source>
        <translation>chybí trigger &apos;%1&apos; pro režim pouze připojování (odstraněn mimo SourceTrace)</translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s), nothing was imported:</source>
        <translation>
            <numerusform>%n chybný řádek, nic nebylo importováno:</numerusform>
            <numerusform>%n chybné řádky, nic nebylo importováno:</numerusform>
            <numerusform>%n chybných řádků, nic nebylo importováno:</numerusform>
        </translation>
    </message>
    <message>
        <source>the case file was replaced by another one since it was opened (its case id or creation time differ): open it again</source>
        <translation>soubor případu byl od otevření nahrazen jiným (liší se jeho ID případu nebo čas vytvoření): otevřete jej znovu</translation>
    </message>
    <message>
        <source>internal error: no connection to the case is open</source>
        <translation>vnitřní chyba: není otevřeno žádné připojení k případu</translation>
    </message>
    <message>
        <source>the case is read-only (%1): %2 would change it</source>
        <translation>případ je jen pro čtení (%1): %2 by jej změnilo</translation>
    </message>
    <message>
        <source>cannot open the case for %1</source>
        <translation>případ nelze otevřít pro %1</translation>
    </message>
    <message>
        <source>no such case file (make one with `sourcetrace-cli case new FILE --number N --examiner NAME`)</source>
        <translation>takový soubor případu neexistuje (vytvořte jej příkazem `sourcetrace-cli case new FILE --number N --examiner NAME`)</translation>
    </message>
    <message>
        <source>not a case file (a folder or a device)</source>
        <translation>nejde o soubor případu (složka nebo zařízení)</translation>
    </message>
    <message>
        <source>opened read-only</source>
        <translation>otevřen jen pro čtení</translation>
    </message>
    <message>
        <source>the case file is write-protected</source>
        <translation>soubor případu je chráněn proti zápisu</translation>
    </message>
    <message>
        <source>the case file&apos;s folder is write-protected</source>
        <translation>složka souboru případu je chráněna proti zápisu</translation>
    </message>
    <message>
        <source>the case is in a read-only folder with an unapplied write-ahead log (%1-wal): copy the case and its -wal file to a writable folder first</source>
        <translation>případ je ve složce jen pro čtení s neaplikovaným protokolem write-ahead (%1-wal): nejprve zkopírujte případ i jeho soubor -wal do zapisovatelné složky</translation>
    </message>
    <message>
        <source>the schema migration</source>
        <translation>migrace schématu</translation>
    </message>
    <message>
        <source>the audit log is broken at entry %1: %2</source>
        <translation>auditní protokol je porušen u záznamu %1: %2</translation>
    </message>
    <message>
        <source>logging the opening</source>
        <translation>zaznamenání otevření</translation>
    </message>
    <message>
        <source>cannot make a case for %1</source>
        <translation>případ nelze vytvořit pro %1</translation>
    </message>
    <message>
        <source>a file of that name exists already: a case is never overwritten (choose another name)</source>
        <translation>soubor tohoto názvu již existuje: případ se nikdy nepřepisuje (zvolte jiný název)</translation>
    </message>
    <message>
        <source>a case needs a case number and an examiner</source>
        <translation>případ potřebuje číslo případu a znalce</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>složka %1 neexistuje</translation>
    </message>
    <message>
        <source>cannot put the new case in place (does a file of that name exist now?)</source>
        <translation>nový případ nelze umístit na své místo (existuje nyní soubor tohoto názvu?)</translation>
    </message>
    <message>
        <source>setting the quality thresholds</source>
        <translation>nastavení prahů kvality</translation>
    </message>
    <message>
        <source>the quality thresholds must be a JSON object (or empty to clear them); nothing was stored</source>
        <translation>prahy kvality musí být objekt JSON (nebo prázdné pro jejich zrušení); nic nebylo uloženo</translation>
    </message>
    <message>
        <source>looking up an audit hash</source>
        <translation>vyhledání auditního hashe</translation>
    </message>
    <message>
        <source>a file of that name exists already (overwrite it explicitly, e.g. --force)</source>
        <translation>soubor tohoto názvu již existuje (přepište jej výslovně, např. --force)</translation>
    </message>
    <message>
        <source>cannot write the audit log export: %1</source>
        <translation>export auditního protokolu nelze zapsat: %1</translation>
    </message>
    <message>
        <source>refusing to Save As a case whose audit log is broken (entry %1: %2); copy the file itself to preserve it as it is</source>
        <translation>Uložit jako je odmítnuto pro případ s porušeným auditním protokolem (záznam %1: %2); chcete-li jej zachovat beze změny, zkopírujte samotný soubor</translation>
    </message>
    <message>
        <source>a file of that name exists already: Save As never overwrites (choose another name)</source>
        <translation>soubor tohoto názvu již existuje: Uložit jako nikdy nepřepisuje (zvolte jiný název)</translation>
    </message>
    <message>
        <source>copying the case to %1</source>
        <translation>kopírování případu do %1</translation>
    </message>
    <message>
        <source>the copy does not verify (%1): nothing was saved</source>
        <translation>kopie neprošla ověřením (%1): nic nebylo uloženo</translation>
    </message>
    <message>
        <source>its audit head differs from the original&apos;s</source>
        <translation>její hlava auditního protokolu se liší od hlavy originálu</translation>
    </message>
    <message>
        <source>logging the Save As</source>
        <translation>zaznamenání Uložit jako</translation>
    </message>
    <message>
        <source>the copy&apos;s audit log does not verify (%1): nothing was saved</source>
        <translation>auditní protokol kopie neprošel ověřením (%1): nic nebylo uloženo</translation>
    </message>
    <message>
        <source>cannot put the copy in place (does a file of that name exist now?)</source>
        <translation>kopii nelze umístit na své místo (existuje nyní soubor tohoto názvu?)</translation>
    </message>
    <message>
        <source>cannot begin a transaction for %1 (another process held the case&apos;s write lock for over a minute?): %2</source>
        <translation>nelze zahájit transakci pro %1 (držel jiný proces zámek zápisu případu déle než minutu?): %2</translation>
    </message>
    <message>
        <source>cannot commit %1: %2</source>
        <translation>nelze potvrdit %1: %2</translation>
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
        <translation>Položka</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Ověření</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Kvalita</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Detekce</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Určení zdroje</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anotace</translation>
    </message>
    <message>
        <source>The intake SHA-256 (first 12 digits; the whole hash in the tooltip)</source>
        <translation>Vstupní SHA-256 (prvních 12 číslic; celý hash v popisku)</translation>
    </message>
    <message>
        <source>ok: verified in this session; changed / missing: blocked (not analysed); not verified: not hashed since the case was opened</source>
        <translation>ok: ověřeno v této relaci; změněno / chybí: blokováno (neanalyzováno); neověřeno: od otevření případu nezahashováno</translation>
    </message>
    <message>
        <source>The quality gate of the latest analysis against the case&apos;s thresholds</source>
        <translation>Kontrola kvality poslední analýzy vůči prahům případu</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>Poř.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Čas (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Uživatel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Akce</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Podrobnosti</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Důkazy</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Auditní protokol</translation>
    </message>
    <message>
        <source>Load in viewer</source>
        <translation>Načíst do prohlížeče</translation>
    </message>
    <message>
        <source>Verify the item&apos;s SHA-256, then show it in the viewer (double-click a row)</source>
        <translation>Ověřit SHA-256 položky a pak ji zobrazit v prohlížeči (dvojklik na řádek)</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Ověřit</translation>
    </message>
    <message>
        <source>Hash the item&apos;s file again and compare it with the intake SHA-256</source>
        <translation>Znovu zahashovat soubor položky a porovnat jej se vstupním SHA-256</translation>
    </message>
    <message>
        <source>Verify all</source>
        <translation>Ověřit vše</translation>
    </message>
    <message>
        <source>Hash every item&apos;s file again</source>
        <translation>Znovu zahashovat soubory všech položek</translation>
    </message>
    <message>
        <source>Relocate...</source>
        <translation>Přemístit...</translation>
    </message>
    <message>
        <source>Point a missing item at the file where it is now (its SHA-256 must be the intake hash)</source>
        <translation>Přesměrovat chybějící položku na soubor tam, kde je nyní (jeho SHA-256 musí být vstupní hash)</translation>
    </message>
    <message>
        <source>Analyse...</source>
        <translation>Analyzovat...</translation>
    </message>
    <message>
        <source>Verify, then run quality, detection and tracing on the item and store the result in the case</source>
        <translation>Ověřit a pak na položce spustit kontrolu kvality, detekci a určení zdroje a výsledek uložit do případu</translation>
    </message>
    <message>
        <source>Show stored result</source>
        <translation>Zobrazit uložený výsledek</translation>
    </message>
    <message>
        <source>The item&apos;s stored analyses as they were stored (nothing is recomputed)</source>
        <translation>Uložené analýzy položky tak, jak byly uloženy (nic se nepřepočítává)</translation>
    </message>
    <message>
        <source>Export log...</source>
        <translation>Exportovat protokol...</translation>
    </message>
    <message>
        <source>Write the audit log as JSON Lines (scripts/verify_audit_log.py checks it outside SourceTrace)</source>
        <translation>Zapsat auditní protokol jako JSON Lines (scripts/verify_audit_log.py jej kontroluje mimo SourceTrace)</translation>
    </message>
    <message>
        <source>No case is open. File › New case... or File › Open case...</source>
        <translation>Není otevřen žádný případ. Soubor › Nový případ... nebo Soubor › Otevřít případ...</translation>
    </message>
    <message>
        <source>The case cannot be read: %1</source>
        <translation>Případ nelze přečíst: %1</translation>
    </message>
    <message>
        <source>%1–%2 s %3 (locality %4): %5</source>
        <translation>%1–%2 s %3 (lokalizace %4): %5</translation>
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
převzato %2 uživatelem %3 z %4</translation>
    </message>
    <message>
        <source>In the viewer now
</source>
        <translation>Nyní v prohlížeči
</translation>
    </message>
    <message>
        <source>intake SHA-256 %1
%2 bytes</source>
        <translation>vstupní SHA-256 %1
%2 bajtů</translation>
    </message>
    <message>
        <source>%1 (checked %2, not stored: the case is read-only)</source>
        <translation>%1 (zkontrolováno %2, neuloženo: případ je jen pro čtení)</translation>
    </message>
    <message>
        <source>last verification %1: %2</source>
        <translation>poslední ověření %1: %2</translation>
    </message>
    <message>
        <source>
SHA-256 found %1
intake SHA-256 %2</source>
        <translation>
nalezený SHA-256 %1
vstupní SHA-256 %2</translation>
    </message>
    <message>
        <source>
BLOCKED: not analysed, not annotated. Restore the file and Verify, or Relocate it to a copy with the intake hash.</source>
        <translation>
BLOKOVÁNO: neanalyzováno, neanotováno. Obnovte soubor a spusťte Ověřit, nebo jej Přemístěte na kopii se vstupním hashem.</translation>
    </message>
    <message>
        <source>
Not hashed since the case was opened (Verify).</source>
        <translation>
Od otevření případu nezahashováno (Ověřit).</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nečitelné</translation>
    </message>
    <message>
        <source>analysis %1 of %2 by %3</source>
        <translation>analýza %1 z %2, provedl %3</translation>
    </message>
    <message>
        <source>not analysed</source>
        <translation>neanalyzováno</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Případ %1</translation>
    </message>
    <message>
        <source>Examiner %1 · %2 item(s) · file %3 · you are %4%5</source>
        <translation>Znalec %1 · položek: %2 · soubor %3 · jste %4%5</translation>
    </message>
    <message>
        <source> · READ-ONLY</source>
        <translation> · JEN PRO ČTENÍ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only:&lt;/b&gt; %1. Nothing can be changed or analysed; File › Save case as... makes a copy.</source>
        <translation>&lt;b&gt;Jen pro čtení:&lt;/b&gt; %1. Nic nelze měnit ani analyzovat; Soubor › Uložit případ jako... vytvoří kopii.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Integrity:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Integrita:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Blocked item(s):&lt;/b&gt; %1: missing or changed since intake, not analysed. Restore the file and Verify, or Relocate.</source>
        <translation>&lt;b&gt;Blokované položky:&lt;/b&gt; %1: chybí nebo se od převzetí změnily, neanalyzováno. Obnovte soubor a spusťte Ověřit, nebo Přemístit.</translation>
    </message>
    <message>
        <source>hash %1
previous %2</source>
        <translation>hash %1
předchozí %2</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;&amp;#10004; Chain verified&lt;/span&gt;: %2 entries, head &lt;tt&gt;%3&lt;/tt&gt;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;&amp;#10004; Řetězec ověřen&lt;/span&gt;: %2 záznamů, hlava &lt;tt&gt;%3&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;&amp;#10008; Chain BROKEN at entry %2&lt;/b&gt;&lt;/span&gt;: %3 (%4 entries read; stored head &lt;tt&gt;%5&lt;/tt&gt;)</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;&amp;#10008; Řetězec PORUŠEN u záznamu %2&lt;/b&gt;&lt;/span&gt;: %3 (přečteno %4 záznamů; uložená hlava &lt;tt&gt;%5&lt;/tt&gt;)</translation>
    </message>
    <message>
        <source>Recomputed from the file now; scripts/verify_audit_log.py checks an exported log independently.</source>
        <translation>Nyní přepočítáno ze souboru; scripts/verify_audit_log.py nezávisle kontroluje exportovaný protokol.</translation>
    </message>
    <message>
        <source>Hash the item&apos;s file again; the outcome is stored and logged</source>
        <translation>Znovu zahashovat soubor položky; výsledek se uloží a zaznamená</translation>
    </message>
    <message>
        <source>Hash the item&apos;s file again; the case is read-only, so the outcome is shown, not stored</source>
        <translation>Znovu zahashovat soubor položky; případ je jen pro čtení, takže se výsledek zobrazí, ale neuloží</translation>
    </message>
    <message>
        <source>Verify, then run quality, detection and tracing on the item and store the result</source>
        <translation>Ověřit a pak na položce spustit kontrolu kvality, detekci a určení zdroje a výsledek uložit</translation>
    </message>
    <message>
        <source>The case is read-only: nothing can be analysed or stored (File › Save case as...)</source>
        <translation>Případ je jen pro čtení: nic nelze analyzovat ani uložit (Soubor › Uložit případ jako...)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Případ</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>zrušeno</translation>
    </message>
    <message>
        <source>No case is open.</source>
        <translation>Není otevřen žádný případ.</translation>
    </message>
    <message>
        <source>Choose an evidence item first.</source>
        <translation>Nejprve zvolte důkazní položku.</translation>
    </message>
    <message>
        <source>Verify item %1</source>
        <translation>Ověřit položku %1</translation>
    </message>
    <message>
        <source>Item %1 verified: SHA-256 is the intake hash</source>
        <translation>Položka %1 ověřena: SHA-256 je vstupní hash</translation>
    </message>
    <message>
        <source>Evidence item %1</source>
        <translation>Důkazní položka %1</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Položka %1: %2</translation>
    </message>
    <message>
        <source>Verify every item of case %1</source>
        <translation>Ověřit všechny položky případu %1</translation>
    </message>
    <message>
        <source>item %1: %2</source>
        <translation>položka %1: %2</translation>
    </message>
    <message>
        <source>%1 item(s) still do not match their intake SHA-256 (blocked)</source>
        <translation>Položky, které stále neodpovídají svému vstupnímu SHA-256 (blokováno): %1</translation>
    </message>
    <message>
        <source>Evidence items changed or missing</source>
        <translation>Důkazní položky změněny nebo chybí</translation>
    </message>
    <message>
        <source>%1 of %2 item(s) do not match their intake SHA-256; they are blocked (not analysed):
%3</source>
        <translation>%1 z %2 položek neodpovídá svému vstupnímu SHA-256; jsou blokovány (neanalyzovány):
%3</translation>
    </message>
    <message>
        <source>All %1 item(s) verified: every SHA-256 is the intake hash</source>
        <translation>Všechny položky (%1) ověřeny: každý SHA-256 je vstupní hash</translation>
    </message>
    <message>
        <source>The case is read-only (%1): items cannot be relocated.</source>
        <translation>Případ je jen pro čtení (%1): položky nelze přemístit.</translation>
    </message>
    <message>
        <source>Relocate item %1</source>
        <translation>Přemístit položku %1</translation>
    </message>
    <message>
        <source>Item %1 now points at %2 (SHA-256 verified)</source>
        <translation>Položka %1 nyní ukazuje na %2 (SHA-256 ověřen)</translation>
    </message>
    <message>
        <source>Relocate</source>
        <translation>Přemístit</translation>
    </message>
    <message>
        <source>The case is read-only (%1): nothing can be analysed or stored. File › Save case as... makes a copy.</source>
        <translation>Případ je jen pro čtení (%1): nic nelze analyzovat ani uložit. Soubor › Uložit případ jako... vytvoří kopii.</translation>
    </message>
    <message>
        <source>Item %1 is not analysed: %2</source>
        <translation>Položka %1 není analyzována: %2</translation>
    </message>
    <message>
        <source>Analyse item %1 (%2)</source>
        <translation>Analyzovat položku %1 (%2)</translation>
    </message>
    <message>
        <source>Item %1 analysed; stored as analysis %2</source>
        <translation>Položka %1 analyzována; uloženo jako analýza %2</translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation>Analyzovat</translation>
    </message>
    <message>
        <source>Item %1 is not loaded: %2</source>
        <translation>Položka %1 není načtena: %2</translation>
    </message>
    <message>
        <source>Verify and load item %1</source>
        <translation>Ověřit a načíst položku %1</translation>
    </message>
    <message>
        <source>Load item %1</source>
        <translation>Načíst položku %1</translation>
    </message>
    <message>
        <source>No case is open: File › New case... or Open case... first.</source>
        <translation>Není otevřen žádný případ: nejprve Soubor › Nový případ... nebo Otevřít případ...</translation>
    </message>
    <message>
        <source>The case is read-only (%1): no evidence can be added.</source>
        <translation>Případ je jen pro čtení (%1): nelze přidat žádné důkazy.</translation>
    </message>
    <message>
        <source>No file was chosen.</source>
        <translation>Nebyl zvolen žádný soubor.</translation>
    </message>
    <message>
        <source>Take in %1</source>
        <translation>Převzít %1</translation>
    </message>
    <message>
        <source>Take in %1 evidence files</source>
        <translation>Převzít soubory důkazů (%1)</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Přidat důkazy</translation>
    </message>
    <message>
        <source>%1 file(s) were not taken in:
%2</source>
        <translation>Soubory, které nebyly převzaty (%1):
%2</translation>
    </message>
    <message>
        <source>Took in %1 item(s); SHA-256 recorded</source>
        <translation>Převzato položek: %1; SHA-256 zaznamenány</translation>
    </message>
    <message>
        <source>The case is read-only (%1): a report is recorded in the case, so it cannot be exported from here. File › Save case as... makes a writable copy.</source>
        <translation>Případ je jen pro čtení (%1): zpráva se zaznamenává do případu, takže ji odtud nelze exportovat. Soubor › Uložit případ jako... vytvoří zapisovatelnou kopii.</translation>
    </message>
    <message>
        <source>Write the report %1</source>
        <translation>Zapsat zprávu %1</translation>
    </message>
    <message>
        <source>Report written to %1
format %2, SHA-256 %3
recorded as report version %4 at audit entry %5 (head %6)</source>
        <translation>Zpráva zapsána do %1
formát %2, SHA-256 %3
zaznamenána jako verze zprávy %4 v auditním záznamu %5 (hlava %6)</translation>
    </message>
    <message>
        <source>Report written to %1 (SHA-256 %2)</source>
        <translation>Zpráva zapsána do %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Zpráva exportována</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportovat zprávu</translation>
    </message>
    <message>
        <source>Wrote %1 audit entries to %2</source>
        <translation>Do %2 zapsáno %1 auditních záznamů</translation>
    </message>
    <message>
        <source>Export log</source>
        <translation>Exportovat protokol</translation>
    </message>
    <message>
        <source>Where is item %1 (%2) now?</source>
        <translation>Kde je nyní položka %1 (%2)?</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.ogg *.opus *.mp3 *.aif *.aiff *.au);;All files (*)</source>
        <translation>Zvuk (*.wav *.flac *.ogg *.opus *.mp3 *.aif *.aiff *.au);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Stored result</source>
        <translation>Uložený výsledek</translation>
    </message>
    <message>
        <source>Item %1 has no stored analysis.</source>
        <translation>Položka %1 nemá uloženou analýzu.</translation>
    </message>
    <message>
        <source>Stored analyses of item %1</source>
        <translation>Uložené analýzy položky %1</translation>
    </message>
    <message>
        <source>analysis %1 (%2), %3 by %4</source>
        <translation>analýza %1 (%2), %3, provedl %4</translation>
    </message>
    <message>
        <source>This analysis cannot be read: %1</source>
        <translation>Tuto analýzu nelze přečíst: %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopírovat</translation>
    </message>
    <message>
        <source>As stored in the case: nothing was recomputed and no model was loaded.</source>
        <translation>Tak, jak je uloženo v případu: nic nebylo přepočítáno a nebyl načten žádný model.</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Exportovat auditní protokol</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>the case can no longer be written: %1</source>
        <translation>do případu již nelze zapisovat: %1</translation>
    </message>
    <message>
        <source>item %1/%2</source>
        <translation>položka %1/%2</translation>
    </message>
    <message>
        <source>item %1 is not loaded: %2</source>
        <translation>položka %1 není načtena: %2</translation>
    </message>
    <message>
        <source>hashing %1/%2</source>
        <translation>hashování %1/%2</translation>
    </message>
</context>
<context>
    <name>st::CaseRecords</name>
    <message>
        <source>%1: the table holds &apos;%2&apos;, the audit log says &apos;%3&apos;</source>
        <translation>%1: tabulka obsahuje &apos;%2&apos;, auditní protokol uvádí &apos;%3&apos;</translation>
    </message>
    <message>
        <source>cannot read the audit log: %1</source>
        <translation>auditní protokol nelze přečíst: %1</translation>
    </message>
    <message>
        <source>audit entry %1 (%2) names item %3, which no evidence.added entry took in</source>
        <translation>auditní záznam %1 (%2) uvádí položku %3, kterou nepřijal žádný záznam evidence.added</translation>
    </message>
    <message>
        <source>the audit log has no case.created entry</source>
        <translation>auditní protokol nemá záznam case.created</translation>
    </message>
    <message>
        <source>the case&apos;s %1</source>
        <translation>údaj případu %1</translation>
    </message>
    <message>
        <source>the quality thresholds</source>
        <translation>prahy kvality</translation>
    </message>
    <message>
        <source>evidence item %1 is in the table but the audit log never took it in</source>
        <translation>položka %1 je v tabulce, ale auditní protokol ji nikdy nepřijal</translation>
    </message>
    <message>
        <source>item %1&apos;s %2</source>
        <translation>%2 položky %1</translation>
    </message>
    <message>
        <source>original path</source>
        <translation>původní cesta</translation>
    </message>
    <message>
        <source>current path</source>
        <translation>současná cesta</translation>
    </message>
    <message>
        <source>intake SHA-256</source>
        <translation>vstupní SHA-256</translation>
    </message>
    <message>
        <source>last state</source>
        <translation>poslední stav</translation>
    </message>
    <message>
        <source>last SHA-256 found</source>
        <translation>naposledy nalezený SHA-256</translation>
    </message>
    <message>
        <source>evidence item %1 was taken in (audit log) but is not in the table</source>
        <translation>položka %1 byla přijata (auditní protokol), ale není v tabulce</translation>
    </message>
    <message>
        <source>cannot read the evidence table: %1</source>
        <translation>tabulku důkazů nelze přečíst: %1</translation>
    </message>
    <message>
        <source>item %1&apos;s verifications</source>
        <translation>ověření položky %1</translation>
    </message>
    <message>
        <source>verifications of item %1, which the audit log never took in</source>
        <translation>ověření položky %1, kterou auditní protokol nikdy nepřijal</translation>
    </message>
    <message>
        <source>analysis %1 is in the table but the audit log never stored it</source>
        <translation>analýza %1 je v tabulce, ale auditní protokol ji nikdy neuložil</translation>
    </message>
    <message>
        <source>analysis %1&apos;s item, kind or evidence SHA-256 differ from its audit entry</source>
        <translation>položka, druh nebo SHA-256 důkazu analýzy %1 se liší od jejího auditního záznamu</translation>
    </message>
    <message>
        <source>analysis %1&apos;s settings differ from those logged (SHA-256 %2, logged %3)</source>
        <translation>nastavení analýzy %1 se liší od zaznamenaných (SHA-256 %2, zaznamenáno %3)</translation>
    </message>
    <message>
        <source>analysis %1&apos;s result differs from the one logged (SHA-256 %2, logged %3)</source>
        <translation>výsledek analýzy %1 se liší od zaznamenaného (SHA-256 %2, zaznamenáno %3)</translation>
    </message>
    <message>
        <source>analysis %1 was stored (audit log) but is not in the table</source>
        <translation>analýza %1 byla uložena (auditní protokol), ale není v tabulce</translation>
    </message>
    <message>
        <source>annotation %1 is in the table but the audit log has no such annotation</source>
        <translation>anotace %1 je v tabulce, ale auditní protokol takovou anotaci nemá</translation>
    </message>
    <message>
        <source>annotation %1</source>
        <translation>anotace %1</translation>
    </message>
    <message>
        <source>annotation %1 exists according to the audit log but is not in the table</source>
        <translation>anotace %1 podle auditního protokolu existuje, ale není v tabulce</translation>
    </message>
    <message>
        <source>report version %1 is in the table but the audit log never recorded it</source>
        <translation>verze zprávy %1 je v tabulce, ale auditní protokol ji nikdy nezaznamenal</translation>
    </message>
    <message>
        <source>report version %1 differs from its report.exported entry</source>
        <translation>verze zprávy %1 se liší od svého záznamu report.exported</translation>
    </message>
    <message>
        <source>report version %1 was recorded (audit log) but is not in the table</source>
        <translation>verze zprávy %1 byla zaznamenána (auditní protokol), ale není v tabulce</translation>
    </message>
</context>
<context>
    <name>st::CaseReport</name>
    <message>
        <source>the report needs a QGuiApplication (its fonts and images); none is running</source>
        <translation>zpráva potřebuje QGuiApplication (její písma a obrázky); žádná neběží</translation>
    </message>
    <message>
        <source>exists already: a report is never overwritten; choose another file name</source>
        <translation>již existuje: zpráva se nikdy nepřepisuje; zvolte jiný název souboru</translation>
    </message>
    <message>
        <source>its folder %1 does not exist</source>
        <translation>její složka %1 neexistuje</translation>
    </message>
    <message>
        <source>cannot be written: a temporary file in %1 could not be made (%2)</source>
        <translation>nelze zapsat: v %1 nelze vytvořit dočasný soubor (%2)</translation>
    </message>
    <message>
        <source>the case kept changing while the report was written; try again</source>
        <translation>případ se během zápisu zprávy stále měnil; zkuste to znovu</translation>
    </message>
    <message>
        <source>the report could not be moved into place</source>
        <translation>zprávu nelze přesunout na místo</translation>
    </message>
    <message>
        <source>the case has no evidence item %1 to report</source>
        <translation>případ nemá důkazní položku %1, kterou by bylo možné zahrnout do zprávy</translation>
    </message>
    <message>
        <source>cannot be written (the PDF writer could not open it)</source>
        <translation>nelze zapsat (zapisovač PDF jej nemohl otevřít)</translation>
    </message>
    <message>
        <source>the PDF could not be completed</source>
        <translation>PDF nelze dokončit</translation>
    </message>
    <message>
        <source>the PDF writer left no file (is the folder writable, is the disk full?)</source>
        <translation>zapisovač PDF nezanechal žádný soubor (je složka zapisovatelná, není disk plný?)</translation>
    </message>
    <message>
        <source>figure %1 could not be encoded as PNG</source>
        <translation>obrázek %1 nelze zakódovat jako PNG</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>nelze zapsat: %1</translation>
    </message>
    <message>
        <source>could not be written completely: %1</source>
        <translation>nelze zapsat úplně: %1</translation>
    </message>
</context>
<context>
    <name>st::CaseSession</name>
    <message>
        <source>no case is open</source>
        <translation>není otevřen žádný případ</translation>
    </message>
    <message>
        <source>the case is read-only (%1)</source>
        <translation>případ je jen pro čtení (%1)</translation>
    </message>
    <message>
        <source>item %1 (%2) is missing: its file is gone from %3 (Relocate it)</source>
        <translation>položka %1 (%2) chybí: její soubor zmizel z %3 (Přemístěte ji)</translation>
    </message>
    <message>
        <source>item %1 (%2) has changed since intake: SHA-256 %3, intake was %4</source>
        <translation>položka %1 (%2) se od převzetí změnila: SHA-256 %3, při převzetí byl %4</translation>
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
        <translation>změněno</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>chybí</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nečitelné</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>neověřeno</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>bez skóre</translation>
    </message>
    <message>
        <source>bona fide side</source>
        <translation>strana bona fide</translation>
    </message>
    <message>
        <source>spoof side</source>
        <translation>strana spoof</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ano</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>neměřeno</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>NEVYHOVĚLO</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>varování</translation>
    </message>
    <message>
        <source>FLAGGED (%1)</source>
        <translation>OZNAČENO (%1)</translation>
    </message>
    <message numerus="yes">
        <source>passed, %n warning(s)</source>
        <translation>
            <numerusform>vyhovělo, %n varování</numerusform>
            <numerusform>vyhovělo, %n varování</numerusform>
            <numerusform>vyhovělo, %n varování</numerusform>
        </translation>
    </message>
    <message>
        <source>passed</source>
        <translation>vyhověla</translation>
    </message>
    <message>
        <source>Every measure is within the case&apos;s thresholds.</source>
        <translation>Každá míra je v rámci prahů případu.</translation>
    </message>
    <message>
        <source>score %1 (%2)</source>
        <translation>skóre %1 (%2)</translation>
    </message>
    <message>
        <source>Detection score %1 (%2)
%3</source>
        <translation>Skóre detekce %1 (%2)
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
kalibrace: %4</translation>
    </message>
    <message>
        <source>, withheld: %1</source>
        <translation>, zadrženo: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>neuveden žádný důvod</translation>
    </message>
    <message>
        <source>Likelihood ratio withheld:
- %1</source>
        <translation>Poměr věrohodností zadržen:
- %1</translation>
    </message>
    <message>
        <source>The model states no calibration: no likelihood ratio.</source>
        <translation>Model neuvádí žádnou kalibraci: žádný poměr věrohodností.</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nespuštěno</translation>
    </message>
    <message>
        <source>(LR %1)</source>
        <translation>(LR %1)</translation>
    </message>
    <message>
        <source>(LR withheld: %1)</source>
        <translation>(LR zadržen: %1)</translation>
    </message>
    <message>
        <source>Back-end %1, library %2
%3</source>
        <translation>Back-end %1, knihovna %2
%3</translation>
    </message>
    <message>
        <source>no decision</source>
        <translation>bez rozhodnutí</translation>
    </message>
    <message>
        <source>Problems:
- %1</source>
        <translation>Problémy:
- %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>selhalo: %1</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Položka %1: %2</translation>
    </message>
    <message>
        <source>file: %1</source>
        <translation>soubor: %1</translation>
    </message>
    <message>
        <source>intake SHA-256: %1</source>
        <translation>vstupní SHA-256: %1</translation>
    </message>
    <message>
        <source>Analysis %1 (%2), stored %3 by %4</source>
        <translation>Analýza %1 (%2), uložena %3, uložil %4</translation>
    </message>
    <message>
        <source>evidence SHA-256 verified just before: %1%2</source>
        <translation>SHA-256 důkazu ověřen těsně předtím: %1%2</translation>
    </message>
    <message>
        <source>(DIFFERS from the intake hash)</source>
        <translation>(LIŠÍ SE od vstupního hashe)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Nastavení</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Původ</translation>
    </message>
    <message>
        <source>evidence: %1 (%2 bytes, SHA-256 %3)</source>
        <translation>důkaz: %1 (%2 bajtů, SHA-256 %3)</translation>
    </message>
    <message>
        <source>model: %1 (%2), weights SHA-256 %3, manifest SHA-256 %4</source>
        <translation>model: %1 (%2), SHA-256 vah %3, SHA-256 manifestu %4</translation>
    </message>
    <message>
        <source>library: %1 (SHA-256 %2)</source>
        <translation>knihovna: %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>calibration: %1</source>
        <translation>kalibrace: %1</translation>
    </message>
    <message>
        <source>SourceTrace %1 (commit %2, %3)</source>
        <translation>SourceTrace %1 (commit %2, %3)</translation>
    </message>
    <message>
        <source>run %1 by %2 on %3, device %4</source>
        <translation>běh %1, provedl %2 na %3, zařízení %4</translation>
    </message>
    <message>
        <source>Quality: %1</source>
        <translation>Kvalita: %1</translation>
    </message>
    <message>
        <source>Detection: score %1 (%2)</source>
        <translation>Detekce: skóre %1 (%2)</translation>
    </message>
    <message>
        <source>convention: %1</source>
        <translation>konvence: %1</translation>
    </message>
    <message>
        <source>timeline: %1 windows of %2 samples every %3 at %4 Hz</source>
        <translation>časový průběh: %1 oken po %2 vzorcích každých %3 při %4 Hz</translation>
    </message>
    <message>
        <source>likelihood ratio %1 (log10 %2): %3</source>
        <translation>poměr věrohodností %1 (log10 %2): %3</translation>
    </message>
    <message>
        <source>likelihood ratio WITHHELD:</source>
        <translation>poměr věrohodností ZADRŽEN:</translation>
    </message>
    <message>
        <source>no likelihood ratio (the model states no calibration)</source>
        <translation>žádný poměr věrohodností (model neuvádí žádnou kalibraci)</translation>
    </message>
    <message>
        <source>Detection: not run</source>
        <translation>Detekce: nespuštěna</translation>
    </message>
    <message>
        <source>Tracing: back-end %1, library %2 (SHA-256 %3)</source>
        <translation>Určení zdroje: back-end %1, knihovna %2 (SHA-256 %3)</translation>
    </message>
    <message>
        <source>(open-set threshold %1)</source>
        <translation>(práh otevřené množiny %1)</translation>
    </message>
    <message>
        <source>LR %1 (log10 %2): %3</source>
        <translation>LR %1 (log10 %2): %3</translation>
    </message>
    <message>
        <source>LR withheld: %1</source>
        <translation>LR zadržen: %1</translation>
    </message>
    <message>
        <source>Tracing: not run</source>
        <translation>Určení zdroje: nespuštěno</translation>
    </message>
    <message>
        <source>Explanation: %1, %2 steps, baseline %3, completeness gap %4 %</source>
        <translation>Vysvětlení: %1, %2 kroků, baseline %3, mezera úplnosti %4 %</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problémy:</translation>
    </message>
</context>
<context>
    <name>st::ChartExport</name>
    <message>
        <source>cannot write the PNG image: %1</source>
        <translation>obrázek PNG nelze zapsat: %1</translation>
    </message>
    <message>
        <source>cannot write the SVG image: %1</source>
        <translation>obrázek SVG nelze zapsat: %1</translation>
    </message>
    <message>
        <source>the SVG image was not written</source>
        <translation>obrázek SVG nebyl zapsán</translation>
    </message>
    <message>
        <source>cannot write the CSV file: %1</source>
        <translation>soubor CSV nelze zapsat: %1</translation>
    </message>
    <message>
        <source>unknown export format &apos;.%1&apos; (use .png, .svg or .csv)</source>
        <translation>neznámý formát exportu &apos;.%1&apos; (použijte .png, .svg nebo .csv)</translation>
    </message>
</context>
<context>
    <name>st::ClassificationReport</name>
    <message>
        <source>%1 true labels but %2 predictions</source>
        <translation>%1 skutečných značek, ale %2 předpovědí</translation>
    </message>
    <message>
        <source>no clips to score: attribution metrics need at least one prediction</source>
        <translation>žádné nahrávky k hodnocení: metriky atribuce potřebují alespoň jednu předpověď</translation>
    </message>
    <message>
        <source>clip %1: label &apos;%2&apos; is not one of the classes (%3)</source>
        <translation>nahrávka %1: značka &apos;%2&apos; není žádnou z tříd (%3)</translation>
    </message>
</context>
<context>
    <name>st::ColourMap</name>
    <message>
        <source>Greyscale</source>
        <translation>Odstíny šedi</translation>
    </message>
    <message>
        <source>Inverted greyscale</source>
        <translation>Inverzní odstíny šedi</translation>
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
        <translation>Matice záměn</translation>
    </message>
    <message>
        <source>Confusion matrix (no closed-set result)</source>
        <translation>Matice záměn (žádný výsledek uzavřené množiny)</translation>
    </message>
    <message>
        <source>Confusion matrix: accuracy %1 %, macro-F1 %2 %</source>
        <translation>Matice záměn: přesnost %1 %, makro-F1 %2 %</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>predikováno</translation>
    </message>
    <message>
        <source>true</source>
        <translation>skutečnost</translation>
    </message>
</context>
<context>
    <name>st::ConsoleProgress</name>
    <message>
        <source>job %1</source>
        <translation>úloha %1</translation>
    </message>
</context>
<context>
    <name>st::CorpusExplain</name>
    <message>
        <source>cannot read: %1</source>
        <translation>nelze číst: %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>soubor neexistuje</translation>
    </message>
    <message>
        <source>not a JSON object: %1 at byte %2</source>
        <translation>není objekt JSON: %1 na bajtu %2</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>nelze zapsat: %1</translation>
    </message>
    <message>
        <source>%1: was %2, now %3</source>
        <translation>%1: bylo %2, nyní %3</translation>
    </message>
    <message>
        <source>no such protocol file or folder</source>
        <translation>takový soubor nebo složka protokolu neexistuje</translation>
    </message>
    <message>
        <source>the folder holds no audio files (.wav, .flac, .ogg, .mp3, .opus, .m4a, .aiff)</source>
        <translation>složka neobsahuje žádné zvukové soubory (.wav, .flac, .ogg, .mp3, .opus, .m4a, .aiff)</translation>
    </message>
    <message>
        <source>clip &quot;%1&quot; does not exist (looked for %2%3; give the audio folder with --audio-root)</source>
        <translation>nahrávka &quot;%1&quot; neexistuje (hledáno %2%3; zadejte složku se zvukem pomocí --audio-root)</translation>
    </message>
    <message>
        <source>not an attribution report: clip.bandShares, frames.absolute or frames.speech is missing</source>
        <translation>není zpráva o atribuci: chybí clip.bandShares, frames.absolute nebo frames.speech</translation>
    </message>
    <message>
        <source>no model to explain</source>
        <translation>žádný model k vysvětlení</translation>
    </message>
    <message>
        <source>cannot create the output folder</source>
        <translation>nelze vytvořit výstupní složku</translation>
    </message>
    <message>
        <source>the folder holds results made with other settings (%1); refusing to mix them: use another output folder or --restart</source>
        <translation>složka obsahuje výsledky vytvořené s jiným nastavením (%1); nebudou smíchány: použijte jinou výstupní složku nebo --restart</translation>
    </message>
    <message>
        <source>clip %1/%2 %3</source>
        <translation>nahrávka %1/%2 %3</translation>
    </message>
    <message>
        <source>no samples</source>
        <translation>žádné vzorky</translation>
    </message>
    <message>
        <source>clip %1/%2 %3: %4</source>
        <translation>nahrávka %1/%2 %3: %4</translation>
    </message>
    <message>
        <source>done %1 (%2/%3)</source>
        <translation>hotovo: %1 (%2/%3)</translation>
    </message>
    <message>
        <source>failed %1: %2</source>
        <translation>selhalo: %1: %2</translation>
    </message>
    <message>
        <source>summaries</source>
        <translation>souhrny</translation>
    </message>
    <message>
        <source>not a corpus explanation job</source>
        <translation>není úloha vysvětlení korpusu</translation>
    </message>
    <message>
        <source>no column &quot;%1&quot; to group by (the clips have: %2)</source>
        <translation>chybí sloupec &quot;%1&quot; pro seskupení (nahrávky mají: %2)</translation>
    </message>
    <message>
        <source>none; a folder has only the group &quot;all&quot;</source>
        <translation>žádné; složka má jen skupinu &quot;all&quot;</translation>
    </message>
    <message>
        <source>bands %1 differ from the other clips&apos; %2</source>
        <translation>pásma %1 se liší od pásem ostatních nahrávek %2</translation>
    </message>
    <message>
        <source>expected a 2-d map</source>
        <translation>očekávána 2D mapa</translation>
    </message>
    <message>
        <source>not a corpus explanation summary (format &quot;%1&quot;)</source>
        <translation>není souhrn vysvětlení korpusu (formát &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>nelze vytvořit složku</translation>
    </message>
    <message>
        <source>cannot replace the file</source>
        <translation>soubor nelze nahradit</translation>
    </message>
    <message>
        <source>cannot copy to %1: %2</source>
        <translation>nelze zkopírovat do %1: %2</translation>
    </message>
    <message>
        <source>already exists: the folder holds a corpus job&apos;s results, and a merge writes a new output (remove job.json, summary.* and clips/ there, not the shards)</source>
        <translation>již existuje: složka obsahuje výsledky úlohy vysvětlení korpusu a sloučení zapisuje nový výstup (odstraňte tam job.json, summary.* a clips/, ne shardy)</translation>
    </message>
    <message>
        <source>no parts to merge</source>
        <translation>žádné části ke sloučení</translation>
    </message>
    <message>
        <source>not a corpus explanation job (format &quot;%1&quot;)</source>
        <translation>není úloha vysvětlení korpusu (formát &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>made from another version of %1 (SHA-256 %2, now %3): rerun the shard</source>
        <translation>vytvořeno z jiné verze %1 (SHA-256 %2, nyní %3): spusťte shard znovu</translation>
    </message>
    <message>
        <source>%1 clip(s) failed: rerun the shard</source>
        <translation>%1 nahrávek selhalo: spusťte shard znovu</translation>
    </message>
    <message>
        <source>its %1 differ from those of %2%3</source>
        <translation>jeho %1 se liší od údajů v %2%3</translation>
    </message>
    <message>
        <source>clip &quot;%1&quot; belongs to no part (%2)</source>
        <translation>nahrávka &quot;%1&quot; nepatří do žádné části (%2)</translation>
    </message>
    <message>
        <source>does not list clip &quot;%1&quot; (id %2), which belongs to this shard: rerun the shard</source>
        <translation>neuvádí nahrávku &quot;%1&quot; (id %2), která patří do tohoto shardu: spusťte shard znovu</translation>
    </message>
    <message>
        <source>lists clip %1 otherwise than the merge reads it from %2 (%3): run the merge with the shards&apos; protocol, --audio-root and working directory</source>
        <translation>uvádí nahrávku %1 jinak, než ji sloučení čte z %2 (%3): spusťte sloučení s protokolem, --audio-root a pracovním adresářem shardů</translation>
    </message>
    <message>
        <source>missing: clip &quot;%1&quot; has no results in its shard: rerun the shard</source>
        <translation>chybí: nahrávka &quot;%1&quot; nemá ve svém shardu výsledky: spusťte shard znovu</translation>
    </message>
    <message>
        <source>the shards list %1 clips, the corpus has %2: were they run with another --limit or protocol?</source>
        <translation>shardy uvádějí %1 nahrávek, korpus jich má %2: běžely s jiným --limit nebo protokolem?</translation>
    </message>
</context>
<context>
    <name>st::CorpusExplainDialog</name>
    <message>
        <source>Explain a corpus</source>
        <translation>Vysvětlit korpus</translation>
    </message>
    <message>
        <source>protocol file (groups by its columns) or a folder of audio files</source>
        <translation>soubor protokolu (seskupuje podle svých sloupců) nebo složka zvukových souborů</translation>
    </message>
    <message>
        <source>Protocol…</source>
        <translation>Protokol…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Složka…</translation>
    </message>
    <message>
        <source>Input:</source>
        <translation>Vstup:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Model:</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Kroky:</translation>
    </message>
    <message>
        <source>all clips</source>
        <translation>všechny nahrávky</translation>
    </message>
    <message>
        <source>Limit:</source>
        <translation>Limit:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Zvolit…</translation>
    </message>
    <message>
        <source>Output folder:</source>
        <translation>Výstupní složka:</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Spustit</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>Zrušit úlohu</translation>
    </message>
    <message>
        <source>Open results…</source>
        <translation>Otevřít výsledky…</translation>
    </message>
    <message>
        <source>A re-run into the same folder resumes; other settings are refused.</source>
        <translation>Opětovné spuštění do stejné složky naváže; jiné nastavení se odmítne.</translation>
    </message>
    <message>
        <source>Mean |attribution| over relative time (left to right) and frequency bins (low at the bottom); each clip&apos;s map normalised to sum 1.</source>
        <translation>Průměrná |atribuce| v relativním čase (zleva doprava) a ve frekvenčních třídách (nízké dole); mapa každé nahrávky normalizovaná na součet 1.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Souhrn</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>Pásma</translation>
    </message>
    <message>
        <source>Speech / silence</source>
        <translation>Řeč / ticho</translation>
    </message>
    <message>
        <source>Mean TF map</source>
        <translation>Průměrná mapa TF</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Seskupit podle:</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokol</translation>
    </message>
    <message>
        <source>Protocols (*.tsv *.txt *.csv);;All files (*)</source>
        <translation>Protokoly (*.tsv *.txt *.csv);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Folder of audio files</source>
        <translation>Složka zvukových souborů</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Výstupní složka</translation>
    </message>
    <message>
        <source>Corpus explanation folder (with summary.json)</source>
        <translation>Složka vysvětlení korpusu (se summary.json)</translation>
    </message>
    <message>
        <source>a corpus explanation is already running</source>
        <translation>vysvětlení korpusu již běží</translation>
    </message>
    <message>
        <source>choose an input (protocol or folder) and an output folder</source>
        <translation>zvolte vstup (protokol nebo složku) a výstupní složku</translation>
    </message>
    <message>
        <source>no model to explain with</source>
        <translation>žádný model pro vysvětlení</translation>
    </message>
    <message>
        <source>explain corpus %1</source>
        <translation>vysvětlení korpusu %1</translation>
    </message>
    <message>
        <source>cancelled; the clips done so far are kept and a re-run resumes</source>
        <translation>zrušeno; dosud hotové nahrávky zůstanou a opětovné spuštění naváže</translation>
    </message>
    <message>
        <source>column</source>
        <translation>sloupec</translation>
    </message>
    <message>
        <source>value</source>
        <translation>hodnota</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>speech</source>
        <translation>řeč</translation>
    </message>
    <message>
        <source>leading silence</source>
        <translation>úvodní ticho</translation>
    </message>
    <message>
        <source>trailing silence</source>
        <translation>koncové ticho</translation>
    </message>
    <message>
        <source>completeness gap</source>
        <translation>mezera úplnosti</translation>
    </message>
    <message>
        <source>%1: %2 clips, %3 explained, %4 failed</source>
        <translation>%1: %2 nahrávek, %3 vysvětleno, %4 selhalo</translation>
    </message>
    <message>
        <source>% of |attribution|</source>
        <translation>% |atribuce|</translation>
    </message>
    <message>
        <source>Share of |attribution| per frequency band, by %1 (mean over clips)</source>
        <translation>Podíl |atribuce| podle frekvenčního pásma, podle %1 (průměr přes nahrávky)</translation>
    </message>
    <message>
        <source>Speech and silence shares, by %1 (mean over clips)</source>
        <translation>Podíly řeči a ticha podle %1 (průměr přes nahrávky)</translation>
    </message>
    <message>
        <source>%1 clips: %2 explained, %3 resumed, %4 failed</source>
        <translation>%1 nahrávek: %2 vysvětleno, %3 navázáno, %4 selhalo</translation>
    </message>
    <message>
        <source>expected a 2-d map</source>
        <translation>očekávána 2D mapa</translation>
    </message>
</context>
<context>
    <name>st::DamageBanner</name>
    <message>
        <source>Damaged evidence — what is drawn is incomplete: %1</source>
        <translation>Poškozený důkaz — vykreslení je neúplné: %1</translation>
    </message>
</context>
<context>
    <name>st::DetChart</name>
    <message>
        <source>DET curve</source>
        <translation>Křivka DET</translation>
    </message>
    <message>
        <source>False alarm rate (%)</source>
        <translation>Míra falešných poplachů (%)</translation>
    </message>
    <message>
        <source>Miss rate (%)</source>
        <translation>Míra nezachycení (%)</translation>
    </message>
    <message>
        <source>EER line</source>
        <translation>Čára EER</translation>
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
        <translation>čtení nahrávky</translation>
    </message>
    <message>
        <source>model &quot;%1&quot; is not a detector (%2); choose a detector such as aasist</source>
        <translation>model &quot;%1&quot; není detektor (%2); zvolte detektor, například aasist</translation>
    </message>
    <message>
        <source>loading model %1</source>
        <translation>načítání modelu %1</translation>
    </message>
    <message>
        <source>whole-clip score</source>
        <translation>skóre celé nahrávky</translation>
    </message>
    <message>
        <source>window %1/%2</source>
        <translation>okno %1/%2</translation>
    </message>
    <message>
        <source>validated conditions</source>
        <translation>ověřené podmínky</translation>
    </message>
</context>
<context>
    <name>st::DetectionPanel</name>
    <message>
        <source>Score:</source>
        <translation>Skóre:</translation>
    </message>
    <message>
        <source>Likelihood ratio:</source>
        <translation>Poměr věrohodností:</translation>
    </message>
    <message>
        <source>Propositions:</source>
        <translation>Hypotézy:</translation>
    </message>
    <message>
        <source>Calibration:</source>
        <translation>Kalibrace:</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>Podmínky:</translation>
    </message>
    <message>
        <source>Convention:</source>
        <translation>Konvence:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Model:</translation>
    </message>
    <message>
        <source>Weights:</source>
        <translation>Váhy:</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Běh:</translation>
    </message>
    <message>
        <source>start (s)</source>
        <translation>začátek (s)</translation>
    </message>
    <message>
        <source>end (s)</source>
        <translation>konec (s)</translation>
    </message>
    <message>
        <source>score</source>
        <translation>skóre</translation>
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
        <translation>Zvolte model a stiskněte Detekovat (Ctrl+D) pro ohodnocení otevřené nahrávky.</translation>
    </message>
    <message>
        <source>above 0: bona fide side (uncalibrated logit, not a likelihood ratio)</source>
        <translation>nad 0: strana bona fide (nekalibrovaný logit, ne poměr věrohodností)</translation>
    </message>
    <message>
        <source>at or below 0: spoof side (uncalibrated logit, not a likelihood ratio)</source>
        <translation>na 0 nebo pod 0: strana spoof (nekalibrovaný logit, ne poměr věrohodností)</translation>
    </message>
    <message>
        <source>%1; input %2%3</source>
        <translation>%1; vstup %2%3</translation>
    </message>
    <message>
        <source>%1 (%2) on %3</source>
        <translation>%1 (%2) na %3</translation>
    </message>
    <message>
        <source>load %1 s, run %2 s; %3 windows of %4 every %5 samples at %6 Hz</source>
        <translation>načtení %1 s, běh %2 s; %3 oken po %4 každých %5 vzorků při %6 Hz</translation>
    </message>
    <message>
        <source>%1 s (active %2 s), bandwidth %3 Hz, codec %4, in-distribution (kNN cosine) %5</source>
        <translation>%1 s (aktivní %2 s), šířka pásma %3 Hz, kodek %4, v rámci distribuce (kNN kosinová) %5</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>neznámý</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>neměřeno</translation>
    </message>
    <message>
        <source>Validated (%1): at least %2 s, bandwidth at least %3 Hz, codecs %4, kNN cosine at least %5 (k = %6)</source>
        <translation>Ověřeno (%1): alespoň %2 s, šířka pásma alespoň %3 Hz, kodeky %4, kNN kosinová alespoň %5 (k = %6)</translation>
    </message>
    <message>
        <source>any</source>
        <translation>libovolné</translation>
    </message>
    <message>
        <source>LR = p(score | bona fide) / p(score | spoofed), from the model&apos;s calibration log LR = %1 × score + %2 (natural log)</source>
        <translation>LR = p(skóre | bona fide) / p(skóre | podvrh), z kalibrace modelu log LR = %1 × skóre + %2 (přirozený logaritmus)</translation>
    </message>
    <message>
        <source>proposition: bona fide speech; alternative: spoofed (synthetic or converted) speech</source>
        <translation>hypotéza: pravá (bona fide) řeč; alternativa: podvržená (syntetická nebo konvertovaná) řeč</translation>
    </message>
    <message>
        <source>calibrated on %1, %2 bona fide / %3 spoofed clips, Cllr %4</source>
        <translation>kalibrováno na %1, %2 bona fide / %3 podvržených nahrávek, Cllr %4</translation>
    </message>
    <message>
        <source>an unnamed protocol</source>
        <translation>nepojmenovaný protokol</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>neuvedeno</translation>
    </message>
    <message>
        <source>%1
protocol SHA-256 %2
minCllr %3, EER %4; made %5; verbal scale after ENFSI (2015)</source>
        <translation>%1
SHA-256 protokolu %2
minCllr %3, EER %4; vytvořeno %5; slovní stupnice podle ENFSI (2015)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>The clip is outside the conditions %1 was validated under, so its score is not turned into a likelihood ratio (the score above is the model&apos;s raw output):</source>
        <translation>Nahrávka leží mimo podmínky, za kterých byl %1 ověřen, takže se její skóre nepřevádí na poměr věrohodností (skóre výše je surový výstup modelu):</translation>
    </message>
    <message>
        <source>Take care: %1</source>
        <translation>Pozor: %1</translation>
    </message>
</context>
<context>
    <name>st::DifferentiableModel</name>
    <message>
        <source>cannot load the TorchScript file for attributions: %1</source>
        <translation>soubor TorchScript nelze načíst pro atribuce: %1</translation>
    </message>
    <message>
        <source>the model failed under autograd: %1</source>
        <translation>model selhal pod autogradem: %1</translation>
    </message>
    <message>
        <source>the output &quot;%1&quot; named by the manifest is not a tensor the model returns</source>
        <translation>výstup &quot;%1&quot; uvedený v manifestu není tenzor, který model vrací</translation>
    </message>
    <message>
        <source>no model to explain</source>
        <translation>žádný model k vysvětlení</translation>
    </message>
    <message>
        <source>model %1 is of kind &quot;%2&quot;: attributions need a native AASIST, a native spectral or a TorchScript model</source>
        <translation>model %1 je druhu &quot;%2&quot;: atribuce vyžadují nativní model AASIST, nativní spektrální model nebo model TorchScript</translation>
    </message>
</context>
<context>
    <name>st::EmbeddingMapView</name>
    <message>
        <source>All levels (colour by level)</source>
        <translation>Všechny úrovně (barva podle úrovně)</translation>
    </message>
    <message>
        <source>%1 (colour by source)</source>
        <translation>%1 (barva podle zdroje)</translation>
    </message>
    <message>
        <source>Open a library with enrolled sources to see its map.</source>
        <translation>Otevřete knihovnu se zapsanými zdroji, abyste viděli její mapu.</translation>
    </message>
    <message>
        <source>enrolment clips</source>
        <translation>nahrávky zápisu</translation>
    </message>
    <message>
        <source>traced clip</source>
        <translation>nahrávka s určovaným zdrojem</translation>
    </message>
    <message>
        <source>No sources at this level.</source>
        <translation>Na této úrovni nejsou žádné zdroje.</translation>
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
        <translation>Čtverce: otisky (průměry zdrojů); tečky: embeddingy zápisu; osy proloženy na %1 různých embeddingech%2.</translation>
    </message>
    <message>
        <source> (%1 dots not drawn)</source>
        <translation> (%1 teček nevykresleno)</translation>
    </message>
</context>
<context>
    <name>st::EmbeddingStore</name>
    <message>
        <source>a clip key must be non-empty and on one line: &quot;%1&quot; (rename the file)</source>
        <translation>klíč nahrávky musí být neprázdný a na jednom řádku: &quot;%1&quot; (přejmenujte soubor)</translation>
    </message>
    <message>
        <source>the clip key &quot;%1&quot; holds a control character, which the line-based outputs cannot store: rename the file</source>
        <translation>klíč nahrávky &quot;%1&quot; obsahuje řídicí znak, který řádkové výstupy nemohou uložit: přejmenujte soubor</translation>
    </message>
    <message>
        <source>the CSV format cannot store the key &quot;%1&quot; (it has a comma or quote): use --format npy</source>
        <translation>formát CSV nemůže uložit klíč &quot;%1&quot; (obsahuje čárku nebo uvozovky): použijte --format npy</translation>
    </message>
    <message>
        <source>embedding size must be positive</source>
        <translation>velikost embeddingu musí být kladná</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>nelze číst: %1</translation>
    </message>
    <message>
        <source>the key is not valid UTF-8</source>
        <translation>klíč není platné UTF-8</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is listed twice</source>
        <translation>klíč &quot;%1&quot; je uveden dvakrát</translation>
    </message>
    <message>
        <source>exists and is not a folder (the npy format writes a folder)</source>
        <translation>existuje a není složka (formát npy zapisuje složku)</translation>
    </message>
    <message>
        <source>cannot create the output folder</source>
        <translation>nelze vytvořit výstupní složku</translation>
    </message>
    <message>
        <source>holds embeddings of model &quot;%1&quot; (weights %2), not of &quot;%3&quot; (weights %4): choose another output folder</source>
        <translation>obsahuje embeddingy modelu &quot;%1&quot; (váhy %2), ne modelu &quot;%3&quot; (váhy %4): zvolte jinou výstupní složku</translation>
    </message>
    <message>
        <source>holds embeddings of another size (expected N x %1)</source>
        <translation>obsahuje embeddingy jiné velikosti (očekáváno N x %1)</translation>
    </message>
    <message>
        <source>holds logits of another size (expected N x %1)</source>
        <translation>obsahuje logity jiné velikosti (očekáváno N x %1)</translation>
    </message>
    <message>
        <source>is a folder (the csv format writes one file)</source>
        <translation>je složka (formát csv zapisuje jeden soubor)</translation>
    </message>
    <message>
        <source>cannot create the folder of the output file</source>
        <translation>složku výstupního souboru nelze vytvořit</translation>
    </message>
    <message>
        <source>exists with another header (expected &quot;file,0,...,%1&quot;): choose another output file</source>
        <translation>existuje s jinou hlavičkou (očekáváno &quot;file,0,...,%1&quot;): zvolte jiný výstupní soubor</translation>
    </message>
    <message>
        <source>column %1 of the row of &quot;%2&quot; is not a finite number (&quot;%3&quot;): the file is damaged; choose another output file</source>
        <translation>sloupec %1 řádku &quot;%2&quot; není konečné číslo (&quot;%3&quot;): soubor je poškozený; zvolte jiný výstupní soubor</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>nelze zapsat: %1</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; is already stored</source>
        <translation>klíč &quot;%1&quot; je již uložen</translation>
    </message>
    <message>
        <source>embedding of &quot;%1&quot; has %2 values, expected %3</source>
        <translation>embedding &quot;%1&quot; má %2 hodnot, očekáváno %3</translation>
    </message>
    <message>
        <source>the embedding of &quot;%1&quot; holds a non-finite value (NaN or infinity): not stored</source>
        <translation>embedding &quot;%1&quot; obsahuje nekonečnou hodnotu (NaN nebo nekonečno): neuloženo</translation>
    </message>
    <message>
        <source>the logits of &quot;%1&quot; hold a non-finite value (NaN or infinity): not stored</source>
        <translation>logity &quot;%1&quot; obsahují nekonečnou hodnotu (NaN nebo nekonečno): neuloženo</translation>
    </message>
    <message>
        <source>logits of &quot;%1&quot; have %2 values, expected %3</source>
        <translation>logity &quot;%1&quot; mají %2 hodnot, očekáváno %3</translation>
    </message>
</context>
<context>
    <name>st::EmbeddingTable</name>
    <message>
        <source>cannot open the embedding table: %1</source>
        <translation>tabulku embeddingů nelze otevřít: %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>soubor neexistuje</translation>
    </message>
    <message>
        <source>expected a header &apos;file,0,1,...&apos; with at least one dimension</source>
        <translation>očekávána hlavička &apos;file,0,1,...&apos; s alespoň jednou dimenzí</translation>
    </message>
    <message>
        <source>expected %1 comma-separated fields as in the header on line %2, found %3</source>
        <translation>očekáváno %1 polí oddělených čárkou jako v hlavičce na řádku %2, nalezeno %3</translation>
    </message>
    <message>
        <source>empty name in field 1</source>
        <translation>prázdný název v poli 1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed twice (first on line %2)</source>
        <translation>&apos;%1&apos; je uveden dvakrát (poprvé na řádku %2)</translation>
    </message>
    <message>
        <source>field %1 (dimension %2: &apos;%3&apos;) is not a finite number in float32 range</source>
        <translation>pole %1 (dimenze %2: &apos;%3&apos;) není konečné číslo v rozsahu float32</translation>
    </message>
    <message>
        <source>field %1 (dimension %2: &apos;%3&apos;) is not a finite number</source>
        <translation>pole %1 (dimenze %2: &apos;%3&apos;) není konečné číslo</translation>
    </message>
    <message>
        <source>the embedding table is empty</source>
        <translation>tabulka embeddingů je prázdná</translation>
    </message>
    <message>
        <source>the embedding table has a header (line %1) and no rows</source>
        <translation>tabulka embeddingů má hlavičku (řádek %1), ale žádné řádky</translation>
    </message>
</context>
<context>
    <name>st::EnrolClipsDialog</name>
    <message numerus="yes">
        <source>Enrol %n clip(s)</source>
        <translation>
            <numerusform>Zapsat %n nahrávku</numerusform>
            <numerusform>Zapsat %n nahrávky</numerusform>
            <numerusform>Zapsat %n nahrávek</numerusform>
        </translation>
    </message>
    <message>
        <source>
... and %1 more</source>
        <translation>
... a %1 dalších</translation>
    </message>
    <message>
        <source>e.g. A01 (leave empty to skip this level)</source>
        <translation>např. A01 (ponechte prázdné pro přeskočení této úrovně)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>volitelné</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Zapsat</translation>
    </message>
</context>
<context>
    <name>st::EvaluationDetection</name>
    <message>
        <source>detection needs a protocol (--protocol) and a score file (--scores)</source>
        <translation>detekce potřebuje protokol (--protocol) a soubor skóre (--scores)</translation>
    </message>
    <message>
        <source>reading the protocol</source>
        <translation>čtení protokolu</translation>
    </message>
    <message>
        <source>reading the scores</source>
        <translation>čtení skóre</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>metriky</translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation>zápis %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hotovo</translation>
    </message>
</context>
<context>
    <name>st::EvaluationInputs</name>
    <message>
        <source>row %1 (key &apos;%2&apos;), %3 %4 is NaN: the file is corrupt</source>
        <translation>řádek %1 (klíč &apos;%2&apos;), %3 %4 je NaN: soubor je poškozený</translation>
    </message>
    <message>
        <source>row %1 (key &apos;%2&apos;), %3 %4 is infinite: the file is corrupt</source>
        <translation>řádek %1 (klíč &apos;%2&apos;), %3 %4 je nekonečno: soubor je poškozený</translation>
    </message>
    <message>
        <source>an embedding folder needs embeddings.npy and keys.txt (as written by `sourcetrace-cli embed --format npy`)</source>
        <translation>složka embeddingů potřebuje embeddings.npy a keys.txt (jak je zapisuje `sourcetrace-cli embed --format npy`)</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>nelze otevřít: %1</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; is listed twice (first on line %2)</source>
        <translation>klíč &apos;%1&apos; je uveden dvakrát (poprvé na řádku %2)</translation>
    </message>
    <message>
        <source>expected a 2-D array (clips x dimensions), found %1-D</source>
        <translation>očekáváno 2-D pole (nahrávky x dimenze), nalezeno %1-D</translation>
    </message>
    <message>
        <source>the embeddings have dimension 0 (shape %1 x 0)</source>
        <translation>embeddingy mají dimenzi 0 (tvar %1 x 0)</translation>
    </message>
    <message>
        <source>%1 keys for %2 embedding rows in embeddings.npy: the folder is inconsistent (an interrupted run? rerun `embed` to resume)</source>
        <translation>%1 klíčů pro %2 řádků embeddingů v embeddings.npy: složka je nekonzistentní (přerušený běh? spusťte `embed` znovu a pokračujte)</translation>
    </message>
    <message>
        <source>dimension</source>
        <comment>row 3 (key &apos;x&apos;), dimension 5 is NaN</comment>
        <translation>dimenze</translation>
    </message>
    <message>
        <source>expected a %1 x C array of logits (one row per embedding), found shape %2: the folder is inconsistent</source>
        <translation>očekáváno pole logitů %1 x C (jeden řádek na embedding), nalezen tvar %2: složka je nekonzistentní</translation>
    </message>
    <message>
        <source>class</source>
        <comment>row 3 (key &apos;x&apos;), class 5 is NaN</comment>
        <translation>třída</translation>
    </message>
    <message>
        <source>no such embedding file or folder</source>
        <translation>takový soubor ani složka embeddingů neexistuje</translation>
    </message>
    <message>
        <source>cannot open the score file: %1</source>
        <translation>soubor skóre nelze otevřít: %1</translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>není objekt JSON (%1)</translation>
    </message>
    <message>
        <source>the object has no &quot;file&quot;</source>
        <translation>objekt nemá &quot;file&quot;</translation>
    </message>
    <message>
        <source>&quot;score&quot; of &apos;%1&apos; is null, not a number</source>
        <translation>&quot;score&quot; u &apos;%1&apos; je null, ne číslo</translation>
    </message>
    <message>
        <source>&quot;score&quot; of &apos;%1&apos; is missing or not numeric, not a number</source>
        <translation>&quot;score&quot; u &apos;%1&apos; chybí nebo není číselné, ne číslo</translation>
    </message>
    <message>
        <source>&quot;score&quot; of &apos;%1&apos; is not a finite number</source>
        <translation>&quot;score&quot; u &apos;%1&apos; není konečné číslo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is scored twice (first on line %2)</source>
        <translation>&apos;%1&apos; má skóre dvakrát (poprvé na řádku %2)</translation>
    </message>
    <message>
        <source>the score file has no scores</source>
        <translation>soubor skóre neobsahuje žádná skóre</translation>
    </message>
</context>
<context>
    <name>st::EvaluationOutput</name>
    <message>
        <source>cannot write: %1</source>
        <translation>nelze zapsat: %1</translation>
    </message>
    <message>
        <source>cannot remove this output of an earlier run</source>
        <translation>tento výstup dřívějšího běhu nelze odstranit</translation>
    </message>
    <message>
        <source>the output folder exists and is not a folder</source>
        <translation>výstupní složka existuje a není složkou</translation>
    </message>
    <message>
        <source>cannot create the output folder</source>
        <translation>nelze vytvořit výstupní složku</translation>
    </message>
    <message>
        <source>the output folder holds &apos;%1&apos;, which is not an output of `evaluate`: refusing to write into it (give a new or empty folder, or one an earlier evaluate run wrote)</source>
        <translation>výstupní složka obsahuje &apos;%1&apos;, což není výstup `evaluate`: zápis do ní se odmítá (zadejte novou nebo prázdnou složku, nebo složku, kterou zapsal dřívější běh evaluate)</translation>
    </message>
    <message>
        <source>cannot replace the metrics of an earlier run (no write permission in the folder?)</source>
        <translation>metriky dřívějšího běhu nelze nahradit (chybí oprávnění k zápisu do složky?)</translation>
    </message>
</context>
<context>
    <name>st::EvaluationPanel</name>
    <message>
        <source>Run an evaluation</source>
        <translation>Spustit vyhodnocení</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrika</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Hodnota</translation>
    </message>
    <message>
        <source>DET</source>
        <translation>DET</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Skóre</translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation>Záměny</translation>
    </message>
    <message>
        <source>Tippett</source>
        <translation>Tippett</translation>
    </message>
    <message>
        <source>Export plot…</source>
        <translation>Exportovat graf…</translation>
    </message>
    <message>
        <source>Save the current plot as PNG or SVG, or its data as CSV</source>
        <translation>Uložit aktuální graf jako PNG nebo SVG, nebo jeho data jako CSV</translation>
    </message>
    <message>
        <source>Source tracing (embeddings)</source>
        <translation>Určení zdroje (embeddingy)</translation>
    </message>
    <message>
        <source>Detection (scores)</source>
        <translation>Detekce (skóre)</translation>
    </message>
    <message>
        <source>STOPA trials (scored trial list)</source>
        <translation>Pokusy STOPA (ohodnocený seznam pokusů)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Režim</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokol</translation>
    </message>
    <message>
        <source>Protocols (*.tsv *.txt *.csv);;All files (*)</source>
        <translation>Protokoly (*.tsv *.txt *.csv);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Embeddings / scores / trials</source>
        <translation>Embeddingy / skóre / pokusy</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Výstupní složka</translation>
    </message>
    <message>
        <source>attack = file name up to the first &apos;_&apos; (no protocol)</source>
        <translation>útok = název souboru po první &apos;_&apos; (bez protokolu)</translation>
    </message>
    <message>
        <source>e.g. A05,A09</source>
        <translation>např. A05,A09</translation>
    </message>
    <message>
        <source>Unknown attacks</source>
        <translation>Neznámé útoky</translation>
    </message>
    <message>
        <source>calibrate on dev</source>
        <translation>kalibrovat na dev</translation>
    </message>
    <message>
        <source>Back-end</source>
        <translation>Back-end</translation>
    </message>
    <message>
        <source>Enrol fraction</source>
        <translation>Podíl zápisu</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Tracing</source>
        <translation>Určení zdroje</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Spustit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Zvolte složku</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Zvolte soubor</translation>
    </message>
    <message>
        <source>Evaluate (%1)</source>
        <translation>Vyhodnotit (%1)</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hotovo.</translation>
    </message>
    <message>
        <source>Done: %1 files written.</source>
        <translation>Hotovo: zapsáno %1 souborů.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Zrušeno.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Spouštění…</translation>
    </message>
    <message>
        <source>bona fide</source>
        <translation>bona fide</translation>
    </message>
    <message>
        <source>spoof</source>
        <translation>spoof</translation>
    </message>
    <message>
        <source>Clips (bona fide / spoof)</source>
        <translation>Nahrávky (bona fide / spoof)</translation>
    </message>
    <message>
        <source>Pooled EER</source>
        <translation>Souhrnná EER</translation>
    </message>
    <message>
        <source>Pooled ROCCH-EER</source>
        <translation>Souhrnná ROCCH-EER</translation>
    </message>
    <message>
        <source>minDCF</source>
        <translation>minDCF</translation>
    </message>
    <message>
        <source>Cllr / minCllr (bits)</source>
        <translation>Cllr / minCllr (bity)</translation>
    </message>
    <message>
        <source>EER %1</source>
        <translation>EER %1</translation>
    </message>
    <message>
        <source>EER codec %1</source>
        <translation>EER kodek %1</translation>
    </message>
    <message>
        <source>Known attacks</source>
        <translation>Známé útoky</translation>
    </message>
    <message>
        <source>none</source>
        <translation>žádné</translation>
    </message>
    <message>
        <source>Clips (enrol / test / dev)</source>
        <translation>Nahrávky (zápis / test / dev)</translation>
    </message>
    <message>
        <source>Pooled EER %1 %2</source>
        <translation>Souhrnná EER %1 %2</translation>
    </message>
    <message>
        <source>minDCF known %1</source>
        <translation>minDCF známé %1</translation>
    </message>
    <message>
        <source>Cllr / minCllr known %1 (bits)</source>
        <translation>Cllr / minCllr známé %1 (bity)</translation>
    </message>
    <message>
        <source>Calibrated Cllr %1 (bits)</source>
        <translation>Kalibrovaný Cllr %1 (bity)</translation>
    </message>
    <message>
        <source>Closed-set accuracy</source>
        <translation>Přesnost v uzavřené množině</translation>
    </message>
    <message>
        <source>Closed-set macro-F1</source>
        <translation>Makro-F1 v uzavřené množině</translation>
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
        <translation>Exportovat graf</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;CSV data (*.csv)</source>
        <translation>Obrázek PNG (*.png);;Obrázek SVG (*.svg);;Data CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exportováno %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>the evaluation panel holds no result yet</source>
        <translation>panel vyhodnocení zatím neobsahuje žádný výsledek</translation>
    </message>
</context>
<context>
    <name>st::EvaluationPlots</name>
    <message>
        <source>a histogram needs at least one bin (got %1)</source>
        <translation>histogram potřebuje alespoň jeden koš (zadáno %1)</translation>
    </message>
</context>
<context>
    <name>st::EvaluationRun</name>
    <message>
        <source>unknown evaluation mode</source>
        <translation>neznámý režim vyhodnocení</translation>
    </message>
</context>
<context>
    <name>st::EvaluationTrace</name>
    <message>
        <source>unknown scoring back-end &apos;%1&apos; (use cosine, mahalanobis or knn)</source>
        <translation>neznámý back-end hodnocení &apos;%1&apos; (použijte cosine, mahalanobis nebo knn)</translation>
    </message>
    <message>
        <source>trace needs embeddings (--embeddings: an `embed` npy folder or a CSV)</source>
        <translation>trace potřebuje embeddingy (--embeddings: složku npy z `embed` nebo CSV)</translation>
    </message>
    <message>
        <source>trace needs a protocol (--protocol) or --attack-from-filename</source>
        <translation>trace potřebuje protokol (--protocol) nebo --attack-from-filename</translation>
    </message>
    <message>
        <source>the enrolment fraction must lie strictly between 0 and 1 (got %1)</source>
        <translation>podíl zápisu musí ležet ostře mezi 0 a 1 (zadáno %1)</translation>
    </message>
    <message>
        <source>the dev fraction must lie strictly between 0 and 1 (got %1)</source>
        <translation>podíl dev musí ležet ostře mezi 0 a 1 (zadáno %1)</translation>
    </message>
    <message>
        <source>clip &apos;%1&apos; of the protocol has no embedding of that exact name and its base name &apos;%2&apos; matches several: use the protocol&apos;s names</source>
        <translation>nahrávka &apos;%1&apos; protokolu nemá embedding přesně tohoto názvu a její základní název &apos;%2&apos; odpovídá několika: použijte názvy z protokolu</translation>
    </message>
    <message>
        <source>embedding &apos;%1&apos; would count for two clips of the protocol (&apos;%2&apos; and &apos;%3&apos;): use the protocol&apos;s names</source>
        <translation>embedding &apos;%1&apos; by se počítal pro dvě nahrávky protokolu (&apos;%2&apos; a &apos;%3&apos;): použijte názvy z protokolu</translation>
    </message>
    <message>
        <source>none of the protocol&apos;s %1 spoofed clips has an embedding here (first: &apos;%2&apos;); do the names match the protocol&apos;s file column?</source>
        <translation>žádná z %1 podvržených nahrávek protokolu tu nemá embedding (první: &apos;%2&apos;); odpovídají názvy sloupci file v protokolu?</translation>
    </message>
    <message>
        <source>%1 protocol clips have no embedding: left out</source>
        <translation>%1 nahrávek protokolu nemá embedding: vynecháno</translation>
    </message>
    <message>
        <source>--attack-from-filename: &apos;%1&apos; has no &apos;_&apos; after an attack name (expected e.g. A05_LA_T_123.flac)</source>
        <translation>--attack-from-filename: &apos;%1&apos; nemá &apos;_&apos; za názvem útoku (očekáváno např. A05_LA_T_123.flac)</translation>
    </message>
    <message>
        <source>unknown attack &apos;%1&apos; does not occur among the evaluated clips (attacks: %2)</source>
        <translation>neznámý útok &apos;%1&apos; se mezi vyhodnocovanými nahrávkami nevyskytuje (útoky: %2)</translation>
    </message>
    <message>
        <source>every attack is held out as unknown: at least one must be known (enrolled)</source>
        <translation>všechny útoky jsou ponechány jako neznámé: alespoň jeden musí být známý (zapsaný)</translation>
    </message>
    <message numerus="yes">
        <source>attack &apos;%1&apos; has %n clip(s): a known attack needs at least 2 (enrolment and test)</source>
        <translation>
            <numerusform>útok &apos;%1&apos; má %n nahrávku: známý útok potřebuje alespoň 2 (zápis a test)</numerusform>
            <numerusform>útok &apos;%1&apos; má %n nahrávky: známý útok potřebuje alespoň 2 (zápis a test)</numerusform>
            <numerusform>útok &apos;%1&apos; má %n nahrávek: známý útok potřebuje alespoň 2 (zápis a test)</numerusform>
        </translation>
    </message>
    <message>
        <source>enrolling %1 sources at %2</source>
        <translation>zápis %1 zdrojů na úrovni %2</translation>
    </message>
    <message>
        <source>scoring %1</source>
        <translation>hodnocení %1</translation>
    </message>
    <message>
        <source>no test clips: every clip went to enrolment</source>
        <translation>žádné testovací nahrávky: všechny nahrávky šly do zápisu</translation>
    </message>
    <message>
        <source>calibration needs target and non-target trials of known attacks in both the dev and the eval part at some level: too few clips (lower --enrol-fraction?)</source>
        <translation>kalibrace potřebuje na některé úrovni cílové i necílové pokusy známých útoků v části dev i eval: příliš málo nahrávek (snížit --enrol-fraction?)</translation>
    </message>
    <message>
        <source>reading embeddings</source>
        <translation>čtení embeddingů</translation>
    </message>
    <message>
        <source>no embeddings in the file</source>
        <translation>v souboru nejsou žádné embeddingy</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>metriky</translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation>zápis %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hotovo</translation>
    </message>
</context>
<context>
    <name>st::EvaluationTrials</name>
    <message>
        <source>trials mode needs a STOPA trial list (--trials)</source>
        <translation>režim trials potřebuje seznam pokusů STOPA (--trials)</translation>
    </message>
    <message>
        <source>reading the trial list</source>
        <translation>čtení seznamu pokusů</translation>
    </message>
    <message>
        <source>the trial list has no score column (CosScore or score)</source>
        <translation>seznam pokusů nemá sloupec skóre (CosScore nebo score)</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>metriky</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hotovo</translation>
    </message>
</context>
<context>
    <name>st::EvidenceAnalysis</name>
    <message>
        <source>analysis settings: unknown member &quot;%1&quot; (known: %2)</source>
        <translation>nastavení analýzy: neznámý člen &quot;%1&quot; (známé: %2)</translation>
    </message>
    <message>
        <source>analysis settings: igSteps must be between 2 and 4096, not %1</source>
        <translation>nastavení analýzy: igSteps musí být mezi 2 a 4096, ne %1</translation>
    </message>
    <message>
        <source>analysis settings: threads must be between 0 and 1024, not %1</source>
        <translation>nastavení analýzy: threads musí být mezi 0 a 1024, ne %1</translation>
    </message>
    <message>
        <source>analysis settings: backend is empty</source>
        <translation>nastavení analýzy: backend je prázdný</translation>
    </message>
    <message>
        <source>analysis: format &quot;%1&quot; is not one this build reads (sourcetrace-analysis/1)</source>
        <translation>analýza: formát &quot;%1&quot; toto sestavení nečte (sourcetrace-analysis/1)</translation>
    </message>
    <message>
        <source>%1: %2 entries then %3</source>
        <translation>%1: %2 položek, pak %3</translation>
    </message>
    <message>
        <source>%1: %2 then %3</source>
        <translation>%1: %2, pak %3</translation>
    </message>
    <message>
        <source>hashing the evidence</source>
        <translation>hashování důkazu</translation>
    </message>
    <message>
        <source>has changed since intake: its SHA-256 is %1, the case recorded %2; it is not analysed</source>
        <translation>se od příjmu změnil: jeho SHA-256 je %1, případ zaznamenal %2; neanalyzuje se</translation>
    </message>
    <message>
        <source>decoding</source>
        <translation>dekódování</translation>
    </message>
    <message>
        <source>quality thresholds: %1</source>
        <translation>prahy kvality: %1</translation>
    </message>
    <message>
        <source>quality measures</source>
        <translation>měření kvality</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hotovo</translation>
    </message>
</context>
<context>
    <name>st::ExplainPanel</name>
    <message>
        <source>Fingerprint CSV…</source>
        <translation>CSV s otisky…</translation>
    </message>
    <message>
        <source>Load fingerprints (STOPA layout: file,0,...,D-1) as cosine-similarity targets</source>
        <translation>Načíst otisky (formát STOPA: file,0,...,D-1) jako cíle kosinové podobnosti</translation>
    </message>
    <message>
        <source>Silence (zeros)</source>
        <translation>Ticho (nuly)</translation>
    </message>
    <message>
        <source>Noise, -60 dBFS, 4 draws</source>
        <translation>Šum, -60 dBFS, 4 vzorky</translation>
    </message>
    <message>
        <source>Low-pass copy, 1 kHz</source>
        <translation>Kopie přes dolní propust, 1 kHz</translation>
    </message>
    <message>
        <source>Noise, -50 dBFS, 4 draws (spectral models)</source>
        <translation>Šum, -50 dBFS, 4 vzorky (spektrální modely)</translation>
    </message>
    <message>
        <source>Bona fide mean (file…)</source>
        <translation>Průměr bona fide (soubor…)</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Soubor…</translation>
    </message>
    <message>
        <source>Choose the mean-feature baseline file (made by `sourcetrace-cli explain baseline --protocol REF --out F.json`)</source>
        <translation>Zvolte soubor baseline středních příznaků (vytvořený pomocí `sourcetrace-cli explain baseline --protocol REF --out F.json`)</translation>
    </message>
    <message>
        <source>Gauss-Legendre</source>
        <translation>Gauss-Legendre</translation>
    </message>
    <message>
        <source>Trapezoid</source>
        <translation>Lichoběžníkové</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cíl</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Kroky</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Pravidlo</translation>
    </message>
    <message>
        <source>Attribute the model&apos;s jumps</source>
        <translation>Přiřadit skoky modelu</translation>
    </message>
    <message>
        <source>AASIST&apos;s graph pooling keeps the top-scoring nodes, so its output jumps where the kept nodes change along the path. On: each jump is located and attributed through the score crossing that caused it, so the attributions add up to the change of the target (slower). Off: plain Integrated Gradients; the jumps stay in the completeness gap.</source>
        <translation>Grafový pooling AASIST ponechává uzly s nejvyšším skóre, takže jeho výstup skáče tam, kde se ponechané uzly podél dráhy mění. Zapnuto: každý skok se najde a přiřadí přes překročení skóre, které jej způsobilo, takže se atribuce sečtou na změnu cíle (pomalejší). Vypnuto: prosté Integrated Gradients; skoky zůstanou v mezeře úplnosti.</translation>
    </message>
    <message>
        <source>LibTorch threads for the run (default: all %1 cores of this machine)</source>
        <translation>Vlákna LibTorch pro běh (výchozí: všech %1 jader tohoto počítače)</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Vlákna</translation>
    </message>
    <message>
        <source>Coarse result first (%1 steps, plain IG)</source>
        <translation>Nejprve hrubý výsledek (%1 kroků, prosté IG)</translation>
    </message>
    <message>
        <source>Shows a quick result of %1 steps without the jump search at once, marked coarse; the full run replaces it. On by default for models whose run takes longer than %2 s.</source>
        <translation>Ihned zobrazí rychlý výsledek %1 kroků bez hledání skoků, označený jako hrubý; úplný běh jej nahradí. Ve výchozím stavu zapnuto u modelů, jejichž běh trvá déle než %2 s.</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Vysvětlit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>The completeness gap is above 5 %: run again with four times the steps</source>
        <translation>Mezera úplnosti je větší než 5 %: spusťte znovu se čtyřnásobným počtem kroků</translation>
    </message>
    <message>
        <source> th percentile</source>
        <translation>. percentil</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Krytí</translation>
    </message>
    <message>
        <source>Clip at</source>
        <translation>Ořez na</translation>
    </message>
    <message>
        <source>Colour spectrogram under the map</source>
        <translation>Barevný spektrogram pod mapou</translation>
    </message>
    <message>
        <source>Off: the spectrogram is drawn in greyscale while the map is over it, so that both of the map&apos;s colours stay visible. On: the spectrogram keeps its colour map; the map&apos;s colours are then chosen to stand apart from it, and its strongest regions are outlined.</source>
        <translation>Vypnuto: spektrogram se pod mapou kreslí v odstínech šedi, aby obě barvy mapy zůstaly viditelné. Zapnuto: spektrogram si ponechá svou barevnou mapu; barvy mapy se pak zvolí tak, aby se od ní odlišovaly, a její nejsilnější oblasti se obtáhnou.</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exportovat PNG…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Exportovat SVG…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Exportovat JSON…</translation>
    </message>
    <message>
        <source>Fingerprint CSV</source>
        <translation>CSV s otisky</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1: cannot read</source>
        <translation>%1: nelze přečíst</translation>
    </message>
    <message>
        <source>Export attribution PNG</source>
        <translation>Exportovat atribuci jako PNG</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>Export attribution SVG</source>
        <translation>Exportovat atribuci jako SVG</translation>
    </message>
    <message>
        <source>SVG (*.svg)</source>
        <translation>SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export attribution JSON</source>
        <translation>Exportovat atribuci jako JSON</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>choose a model first</source>
        <translation>nejprve zvolte model</translation>
    </message>
    <message>
        <source>%1 (%2) exposes no front-end features, so a mean-feature baseline cannot be used with it; choose a SourceTrace spectral model (e.g. sourcetrace-default)</source>
        <translation>%1 (%2) neposkytuje příznaky front-endu, takže s ním nelze použít baseline středních příznaků; zvolte spektrální model SourceTrace (např. sourcetrace-default)</translation>
    </message>
    <message>
        <source>Bona fide mean (%1)</source>
        <translation>Průměr bona fide (%1)</translation>
    </message>
    <message>
        <source>Feature-space IG from the mean feature of bona fide clips: choose the file with File…</source>
        <translation>IG v prostoru příznaků od středního příznaku bona fide nahrávek: zvolte soubor pomocí Soubor…</translation>
    </message>
    <message>
        <source>Feature-space IG from the mean feature of bona fide clips in %1</source>
        <translation>IG v prostoru příznaků od středního příznaku bona fide nahrávek v %1</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>Není k dispozici: %1</translation>
    </message>
    <message>
        <source>Choose the mean-feature baseline file (made by `sourcetrace-cli explain baseline`)</source>
        <translation>Zvolte soubor baseline středních příznaků (vytvořený pomocí `sourcetrace-cli explain baseline`)</translation>
    </message>
    <message>
        <source>Mean-feature baseline</source>
        <translation>Baseline středních příznaků</translation>
    </message>
    <message>
        <source>Baseline JSON (*.json)</source>
        <translation>Baseline JSON (*.json)</translation>
    </message>
    <message>
        <source>Bona fide logit (detection score)</source>
        <translation>Logit bona fide (skóre detekce)</translation>
    </message>
    <message>
        <source>Margin spoof − bona fide</source>
        <translation>Rozdíl spoof − bona fide</translation>
    </message>
    <message>
        <source>Logit %1: %2</source>
        <translation>Logit %1: %2</translation>
    </message>
    <message>
        <source>Similarity to fingerprint %1</source>
        <translation>Podobnost s otiskem %1</translation>
    </message>
    <message>
        <source>%1 is a fused detector: it cannot be explained (a fusion of scores has no embedding and no gradient); choose one of its component models</source>
        <translation>%1 je fúzovaný detektor: nelze jej vysvětlit (fúze skóre nemá embedding ani gradient); zvolte jeden z jeho dílčích modelů</translation>
    </message>
    <message>
        <source>Ready: choose a target and press Explain</source>
        <translation>Připraveno: zvolte cíl a stiskněte Vysvětlit</translation>
    </message>
    <message>
        <source>Open a clip and choose a model first</source>
        <translation>Nejprve otevřete nahrávku a zvolte model</translation>
    </message>
    <message>
        <source>Bona fide mean baseline: %1</source>
        <translation>Baseline průměru bona fide: %1</translation>
    </message>
    <message>
        <source>Bona fide mean baseline: choose its file with File… first</source>
        <translation>Baseline průměru bona fide: nejprve zvolte její soubor pomocí Soubor…</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Odmítnuto: %1</translation>
    </message>
    <message>
        <source>a new run is under way</source>
        <translation>probíhá nový běh</translation>
    </message>
    <message>
        <source>settings changed, a new run is under way</source>
        <translation>nastavení se změnilo, probíhá nový běh</translation>
    </message>
    <message>
        <source>Integrated Gradients (%1, %2 steps) of %3</source>
        <translation>Integrated Gradients (%1, %2 kroků) pro %3</translation>
    </message>
    <message>
        <source>loading %1</source>
        <translation>načítání %1</translation>
    </message>
    <message>
        <source>reading the clip</source>
        <translation>čtení nahrávky</translation>
    </message>
    <message>
        <source>coarse pass: %1</source>
        <translation>hrubý průchod: %1</translation>
    </message>
    <message>
        <source>Running… (%1)</source>
        <translation>Probíhá… (%1)</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Probíhá…</translation>
    </message>
    <message>
        <source>coarse (%1 steps, completeness gap %2): the full run follows</source>
        <translation>hrubý (%1 kroků, mezera úplnosti %2): následuje úplný běh</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>čas neznámý</translation>
    </message>
    <message>
        <source>under a second</source>
        <translation>méně než sekunda</translation>
    </message>
    <message>
        <source>about %1 s</source>
        <translation>asi %1 s</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>asi %1 min</translation>
    </message>
    <message>
        <source>about %1 h</source>
        <translation>asi %1 h</translation>
    </message>
    <message>
        <source>%1 — %2 s elapsed, %3 left</source>
        <translation>%1 — uplynulo %2 s, zbývá %3</translation>
    </message>
    <message>
        <source>%1 — %2 s elapsed</source>
        <translation>%1 — uplynulo %2 s</translation>
    </message>
    <message numerus="yes">
        <source>
%n jump(s) of the model located and attributed (%1 of the change)</source>
        <translation>
            <numerusform>
%n skok modelu nalezen a přiřazen (%1 změny)</numerusform>
            <numerusform>
%n skoky modelu nalezeny a přiřazeny (%1 změny)</numerusform>
            <numerusform>
%n skoků modelu nalezeno a přiřazeno (%1 změny)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
%n jump(s) of the model not attributed (%1 of the change)</source>
        <translation>
            <numerusform>
%n skok modelu nepřiřazen (%1 změny)</numerusform>
            <numerusform>
%n skoky modelu nepřiřazeny (%1 změny)</numerusform>
            <numerusform>
%n skoků modelu nepřiřazeno (%1 změny)</numerusform>
        </translation>
    </message>
    <message>
        <source>the model jumps along the path and no gradient sees a jump, so more steps will not close the gap: tick &quot;Attribute the model&apos;s jumps&quot; and press Explain again</source>
        <translation>model podél dráhy skáče a žádný gradient skok nevidí, takže více kroků mezeru nezmenší: zaškrtněte &quot;Přiřadit skoky modelu&quot; a stiskněte znovu Vysvětlit</translation>
    </message>
    <message>
        <source>the path integral has not converged: press &quot;Run again with %1 steps&quot; below</source>
        <translation>dráhový integrál nekonvergoval: stiskněte níže &quot;Spustit znovu s %1 kroky&quot;</translation>
    </message>
    <message>
        <source>the path integral has not converged even at the most steps offered</source>
        <translation>dráhový integrál nekonvergoval ani při největším nabízeném počtu kroků</translation>
    </message>
    <message>
        <source>or choose the Gauss-Legendre rule</source>
        <translation>nebo zvolte Gauss-Legendrovo pravidlo</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of the model&apos;s choices could not be located and stay in the gap</source>
        <translation>
            <numerusform>%n změnu voleb modelu nelze najít a zůstává v mezeře</numerusform>
            <numerusform>%n změny voleb modelu nelze najít a zůstávají v mezeře</numerusform>
            <numerusform>%n změn voleb modelu nelze najít a zůstávají v mezeře</numerusform>
        </translation>
    </message>
    <message>
        <source>the score hardly changes between the baseline and the clip: choose another Baseline above</source>
        <translation>skóre se mezi baseline a nahrávkou téměř nemění: zvolte výše jinou Baseline</translation>
    </message>
    <message>
        <source> (feature-space IG from the %1)</source>
        <translation> (IG v prostoru příznaků od %1)</translation>
    </message>
    <message>
        <source>%1Completeness gap %2: %3.%4%5</source>
        <translation>%1Mezera úplnosti %2: %3.%4%5</translation>
    </message>
    <message>
        <source>Coarse result (%1 steps, plain IG). </source>
        <translation>Hrubý výsledek (%1 kroků, prosté IG). </translation>
    </message>
    <message>
        <source>
Warning: %1.</source>
        <translation>
Varování: %1.</translation>
    </message>
    <message>
        <source>Done in %1 s (estimated %2; %3 threads): %4; baseline %5; %6 steps (%7)</source>
        <translation>Hotovo za %1 s (odhad %2; vláken: %3): %4; baseline %5; %6 kroků (%7)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Zrušeno</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Selhalo: %1</translation>
    </message>
    <message>
        <source>coarse (%1 steps): the full run was cancelled</source>
        <translation>hrubý (%1 kroků): úplný běh byl zrušen</translation>
    </message>
    <message>
        <source>coarse (%1 steps): the full run failed</source>
        <translation>hrubý (%1 kroků): úplný běh selhal</translation>
    </message>
    <message>
        <source>run cancelled; this is the earlier result</source>
        <translation>běh zrušen; toto je dřívější výsledek</translation>
    </message>
    <message>
        <source>run failed; this is the earlier result</source>
        <translation>běh selhal; toto je dřívější výsledek</translation>
    </message>
    <message>
        <source>time not estimated for the bona fide mean baseline (feature-space IG, one path of the whole clip)</source>
        <translation>čas se pro baseline průměru bona fide neodhaduje (IG v prostoru příznaků, jedna dráha celé nahrávky)</translation>
    </message>
    <message>
        <source>time unknown until the first run of this model</source>
        <translation>čas neznámý až do prvního běhu tohoto modelu</translation>
    </message>
    <message>
        <source>%1 on 1 thread</source>
        <translation>%1 na 1 vlákně</translation>
    </message>
    <message>
        <source>%1 on %2 threads</source>
        <translation>%1 na %2 vláknech</translation>
    </message>
    <message>
        <source> (measured in its last run)</source>
        <translation> (změřeno při jeho posledním běhu)</translation>
    </message>
    <message>
        <source> (rough: documented figure)</source>
        <translation> (hrubě: dokumentovaná hodnota)</translation>
    </message>
    <message>
        <source>Seconds per forward+backward row x rows (steps x baseline draws x windows, plus the jump search and the coarse pass)</source>
        <translation>Sekundy na řádek dopředného+zpětného průchodu x řádky (kroky x vzorky baseline x okna, plus hledání skoků a hrubý průchod)</translation>
    </message>
    <message>
        <source>Feature-space result (bona fide mean baseline): attributions per model feature bin and frame; there are no per-sample attributions, so selection statistics are not computed. The waveform shows each frame&apos;s sum.</source>
        <translation>Výsledek v prostoru příznaků (baseline průměru bona fide): atribuce po třídách příznaků modelu a rámcích; atribuce po vzorcích neexistují, takže se statistika výběru nepočítá. Průběh signálu ukazuje součet každého rámce.</translation>
    </message>
    <message>
        <source>%1 %2–%3 s: sum %4 (%5), |a| %6 = %7 of the clip
Bands: %8
Speech %9, pauses %10 (speech is %11 of the time)</source>
        <translation>%1 %2–%3 s: součet %4 (%5), |a| %6 = %7 nahrávky
Pásma: %8
Řeč %9, pauzy %10 (řeč tvoří %11 času)</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Výběr</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>Nahrávka</translation>
    </message>
    <message>
        <source>Run again with %1 steps</source>
        <translation>Spustit znovu s %1 kroky</translation>
    </message>
    <message>
        <source>nothing to export: run an explanation first</source>
        <translation>není co exportovat: nejprve spusťte vysvětlení</translation>
    </message>
    <message>
        <source>cannot write the PNG</source>
        <translation>PNG nelze zapsat</translation>
    </message>
    <message>
        <source>Integrated Gradients of %1 (%2) on %3</source>
        <translation>Integrated Gradients pro %1 (%2) na %3</translation>
    </message>
    <message>
        <source>cannot write the SVG (check that the folder exists and is writable)</source>
        <translation>SVG nelze zapsat (zkontrolujte, že složka existuje a je zapisovatelná)</translation>
    </message>
    <message>
        <source>cannot write the SVG</source>
        <translation>SVG nelze zapsat</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>nelze zapsat: %1</translation>
    </message>
    <message>
        <source>; the gradient steps scaled by %1 to the change between the jumps (their sum missed it by %2)</source>
        <translation>; kroky gradientu přeškálovány faktorem %1 na změnu mezi skoky (jejich součet se od ní lišil o %2)</translation>
    </message>
</context>
<context>
    <name>st::ExportStamp</name>
    <message>
        <source>cannot read back the SVG to stamp it: %1</source>
        <translation>SVG nelze zpětně načíst pro označení razítkem: %1</translation>
    </message>
    <message>
        <source>not an SVG document: cannot add the export stamp</source>
        <translation>není dokument SVG: razítko exportu nelze přidat</translation>
    </message>
    <message>
        <source>could not write the stamped SVG: %1</source>
        <translation>SVG s razítkem nelze zapsat: %1</translation>
    </message>
    <message>
        <source>cannot read back the export to stamp it: %1</source>
        <translation>export nelze zpětně načíst pro označení razítkem: %1</translation>
    </message>
    <message>
        <source>could not write the stamped export: %1</source>
        <translation>export s razítkem nelze zapsat: %1</translation>
    </message>
    <message>
        <source>the sidecar is not a JSON object (%1): cannot add the export stamp</source>
        <translation>doprovodný soubor není objekt JSON (%1): razítko exportu nelze přidat</translation>
    </message>
</context>
<context>
    <name>st::FeatureIntegratedGradients</name>
    <message>
        <source>the clip has %1 samples; the model needs at least %2</source>
        <translation>nahrávka má %1 vzorků; model potřebuje alespoň %2</translation>
    </message>
    <message>
        <source>model %1 does not expose front-end features</source>
        <translation>model %1 nezpřístupňuje příznaky front-endu</translation>
    </message>
    <message>
        <source>no model</source>
        <translation>žádný model</translation>
    </message>
    <message>
        <source>model %1 (kind %2) does not expose front-end features: the mean-feature baseline needs a model that does (SourceTrace&apos;s spectral models)</source>
        <translation>model %1 (druh %2) nezpřístupňuje příznaky front-endu: baseline středních příznaků vyžaduje model, který to umí (spektrální modely SourceTrace)</translation>
    </message>
    <message>
        <source>no bona fide reference clips to average</source>
        <translation>žádné referenční nahrávky bona fide k průměrování</translation>
    </message>
    <message>
        <source>features %1/%2</source>
        <translation>příznaky %1/%2</translation>
    </message>
    <message>
        <source>no samples</source>
        <translation>žádné vzorky</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>nelze zapsat: %1</translation>
    </message>
    <message>
        <source>cannot read the baseline file: %1</source>
        <translation>soubor baseline nelze přečíst: %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>soubor neexistuje</translation>
    </message>
    <message>
        <source>not a JSON object: %1 at byte %2</source>
        <translation>není objekt JSON: %1 na bajtu %2</translation>
    </message>
    <message>
        <source>incomplete baseline: it needs model.name, mean and binHz of &quot;bins&quot; values, sampleRate and hop</source>
        <translation>neúplná baseline: potřebuje model.name, mean a binHz o &quot;bins&quot; hodnotách, sampleRate a hop</translation>
    </message>
    <message>
        <source>the mean holds a value that is not a finite number</source>
        <translation>průměr obsahuje hodnotu, která není konečné číslo</translation>
    </message>
    <message>
        <source>the baseline was made with model %1 (weights %2); this is model %3 (weights %4): compute one for this model with `sourcetrace-cli explain baseline`</source>
        <translation>baseline byla vytvořena modelem %1 (váhy %2); toto je model %3 (váhy %4): vypočtěte ji pro tento model pomocí `sourcetrace-cli explain baseline`</translation>
    </message>
    <message>
        <source>the baseline has %1 bins; the model&apos;s features have %2</source>
        <translation>baseline má %1 binů; příznaky modelu mají %2</translation>
    </message>
    <message>
        <source>feature path %1/%2</source>
        <translation>cesta příznaků %1/%2</translation>
    </message>
    <message>
        <source>cannot create the output folder</source>
        <translation>nelze vytvořit výstupní složku</translation>
    </message>
</context>
<context>
    <name>st::FingerprintLibrary</name>
    <message>
        <source>damaged library: %1 has %2 bytes, not %3 float32 values (`sourcetrace-cli library verify` lists the problems)</source>
        <translation>poškozená knihovna: %1 má %2 bajtů, ne %3 hodnot float32 (`sourcetrace-cli library verify` vypíše problémy)</translation>
    </message>
    <message>
        <source>damaged library: %1 holds a non-finite value (`sourcetrace-cli library verify` lists the problems)</source>
        <translation>poškozená knihovna: %1 obsahuje nekonečnou hodnotu (`sourcetrace-cli library verify` vypíše problémy)</translation>
    </message>
    <message>
        <source>cannot switch the library to WAL mode (is it on a local disk?) %1</source>
        <translation>knihovnu nelze přepnout do režimu WAL (je na místním disku?) %1</translation>
    </message>
    <message>
        <source>cannot open the library database: %1</source>
        <translation>databázi knihovny nelze otevřít: %1</translation>
    </message>
    <message>
        <source>the library file was replaced by another one since it was opened (its model binding or creation date differ): open it again</source>
        <translation>soubor knihovny byl od otevření nahrazen jiným (liší se vazba na model nebo datum vytvoření): otevřete jej znovu</translation>
    </message>
    <message>
        <source>opened read-only: it cannot be changed</source>
        <translation>otevřeno jen pro čtení: nelze ji změnit</translation>
    </message>
    <message numerus="yes">
        <source>refusing to write into a damaged library: %1 (and %n more); `sourcetrace-cli library verify %2` lists the problems</source>
        <translation>
            <numerusform>zápis do poškozené knihovny se odmítá: %1 (a %n další); `sourcetrace-cli library verify %2` vypíše problémy</numerusform>
            <numerusform>zápis do poškozené knihovny se odmítá: %1 (a %n další); `sourcetrace-cli library verify %2` vypíše problémy</numerusform>
            <numerusform>zápis do poškozené knihovny se odmítá: %1 (a %n dalších); `sourcetrace-cli library verify %2` vypíše problémy</numerusform>
        </translation>
    </message>
    <message>
        <source>refusing to write into a damaged library: %1; `sourcetrace-cli library verify %2` lists the problems</source>
        <translation>zápis do poškozené knihovny se odmítá: %1; `sourcetrace-cli library verify %2` vypíše problémy</translation>
    </message>
    <message>
        <source>a file of that name exists already: choose another name or delete it</source>
        <translation>soubor tohoto názvu již existuje: zvolte jiný název nebo jej smažte</translation>
    </message>
    <message>
        <source>a library needs a model name and an embedding dimension (1 to %1)</source>
        <translation>knihovna potřebuje název modelu a dimenzi embeddingu (1 až %1)</translation>
    </message>
    <message>
        <source>cannot begin the creating transaction: %1</source>
        <translation>transakci vytvoření nelze zahájit: %1</translation>
    </message>
    <message>
        <source>cannot commit the new library: %1</source>
        <translation>novou knihovnu nelze potvrdit: %1</translation>
    </message>
    <message>
        <source>cannot put the new library in place (does a file of that name exist now?)</source>
        <translation>novou knihovnu nelze umístit na místo (existuje nyní soubor tohoto názvu?)</translation>
    </message>
    <message>
        <source>no such library (make one with `sourcetrace-cli library create --model M --out %1`)</source>
        <translation>taková knihovna neexistuje (vytvořte ji pomocí `sourcetrace-cli library create --model M --out %1`)</translation>
    </message>
    <message>
        <source>not a library file (a folder or a device)</source>
        <translation>není soubor knihovny (složka nebo zařízení)</translation>
    </message>
    <message>
        <source>the library file is read-only: it can be listed, verified and traced against, not changed</source>
        <translation>soubor knihovny je jen pro čtení: lze ji vypsat, ověřit a určovat vůči ní zdroj, ale ne měnit</translation>
    </message>
    <message>
        <source>the library is in a read-only folder with an unapplied write-ahead log (%1-wal): copy the library and its -wal file to a writable folder first</source>
        <translation>knihovna je ve složce jen pro čtení s neaplikovaným write-ahead logem (%1-wal): nejprve zkopírujte knihovnu a její soubor -wal do zapisovatelné složky</translation>
    </message>
    <message>
        <source>internal error: no connection open</source>
        <translation>vnitřní chyba: není otevřeno žádné připojení</translation>
    </message>
    <message>
        <source>not a SourceTrace library: SQLite cannot read it as a database (%1)</source>
        <translation>není knihovna SourceTrace: SQLite ji nedokáže přečíst jako databázi (%1)</translation>
    </message>
    <message>
        <source>not a readable SQLite database: %1</source>
        <translation>není čitelná databáze SQLite: %1</translation>
    </message>
    <message>
        <source>cannot read the database schema (damaged? `sourcetrace-cli library verify` says more): %1</source>
        <translation>schéma databáze nelze přečíst (poškozená? `sourcetrace-cli library verify` řekne víc): %1</translation>
    </message>
    <message>
        <source>empty database, not a SourceTrace library (make one with `library create`)</source>
        <translation>prázdná databáze, není knihovna SourceTrace (vytvořte ji pomocí `library create`)</translation>
    </message>
    <message>
        <source>not a SourceTrace library: an SQLite database of another application (application_id 0x%1)</source>
        <translation>není knihovna SourceTrace: databáze SQLite jiné aplikace (application_id 0x%1)</translation>
    </message>
    <message>
        <source>not a SourceTrace library (an SQLite database without the library&apos;s schema version and meta table)</source>
        <translation>není knihovna SourceTrace (databáze SQLite bez verze schématu a tabulky meta knihovny)</translation>
    </message>
    <message>
        <source>library schema version %1 is newer than this build understands (%2): use a newer SourceTrace</source>
        <translation>verze schématu knihovny %1 je novější, než tomuto sestavení rozumí (%2): použijte novější SourceTrace</translation>
    </message>
    <message>
        <source>a SourceTrace library without a schema version (its creation was interrupted?): make it again with `library create`</source>
        <translation>knihovna SourceTrace bez verze schématu (bylo její vytváření přerušeno?): vytvořte ji znovu pomocí `library create`</translation>
    </message>
    <message>
        <source>library schema v%1 is older than this build&apos;s v%2, and opening it read-only cannot migrate it: `sourcetrace-cli library upgrade %3` migrates it (this changes the file)</source>
        <translation>schéma knihovny v%1 je starší než v%2 tohoto sestavení a otevření jen pro čtení jej nemůže migrovat: `sourcetrace-cli library upgrade %3` jej zmigruje (tím se soubor změní)</translation>
    </message>
    <message>
        <source>cannot read the library&apos;s meta table (`sourcetrace-cli library verify %1` says more): %2</source>
        <translation>tabulku meta knihovny nelze přečíst (`sourcetrace-cli library verify %1` řekne víc): %2</translation>
    </message>
    <message>
        <source>the library names no model (meta model_name / embedding_dim missing or invalid; `sourcetrace-cli library verify %1` says more)</source>
        <translation>knihovna neuvádí žádný model (meta model_name / embedding_dim chybí nebo je neplatné; `sourcetrace-cli library verify %1` řekne víc)</translation>
    </message>
    <message>
        <source>this library is bound to model %1; refusing to use it with model %2 (embeddings of different models are not comparable: make a library for %3 with `sourcetrace-cli library create --model %3`)</source>
        <translation>tato knihovna je vázána na model %1; použití s modelem %2 se odmítá (embeddingy různých modelů nejsou srovnatelné: vytvořte knihovnu pro %3 pomocí `sourcetrace-cli library create --model %3`)</translation>
    </message>
</context>
<context>
    <name>st::FingerprintMatrixScoring</name>
    <message>
        <source>cosine scoring: %1 names for %2 fingerprints</source>
        <translation>kosinové hodnocení: %1 názvů pro %2 otisků</translation>
    </message>
    <message>
        <source>cosine scoring: empty fingerprint</source>
        <translation>kosinové hodnocení: prázdný otisk</translation>
    </message>
    <message>
        <source>cosine scoring: fingerprint &apos;%1&apos; has dimension %2, expected %3</source>
        <translation>kosinové hodnocení: otisk &apos;%1&apos; má dimenzi %2, očekáváno %3</translation>
    </message>
</context>
<context>
    <name>st::FirstRunNote</name>
    <message>
        <source>SourceTrace: privacy and storage</source>
        <translation>SourceTrace: soukromí a úložiště</translation>
    </message>
</context>
<context>
    <name>st::FusedDetection</name>
    <message>
        <source>the fusion&apos;s system(s) %1 name no model of the registry (known: %2); a system is named by its model, or as model#suffix</source>
        <translation>systém(y) fúze %1 neoznačují žádný model registru (známé: %2); systém se označuje svým modelem nebo jako model#suffix</translation>
    </message>
    <message>
        <source>the fusion&apos;s system(s) %1 are not detectors</source>
        <translation>systém(y) fúze %1 nejsou detektory</translation>
    </message>
</context>
<context>
    <name>st::FusedDetectorBox</name>
    <message>
        <source>Fusion models (sourcetrace-fusion/1, `sourcetrace-cli fuse train`) whose systems are registry detectors</source>
        <translation>Modely fúze (sourcetrace-fusion/1, `sourcetrace-cli fuse train`), jejichž systémy jsou detektory registru</translation>
    </message>
    <message>
        <source>Add fusion model...</source>
        <translation>Přidat model fúze...</translation>
    </message>
    <message>
        <source>Add fusion model</source>
        <translation>Přidat model fúze</translation>
    </message>
    <message>
        <source>Fusion models (*.json)</source>
        <translation>Modely fúze (*.json)</translation>
    </message>
    <message>
        <source>Run fused</source>
        <translation>Spustit fúzi</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Systém</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Skóre</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Váha</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fused detectors&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fúzované detektory&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Fused: %1</source>
        <translation>Fúze: %1</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>Přidáno %1</translation>
    </message>
    <message>
        <source>Add a fusion model first</source>
        <translation>Nejprve přidejte model fúze</translation>
    </message>
    <message>
        <source>Open a clip first</source>
        <translation>Nejprve otevřete nahrávku</translation>
    </message>
    <message>
        <source>A fused detection is running</source>
        <translation>Fúzovaná detekce probíhá</translation>
    </message>
    <message>
        <source>Fused detection (%1) on %2</source>
        <translation>Fúzovaná detekce (%1) na %2</translation>
    </message>
    <message>
        <source>Running %1 detectors...</source>
        <translation>Běží %1 detektorů...</translation>
    </message>
    <message>
        <source>Fused detection cancelled.</source>
        <translation>Fúzovaná detekce zrušena.</translation>
    </message>
    <message>
        <source>Fused log-LR: &gt; 0 favours bona fide (calibrated only as far as the fusion&apos;s training data allow)</source>
        <translation>Fúzovaný log-LR: &gt; 0 svědčí pro bona fide (kalibrováno jen do té míry, do jaké to dovolují trénovací data fúze)</translation>
    </message>
    <message>
        <source>Fusion %1 (SHA-256 %2), offset %3, trained on %4</source>
        <translation>Fúze %1 (SHA-256 %2), posun %3, natrénováno na %4</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(neuvedeno)</translation>
    </message>
</context>
<context>
    <name>st::IntegratedGradients</name>
    <message>
        <source>the clip has no samples to explain</source>
        <translation>nahrávka neobsahuje žádné vzorky k vysvětlení</translation>
    </message>
    <message>
        <source>steps must lie in 1..100000 (got %1)</source>
        <translation>počet kroků musí ležet v rozsahu 1..100000 (zadáno %1)</translation>
    </message>
    <message>
        <source>the model needs inputs of at least %1 samples (%2 s); this one has %3</source>
        <translation>model potřebuje vstupy o alespoň %1 vzorcích (%2 s); tento má %3</translation>
    </message>
    <message>
        <source>window %1/%2, baseline %3/%4, steps %5-%6 of %7</source>
        <translation>okno %1/%2, baseline %3/%4, kroky %5-%6 z %7</translation>
    </message>
    <message>
        <source>window %1/%2, baseline %3/%4: locating the jumps of the model along the path</source>
        <translation>okno %1/%2, baseline %3/%4: hledají se skoky modelu podél cesty</translation>
    </message>
    <message>
        <source>window %1/%2, baseline %3/%4: locating the jumps of the model (%5 intervals searched, %6 jumps located)</source>
        <translation>okno %1/%2, baseline %3/%4: hledají se skoky modelu (prohledaných intervalů: %5, nalezených skoků: %6)</translation>
    </message>
    <message>
        <source>window %1/%2, baseline %3/%4: attributing jumps %5-%6 of %7</source>
        <translation>okno %1/%2, baseline %3/%4: přiřazují se skoky %5-%6 z %7</translation>
    </message>
    <message>
        <source>the model&apos;s target or its gradients are not finite (NaN or infinity) along the path: the input is outside what the model can process, so there is no attribution</source>
        <translation>cíl modelu nebo jeho gradienty nejsou podél cesty konečné (NaN nebo nekonečno): vstup leží mimo to, co model dokáže zpracovat, proto atribuce neexistuje</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hotovo</translation>
    </message>
</context>
<context>
    <name>st::JobManager</name>
    <message>
        <source>out of memory: the work was abandoned</source>
        <translation>nedostatek paměti: práce byla přerušena</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>neznámá chyba</translation>
    </message>
    <message>
        <source>dependency &apos;%1&apos; failed</source>
        <translation>závislost &apos;%1&apos; selhala</translation>
    </message>
    <message>
        <source>dependency &apos;%1&apos; cancelled</source>
        <translation>závislost &apos;%1&apos; byla zrušena</translation>
    </message>
</context>
<context>
    <name>st::JobsPanel</name>
    <message>
        <source>No background jobs.</source>
        <translation>Žádné úlohy na pozadí.</translation>
    </message>
    <message>
        <source>Cancel this job</source>
        <translation>Zrušit tuto úlohu</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>dokončeno</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>selhalo</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>zrušeno</translation>
    </message>
    <message>
        <source>running</source>
        <translation>běží</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>čeká</translation>
    </message>
</context>
<context>
    <name>st::JsonFieldReader</name>
    <message>
        <source>unknown field (known: %1)</source>
        <translation>neznámé pole (známá: %1)</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>musí být celé číslo</translation>
    </message>
    <message>
        <source>must be in [%1, %2] (it is %3)</source>
        <translation>musí ležet v [%1, %2] (je %3)</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>musí být číslo</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>musí být true nebo false</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>musí být řetězec</translation>
    </message>
    <message>
        <source>must be one of %1 (it is &quot;%2&quot;)</source>
        <translation>musí být jedno z %1 (je &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>must be a string or an array of strings</source>
        <translation>musí být řetězec nebo pole řetězců</translation>
    </message>
    <message>
        <source>every entry must be a non-empty string</source>
        <translation>každá položka musí být neprázdný řetězec</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>musí být objekt</translation>
    </message>
</context>
<context>
    <name>st::JsonRead</name>
    <message>
        <source>%1: not base64 of float32 values</source>
        <translation>%1: nejde o base64 hodnot float32</translation>
    </message>
    <message>
        <source>%1: member &quot;%2&quot; is of the wrong type, expected %3</source>
        <translation>%1: člen &quot;%2&quot; má nesprávný typ, očekáváno: %3</translation>
    </message>
    <message>
        <source>%1: member &quot;%2&quot; is missing, expected %3</source>
        <translation>%1: člen &quot;%2&quot; chybí, očekáváno: %3</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>hodnota</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>řetězec</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true nebo false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>celé číslo</translation>
    </message>
    <message>
        <source>a number or null</source>
        <translation>číslo nebo null</translation>
    </message>
    <message>
        <source>an array of numbers</source>
        <translation>pole čísel</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>pole řetězců</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>pole</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>objekt</translation>
    </message>
</context>
<context>
    <name>st::LibraryCalibration</name>
    <message>
        <source>refusing to store a non-finite %1 threshold for %2 (threshold %3, EER %4): the development scores were not finite</source>
        <translation>uložení nekonečného prahu %1 pro %2 se odmítá (práh %3, EER %4): vývojová skóre nebyla konečná</translation>
    </message>
    <message>
        <source>reading thresholds: %1</source>
        <translation>čtení prahů: %1</translation>
    </message>
    <message>
        <source>damaged library: a threshold has an invalid level &apos;%1&apos; (`sourcetrace-cli library verify` lists the problems)</source>
        <translation>poškozená knihovna: práh má neplatnou úroveň &apos;%1&apos; (`sourcetrace-cli library verify` vypíše problémy)</translation>
    </message>
    <message>
        <source>storing %1 fits: one is of back-end %2</source>
        <translation>ukládání proložení %1: jedno patří back-endu %2</translation>
    </message>
    <message>
        <source>refusing to store the %1 fit of level %2: %3</source>
        <translation>uložení proložení %1 úrovně %2 se odmítá: %3</translation>
    </message>
    <message>
        <source>refusing to store the %1 fit of level %2: a training loss is not finite</source>
        <translation>uložení proložení %1 úrovně %2 se odmítá: ztráta při trénování není konečná</translation>
    </message>
    <message>
        <source>damaged library: a stored %1 fit has an invalid level &apos;%2&apos; (`sourcetrace-cli library verify` lists the problems)</source>
        <translation>poškozená knihovna: uložené proložení %1 má neplatnou úroveň &apos;%2&apos; (`sourcetrace-cli library verify` vypíše problémy)</translation>
    </message>
    <message>
        <source>damaged library: the stored %1 fit of level %2 does not match its SHA-256 (`sourcetrace-cli library verify` lists the problems)</source>
        <translation>poškozená knihovna: uložené proložení %1 úrovně %2 neodpovídá svému SHA-256 (`sourcetrace-cli library verify` vypíše problémy)</translation>
    </message>
    <message>
        <source>refusing to store a non-finite %1 LR calibration for %2 (a %3, b %4)</source>
        <translation>uložení nekonečné kalibrace LR %1 pro %2 se odmítá (a %3, b %4)</translation>
    </message>
    <message>
        <source>reading LR calibrations: %1</source>
        <translation>čtení kalibrací LR: %1</translation>
    </message>
    <message>
        <source>meta entry &apos;%1&apos; is not a readable LR calibration</source>
        <translation>položka meta &apos;%1&apos; není čitelná kalibrace LR</translation>
    </message>
</context>
<context>
    <name>st::LibraryEnroller</name>
    <message>
        <source>is the library itself (or its journal), not a clip</source>
        <translation>je samotná knihovna (nebo její žurnál), ne nahrávka</translation>
    </message>
    <message>
        <source>no embedding given and no model to compute one</source>
        <translation>nebyl zadán embedding a není model, který by jej spočítal</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hotovo</translation>
    </message>
    <message>
        <source>enrol %1 clips into %2</source>
        <translation>zapsat %1 nahrávek do %2</translation>
    </message>
</context>
<context>
    <name>st::LibraryExchange</name>
    <message>
        <source>fingerprints of dimension %1, but the library&apos;s model %2 gives %3</source>
        <translation>otisky dimenze %1, ale model knihovny %2 dává %3</translation>
    </message>
    <message>
        <source>the fingerprint of %1 %2</source>
        <translation>otisk %1 %2</translation>
    </message>
    <message>
        <source>an enrolment embedding of %1 %2</source>
        <translation>embedding zápisu %1 %2</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>nelze zapsat: %1</translation>
    </message>
</context>
<context>
    <name>st::LibraryPanel</name>
    <message>
        <source>delete %1 %2</source>
        <translation>smazat %1 %2</translation>
    </message>
    <message>
        <source>New...</source>
        <translation>Nová...</translation>
    </message>
    <message>
        <source>Create a library bound to one embedding model</source>
        <translation>Vytvořit knihovnu vázanou na jeden model embeddingů</translation>
    </message>
    <message>
        <source>Open...</source>
        <translation>Otevřít...</translation>
    </message>
    <message>
        <source>Open a library (.db)</source>
        <translation>Otevřít knihovnu (.db)</translation>
    </message>
    <message>
        <source>Enrol...</source>
        <translation>Zapsat...</translation>
    </message>
    <message>
        <source>Enrol a folder of clips with its protocol TSV (or drop the folder here)</source>
        <translation>Zapsat složku nahrávek s jejím protokolem TSV (nebo sem složku přetáhněte)</translation>
    </message>
    <message>
        <source>Enrol clips...</source>
        <translation>Zapsat nahrávky...</translation>
    </message>
    <message>
        <source>Pick clips and give their labels (attack, acoustic model, vocoder, codec)</source>
        <translation>Vybrat nahrávky a zadat jejich značky (útok, akustický model, vokodér, kodek)</translation>
    </message>
    <message>
        <source>Enrol open clip...</source>
        <translation>Zapsat otevřenou nahrávku...</translation>
    </message>
    <message>
        <source>Enrol the clip open in the window, with labels you give</source>
        <translation>Zapsat nahrávku otevřenou v okně se zadanými značkami</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Zpět</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Znovu</translation>
    </message>
    <message>
        <source>1 source</source>
        <translation>1 zdroj</translation>
    </message>
    <message>
        <source>%1 sources</source>
        <translation>Zdroje: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;model %2; %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;model %2; %3</translation>
    </message>
    <message>
        <source>No library open: tracing uses the default library &lt;b&gt;%1&lt;/b&gt; (read-only, model %2). Open or create one (a .db file) to trace against your own.</source>
        <translation>Není otevřena žádná knihovna: určení zdroje používá výchozí knihovnu &lt;b&gt;%1&lt;/b&gt; (jen pro čtení, model %2). Otevřete nebo vytvořte vlastní (soubor .db), chcete-li určovat zdroj vůči ní.</translation>
    </message>
    <message>
        <source>No library open. Open or create one (a .db file).</source>
        <translation>Není otevřena žádná knihovna. Otevřete nebo vytvořte ji (soubor .db).</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>Otevřít knihovnu</translation>
    </message>
    <message>
        <source>New library</source>
        <translation>Nová knihovna</translation>
    </message>
    <message>
        <source>model &quot;%1&quot; is not a usable model (see the Models menu)</source>
        <translation>model &quot;%1&quot; není použitelný model (viz nabídka Modely)</translation>
    </message>
    <message>
        <source>a source needs a new, non-empty name</source>
        <translation>zdroj potřebuje nový, neprázdný název</translation>
    </message>
    <message>
        <source>Rename source</source>
        <translation>Přejmenovat zdroj</translation>
    </message>
    <message>
        <source>Merge sources</source>
        <translation>Sloučit zdroje</translation>
    </message>
    <message>
        <source>Delete source</source>
        <translation>Smazat zdroj</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Zapsat</translation>
    </message>
    <message>
        <source>Open or create a library first.</source>
        <translation>Nejprve otevřete nebo vytvořte knihovnu.</translation>
    </message>
    <message>
        <source>%1: no labelled clips</source>
        <translation>%1: žádné označené nahrávky</translation>
    </message>
    <message>
        <source>%1: %2 clips, %3 added, %4 already enrolled, %5 failed</source>
        <translation>%1: %2 nahrávek, %3 přidáno, %4 již zapsáno, %5 selhalo</translation>
    </message>
    <message>
        <source>No clips to enrol.</source>
        <translation>Žádné nahrávky k zápisu.</translation>
    </message>
    <message>
        <source>Give a label at one level at least (attack, acoustic model, vocoder or codec).</source>
        <translation>Zadejte značku alespoň na jedné úrovni (útok, akustický model, vokodér nebo kodek).</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: soubor neexistuje</translation>
    </message>
    <message>
        <source>%1 picked clips</source>
        <translation>Vybrané nahrávky: %1</translation>
    </message>
    <message>
        <source>No clip is open</source>
        <translation>Není otevřena žádná nahrávka</translation>
    </message>
    <message>
        <source>Enrol %1 with labels you give</source>
        <translation>Zapsat %1 se zadanými značkami</translation>
    </message>
    <message>
        <source>Clips to enrol</source>
        <translation>Nahrávky k zápisu</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.ogg *.mp3 *.opus);;All files (*)</source>
        <translation>Zvuk (*.wav *.flac *.ogg *.mp3 *.opus);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Protocol of %1</source>
        <translation>Protokol %1</translation>
    </message>
    <message>
        <source>Protocol (*.tsv)</source>
        <translation>Protokol (*.tsv)</translation>
    </message>
    <message>
        <source>%1: no protocol.tsv (or single .tsv) found; use Enrol... to choose one</source>
        <translation>%1: nebyl nalezen protocol.tsv (ani jediný .tsv); k výběru použijte Zapsat...</translation>
    </message>
    <message>
        <source>Open a library first</source>
        <translation>Nejprve otevřete knihovnu</translation>
    </message>
    <message>
        <source>Open a library first (the default library cannot be used: %1)</source>
        <translation>Nejprve otevřete knihovnu (výchozí knihovnu nelze použít: %1)</translation>
    </message>
    <message>
        <source>Open a clip first</source>
        <translation>Nejprve otevřete nahrávku</translation>
    </message>
    <message>
        <source>Checking the models...</source>
        <translation>Kontrola modelů...</translation>
    </message>
    <message>
        <source>The library has no sources yet: enrol some first</source>
        <translation>Knihovna zatím nemá žádné zdroje: nejprve nějaké zapište</translation>
    </message>
    <message>
        <source>Trace cancelled.</source>
        <translation>Určení zdroje zrušeno.</translation>
    </message>
    <message>
        <source>Library map (PCA)</source>
        <translation>Mapa knihovny (PCA)</translation>
    </message>
    <message>
        <source>Rename %1...</source>
        <translation>Přejmenovat %1...</translation>
    </message>
    <message>
        <source>Merge %1 into...</source>
        <translation>Sloučit %1 do...</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Smazat %1</translation>
    </message>
    <message>
        <source>New name of %1 %2:</source>
        <translation>Nový název pro %1 %2:</translation>
    </message>
    <message>
        <source>Merge source</source>
        <translation>Sloučit zdroj</translation>
    </message>
    <message>
        <source>Move the enrolments of %1 into:</source>
        <translation>Přesunout zápisy %1 do:</translation>
    </message>
    <message>
        <source>Fingerprint library (*.db);;All files (*)</source>
        <translation>Knihovna otisků (*.db);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>No usable model: a library is bound to an embedding model (see the Models menu).</source>
        <translation>Žádný použitelný model: knihovna je vázána na model embeddingů (viz nabídka Modely).</translation>
    </message>
    <message>
        <source>Embedding model of the library:</source>
        <translation>Model embeddingů knihovny:</translation>
    </message>
    <message>
        <source>Fingerprint library (*.db)</source>
        <translation>Knihovna otisků (*.db)</translation>
    </message>
    <message>
        <source>Folder of clips to enrol</source>
        <translation>Složka nahrávek k zápisu</translation>
    </message>
    <message>
        <source>Protocol (file, attack, acoustic_model, waveform_generator, codec)</source>
        <translation>Protokol (file, attack, acoustic_model, waveform_generator, codec)</translation>
    </message>
    <message>
        <source>merge %1 %2 into %3</source>
        <translation>sloučit %1 %2 do %3</translation>
    </message>
    <message>
        <source>rename %1 %2 to %3</source>
        <translation>přejmenovat %1 %2 na %3</translation>
    </message>
</context>
<context>
    <name>st::LibrarySchema</name>
    <message>
        <source>migration to v2: %1</source>
        <translation>migrace na v2: %1</translation>
    </message>
    <message>
        <source>refusing to migrate a damaged library: SQLite&apos;s quick_check fails (%1); `sourcetrace-cli library verify %2` lists the problems</source>
        <translation>migrace poškozené knihovny se odmítá: quick_check SQLite selhává (%1); `sourcetrace-cli library verify %2` vypíše problémy</translation>
    </message>
    <message>
        <source>refusing to migrate: the file has a %1 &apos;%2&apos;, which a library never has; `sourcetrace-cli library verify %3` lists the problems</source>
        <translation>migrace se odmítá: soubor má %1 &apos;%2&apos;, který knihovna nikdy nemá; `sourcetrace-cli library verify %3` vypíše problémy</translation>
    </message>
    <message>
        <source>migration to schema v%1 (%2) failed, nothing changed: %3</source>
        <translation>migrace na schéma v%1 (%2) selhala, nic se nezměnilo: %3</translation>
    </message>
</context>
<context>
    <name>st::LibrarySourceModel</name>
    <message>
        <source>Source</source>
        <translation>Zdroj</translation>
    </message>
    <message>
        <source>Clips</source>
        <translation>Nahrávky</translation>
    </message>
    <message>
        <source>attack</source>
        <translation>útok</translation>
    </message>
    <message>
        <source>acoustic model</source>
        <translation>akustický model</translation>
    </message>
    <message>
        <source>vocoder</source>
        <translation>vokodér</translation>
    </message>
    <message>
        <source>codec</source>
        <translation>kodek</translation>
    </message>
    <message>
        <source>%1 %2: %3 enrolment clips</source>
        <translation>%1 %2: nahrávky zápisu: %3</translation>
    </message>
    <message>
        <source>created %1, modified %2</source>
        <translation>vytvořeno %1, změněno %2</translation>
    </message>
    <message>
        <source>%1 (1 source)</source>
        <translation>%1 (1 zdroj)</translation>
    </message>
    <message>
        <source>%1 (%2 sources)</source>
        <translation>%1 (zdroje: %2)</translation>
    </message>
</context>
<context>
    <name>st::LibrarySources</name>
    <message>
        <source>no source &apos;%1&apos; at level %2</source>
        <translation>na úrovni %2 není zdroj &apos;%1&apos;</translation>
    </message>
    <message>
        <source>clip %1 has an embedding of dimension %2, the library&apos;s model %3 gives %4: nothing was enrolled</source>
        <translation>nahrávka %1 má embedding dimenze %2, model knihovny %3 dává %4: nic nebylo zapsáno</translation>
    </message>
    <message>
        <source>clip %1 has a non-finite embedding value: nothing was enrolled</source>
        <translation>nahrávka %1 má nekonečnou hodnotu embeddingu: nic nebylo zapsáno</translation>
    </message>
    <message>
        <source>clip %1 has no SHA-256: nothing was enrolled</source>
        <translation>nahrávka %1 nemá SHA-256: nic nebylo zapsáno</translation>
    </message>
    <message>
        <source>reading attributes: %1</source>
        <translation>čtení atributů: %1</translation>
    </message>
    <message>
        <source>damaged library: source &apos;%1&apos; has an invalid level &apos;%2&apos; (`sourcetrace-cli library verify` lists the problems)</source>
        <translation>poškozená knihovna: zdroj &apos;%1&apos; má neplatnou úroveň &apos;%2&apos; (`sourcetrace-cli library verify` vypíše problémy)</translation>
    </message>
    <message>
        <source>the fingerprint of %1 %2</source>
        <translation>otisk %1 %2</translation>
    </message>
    <message>
        <source>an enrolment embedding of %1 %2 (%3)</source>
        <translation>embedding zápisu %1 %2 (%3)</translation>
    </message>
    <message>
        <source>listing levels: %1</source>
        <translation>výpis úrovní: %1</translation>
    </message>
    <message>
        <source>a source name cannot be empty</source>
        <translation>název zdroje nemůže být prázdný</translation>
    </message>
    <message>
        <source>cannot rename &apos;%1&apos; to &apos;%2&apos; at level %3: that name exists (merge them instead)</source>
        <translation>&apos;%1&apos; nelze na úrovni %3 přejmenovat na &apos;%2&apos;: tento název existuje (místo toho je slučte)</translation>
    </message>
    <message>
        <source>cannot merge source &apos;%1&apos; into itself</source>
        <translation>zdroj &apos;%1&apos; nelze sloučit sám se sebou</translation>
    </message>
    <message>
        <source>cannot restore an empty snapshot</source>
        <translation>prázdný snímek nelze obnovit</translation>
    </message>
</context>
<context>
    <name>st::LibraryVerify</name>
    <message>
        <source>SQLite&apos;s %1 fails: %2</source>
        <translation>%1 SQLite selhává: %2</translation>
    </message>
    <message>
        <source>SQLite&apos;s %1 reports: %2</source>
        <translation>%1 SQLite hlásí: %2</translation>
    </message>
    <message>
        <source>the file is %1 bytes, not a whole number of %2-byte pages: it was cut or extended</source>
        <translation>soubor má %1 bajtů, což není celý počet stránek po %2 bajtech: byl zkrácen nebo prodloužen</translation>
    </message>
    <message>
        <source>the file is %1 bytes but holds %2 pages of %3 bytes: it was cut</source>
        <translation>soubor má %1 bajtů, ale obsahuje %2 stránek po %3 bajtech: byl zkrácen</translation>
    </message>
    <message>
        <source>table %1 is missing</source>
        <translation>tabulka %1 chybí</translation>
    </message>
    <message>
        <source>table %1 lacks column(s) %2</source>
        <translation>tabulce %1 chybí sloupec (sloupce) %2</translation>
    </message>
    <message>
        <source>unexpected %1 &apos;%2&apos; (a library has none)</source>
        <translation>neočekávaný %1 &apos;%2&apos; (knihovna žádný nemá)</translation>
    </message>
    <message>
        <source>%1 row(s) of %2 refer to a source that does not exist</source>
        <translation>%1 řádků tabulky %2 odkazuje na zdroj, který neexistuje</translation>
    </message>
    <message>
        <source>the model binding names no model (meta model_name)</source>
        <translation>vazba na model neuvádí žádný model (meta model_name)</translation>
    </message>
    <message>
        <source>the model binding has no weights SHA-256 (meta model_sha256)</source>
        <translation>vazba na model nemá SHA-256 vah (meta model_sha256)</translation>
    </message>
    <message>
        <source>the model binding&apos;s weights SHA-256 &apos;%1&apos; is not lower-case hex</source>
        <translation>SHA-256 vah &apos;%1&apos; ve vazbě na model není šestnáctkově malými písmeny</translation>
    </message>
    <message>
        <source>the model binding&apos;s embedding dimension &apos;%1&apos; is not a number from 1 to %2</source>
        <translation>dimenze embeddingu &apos;%1&apos; ve vazbě na model není číslo od 1 do %2</translation>
    </message>
    <message>
        <source>cannot read the enrolments: %1</source>
        <translation>zápisy nelze přečíst: %1</translation>
    </message>
    <message>
        <source>cannot read the sources: %1</source>
        <translation>zdroje nelze přečíst: %1</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; has an invalid level &apos;%2&apos; (levels: attack, acoustic_model, vocoder, codec)</source>
        <translation>zdroj &apos;%1&apos; má neplatnou úroveň &apos;%2&apos; (úrovně: attack, acoustic_model, vocoder, codec)</translation>
    </message>
    <message>
        <source>a source with an empty name (id %1)</source>
        <translation>zdroj s prázdným názvem (id %1)</translation>
    </message>
    <message>
        <source>%1 enrolment embeddings are not %2 float32 values (the bound dimension)</source>
        <translation>%1 embeddingů zápisu nemá %2 hodnot float32 (vázaná dimenze)</translation>
    </message>
    <message>
        <source>%1 enrolment embeddings hold non-finite values (NaN or infinity)</source>
        <translation>%1 embeddingů zápisu obsahuje nekonečné hodnoty (NaN nebo nekonečno)</translation>
    </message>
    <message>
        <source>%1 enrolments have no clip SHA-256</source>
        <translation>%1 zápisů nemá SHA-256 nahrávky</translation>
    </message>
    <message>
        <source>stored count %1 but %2 enrolment rows</source>
        <translation>uložený počet %1, ale %2 řádků zápisů</translation>
    </message>
    <message>
        <source>a fingerprint but no enrolments</source>
        <translation>otisk, ale žádné zápisy</translation>
    </message>
    <message>
        <source>stored fingerprint has %1 bytes, not %2 float32 values</source>
        <translation>uložený otisk má %1 bajtů, ne %2 hodnot float32</translation>
    </message>
    <message>
        <source>stored fingerprint holds non-finite values</source>
        <translation>uložený otisk obsahuje nekonečné hodnoty</translation>
    </message>
    <message>
        <source>stored fingerprint differs from the mean of its enrolments by %1</source>
        <translation>uložený otisk se od průměru svých zápisů liší o %1</translation>
    </message>
    <message>
        <source>a threshold of back-end &apos;%1&apos; has an invalid level &apos;%2&apos;</source>
        <translation>práh back-endu &apos;%1&apos; má neplatnou úroveň &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the %1 threshold of back-end &apos;%2&apos; is not a finite number</source>
        <translation>práh %1 back-endu &apos;%2&apos; není konečné číslo</translation>
    </message>
    <message>
        <source>the stored %1 fit of level &apos;%2&apos;</source>
        <translation>uložené proložení %1 úrovně &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 has an invalid level</source>
        <translation>%1 má neplatnou úroveň</translation>
    </message>
    <message>
        <source>%1: its state is over 1 GiB</source>
        <translation>%1: jeho stav má přes 1 GiB</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 nelze přečíst</translation>
    </message>
    <message>
        <source>%1: its state&apos;s SHA-256 is not the one stored with it (changed or damaged)</source>
        <translation>%1: SHA-256 jeho stavu není ten, který je s ním uložen (změněno nebo poškozeno)</translation>
    </message>
    <message>
        <source>%1: its losses are not a list of finite numbers</source>
        <translation>%1: jeho ztráty nejsou seznam konečných čísel</translation>
    </message>
    <message>
        <source>%1: its parameters are not a JSON object</source>
        <translation>%1: jeho parametry nejsou objekt JSON</translation>
    </message>
    <message>
        <source>meta entry &apos;%1&apos; is not a valid LR calibration (level, back-end, finite a and b)</source>
        <translation>položka meta &apos;%1&apos; není platná kalibrace LR (úroveň, back-end, konečná a a b)</translation>
    </message>
</context>
<context>
    <name>st::LinearCalibration</name>
    <message>
        <source>calibration needs finite scores: target score %1 is %2</source>
        <translation>kalibrace potřebuje konečná skóre: cílové skóre %1 je %2</translation>
    </message>
    <message>
        <source>calibration needs finite scores: non-target score %1 is %2</source>
        <translation>kalibrace potřebuje konečná skóre: necílové skóre %1 je %2</translation>
    </message>
    <message>
        <source>calibration prior must lie strictly between 0 and 1, not %1</source>
        <translation>apriorní pravděpodobnost kalibrace musí ležet ostře mezi 0 a 1, ne %1</translation>
    </message>
</context>
<context>
    <name>st::LocaleFormat</name>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>neznámý</translation>
    </message>
</context>
<context>
    <name>st::MahalanobisScoring</name>
    <message>
        <source>mahalanobis scoring: shrinkage must be in [0, 1], not %1</source>
        <translation>Mahalanobisovo hodnocení: shrinkage musí ležet v [0, 1], ne %1</translation>
    </message>
    <message>
        <source>mahalanobis scoring: the within-source covariance is singular; use a shrinkage &gt; 0</source>
        <translation>Mahalanobisovo hodnocení: kovariance uvnitř zdrojů je singulární; použijte shrinkage &gt; 0</translation>
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
        <translation>Nahrávka</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hlavní</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Soubor</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Nedávno otevř&amp;ené</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Zobrazit</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Kanál</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>&amp;Modely</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Přehrávání</translation>
    </message>
    <message>
        <source>Output &amp;device</source>
        <translation>Výstupní zaříz&amp;ení</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Soubor</translation>
    </message>
    <message>
        <source>Spectrogram</source>
        <translation>Spektrogram</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Úlohy</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Vyhodnocení</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>&amp;Analýza</translation>
    </message>
    <message>
        <source>Explain a &amp;corpus…</source>
        <translation>Vysvětlit &amp;korpus…</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>&amp;Okno</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Clip view</source>
        <translation>Pohled na &amp;nahrávku</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Evaluation</source>
        <translation>&amp;Vyhodnocení</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anotace</translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>Importovat anotace</translation>
    </message>
    <message>
        <source>Annotations CSV (*.csv);;All files (*)</source>
        <translation>CSV s anotacemi (*.csv);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Export annotations</source>
        <translation>Exportovat anotace</translation>
    </message>
    <message>
        <source>Annotations CSV (*.csv)</source>
        <translation>CSV s anotacemi (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Úp&amp;ravy</translation>
    </message>
    <message>
        <source>&amp;Undo annotation</source>
        <translation>&amp;Zpět u anotace</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Z</source>
        <translation>Ctrl+Alt+Z</translation>
    </message>
    <message>
        <source>&amp;Redo annotation</source>
        <translation>Z&amp;novu u anotace</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Y</source>
        <translation>Ctrl+Alt+Y</translation>
    </message>
    <message>
        <source>&amp;Annotate selection...</source>
        <translation>&amp;Anotovat výběr...</translation>
    </message>
    <message>
        <source>&amp;Edit annotation...</source>
        <translation>&amp;Upravit anotaci...</translation>
    </message>
    <message>
        <source>Shift+A</source>
        <translation>Shift+A</translation>
    </message>
    <message>
        <source>&amp;Delete annotation</source>
        <translation>&amp;Smazat anotaci</translation>
    </message>
    <message>
        <source>Annotate the selected time range</source>
        <translation>Anotovat vybraný časový úsek</translation>
    </message>
    <message>
        <source>Select a time range first (drag across a pane)</source>
        <translation>Nejprve vyberte časový úsek (tažením přes panel)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Annotate selection</source>
        <translation>Anotovat výběr</translation>
    </message>
    <message>
        <source>Select a time range first (drag across a pane).</source>
        <translation>Nejprve vyberte časový úsek (tažením přes panel).</translation>
    </message>
    <message>
        <source>Edit annotation</source>
        <translation>Upravit anotaci</translation>
    </message>
    <message>
        <source>Artefact &amp;statistics...</source>
        <translation>&amp;Statistika artefaktů...</translation>
    </message>
    <message>
        <source>Per cue type: attribution inside annotated regions against their share of time, correlation, EER</source>
        <translation>Podle typu příznaku: atribuce uvnitř anotovaných oblastí oproti jejich podílu na čase, korelace, EER</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>Nás&amp;troje</translation>
    </message>
    <message>
        <source>&amp;New case...</source>
        <translation>&amp;Nový případ...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Open &amp;case...</source>
        <translation>Otevřít &amp;případ...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open case read-on&amp;ly...</source>
        <translation>Otevřít případ jen pro č&amp;tení...</translation>
    </message>
    <message>
        <source>&amp;Add evidence...</source>
        <translation>Přid&amp;at důkazy...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Export &amp;report (PDF/HTML)...</source>
        <translation>Exportovat &amp;zprávu (PDF/HTML)...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Save case &amp;as...</source>
        <translation>Uložit případ &amp;jako...</translation>
    </message>
    <message>
        <source>C&amp;lose case</source>
        <translation>Za&amp;vřít případ</translation>
    </message>
    <message>
        <source>Case &amp;quality thresholds...</source>
        <translation>Prahy &amp;kvality případu...</translation>
    </message>
    <message>
        <source>The limits below which the case&apos;s evidence is flagged (stored in the case, logged)</source>
        <translation>Meze, pod kterými se důkazy případu označí (uloženo v případu, zaznamenáno)</translation>
    </message>
    <message>
        <source>Take evidence files into the case: each is hashed (SHA-256, read-only) and logged</source>
        <translation>Převzít soubory důkazů do případu: každý se zahashuje (SHA-256, jen pro čtení) a zaznamená</translation>
    </message>
    <message>
        <source>Write the case report (PDF, or HTML by the file name) and record its version in the case</source>
        <translation>Zapsat zprávu k případu (PDF, nebo HTML podle názvu souboru) a zaznamenat její verzi v případu</translation>
    </message>
    <message>
        <source>Recent cases</source>
        <translation>Nedávné případy</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(žádné)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Případ</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Nápověda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Klávesové zkratky</translation>
    </message>
    <message>
        <source>&amp;About SourceTrace</source>
        <translation>&amp;O aplikaci SourceTrace</translation>
    </message>
    <message>
        <source>The case is read-only: %1</source>
        <translation>Případ je jen pro čtení: %1</translation>
    </message>
    <message>
        <source>Case %1 (read-only)</source>
        <translation>Případ %1 (jen pro čtení)</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Případ %1</translation>
    </message>
    <message>
        <source>demo clip</source>
        <translation>ukázková nahrávka</translation>
    </message>
    <message>
        <source> (item %1)</source>
        <translation> (položka %1)</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nový případ</translation>
    </message>
    <message>
        <source>Made case %1 in %2</source>
        <translation>Případ %1 vytvořen v %2</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Otevřít případ</translation>
    </message>
    <message>
        <source>The case is open READ-ONLY: %1. Nothing can be changed or analysed; File › Save case as... makes a copy.</source>
        <translation>Případ je otevřen JEN PRO ČTENÍ: %1. Nic nelze měnit ani analyzovat; Soubor › Uložit případ jako... vytvoří kopii.</translation>
    </message>
    <message>
        <source>Integrity problem: %1</source>
        <translation>Problém integrity: %1</translation>
    </message>
    <message>
        <source>item %1 (%2): %3</source>
        <translation>položka %1 (%2): %3</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>chybí</translation>
    </message>
    <message>
        <source>changed since intake</source>
        <translation>změněno od převzetí</translation>
    </message>
    <message>
        <source>Blocked at the last verification (not analysed until restored and verified, or relocated):
%1</source>
        <translation>Blokováno při posledním ověření (neanalyzuje se, dokud nebude obnoveno a ověřeno, nebo přemístěno):
%1</translation>
    </message>
    <message>
        <source>Opened case %1; verifying its evidence</source>
        <translation>Případ %1 otevřen; ověřují se jeho důkazy</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Případ zavřen</translation>
    </message>
    <message>
        <source>No case is open.</source>
        <translation>Není otevřen žádný případ.</translation>
    </message>
    <message>
        <source>Save case as</source>
        <translation>Uložit případ jako</translation>
    </message>
    <message>
        <source>Saved %1 as %2; now working on the copy</source>
        <translation>%1 uloženo jako %2; nyní se pracuje s kopií</translation>
    </message>
    <message>
        <source>%1: a file of that name exists; a case is never made over another file</source>
        <translation>%1: soubor s tímto názvem existuje; případ se nikdy nevytváří přes jiný soubor</translation>
    </message>
    <message>
        <source>Open case read-only</source>
        <translation>Otevřít případ jen pro čtení</translation>
    </message>
    <message>
        <source>SourceTrace case (*.stcase);;All files (*)</source>
        <translation>Případ SourceTrace (*.stcase);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Add evidence to the case</source>
        <translation>Přidat důkazy do případu</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.ogg *.opus *.mp3 *.aif *.aiff *.au);;All files (*)</source>
        <translation>Zvuk (*.wav *.flac *.ogg *.opus *.mp3 *.aif *.aiff *.au);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Export case report</source>
        <translation>Exportovat zprávu k případu</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html)</source>
        <translation>PDF (*.pdf);;HTML (*.html)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportovat zprávu</translation>
    </message>
    <message>
        <source>%1: a report is never written over an existing file; choose a new name</source>
        <translation>%1: zpráva se nikdy nezapisuje přes existující soubor; zvolte nový název</translation>
    </message>
    <message>
        <source>SourceTrace case (*.stcase)</source>
        <translation>Případ SourceTrace (*.stcase)</translation>
    </message>
    <message>
        <source>Quality thresholds of the case changed (logged); they apply to the next analyses</source>
        <translation>Prahy kvality případu změněny (zaznamenáno); platí pro další analýzy</translation>
    </message>
    <message>
        <source>Quality thresholds</source>
        <translation>Prahy kvality</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Detekce</translation>
    </message>
    <message>
        <source>Open a clip first</source>
        <translation>Nejprve otevřete nahrávku</translation>
    </message>
    <message>
        <source>Run the fused detector %1 on the open clip: every component detector, the fused score in the Detection panel (Ctrl+D)</source>
        <translation>Spustit fúzovaný detektor %1 na otevřené nahrávce: každý dílčí detektor, fúzované skóre v panelu Detekce (Ctrl+D)</translation>
    </message>
    <message>
        <source>No usable model: see the Models menu</source>
        <translation>Žádný použitelný model: viz nabídka Modely</translation>
    </message>
    <message>
        <source>Checking the models...</source>
        <translation>Kontrola modelů...</translation>
    </message>
    <message>
        <source>%1 is not a detector (%2)</source>
        <translation>%1 není detektor (%2)</translation>
    </message>
    <message>
        <source>A detection is running (cancel it in the Jobs panel)</source>
        <translation>Detekce probíhá (zrušte ji v panelu Úlohy)</translation>
    </message>
    <message>
        <source>Run %1 on the open clip: whole-clip score and score timeline (Ctrl+D)</source>
        <translation>Spustit %1 na otevřené nahrávce: skóre celé nahrávky a časový průběh skóre (Ctrl+D)</translation>
    </message>
    <message>
        <source>The fused detector %1 is no longer listed</source>
        <translation>Fúzovaný detektor %1 již není v seznamu</translation>
    </message>
    <message>
        <source>%1: see the fused detector below</source>
        <translation>%1: viz fúzovaný detektor níže</translation>
    </message>
    <message>
        <source>Running %1...</source>
        <translation>Běží %1...</translation>
    </message>
    <message>
        <source>Detection cancelled.</source>
        <translation>Detekce zrušena.</translation>
    </message>
    <message>
        <source>%1: score %2 (%3)</source>
        <translation>%1: skóre %2 (%3)</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Vysvětlení</translation>
    </message>
    <message>
        <source>Attributions ready: %1</source>
        <translation>Atribuce připraveny: %1</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Otevřít...</translation>
    </message>
    <message>
        <source>Open &amp;demo clip</source>
        <translation>Otevřít &amp;ukázkovou nahrávku</translation>
    </message>
    <message>
        <source>Export view as &amp;image (PNG/SVG)...</source>
        <translation>Exportovat pohled jako o&amp;brázek (PNG/SVG)...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Export &amp;spectrogram of selection (CSV/npy)...</source>
        <translation>Exportovat &amp;spektrogram výběru (CSV/npy)...</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ukon&amp;čit</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>Soubor nelze otevřít</translation>
    </message>
    <message>
        <source>Background work failed</source>
        <translation>Práce na pozadí selhala</translation>
    </message>
    <message>
        <source>Cannot decode the file</source>
        <translation>Soubor nelze dekódovat</translation>
    </message>
    <message>
        <source>Opened %1 (read-only)</source>
        <translation>Otevřeno %1 (jen pro čtení)</translation>
    </message>
    <message>
        <source>Demo clip</source>
        <translation>Ukázková nahrávka</translation>
    </message>
    <message>
        <source>This build has no demo clip compiled in.</source>
        <translation>Toto sestavení neobsahuje ukázkovou nahrávku.</translation>
    </message>
    <message>
        <source>%1: could not extract the demo clip</source>
        <translation>%1: ukázkovou nahrávku nelze extrahovat</translation>
    </message>
    <message>
        <source>Open evidence</source>
        <translation>Otevřít důkaz</translation>
    </message>
    <message>
        <source>Export view</source>
        <translation>Exportovat pohled</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Obrázek PNG (*.png);;Kresba SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export spectrogram</source>
        <translation>Exportovat spektrogram</translation>
    </message>
    <message>
        <source>Export spectrogram of selection</source>
        <translation>Exportovat spektrogram výběru</translation>
    </message>
    <message>
        <source>CSV table (*.csv);;NumPy array + JSON sidecar (*.npy)</source>
        <translation>Tabulka CSV (*.csv);;Pole NumPy + doprovodný JSON (*.npy)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Zapsáno %1</translation>
    </message>
    <message>
        <source>Export spectrogram to %1</source>
        <translation>Exportovat spektrogram do %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 frames)</source>
        <translation>Zapsáno %1 (%2 rámců)</translation>
    </message>
    <message>
        <source>&amp;Detect</source>
        <translation>&amp;Detekovat</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Rescan models</source>
        <translation>&amp;Znovu vyhledat modely</translation>
    </message>
    <message>
        <source> Model </source>
        <translation> Model </translation>
    </message>
    <message>
        <source>The model Detect runs</source>
        <translation>Model, který spouští Detekovat</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modely</translation>
    </message>
    <message>
        <source>Check models</source>
        <translation>Zkontrolovat modely</translation>
    </message>
    <message>
        <source>(checking models...)</source>
        <translation>(kontrola modelů...)</translation>
    </message>
    <message>
        <source>(no models found)</source>
        <translation>(nenalezeny žádné modely)</translation>
    </message>
    <message>
        <source>Searched: %1</source>
        <translation>Prohledáno: %1</translation>
    </message>
    <message>
        <source> (refused)</source>
        <translation> (odmítnuto)</translation>
    </message>
    <message>
        <source> (not a detector)</source>
        <translation> (není detektor)</translation>
    </message>
    <message>
        <source>Fused detector (fusion model %1): Detect runs every component detector and fuses their scores; it cannot trace or explain (a fusion has no embedding and no gradient)</source>
        <translation>Fúzovaný detektor (model fúze %1): Detekovat spustí každý dílčí detektor a fúzuje jejich skóre; nemůže určovat zdroj ani vysvětlovat (fúze nemá embedding ani gradient)</translation>
    </message>
    <message>
        <source>&amp;Play / pause</source>
        <translation>&amp;Přehrát / pozastavit</translation>
    </message>
    <message>
        <source>Play s&amp;election</source>
        <translation>Přehrát &amp;výběr</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Zastavit</translation>
    </message>
    <message>
        <source>&amp;Loop</source>
        <translation>&amp;Smyčka</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Přehrávání</translation>
    </message>
    <message>
        <source>(no output device found)</source>
        <translation>(nenalezeno žádné výstupní zařízení)</translation>
    </message>
    <message>
        <source>No audio output</source>
        <translation>Žádný zvukový výstup</translation>
    </message>
    <message>
        <source>Playing</source>
        <translation>Přehrává se</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pozastaveno</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Zastaveno</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Určení zdroje</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Knihovna</translation>
    </message>
    <message>
        <source>Library map</source>
        <translation>Mapa knihovny</translation>
    </message>
    <message>
        <source>Enrolled: %1</source>
        <translation>Zapsáno: %1</translation>
    </message>
    <message>
        <source>traced clip</source>
        <translation>nahrávka s určovaným zdrojem</translation>
    </message>
    <message>
        <source>Trace (%1): %2</source>
        <translation>Určení zdroje (%1): %2</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Knihovna</translation>
    </message>
    <message>
        <source>&amp;New library...</source>
        <translation>&amp;Nová knihovna...</translation>
    </message>
    <message>
        <source>&amp;Open library...</source>
        <translation>Ote&amp;vřít knihovnu...</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>Otevřít knihovnu</translation>
    </message>
    <message>
        <source>Fingerprint library (*.db);;All files (*)</source>
        <translation>Knihovna otisků (*.db);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>&amp;Enrol...</source>
        <translation>Zap&amp;sat...</translation>
    </message>
    <message>
        <source>&amp;Trace the clip</source>
        <translation>&amp;Určit zdroj nahrávky</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Zpět</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Zn&amp;ovu</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>Opened library %1</source>
        <translation>Otevřena knihovna %1</translation>
    </message>
    <message>
        <source>A trace is running</source>
        <translation>Určení zdroje probíhá</translation>
    </message>
    <message>
        <source>Trace the open clip to the library&apos;s sources (Ctrl+T)</source>
        <translation>Určit zdroj otevřené nahrávky podle zdrojů knihovny (Ctrl+T)</translation>
    </message>
    <message>
        <source>Tracing with %1...</source>
        <translation>Určování zdroje pomocí %1...</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Trénování</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Př&amp;iblížit</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>O&amp;ddálit</translation>
    </message>
    <message>
        <source>&amp;Fit all</source>
        <translation>Zobrazit &amp;celé</translation>
    </message>
    <message>
        <source>Zoom to &amp;selection</source>
        <translation>Přiblížit na vý&amp;běr</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Pan left</source>
        <translation>Posunout doleva</translation>
    </message>
    <message>
        <source>Pan right</source>
        <translation>Posunout doprava</translation>
    </message>
    <message>
        <source>Go to start</source>
        <translation>Přejít na začátek</translation>
    </message>
    <message>
        <source>Go to end</source>
        <translation>Přejít na konec</translation>
    </message>
    <message>
        <source>Waveform gain &amp;up</source>
        <translation>Z&amp;výšit zesílení průběhu signálu</translation>
    </message>
    <message>
        <source>Shift+Up</source>
        <translation>Shift+Up</translation>
    </message>
    <message>
        <source>Waveform gain &amp;down</source>
        <translation>&amp;Snížit zesílení průběhu signálu</translation>
    </message>
    <message>
        <source>Shift+Down</source>
        <translation>Shift+Down</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Vybrat v&amp;še</translation>
    </message>
    <message>
        <source>&amp;Clear selection</source>
        <translation>Zr&amp;ušit výběr</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanál</translation>
    </message>
    <message>
        <source>&amp;Mix-down</source>
        <translation>&amp;Smíchání</translation>
    </message>
    <message>
        <source>Channel &amp;%1</source>
        <translation>Kanál &amp;%1</translation>
    </message>
    <message>
        <source>Open a file first.</source>
        <translation>Nejprve otevřete soubor.</translation>
    </message>
    <message>
        <source>Showing the mix-down of all channels</source>
        <translation>Zobrazuje se smíchání všech kanálů</translation>
    </message>
    <message>
        <source>Showing channel %1</source>
        <translation>Zobrazuje se kanál %1</translation>
    </message>
    <message>
        <source>No selection</source>
        <translation>Žádný výběr</translation>
    </message>
    <message>
        <source>Selection %1 – %2 (%3 s)</source>
        <translation>Výběr %1 – %2 (%3 s)</translation>
    </message>
    <message>
        <source>Spectrogram settings</source>
        <translation>Nastavení spektrogramu</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Předvolby...</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Příručka</translation>
    </message>
    <message>
        <source>The offline manual: every page of SourceTrace&apos;s documentation, without a network</source>
        <translation>Offline příručka: všechny stránky dokumentace SourceTrace, bez sítě</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>&amp;Privacy and storage</source>
        <translation>&amp;Soukromí a úložiště</translation>
    </message>
    <message>
        <source>%1 is not a page of the manual</source>
        <translation>%1 není stránka příručky</translation>
    </message>
    <message>
        <source>The language is changed at the next start of SourceTrace.</source>
        <translation>Jazyk se změní při příštím spuštění SourceTrace.</translation>
    </message>
</context>
<context>
    <name>st::ManualBrowser</name>
    <message>
        <source>SourceTrace manual</source>
        <translation>Příručka SourceTrace</translation>
    </message>
    <message>
        <source>The project&apos;s documentation, carried by the program: it works without a network, and SourceTrace never opens one. F1 opens this window; Back and Forward (Alt+Left, Alt+Right) move through the pages read.</source>
        <translation>Dokumentace projektu nesená programem: funguje bez sítě a SourceTrace ji nikdy neotevírá. F1 otevře toto okno; Zpět a Vpřed (Alt+Vlevo, Alt+Vpravo) procházejí přečtenými stránkami.</translation>
    </message>
    <message>
        <source>%1 is a network address: SourceTrace never opens the network, so the manual does not follow it.</source>
        <translation>%1 je síťová adresa: SourceTrace nikdy nepoužívá síť, takže příručka tento odkaz nenásleduje.</translation>
    </message>
    <message>
        <source>%1 is not part of the manual (a file of the source tree or of the system).</source>
        <translation>%1 není součástí příručky (je to soubor ze zdrojového stromu nebo ze systému).</translation>
    </message>
</context>
<context>
    <name>st::ManualWindow</name>
    <message>
        <source>SourceTrace manual</source>
        <translation>Příručka SourceTrace</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zpět</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vpřed</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Obsah</translation>
    </message>
    <message>
        <source>Find in page (Enter: next)</source>
        <translation>Hledat na stránce (Enter: další)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not on this page.</source>
        <translation>&quot;%1&quot; na této stránce není.</translation>
    </message>
    <message>
        <source>This build carries no manual, and no docs folder was found beside the program.</source>
        <translation>Toto sestavení neobsahuje příručku a vedle programu nebyla nalezena složka docs.</translation>
    </message>
</context>
<context>
    <name>st::Memory</name>
    <message>
        <source>more than 9 EB</source>
        <translation>více než 9 EB</translation>
    </message>
    <message>
        <source>%1 needs %2 of memory; %3 is available</source>
        <translation>%1 potřebuje %2 paměti; k dispozici je %3</translation>
    </message>
    <message>
        <source>%1 needs %2 of memory; %3 are available</source>
        <translation>%1 potřebuje %2 paměti; k dispozici je %3</translation>
    </message>
</context>
<context>
    <name>st::MetadataPanel</name>
    <message>
        <source>File</source>
        <translation>Soubor</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formát</translation>
    </message>
    <message>
        <source>Sample rate</source>
        <translation>Vzorkovací frekvence</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanály</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Délka</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Snímky</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Velikost</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Špička</translation>
    </message>
    <message>
        <source>RMS</source>
        <translation>RMS</translation>
    </message>
    <message>
        <source>Clipped samples</source>
        <translation>Ořezané vzorky</translation>
    </message>
    <message>
        <source>shown mixed down</source>
        <translation>zobrazeno smíchané</translation>
    </message>
    <message>
        <source>showing channel %1</source>
        <translation>zobrazuje se kanál %1</translation>
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
        <translation>%1 bajtů</translation>
    </message>
    <message>
        <source>not computed: %1</source>
        <translation>nevypočteno: %1</translation>
    </message>
    <message>
        <source>computing... %1%</source>
        <translation>výpočet... %1%</translation>
    </message>
    <message>
        <source>none</source>
        <translation>žádné</translation>
    </message>
    <message>
        <source>not measured: %1</source>
        <translation>neměřeno: %1</translation>
    </message>
    <message>
        <source>measuring...</source>
        <translation>měření...</translation>
    </message>
</context>
<context>
    <name>st::Metrics</name>
    <message>
        <source>DCF parameters out of range (need 0 &lt; p_target &lt; 1, C_miss &gt; 0, C_fa &gt; 0): p_target=%1 C_miss=%2 C_fa=%3</source>
        <translation>parametry DCF mimo rozsah (je potřeba 0 &lt; p_target &lt; 1, C_miss &gt; 0, C_fa &gt; 0): p_target=%1 C_miss=%2 C_fa=%3</translation>
    </message>
    <message>
        <source>no target scores: a detection metric needs at least one target and one non-target score</source>
        <translation>žádná cílová skóre: metrika detekce potřebuje alespoň jedno cílové a jedno necílové skóre</translation>
    </message>
    <message>
        <source>no non-target scores: a detection metric needs at least one target and one non-target score</source>
        <translation>žádná necílová skóre: metrika detekce potřebuje alespoň jedno cílové a jedno necílové skóre</translation>
    </message>
</context>
<context>
    <name>st::ModelCatalog</name>
    <message>
        <source>Check models</source>
        <translation>Zkontrolovat modely</translation>
    </message>
    <message>
        <source>hashing weights</source>
        <translation>hashování vah</translation>
    </message>
</context>
<context>
    <name>st::ModelManifest</name>
    <message>
        <source>manifest field &quot;%1&quot; %2</source>
        <translation>pole manifestu &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>chybí</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>musí být řetězec</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>je prázdné</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>musí být celé číslo</translation>
    </message>
    <message>
        <source>must be at least %1 (it is %2)</source>
        <translation>musí být alespoň %1 (je %2)</translation>
    </message>
    <message>
        <source>must be at most %1 (it is %2)</source>
        <translation>smí být nejvýše %1 (je %2)</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>musí být true nebo false</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>musí být pole řetězců</translation>
    </message>
    <message>
        <source>must be an array of non-empty strings</source>
        <translation>musí být pole neprázdných řetězců</translation>
    </message>
    <message>
        <source>is empty (one name per logit is needed)</source>
        <translation>je prázdné (pro každý logit je potřeba jeden název)</translation>
    </message>
    <message>
        <source>is missing (a tuple index such as 0, or a dict key)</source>
        <translation>chybí (index n-tice, např. 0, nebo klíč slovníku)</translation>
    </message>
    <message>
        <source>must be a tuple index &gt;= 0 or a dict key</source>
        <translation>musí být index n-tice &gt;= 0 nebo klíč slovníku</translation>
    </message>
    <message>
        <source>model manifest not found</source>
        <translation>manifest modelu nebyl nalezen</translation>
    </message>
    <message>
        <source>is a folder, not a model manifest (a .json file)</source>
        <translation>je složka, ne manifest modelu (soubor .json)</translation>
    </message>
    <message>
        <source>cannot read the model manifest: %1</source>
        <translation>manifest modelu nelze přečíst: %1</translation>
    </message>
    <message>
        <source>is %1 bytes: a model manifest is a small JSON file (at most 1 MiB)</source>
        <translation>má %1 bajtů: manifest modelu je malý soubor JSON (nejvýše 1 MiB)</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>není platný JSON: %1</translation>
    </message>
    <message>
        <source>a model manifest must be a JSON object</source>
        <translation>manifest modelu musí být objekt JSON</translation>
    </message>
    <message>
        <source>is %1, but this build reads manifests up to version %2: update SourceTrace</source>
        <translation>je %1, ale toto sestavení čte manifesty do verze %2: aktualizujte SourceTrace</translation>
    </message>
    <message>
        <source>must be letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;+&apos; or &apos;-&apos; (it is &quot;%1&quot;)</source>
        <translation>smí obsahovat jen písmena, číslice, &apos;.&apos;, &apos;_&apos;, &apos;+&apos; nebo &apos;-&apos; (je &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>must be &quot;native-aasist&quot;, &quot;native-spectral&quot; or &quot;torchscript&quot; (it is &quot;%1&quot;)</source>
        <translation>musí být &quot;native-aasist&quot;, &quot;native-spectral&quot; nebo &quot;torchscript&quot; (je &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>must be 64 hexadecimal digits (a SHA-256)</source>
        <translation>musí mít 64 šestnáctkových číslic (SHA-256)</translation>
    </message>
    <message>
        <source>must be &quot;whole-clip&quot;, &quot;fixed-length&quot; or &quot;sliding-windows&quot; (it is &quot;%1&quot;)</source>
        <translation>musí být &quot;whole-clip&quot;, &quot;fixed-length&quot; nebo &quot;sliding-windows&quot; (je &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>must be &quot;repeat&quot; or &quot;zeros&quot; (it is &quot;%1&quot;)</source>
        <translation>musí být &quot;repeat&quot; nebo &quot;zeros&quot; (je &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>has %1 names; at most 100000 are accepted</source>
        <translation>má %1 názvů; přijímá se nejvýše 100000</translation>
    </message>
    <message>
        <source>is %1 but there are only %2 class names (use -1 for a model that is not a detector)</source>
        <translation>je %1, ale názvů tříd je jen %2 (pro model, který není detektor, použijte -1)</translation>
    </message>
</context>
<context>
    <name>st::ModelRegistry</name>
    <message>
        <source>no model named &quot;%1&quot;: known models are %2 (searched %3); give a registry name or the path of a manifest .json</source>
        <translation>žádný model s názvem &quot;%1&quot;: známé modely jsou %2 (prohledáno %3); zadejte název z registru nebo cestu k manifestu .json</translation>
    </message>
    <message>
        <source>none</source>
        <translation>žádné</translation>
    </message>
    <message>
        <source>no folders</source>
        <translation>žádné složky</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>soubor nenalezen</translation>
    </message>
    <message>
        <source>the weightsFile &quot;%1&quot; of model &quot;%2&quot; (manifest %3) names a folder, not a weights file</source>
        <translation>weightsFile &quot;%1&quot; modelu &quot;%2&quot; (manifest %3) uvádí složku, ne soubor vah</translation>
    </message>
    <message>
        <source>weights file of model &quot;%1&quot; not found (manifest %2, weightsFile &quot;%3&quot;); put the file there or correct the manifest</source>
        <translation>soubor vah modelu &quot;%1&quot; nebyl nalezen (manifest %2, weightsFile &quot;%3&quot;); umístěte soubor tam nebo opravte manifest</translation>
    </message>
    <message>
        <source>model &quot;%1&quot; is refused: its manifest %2 pins no weightsSha256; the file&apos;s SHA-256 is %3 (add it to the manifest if this is the file you mean)</source>
        <translation>model &quot;%1&quot; je odmítnut: jeho manifest %2 neurčuje weightsSha256; SHA-256 souboru je %3 (doplňte ho do manifestu, pokud jde o zamýšlený soubor)</translation>
    </message>
    <message>
        <source>model &quot;%1&quot; is refused: the weights&apos; SHA-256 is %2 but the manifest %3 pins %4 (a different or altered file)</source>
        <translation>model &quot;%1&quot; je odmítnut: SHA-256 vah je %2, ale manifest %3 určuje %4 (jiný nebo změněný soubor)</translation>
    </message>
    <message>
        <source>model &quot;%1&quot; has unknown kind &quot;%2&quot;</source>
        <translation>model &quot;%1&quot; má neznámý druh &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>st::ModelRunner</name>
    <message>
        <source>model %1 gave a non-finite result (NaN or infinity) for this input: the input is outside what the model can process (for example sample values far beyond full scale), so there is no score</source>
        <translation>model %1 dal pro tento vstup nekonečný výsledek (NaN nebo nekonečno): vstup je mimo to, co model dokáže zpracovat (například hodnoty vzorků daleko za plným rozsahem), proto skóre není</translation>
    </message>
    <message>
        <source>ModelRunner needs a model</source>
        <translation>ModelRunner potřebuje model</translation>
    </message>
    <message>
        <source>model %1 returned %2 outputs for a batch of %3</source>
        <translation>model %1 vrátil %2 výstupů pro dávku o %3 vstupech</translation>
    </message>
    <message>
        <source>an empty clip (no samples) cannot go through model %1</source>
        <translation>prázdnou nahrávku (bez vzorků) nelze zpracovat modelem %1</translation>
    </message>
    <message>
        <source>an empty clip (no samples) has no score timeline</source>
        <translation>prázdná nahrávka (bez vzorků) nemá časový průběh skóre</translation>
    </message>
    <message numerus="yes">
        <source>too short to judge: %n sample(s) (%1 ms) at %2 Hz; model %3 needs at least %4 (0.1 s)</source>
        <translation>
            <numerusform>příliš krátké k posouzení: %n vzorek (%1 ms) při %2 Hz; model %3 potřebuje alespoň %4 (0.1 s)</numerusform>
            <numerusform>příliš krátké k posouzení: %n vzorky (%1 ms) při %2 Hz; model %3 potřebuje alespoň %4 (0.1 s)</numerusform>
            <numerusform>příliš krátké k posouzení: %n vzorků (%1 ms) při %2 Hz; model %3 potřebuje alespoň %4 (0.1 s)</numerusform>
        </translation>
    </message>
    <message>
        <source>the analysed audio is digital silence (every sample is 0): there is no speech for model %1 to judge</source>
        <translation>analyzovaný zvuk je digitální ticho (každý vzorek je 0): model %1 nemá co posoudit, není tu žádná řeč</translation>
    </message>
    <message>
        <source>model %1 on the whole %2 recording (whole-clip input)</source>
        <translation>model %1 na celé nahrávce délky %2 (vstup celé nahrávky)</translation>
    </message>
    <message>
        <source>use --policy sliding-windows (or fixed-length) for long recordings</source>
        <translation>pro dlouhé nahrávky použijte --policy sliding-windows (nebo fixed-length)</translation>
    </message>
</context>
<context>
    <name>st::NativeArgs</name>
    <message>
        <source>the name &quot;%1&quot; is not valid UTF-8; the file is read through %2</source>
        <translation>název &quot;%1&quot; není platné UTF-8; soubor se čte přes %2</translation>
    </message>
</context>
<context>
    <name>st::NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Nový případ</translation>
    </message>
    <message>
        <source>required, e.g. 2025-0142</source>
        <translation>povinné, např. 2025-0142</translation>
    </message>
    <message>
        <source>required: who examines the evidence</source>
        <translation>povinné: kdo důkazy zkoumá</translation>
    </message>
    <message>
        <source>where the case file (.stcase) is made; never overwritten</source>
        <translation>kde se vytvoří soubor případu (.stcase); nikdy se nepřepisuje</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Procházet...</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Soubor případu</translation>
    </message>
    <message>
        <source>SourceTrace case (*.stcase)</source>
        <translation>Případ SourceTrace (*.stcase)</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>Čí&amp;slo případu:</translation>
    </message>
    <message>
        <source>&amp;Examiner:</source>
        <translation>&amp;Znalec:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Název:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>P&amp;oznámky:</translation>
    </message>
    <message>
        <source>Case &amp;file:</source>
        <translation>Sou&amp;bor případu:</translation>
    </message>
    <message>
        <source>Create case</source>
        <translation>Vytvořit případ</translation>
    </message>
    <message>
        <source>Every change to the case is recorded in its hash-chained audit log under your user name.</source>
        <translation>Každá změna případu se zaznamená do jeho hashovým řetězcem chráněného auditního protokolu pod vaším uživatelským jménem.</translation>
    </message>
</context>
<context>
    <name>st::Npy</name>
    <message>
        <source>cannot write a .npy file with a negative dimension %1</source>
        <translation>soubor .npy se zápornou dimenzí %1 nelze zapsat</translation>
    </message>
    <message>
        <source>no data given for a .npy file of %1 values</source>
        <translation>pro soubor .npy s %1 hodnotami nebyla zadána data</translation>
    </message>
    <message>
        <source>shape too long for a version 1.0 .npy header</source>
        <translation>tvar je příliš dlouhý pro hlavičku .npy verze 1.0</translation>
    </message>
    <message>
        <source>cannot open for writing: %1</source>
        <translation>nelze otevřít pro zápis: %1</translation>
    </message>
    <message>
        <source>write failed: %1</source>
        <translation>zápis selhal: %1</translation>
    </message>
    <message>
        <source>could not finish writing: %1</source>
        <translation>zápis nebylo možné dokončit: %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>soubor neexistuje</translation>
    </message>
    <message>
        <source>cannot open for reading: %1</source>
        <translation>nelze otevřít pro čtení: %1</translation>
    </message>
    <message>
        <source>not a NumPy .npy file (the magic string \x93NUMPY is missing)</source>
        <translation>není soubor NumPy .npy (chybí identifikační řetězec \x93NUMPY)</translation>
    </message>
    <message>
        <source>truncated .npy header</source>
        <translation>zkrácená hlavička .npy</translation>
    </message>
    <message>
        <source>unsupported .npy format version %1.%2</source>
        <translation>nepodporovaná verze formátu .npy %1.%2</translation>
    </message>
    <message>
        <source>truncated .npy header (%1 bytes announced, %2 present)</source>
        <translation>zkrácená hlavička .npy (ohlášeno %1 bajtů, přítomno %2)</translation>
    </message>
    <message>
        <source>truncated .npy header (%1 of %2 bytes)</source>
        <translation>zkrácená hlavička .npy (%1 z %2 bajtů)</translation>
    </message>
    <message>
        <source>the .npy header has no &apos;descr&apos; (data type)</source>
        <translation>hlavička .npy nemá &apos;descr&apos; (datový typ)</translation>
    </message>
    <message>
        <source>unsupported .npy data type &apos;%1&apos; (only little-endian float32 &apos;&lt;f4&apos; and float64 &apos;&lt;f8&apos; are read)</source>
        <translation>nepodporovaný datový typ .npy &apos;%1&apos; (čtou se jen little-endian float32 &apos;&lt;f4&apos; a float64 &apos;&lt;f8&apos;)</translation>
    </message>
    <message>
        <source>the .npy header has no &apos;fortran_order&apos;</source>
        <translation>hlavička .npy nemá &apos;fortran_order&apos;</translation>
    </message>
    <message>
        <source>Fortran-order .npy arrays are not supported (save it with numpy.ascontiguousarray first)</source>
        <translation>pole .npy v pořadí Fortran nejsou podporována (nejprve je uložte pomocí numpy.ascontiguousarray)</translation>
    </message>
    <message>
        <source>the .npy header has no valid &apos;shape&apos;</source>
        <translation>hlavička .npy nemá platný &apos;shape&apos;</translation>
    </message>
    <message>
        <source>bad dimension &apos;%1&apos; in the .npy shape</source>
        <translation>chybná dimenze &apos;%1&apos; v tvaru .npy</translation>
    </message>
    <message>
        <source>the .npy shape has more than 32 dimensions</source>
        <translation>tvar .npy má více než 32 dimenzí</translation>
    </message>
    <message>
        <source>the .npy shape %1 is too large (its byte count overflows)</source>
        <translation>tvar .npy %1 je příliš velký (počet bajtů přeteče)</translation>
    </message>
    <message>
        <source>truncated .npy data: %1 bytes expected for shape %2, %3 present</source>
        <translation>zkrácená data .npy: pro tvar %2 očekáváno %1 bajtů, přítomno %3</translation>
    </message>
    <message>
        <source>read failed: %1</source>
        <translation>čtení selhalo: %1</translation>
    </message>
</context>
<context>
    <name>st::OodScores</name>
    <message>
        <source>OOD scores need the model&apos;s logits (this model has no class head)</source>
        <translation>skóre OOD potřebují logity modelu (tento model nemá hlavu tříd)</translation>
    </message>
    <message>
        <source>OOD scorer: no reference embeddings fitted</source>
        <translation>hodnotitel OOD: nejsou proloženy žádné referenční embeddingy</translation>
    </message>
    <message>
        <source>OOD scorer: embedding of dimension %1, expected %2</source>
        <translation>hodnotitel OOD: embedding dimenze %1, očekáváno %2</translation>
    </message>
</context>
<context>
    <name>st::OpenSet</name>
    <message>
        <source>the score of %1 %2 is not finite (%3): no answer at any level</source>
        <translation>skóre %1 %2 není konečné (%3): žádná odpověď na žádné úrovni</translation>
    </message>
    <message>
        <source>a false-alarm threshold needs non-target scores</source>
        <translation>práh planých poplachů potřebuje necílová skóre</translation>
    </message>
    <message>
        <source>the target false-alarm rate must be in [0, 1), not %1</source>
        <translation>cílová míra planých poplachů musí ležet v [0, 1), ne %1</translation>
    </message>
    <message>
        <source>threshold rule must be &apos;eer&apos; or &apos;far&apos;, not &apos;%1&apos;</source>
        <translation>pravidlo prahu musí být &apos;eer&apos; nebo &apos;far&apos;, ne &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the trial list has no scores (column CosScore or score): score the trials before computing pooled EERs</source>
        <translation>seznam pokusů nemá skóre (sloupec CosScore nebo score): před výpočtem sdružených EER pokusy ohodnoťte</translation>
    </message>
</context>
<context>
    <name>st::Pca</name>
    <message>
        <source>PCA needs at least one embedding</source>
        <translation>PCA potřebuje alespoň jeden embedding</translation>
    </message>
    <message>
        <source>PCA of empty embeddings (dimension 0)</source>
        <translation>PCA prázdných embeddingů (dimenze 0)</translation>
    </message>
    <message>
        <source>PCA: %1 components asked of %2-d embeddings</source>
        <translation>PCA: požadováno %1 komponent z %2-rozměrných embeddingů</translation>
    </message>
    <message>
        <source>PCA: embedding %1 has %2 values, the first has %3</source>
        <translation>PCA: embedding %1 má %2 hodnot, první má %3</translation>
    </message>
    <message>
        <source>PCA: a %1-d embedding projected on %2-d axes</source>
        <translation>PCA: %1-rozměrný embedding promítnutý na %2-rozměrné osy</translation>
    </message>
</context>
<context>
    <name>st::PooledEer</name>
    <message>
        <source>the trial list has no scores (column CosScore or score): score the trials before computing pooled EERs</source>
        <translation>seznam pokusů nemá skóre (sloupec CosScore nebo score): před výpočtem sdružených EER pokusy ohodnoťte</translation>
    </message>
    <message>
        <source>trial %1 (0-based) has a NaN score: remove or fix that trial</source>
        <translation>pokus %1 (počítáno od 0) má skóre NaN: odstraňte nebo opravte tento pokus</translation>
    </message>
    <message>
        <source>cannot write the EER table: %1</source>
        <translation>tabulku EER nelze zapsat: %1</translation>
    </message>
    <message>
        <source>cannot open the EER table: %1</source>
        <translation>tabulku EER nelze otevřít: %1</translation>
    </message>
    <message>
        <source>unterminated quote</source>
        <translation>neukončené uvozovky</translation>
    </message>
    <message>
        <source>expected the header &apos;,EER&apos;, found &apos;%1&apos;</source>
        <translation>očekávána hlavička &apos;,EER&apos;, nalezeno &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected &apos;label,EER%&apos; with a finite number (or nan), found &apos;%1&apos;</source>
        <translation>očekáváno &apos;label,EER%&apos; s konečným číslem (nebo nan), nalezeno &apos;%1&apos;</translation>
    </message>
    <message>
        <source>empty EER table (expected the header &apos;,EER&apos;)</source>
        <translation>prázdná tabulka EER (očekávána hlavička &apos;,EER&apos;)</translation>
    </message>
    <message>
        <source>cannot create the output folder</source>
        <translation>nelze vytvořit výstupní složku</translation>
    </message>
    <message>
        <source>%1 clips but %2 scores: every clip needs one detection score</source>
        <translation>%1 nahrávek, ale %2 skóre: každá nahrávka potřebuje jedno skóre detekce</translation>
    </message>
    <message>
        <source>detection EER needs bona fide and spoofed clips: found %1 bona fide and %2 spoofed</source>
        <translation>EER detekce potřebuje nahrávky bona fide i podvržené: nalezeno %1 bona fide a %2 podvržených</translation>
    </message>
</context>
<context>
    <name>st::PortAudioOutput</name>
    <message>
        <source>PortAudio could not start: %1</source>
        <translation>PortAudio se nepodařilo spustit: %1</translation>
    </message>
    <message>
        <source>No audio output device was found, so playback is off. Everything else works.</source>
        <translation>Nebylo nalezeno žádné zvukové výstupní zařízení, takže přehrávání je vypnuto. Vše ostatní funguje.</translation>
    </message>
    <message>
        <source>The device &quot;%1&quot; cannot play %2 Hz audio: %3</source>
        <translation>Zařízení &quot;%1&quot; nemůže přehrávat zvuk s %2 Hz: %3</translation>
    </message>
    <message>
        <source>Playback could not start: %1</source>
        <translation>Přehrávání se nepodařilo spustit: %1</translation>
    </message>
</context>
<context>
    <name>st::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Předvolby</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>Systém (%1)</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and messages. Numbers and dates shown follow it; files written (CSV, JSON, reports&apos; data) always use the C locale.</source>
        <translation>Jazyk nabídek, dialogů a zpráv. Zobrazená čísla a data se jím řídí; zapisované soubory (CSV, JSON, data zpráv) vždy používají locale C.</translation>
    </message>
    <message>
        <source>A new language takes effect at the next start of SourceTrace.</source>
        <translation>Nový jazyk se projeví při příštím spuštění SourceTrace.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Jazyk:</translation>
    </message>
</context>
<context>
    <name>st::Protocol</name>
    <message>
        <source>NUL byte in the line (a binary file, or UTF-16 text?): expected UTF-8 text</source>
        <translation>bajt NUL na řádku (binární soubor, nebo text UTF-16?): očekáván text UTF-8</translation>
    </message>
    <message>
        <source>invalid UTF-8 at byte %1 of the line (0x%2): labels and file names must be UTF-8</source>
        <translation>neplatné UTF-8 na bajtu %1 řádku (0x%2): značky a názvy souborů musí být v UTF-8</translation>
    </message>
    <message>
        <source>cannot open the protocol file: %1</source>
        <translation>soubor protokolu nelze otevřít: %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>soubor neexistuje</translation>
    </message>
    <message>
        <source>the header has no column %1 (columns found: %2)</source>
        <translation>hlavička nemá sloupec %1 (nalezené sloupce: %2)</translation>
    </message>
    <message>
        <source>the header names column &apos;%1&apos; twice (columns %2 and %3)</source>
        <translation>hlavička uvádí sloupec &apos;%1&apos; dvakrát (sloupce %2 a %3)</translation>
    </message>
    <message>
        <source>the trial list has a header (line %1) and no rows</source>
        <translation>seznam pokusů má hlavičku (řádek %1), ale žádné řádky</translation>
    </message>
    <message>
        <source>the protocol file has a header (line %1) and no rows</source>
        <translation>soubor protokolu má hlavičku (řádek %1), ale žádné řádky</translation>
    </message>
    <message>
        <source>expected %1 tab-separated fields as in the header on line %2 (%3), found %4</source>
        <translation>očekáváno %1 polí oddělených tabulátorem jako v hlavičce na řádku %2 (%3), nalezeno %4</translation>
    </message>
    <message>
        <source>empty &apos;file&apos; or &apos;attack&apos; field</source>
        <translation>prázdné pole &apos;file&apos; nebo &apos;attack&apos;</translation>
    </message>
    <message>
        <source>file &apos;%1&apos; is listed twice (first on line %2)</source>
        <translation>soubor &apos;%1&apos; je uveden dvakrát (poprvé na řádku %2)</translation>
    </message>
    <message>
        <source>the protocol is empty (expected a header line: file attack ...)</source>
        <translation>protokol je prázdný (očekáván řádek hlavičky: file attack ...)</translation>
    </message>
    <message>
        <source>expected 5 fields &apos;speaker file - attack key&apos; (ASVspoof 2019 LA) or 8 fields &apos;speaker file codec transmission attack key trim phase&apos; (ASVspoof 2021 LA), found %1</source>
        <translation>očekáváno 5 polí &apos;speaker file - attack key&apos; (ASVspoof 2019 LA) nebo 8 polí &apos;speaker file codec transmission attack key trim phase&apos; (ASVspoof 2021 LA), nalezeno %1</translation>
    </message>
    <message>
        <source>key must be &apos;bonafide&apos; or &apos;spoof&apos;, not &apos;%1&apos;</source>
        <translation>key musí být &apos;bonafide&apos; nebo &apos;spoof&apos;, ne &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a spoof row needs an attack id (e.g. A01) in place of &apos;-&apos;</source>
        <translation>řádek spoof potřebuje místo &apos;-&apos; ID útoku (např. A01)</translation>
    </message>
    <message>
        <source>the protocol is empty (no clip lines)</source>
        <translation>protokol je prázdný (žádné řádky nahrávek)</translation>
    </message>
    <message>
        <source>unterminated quote in the header</source>
        <translation>neukončené uvozovky v hlavičce</translation>
    </message>
    <message>
        <source>unterminated quote (a field opened with &quot; is never closed)</source>
        <translation>neukončené uvozovky (pole otevřené znakem &quot; se nikdy neuzavře)</translation>
    </message>
    <message>
        <source>expected %1 &apos;%2&apos;-separated fields as in the header (%3), found %4</source>
        <translation>očekáváno %1 polí oddělených &apos;%2&apos; jako v hlavičce (%3), nalezeno %4</translation>
    </message>
    <message>
        <source>empty &apos;path&apos; or &apos;model_name&apos; field</source>
        <translation>prázdné pole &apos;path&apos; nebo &apos;model_name&apos;</translation>
    </message>
    <message>
        <source>the protocol is empty (expected a header with path and model_name)</source>
        <translation>protokol je prázdný (očekávána hlavička s path a model_name)</translation>
    </message>
    <message>
        <source>this is a STOPA trial list (trial vs fingerprint), not a clip protocol: read it as trials</source>
        <translation>toto je seznam pokusů STOPA (pokus proti otisku), ne protokol nahrávek: čtěte jej jako trials</translation>
    </message>
    <message>
        <source>the protocol file is empty (no non-blank line)</source>
        <translation>soubor protokolu je prázdný (žádný neprázdný řádek)</translation>
    </message>
    <message>
        <source>unknown protocol format: expected a SourceTrace TSV (header with file and attack), an ASVspoof LA protocol or an MLAAD CSV (header with path and model_name); see docs/protocols.md</source>
        <translation>neznámý formát protokolu: očekáváno TSV SourceTrace (hlavička s file a attack), protokol ASVspoof LA nebo CSV MLAAD (hlavička s path a model_name); viz docs/protocols.md</translation>
    </message>
    <message>
        <source>unterminated quote</source>
        <translation>neukončené uvozovky</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header on line %2, found %3</source>
        <translation>očekáváno %1 polí jako v hlavičce na řádku %2, nalezeno %3</translation>
    </message>
    <message>
        <source>column %1 must be True/False or 1/0, not &apos;%2&apos;</source>
        <translation>sloupec %1 musí být True/False nebo 1/0, ne &apos;%2&apos;</translation>
    </message>
    <message>
        <source>empty %1 field</source>
        <translation>prázdné pole %1</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a finite number</source>
        <translation>%1 &apos;%2&apos; není konečné číslo</translation>
    </message>
    <message>
        <source>the trial list is empty (expected a header with FileName, AbstractModel, ATK, IsTargetATK, IsTargetAcousticModel, IsTargetVocoderModel)</source>
        <translation>seznam pokusů je prázdný (očekávána hlavička s FileName, AbstractModel, ATK, IsTargetATK, IsTargetAcousticModel, IsTargetVocoderModel)</translation>
    </message>
    <message>
        <source>trial &apos;%1&apos; vs &apos;%2&apos; is listed twice (first on line %3)</source>
        <translation>pokus &apos;%1&apos; proti &apos;%2&apos; je uveden dvakrát (poprvé na řádku %3)</translation>
    </message>
    <message>
        <source>the header line has no column `file` (columns are tab-separated)</source>
        <translation>řádek hlavičky nemá sloupec `file` (sloupce se oddělují tabulátorem)</translation>
    </message>
    <message>
        <source>no `file` value in this row</source>
        <translation>v tomto řádku není hodnota `file`</translation>
    </message>
    <message>
        <source>the protocol is empty (a header line with a column `file` is needed)</source>
        <translation>protokol je prázdný (je potřeba řádek hlavičky se sloupcem `file`)</translation>
    </message>
</context>
<context>
    <name>st::PthReader</name>
    <message>
        <source>data.pkl ends without a STOP opcode (file truncated?)</source>
        <translation>data.pkl končí bez operačního kódu STOP (soubor zkrácen?)</translation>
    </message>
    <message>
        <source>data.pkl refers to %1 at byte %2, which is not part of a plain state dict of tensors</source>
        <translation>data.pkl odkazuje na bajtu %2 na %1, které nepatří do prostého state dict tenzorů</translation>
    </message>
    <message>
        <source>BUILD on a %1 at byte %2 (expected the state dict)</source>
        <translation>BUILD na %1 na bajtu %2 (očekáván state dict)</translation>
    </message>
    <message>
        <source>stack underflow at byte %1</source>
        <translation>podtečení zásobníku na bajtu %1</translation>
    </message>
    <message>
        <source>SETITEMS with an odd number of items at byte %1</source>
        <translation>SETITEMS s lichým počtem položek na bajtu %1</translation>
    </message>
    <message>
        <source>STOP with %1 values on the stack</source>
        <translation>STOP s %1 hodnotami na zásobníku</translation>
    </message>
    <message>
        <source>data.pkl uses pickle opcode 0x%1 at byte %2, which this reader does not support (a plain state dict of tensors is expected)</source>
        <translation>data.pkl používá na bajtu %2 operační kód pickle 0x%1, který tato čtečka nepodporuje (očekává se prostý state dict tenzorů)</translation>
    </message>
    <message>
        <source>data.pkl ends in the middle of an opcode (file truncated?)</source>
        <translation>data.pkl končí uprostřed operačního kódu (soubor zkrácen?)</translation>
    </message>
    <message>
        <source>data.pkl ends inside a GLOBAL opcode (file truncated?)</source>
        <translation>data.pkl končí uvnitř operačního kódu GLOBAL (soubor zkrácen?)</translation>
    </message>
    <message>
        <source>pickle stack underflow at byte %1</source>
        <translation>podtečení zásobníku pickle na bajtu %1</translation>
    </message>
    <message>
        <source>no MARK before byte %1</source>
        <translation>žádný MARK před bajtem %1</translation>
    </message>
    <message>
        <source>memo entry %1 used before it was set (byte %2)</source>
        <translation>položka memo %1 použita dříve, než byla nastavena (bajt %2)</translation>
    </message>
    <message>
        <source>SETITEM(S) on a %1 at byte %2</source>
        <translation>SETITEM(S) na %1 na bajtu %2</translation>
    </message>
    <message>
        <source>REDUCE of a %1 at byte %2</source>
        <translation>REDUCE na %1 na bajtu %2</translation>
    </message>
    <message>
        <source>OrderedDict built with arguments at byte %1</source>
        <translation>OrderedDict vytvořený s argumenty na bajtu %1</translation>
    </message>
    <message>
        <source>malformed _rebuild_tensor_v2 arguments at byte %1</source>
        <translation>chybné argumenty _rebuild_tensor_v2 na bajtu %1</translation>
    </message>
    <message>
        <source>negative size or stride in a tensor at byte %1</source>
        <translation>záporná velikost nebo krok v tenzoru na bajtu %1</translation>
    </message>
    <message>
        <source>a tensor at byte %1 has an impossible shape (more than %2 elements or an overflowing stride)</source>
        <translation>tenzor na bajtu %1 má nemožný tvar (více než %2 prvků nebo přetékající krok)</translation>
    </message>
    <message>
        <source>a tensor at byte %1 views %2 elements of a storage of %3 (an overlapping or broadcast view, which state dicts never hold)</source>
        <translation>tenzor na bajtu %1 zobrazuje %2 prvků úložiště o %3 prvcích (překrývající se nebo rozšířený pohled, který state dict nikdy neobsahuje)</translation>
    </message>
    <message>
        <source>a tensor at byte %1 reaches past the end of its storage %2</source>
        <translation>tenzor na bajtu %1 přesahuje konec svého úložiště %2</translation>
    </message>
    <message>
        <source>REDUCE of %1 at byte %2 is not supported</source>
        <translation>REDUCE na %1 na bajtu %2 není podporováno</translation>
    </message>
    <message>
        <source>unexpected persistent id at byte %1 (expected a storage record)</source>
        <translation>neočekávané trvalé ID na bajtu %1 (očekáván záznam úložiště)</translation>
    </message>
    <message>
        <source>the archive has no record %1 for a storage</source>
        <translation>archiv nemá záznam %1 pro úložiště</translation>
    </message>
    <message>
        <source>cannot read record %1: %2</source>
        <translation>záznam %1 nelze přečíst: %2</translation>
    </message>
    <message>
        <source>record %1 holds %2 bytes, too few for its storage of %3 elements</source>
        <translation>záznam %1 obsahuje %2 bajtů, příliš málo pro úložiště o %3 prvcích</translation>
    </message>
    <message>
        <source>record %1 holds %2 bytes, its storage needs %3</source>
        <translation>záznam %1 obsahuje %2 bajtů, jeho úložiště potřebuje %3</translation>
    </message>
    <message>
        <source>tensor %1 is %2, not an integer type</source>
        <translation>tenzor %1 je typu %2, ne celočíselného typu</translation>
    </message>
    <message>
        <source>the checkpoint file does not exist</source>
        <translation>soubor checkpointu neexistuje</translation>
    </message>
    <message>
        <source>the checkpoint is not a readable file</source>
        <translation>checkpoint není čitelný soubor</translation>
    </message>
    <message>
        <source>the checkpoint file is empty</source>
        <translation>soubor checkpointu je prázdný</translation>
    </message>
    <message>
        <source>not a readable PyTorch zip checkpoint (truncated, or saved in another format?): %1</source>
        <translation>není čitelný zip checkpoint PyTorch (zkrácený nebo uložený v jiném formátu?): %1</translation>
    </message>
    <message>
        <source>not a readable PyTorch zip checkpoint: %1</source>
        <translation>není čitelný zip checkpoint PyTorch: %1</translation>
    </message>
    <message>
        <source>tensors are stored %1-endian; only little-endian is supported</source>
        <translation>tenzory jsou uloženy v pořadí %1-endian; podporováno je jen little-endian</translation>
    </message>
    <message>
        <source>the archive has no data.pkl record: not a torch.save checkpoint</source>
        <translation>archiv nemá záznam data.pkl: není to checkpoint torch.save</translation>
    </message>
    <message>
        <source>data.pkl holds a %1, not a state dict</source>
        <translation>data.pkl obsahuje %1, ne state dict</translation>
    </message>
    <message>
        <source>the state dict has an entry that is not name -&gt; tensor (%1 -&gt; %2)</source>
        <translation>state dict má položku, která není název -&gt; tenzor (%1 -&gt; %2)</translation>
    </message>
    <message>
        <source>cannot read the checkpoint archive: %1</source>
        <translation>archiv checkpointu nelze přečíst: %1</translation>
    </message>
</context>
<context>
    <name>st::Quadrature</name>
    <message>
        <source>Gauss-Legendre needs at least 1 node (got %1)</source>
        <translation>Gauss-Legendre potřebuje alespoň 1 uzel (zadáno %1)</translation>
    </message>
    <message>
        <source>the trapezoidal rule needs at least 2 steps (got %1)</source>
        <translation>lichoběžníkové pravidlo potřebuje alespoň 2 kroky (zadáno %1)</translation>
    </message>
    <message>
        <source>Gauss-Legendre needs at least 1 step (got %1)</source>
        <translation>Gauss-Legendre potřebuje alespoň 1 krok (zadáno %1)</translation>
    </message>
</context>
<context>
    <name>st::QualityMeasures</name>
    <message>
        <source>lossy codec (%1): its artefacts can mask or mimic those of a synthesiser</source>
        <translation>ztrátový kodek (%1): jeho artefakty mohou zakrýt nebo napodobit artefakty syntezátoru</translation>
    </message>
    <message>
        <source>band-limited to ~%1 kHz: telephone-band or narrowband codec likely</source>
        <translation>pásmo omezeno na ~%1 kHz: pravděpodobně telefonní pásmo nebo úzkopásmový kodek</translation>
    </message>
    <message>
        <source>band-limited to ~%1 kHz: a wideband codec (G.722, AMR-WB) or a 16 kHz source likely</source>
        <translation>pásmo omezeno na ~%1 kHz: pravděpodobně širokopásmový kodek (G.722, AMR-WB) nebo zdroj 16 kHz</translation>
    </message>
    <message>
        <source>band-limited to ~%1 kHz: possibly decoded from a lossy codec (MP3 and AAC encoders low-pass there) or resampled</source>
        <translation>pásmo omezeno na ~%1 kHz: možná dekódováno ze ztrátového kodeku (kodéry MP3 a AAC zde filtrují dolní propustí) nebo převzorkováno</translation>
    </message>
    <message>
        <source>sampled at %1 kHz: narrowband (telephone rate), nothing above %2 kHz can be present</source>
        <translation>vzorkováno na %1 kHz: úzké pásmo (telefonní frekvence), nic nad %2 kHz nemůže být přítomno</translation>
    </message>
    <message>
        <source>sampled at %1 kHz: narrowband, nothing above %2 kHz can be present</source>
        <translation>vzorkováno na %1 kHz: úzké pásmo, nic nad %2 kHz nemůže být přítomno</translation>
    </message>
    <message>
        <source>content reaches only %1 kHz of the %2 kHz a %3 kHz rate allows: upsampled from %4 kHz (or low-pass filtered) likely</source>
        <translation>obsah sahá jen do %1 kHz z %2 kHz, které frekvence %3 kHz umožňuje: pravděpodobně převzorkováno nahoru z %4 kHz (nebo filtrováno dolní propustí)</translation>
    </message>
    <message>
        <source>content reaches only %1 kHz of the %2 kHz a %3 kHz rate allows: low-pass filtered</source>
        <translation>obsah sahá jen do %1 kHz z %2 kHz, které frekvence %3 kHz umožňuje: filtrováno dolní propustí</translation>
    </message>
    <message numerus="yes">
        <source>%n non-finite sample(s) were taken as 0</source>
        <translation>
            <numerusform>%n vzorek s nekonečnou hodnotou nebo NaN byl nahrazen 0</numerusform>
            <numerusform>%n vzorky s nekonečnou hodnotou nebo NaN byly nahrazeny 0</numerusform>
            <numerusform>%n vzorků s nekonečnou hodnotou nebo NaN bylo nahrazeno 0</numerusform>
        </translation>
    </message>
    <message>
        <source>the selection&apos;s start and end must be numbers of seconds</source>
        <translation>začátek a konec výběru musí být počty sekund</translation>
    </message>
    <message>
        <source>the selection starts at %1 s, before the start of the recording</source>
        <translation>výběr začíná v %1 s, před začátkem záznamu</translation>
    </message>
    <message>
        <source>the selection is empty: it ends at %1 s, not after its start at %2 s</source>
        <translation>výběr je prázdný: končí v %1 s, ne až po svém začátku v %2 s</translation>
    </message>
    <message>
        <source>the selection starts at %1 s, after the end of the recording (%2 s)</source>
        <translation>výběr začíná v %1 s, za koncem záznamu (%2 s)</translation>
    </message>
    <message>
        <source>the selection %1-%2 s holds no sample</source>
        <translation>výběr %1-%2 s neobsahuje žádný vzorek</translation>
    </message>
    <message>
        <source>G.711 mu-law, telephone companding</source>
        <translation>G.711 µ-law, telefonní kompandování</translation>
    </message>
    <message>
        <source>G.711 A-law, telephone companding</source>
        <translation>G.711 A-law, telefonní kompandování</translation>
    </message>
    <message>
        <source>GSM 06.10, telephone</source>
        <translation>GSM 06.10, telefon</translation>
    </message>
    <message>
        <source>G.72x ADPCM, telephone</source>
        <translation>G.72x ADPCM, telefon</translation>
    </message>
    <message>
        <source>NMS ADPCM, telephone</source>
        <translation>NMS ADPCM, telefon</translation>
    </message>
    <message>
        <source>cannot measure quality: the sample rate must be positive (it is %1)</source>
        <translation>kvalitu nelze měřit: vzorkovací frekvence musí být kladná (je %1)</translation>
    </message>
    <message>
        <source>measuring the quality</source>
        <translation>měření kvality</translation>
    </message>
    <message>
        <source>measure a shorter selection (--start/--end)</source>
        <translation>měřte kratší výběr (--start/--end)</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>musí být číslo</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>musí být celé číslo</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>musí být true nebo false</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>musí být řetězec</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>musí být pole řetězců</translation>
    </message>
    <message>
        <source>must be an array of [start, end] pairs</source>
        <translation>musí být pole dvojic [začátek, konec]</translation>
    </message>
</context>
<context>
    <name>st::QualityThresholds</name>
    <message>
        <source>quality thresholds are not valid JSON (%1 at offset %2)</source>
        <translation>prahy kvality nejsou platný JSON (%1 na pozici %2)</translation>
    </message>
    <message>
        <source>quality thresholds must be a JSON object, e.g. {&quot;minSnrDb&quot;: 15}</source>
        <translation>prahy kvality musí být objekt JSON, např. {&quot;minSnrDb&quot;: 15}</translation>
    </message>
    <message>
        <source>cannot open the quality thresholds: %1</source>
        <translation>prahy kvality nelze otevřít: %1</translation>
    </message>
    <message>
        <source>quality thresholds over 1 MB: not a thresholds file</source>
        <translation>prahy kvality přes 1 MB: nejde o soubor prahů</translation>
    </message>
</context>
<context>
    <name>st::QualityThresholdsDialog</name>
    <message>
        <source>Quality thresholds of the case</source>
        <translation>Prahy kvality případu</translation>
    </message>
    <message>
        <source>Evidence below these limits is flagged in the Case dock and the report. The limits in force are stored with every analysis; a change is logged in the audit log. The default model&apos;s LR needs a bandwidth of at least 3562.5 Hz whatever is set here (docs/quality.md).</source>
        <translation>Důkazy pod těmito mezemi se označí v panelu Případ a ve zprávě. Platné meze se ukládají s každou analýzou; změna se zaznamená do auditního protokolu. LR výchozího modelu potřebuje šířku pásma alespoň 3562,5 Hz bez ohledu na to, co je zde nastaveno (docs/quality.md).</translation>
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
        <translation>Poměr řeči a šumu alespoň</translation>
    </message>
    <message>
        <source>Net speech at least</source>
        <translation>Čistá řeč alespoň</translation>
    </message>
    <message>
        <source>Clipped samples at most (fraction)</source>
        <translation>Ořezané vzorky nejvýše (podíl)</translation>
    </message>
    <message>
        <source>|DC offset| at most (full scale)</source>
        <translation>|Stejnosměrná složka| nejvýše (plná úroveň)</translation>
    </message>
    <message>
        <source>Effective bandwidth at least</source>
        <translation>Efektivní šířka pásma alespoň</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Jen pro čtení: %1</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Výchozí</translation>
    </message>
</context>
<context>
    <name>st::QualityVerdict</name>
    <message>
        <source>The selection holds no samples: there is nothing to examine</source>
        <translation>Výběr neobsahuje žádné vzorky: není co zkoumat</translation>
    </message>
    <message>
        <source>The recording holds no samples: there is nothing to examine</source>
        <translation>Záznam neobsahuje žádné vzorky: není co zkoumat</translation>
    </message>
    <message>
        <source>The selection is digitally silent (every sample is 0): there is no speech to examine</source>
        <translation>Výběr je digitálně tichý (každý vzorek je 0): není žádná řeč ke zkoumání</translation>
    </message>
    <message>
        <source>The recording is digitally silent (every sample is 0): there is no speech to examine</source>
        <translation>Záznam je digitálně tichý (každý vzorek je 0): není žádná řeč ke zkoumání</translation>
    </message>
    <message>
        <source>No speech was found in the selection (net speech 0.0 s; the case requires %1 s)</source>
        <translation>Ve výběru nebyla nalezena žádná řeč (čistá řeč 0.0 s; případ vyžaduje %1 s)</translation>
    </message>
    <message>
        <source>No speech was found in the recording (net speech 0.0 s; the case requires %1 s)</source>
        <translation>V záznamu nebyla nalezena žádná řeč (čistá řeč 0.0 s; případ vyžaduje %1 s)</translation>
    </message>
    <message>
        <source>The signal-to-noise ratio cannot be measured: no speech was found</source>
        <translation>Poměr signálu k šumu nelze změřit: nebyla nalezena žádná řeč</translation>
    </message>
    <message>
        <source>Net speech is %1 s, below the %2 s the case requires</source>
        <translation>Čistá řeč je %1 s, méně než %2 s, které případ vyžaduje</translation>
    </message>
    <message>
        <source>The signal-to-noise ratio is %1 dB, below the %2 dB the case requires</source>
        <translation>Poměr signálu k šumu je %1 dB, méně než %2 dB, které případ vyžaduje</translation>
    </message>
    <message>
        <source>The signal-to-noise ratio is %1 dB, below the %2 dB the case requires (a lower bound: the selection has no pause to measure the noise in)</source>
        <translation>Poměr signálu k šumu je %1 dB, méně než %2 dB, které případ vyžaduje (dolní mez: výběr nemá pauzu, ve které by šlo změřit šum)</translation>
    </message>
    <message>
        <source>The signal-to-noise ratio is %1 dB, below the %2 dB the case requires (a lower bound: the recording has no pause to measure the noise in)</source>
        <translation>Poměr signálu k šumu je %1 dB, méně než %2 dB, které případ vyžaduje (dolní mez: záznam nemá pauzu, ve které by šlo změřit šum)</translation>
    </message>
    <message>
        <source>The effective bandwidth is %1 Hz, below the %2 Hz the case requires</source>
        <translation>Efektivní šířka pásma je %1 Hz, méně než %2 Hz, které případ vyžaduje</translation>
    </message>
    <message>
        <source>The effective bandwidth cannot be measured (the selection is too short or too quiet: no 512-sample block within 40 dB of its loudest 10 ms); the case requires %1 Hz</source>
        <translation>Efektivní šířku pásma nelze změřit (výběr je příliš krátký nebo tichý: žádný blok 512 vzorků neleží do 40 dB od jeho nejhlasitějších 10 ms); případ vyžaduje %1 Hz</translation>
    </message>
    <message>
        <source>The effective bandwidth cannot be measured (the recording is too short or too quiet: no 512-sample block within 40 dB of its loudest 10 ms); the case requires %1 Hz</source>
        <translation>Efektivní šířku pásma nelze změřit (záznam je příliš krátký nebo tichý: žádný blok 512 vzorků neleží do 40 dB od jeho nejhlasitějších 10 ms); případ vyžaduje %1 Hz</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the samples of channel %2 are clipped (%n run(s) at full scale, the longest %3 samples = %4 ms), above the %5 the case allows</source>
        <translation>
            <numerusform>%1 vzorků kanálu %2 je ořezáno (%n úsek na plné úrovni, nejdelší %3 vzorků = %4 ms), více než %5, které případ připouští</numerusform>
            <numerusform>%1 vzorků kanálu %2 je ořezáno (%n úseky na plné úrovni, nejdelší %3 vzorků = %4 ms), více než %5, které případ připouští</numerusform>
            <numerusform>%1 vzorků kanálu %2 je ořezáno (%n úseků na plné úrovni, nejdelší %3 vzorků = %4 ms), více než %5, které případ připouští</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the samples are clipped (%n run(s) at full scale, the longest %2 samples = %3 ms), above the %4 the case allows</source>
        <translation>
            <numerusform>%1 vzorků je ořezáno (%n úsek na plné úrovni, nejdelší %2 vzorků = %3 ms), více než %4, které případ připouští</numerusform>
            <numerusform>%1 vzorků je ořezáno (%n úseky na plné úrovni, nejdelší %2 vzorků = %3 ms), více než %4, které případ připouští</numerusform>
            <numerusform>%1 vzorků je ořezáno (%n úseků na plné úrovni, nejdelší %2 vzorků = %3 ms), více než %4, které případ připouští</numerusform>
        </translation>
    </message>
    <message>
        <source>The DC offset is %1%2 of full scale, above the %3 the case allows</source>
        <translation>Stejnosměrná složka (DC) je %1%2 plné úrovně, více než %3, které případ připouští</translation>
    </message>
    <message>
        <source>Codec: %1</source>
        <translation>Kodek: %1</translation>
    </message>
    <message>
        <source>Sample rate: %1</source>
        <translation>Vzorkovací frekvence: %1</translation>
    </message>
    <message>
        <source>The file: %1</source>
        <translation>Soubor: %1</translation>
    </message>
</context>
<context>
    <name>st::RecentFilesMenu</name>
    <message>
        <source>(none)</source>
        <translation>(žádné)</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Vymazat seznam</translation>
    </message>
</context>
<context>
    <name>st::Resampler</name>
    <message>
        <source>cannot resample from %1 Hz to %2 Hz: rates must be positive</source>
        <translation>nelze převzorkovat z %1 Hz na %2 Hz: frekvence musí být kladné</translation>
    </message>
    <message>
        <source>resampling from %1 Hz to %2 Hz failed (libsoxr: %3)</source>
        <translation>převzorkování z %1 Hz na %2 Hz selhalo (libsoxr: %3)</translation>
    </message>
    <message>
        <source>resampling failed (libsoxr: %1)</source>
        <translation>převzorkování selhalo (libsoxr: %1)</translation>
    </message>
</context>
<context>
    <name>st::SafeApplication</name>
    <message>
        <source>out of memory while handling an event; the last action was abandoned</source>
        <translation>při zpracování události došla paměť; poslední akce byla opuštěna</translation>
    </message>
    <message>
        <source>an unknown error occurred while handling an event; the last action was abandoned</source>
        <translation>při zpracování události došlo k neznámé chybě; poslední akce byla opuštěna</translation>
    </message>
    <message>
        <source>SourceTrace</source>
        <translation>SourceTrace</translation>
    </message>
    <message>
        <source>An action failed and was abandoned; SourceTrace keeps running.

%1</source>
        <translation>Akce selhala a byla opuštěna; SourceTrace běží dál.

%1</translation>
    </message>
</context>
<context>
    <name>st::Safetensors</name>
    <message>
        <source>cannot write weights: the tensor name &quot;%1&quot; appears twice</source>
        <translation>váhy nelze zapsat: název tenzoru &quot;%1&quot; se vyskytuje dvakrát</translation>
    </message>
    <message>
        <source>cannot write weights: tensor &quot;%1&quot; has a negative dimension</source>
        <translation>váhy nelze zapsat: tenzor &quot;%1&quot; má záporný rozměr</translation>
    </message>
    <message>
        <source>cannot write weights: tensor &quot;%1&quot; has %2 values for a shape of %3</source>
        <translation>váhy nelze zapsat: tenzor &quot;%1&quot; má %2 hodnot pro tvar %3</translation>
    </message>
    <message>
        <source>cannot write weights: %1</source>
        <translation>váhy nelze zapsat: %1</translation>
    </message>
    <message>
        <source>cannot read the weights: %1</source>
        <translation>váhy nelze přečíst: %1</translation>
    </message>
    <message>
        <source>not a safetensors file: %1 bytes, shorter than its 8-byte header length</source>
        <translation>není soubor safetensors: %1 bajtů, kratší než jeho 8bajtová délka hlavičky</translation>
    </message>
    <message>
        <source>not a safetensors file or truncated: its header claims %1 bytes, the file has %2</source>
        <translation>není soubor safetensors nebo je zkrácený: hlavička uvádí %1 bajtů, soubor má %2</translation>
    </message>
    <message>
        <source>the safetensors header is not a JSON object (%1)</source>
        <translation>hlavička safetensors není objekt JSON (%1)</translation>
    </message>
    <message>
        <source>cannot read the tensor data (%1 of %2 bytes)</source>
        <translation>data tenzorů nelze přečíst (%1 z %2 bajtů)</translation>
    </message>
    <message>
        <source>__metadata__ must be an object of strings</source>
        <translation>__metadata__ musí být objekt řetězců</translation>
    </message>
    <message>
        <source>__metadata__.%1 must be a string</source>
        <translation>__metadata__.%1 musí být řetězec</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: its header entry is not an object</source>
        <translation>tenzor &quot;%1&quot;: jeho položka v hlavičce není objekt</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: unsupported dtype &quot;%2&quot;</source>
        <translation>tenzor &quot;%1&quot;: nepodporovaný dtype &quot;%2&quot;</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: needs a shape array and two data_offsets</source>
        <translation>tenzor &quot;%1&quot;: potřebuje pole shape a dva data_offsets</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: a dimension is not a non-negative integer</source>
        <translation>tenzor &quot;%1&quot;: rozměr není nezáporné celé číslo</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: its shape is too large</source>
        <translation>tenzor &quot;%1&quot;: jeho tvar je příliš velký</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: data_offsets [%2, %3] lie outside the %4 bytes of data</source>
        <translation>tenzor &quot;%1&quot;: data_offsets [%2, %3] leží mimo %4 bajtů dat</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: %2 bytes for a shape of %3 %4 values</source>
        <translation>tenzor &quot;%1&quot;: %2 bajtů pro tvar %3 hodnot typu %4</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: its data are not aligned to its element size</source>
        <translation>tenzor &quot;%1&quot;: jeho data nejsou zarovnána na velikost prvku</translation>
    </message>
    <message>
        <source>the tensors&apos; data ranges overlap or leave gaps (at byte %1)</source>
        <translation>datové rozsahy tenzorů se překrývají nebo nechávají mezery (na bajtu %1)</translation>
    </message>
    <message>
        <source>%1 bytes of data follow the last tensor</source>
        <translation>za posledním tenzorem následuje %1 bajtů dat</translation>
    </message>
</context>
<context>
    <name>st::SampleSource</name>
    <message>
        <source>channel %1 does not exist (the file has %2)</source>
        <translation>kanál %1 neexistuje (soubor má %2)</translation>
    </message>
</context>
<context>
    <name>st::ScoreFile</name>
    <message>
        <source>cannot open the score file: %1</source>
        <translation>soubor skóre nelze otevřít: %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>soubor neexistuje</translation>
    </message>
    <message>
        <source>unterminated quote in the header</source>
        <translation>neukončené uvozovky v hlavičce</translation>
    </message>
    <message>
        <source>the header has two %1 columns (%2 and %3)</source>
        <translation>hlavička má dva sloupce %1 (%2 a %3)</translation>
    </message>
    <message>
        <source>a CSV score file needs a header with &apos;file&apos; and &apos;score&apos; columns</source>
        <translation>soubor skóre CSV potřebuje hlavičku se sloupci &apos;file&apos; a &apos;score&apos;</translation>
    </message>
    <message>
        <source>unterminated quote</source>
        <translation>neukončené uvozovky</translation>
    </message>
    <message>
        <source>expected %1 comma-separated fields as in the header on line %2, found %3</source>
        <translation>očekáváno %1 polí oddělených čárkou jako v hlavičce na řádku %2, nalezeno %3</translation>
    </message>
    <message>
        <source>expected &apos;file score&apos;, found %1 fields</source>
        <translation>očekáváno &apos;file score&apos;, nalezeno %1 polí</translation>
    </message>
    <message>
        <source>score &apos;%1&apos; is not a finite number</source>
        <translation>skóre &apos;%1&apos; není konečné číslo</translation>
    </message>
    <message>
        <source>empty file name</source>
        <translation>prázdný název souboru</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is scored twice (first on line %2)</source>
        <translation>&apos;%1&apos; má skóre dvakrát (poprvé na řádku %2)</translation>
    </message>
    <message>
        <source>the score file is empty</source>
        <translation>soubor skóre je prázdný</translation>
    </message>
    <message>
        <source>the score file has a header (line %1) and no rows</source>
        <translation>soubor skóre má hlavičku (řádek %1), ale žádné řádky</translation>
    </message>
    <message>
        <source>no score for clip &apos;%1&apos; of the protocol</source>
        <translation>pro nahrávku &apos;%1&apos; protokolu není skóre</translation>
    </message>
    <message>
        <source>clip &apos;%1&apos; of the protocol has no exact score line and its base name &apos;%2&apos; matches several scored files: use the protocol&apos;s names</source>
        <translation>nahrávka &apos;%1&apos; protokolu nemá přesný řádek skóre a její základní název &apos;%2&apos; odpovídá několika ohodnoceným souborům: použijte názvy z protokolu</translation>
    </message>
    <message>
        <source>the score of &apos;%1&apos; would count for two clips of the protocol (&apos;%2&apos; and &apos;%3&apos;): use the protocol&apos;s names</source>
        <translation>skóre &apos;%1&apos; by se počítalo pro dvě nahrávky protokolu (&apos;%2&apos; a &apos;%3&apos;): použijte názvy z protokolu</translation>
    </message>
</context>
<context>
    <name>st::ScoreFusion</name>
    <message>
        <source>fusion needs at least one detector</source>
        <translation>fúze potřebuje alespoň jeden detektor</translation>
    </message>
    <message>
        <source>fusion: %1 detector names for %2 score lists</source>
        <translation>fúze: %1 názvů detektorů pro %2 seznamů skóre</translation>
    </message>
    <message>
        <source>fusion: detector %1 has an empty name</source>
        <translation>fúze: detektor %1 má prázdný název</translation>
    </message>
    <message>
        <source>fusion: detector &apos;%1&apos; is named twice</source>
        <translation>fúze: detektor &apos;%1&apos; je uveden dvakrát</translation>
    </message>
    <message>
        <source>fusion: detector &apos;%1&apos; scores %2 trials, &apos;%3&apos; scores %4 (every trial needs every detector)</source>
        <translation>fúze: detektor &apos;%1&apos; hodnotí %2 pokusů, &apos;%3&apos; hodnotí %4 (každý pokus potřebuje každý detektor)</translation>
    </message>
    <message>
        <source>fusion needs finite scores: detector &apos;%1&apos;, trial %2 is %3</source>
        <translation>fúze potřebuje konečná skóre: detektor &apos;%1&apos;, pokus %2 je %3</translation>
    </message>
    <message>
        <source>fusion prior must lie strictly between 0 and 1, not %1</source>
        <translation>apriorní pravděpodobnost fúze musí ležet ostře mezi 0 a 1, ne %1</translation>
    </message>
    <message>
        <source>fusion regulariser must be a finite number &gt;= 0, not %1</source>
        <translation>regularizátor fúze musí být konečné číslo &gt;= 0, ne %1</translation>
    </message>
    <message>
        <source>fusion: %1 labels for %2 trials</source>
        <translation>fúze: %1 značek pro %2 pokusů</translation>
    </message>
    <message>
        <source>fusion needs at least 2 target and 2 non-target trials, not %1 and %2</source>
        <translation>fúze potřebuje alespoň 2 cílové a 2 necílové pokusy, ne %1 a %2</translation>
    </message>
    <message>
        <source>fusion model takes %1 scores, not %2</source>
        <translation>model fúze přijímá %1 skóre, ne %2</translation>
    </message>
    <message>
        <source>the fusion model fuses detectors %1; missing: %2; not in the model: %3</source>
        <translation>model fúze slučuje detektory %1; chybí: %2; nejsou v modelu: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>žádné</translation>
    </message>
    <message>
        <source>fusion model key &apos;%1&apos;: %2</source>
        <translation>klíč &apos;%1&apos; modelu fúze: %2</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>chybí</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>neznámý klíč</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;</source>
        <translation>očekáváno &quot;%1&quot;</translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation>není konečné číslo</translation>
    </message>
    <message>
        <source>not a count</source>
        <translation>není počet</translation>
    </message>
    <message>
        <source>not a string</source>
        <translation>není řetězec</translation>
    </message>
    <message>
        <source>not an array</source>
        <translation>není pole</translation>
    </message>
    <message>
        <source>every entry must be a non-empty name</source>
        <translation>každá položka musí být neprázdný název</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed twice</source>
        <translation>&apos;%1&apos; je uveden dvakrát</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>prázdné</translation>
    </message>
    <message>
        <source>every entry must be a finite number</source>
        <translation>každá položka musí být konečné číslo</translation>
    </message>
    <message>
        <source>%1 weights for %2 detectors</source>
        <translation>%1 vah pro %2 detektorů</translation>
    </message>
    <message>
        <source>must lie strictly between 0 and 1</source>
        <translation>musí ležet ostře mezi 0 a 1</translation>
    </message>
    <message>
        <source>must be &gt;= 0</source>
        <translation>musí být &gt;= 0</translation>
    </message>
    <message>
        <source>not true/false</source>
        <translation>není true/false</translation>
    </message>
    <message>
        <source>the fusion model file exists already (refusing to overwrite it)</source>
        <translation>soubor modelu fúze již existuje (přepsání se odmítá)</translation>
    </message>
    <message>
        <source>cannot write the fusion model: %1</source>
        <translation>model fúze nelze zapsat: %1</translation>
    </message>
    <message>
        <source>cannot open the fusion model: %1</source>
        <translation>model fúze nelze otevřít: %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>soubor neexistuje</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>neplatný JSON na pozici %1: %2</translation>
    </message>
    <message>
        <source>a fusion model is a JSON object</source>
        <translation>model fúze je objekt JSON</translation>
    </message>
    <message>
        <source>fusion: %1 detector names for %2 score files</source>
        <translation>fúze: %1 názvů detektorů pro %2 souborů skóre</translation>
    </message>
    <message>
        <source>detector &apos;%1&apos; is given twice</source>
        <translation>detektor &apos;%1&apos; je zadán dvakrát</translation>
    </message>
    <message>
        <source>the score of %1 is %2: fusion needs finite scores</source>
        <translation>skóre %1 je %2: fúze potřebuje konečná skóre</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>nelze otevřít: %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>nelze číst: %1</translation>
    </message>
    <message>
        <source>fusion: the evaluation needs bona fide and spoofed clips (%1 and %2)</source>
        <translation>fúze: vyhodnocení potřebuje nahrávky bona fide i podvržené (%1 a %2)</translation>
    </message>
    <message>
        <source>fusion: the score of detector &apos;%1&apos; is %2</source>
        <translation>fúze: skóre detektoru &apos;%1&apos; je %2</translation>
    </message>
</context>
<context>
    <name>st::ScoreHistogramChart</name>
    <message>
        <source>Score distributions</source>
        <translation>Rozdělení skóre</translation>
    </message>
    <message>
        <source>Score histogram</source>
        <translation>Histogram skóre</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Skóre</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Hustota</translation>
    </message>
    <message>
        <source>Score distributions: %1</source>
        <translation>Rozdělení skóre: %1</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cílové</translation>
    </message>
    <message>
        <source>non-target</source>
        <translation>necílové</translation>
    </message>
</context>
<context>
    <name>st::ScoreTimelineLayer</name>
    <message>
        <source>No detection yet: choose a model and press Detect</source>
        <translation>Zatím žádná detekce: zvolte model a stiskněte Detekovat</translation>
    </message>
    <message>
        <source>score</source>
        <translation>skóre</translation>
    </message>
    <message>
        <source>↑ bona fide</source>
        <translation>↑ bona fide</translation>
    </message>
    <message>
        <source>↑ spoof</source>
        <translation>↑ spoof</translation>
    </message>
    <message>
        <source>↓ spoof</source>
        <translation>↓ spoof</translation>
    </message>
    <message>
        <source>↓ bona fide</source>
        <translation>↓ bona fide</translation>
    </message>
    <message>
        <source>window %1/%2 %3–%4 s: score %5 (%6)</source>
        <translation>okno %1/%2 %3–%4 s: skóre %5 (%6)</translation>
    </message>
    <message>
        <source>bona fide side</source>
        <translation>strana bona fide</translation>
    </message>
    <message>
        <source>spoof side</source>
        <translation>strana spoof</translation>
    </message>
    <message>
        <source>Detection score</source>
        <translation>Skóre detekce</translation>
    </message>
</context>
<context>
    <name>st::ScoringBackend</name>
    <message>
        <source>nothing to enrol: the enrolment set has no sources</source>
        <translation>nic k zápisu: sada zápisu nemá žádné zdroje</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; has no enrolment embeddings</source>
        <translation>zdroj &apos;%1&apos; nemá žádné embeddingy zápisu</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; has an embedding of dimension %2, expected %3</source>
        <translation>zdroj &apos;%1&apos; má embedding dimenze %2, očekáváno %3</translation>
    </message>
    <message>
        <source>%1 scoring: no sources enrolled</source>
        <translation>hodnocení %1: nejsou zapsány žádné zdroje</translation>
    </message>
    <message>
        <source>%1 scoring: the embedding has dimension %2 but the enrolled sources have %3</source>
        <translation>hodnocení %1: embedding má dimenzi %2, ale zapsané zdroje mají %3</translation>
    </message>
</context>
<context>
    <name>st::Sha256</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>nelze přečíst: %1</translation>
    </message>
    <message>
        <source>read error after %1 bytes: %2</source>
        <translation>chyba čtení po %1 bajtech: %2</translation>
    </message>
    <message>
        <source>file changed while hashing (%1 bytes read, %2 expected)</source>
        <translation>soubor se během hashování změnil (přečteno %1 bajtů, očekáváno %2)</translation>
    </message>
</context>
<context>
    <name>st::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klávesové zkratky</translation>
    </message>
    <message>
        <source>Search actions, keys or menus</source>
        <translation>Hledat akce, klávesy nebo nabídky</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Akce</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Zkratka</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Nabídka</translation>
    </message>
    <message>
        <source>Another action has this shortcut too</source>
        <translation>Tuto zkratku má i jiná akce</translation>
    </message>
    <message>
        <source>Shortcuts in red are used by more than one action.</source>
        <translation>Zkratky označené červeně používá více než jedna akce.</translation>
    </message>
    <message>
        <source>Made from the window&apos;s actions. Mouse gestures (wheel zoom, drag to select, Shift+drag to pan) are listed in docs/gui.md.</source>
        <translation>Vytvořeno z akcí okna. Gesta myší (zoom kolečkem, výběr tažením, posun pomocí Shift+tažení) jsou uvedena v docs/gui.md.</translation>
    </message>
</context>
<context>
    <name>st::Slurm</name>
    <message>
        <source>no command to run (cluster submit COMMAND ARGS... --shards N)</source>
        <translation>žádný příkaz ke spuštění (cluster submit COMMAND ARGS... --shards N)</translation>
    </message>
    <message>
        <source>--shards must be between 1 and 100000 (got %1)</source>
        <translation>--shards musí být mezi 1 a 100000 (zadáno %1)</translation>
    </message>
    <message>
        <source>train runs as one job: --shards must be 1 (got %1)</source>
        <translation>train běží jako jedna úloha: --shards musí být 1 (zadáno %1)</translation>
    </message>
    <message>
        <source>--cpus must be between 1 and 4096 (got %1)</source>
        <translation>--cpus musí být mezi 1 a 4096 (zadáno %1)</translation>
    </message>
    <message>
        <source>--gpus must be between 0 and 64 (got %1)</source>
        <translation>--gpus musí být mezi 0 a 64 (zadáno %1)</translation>
    </message>
    <message>
        <source>--job-name may hold letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only (got &quot;%1&quot;)</source>
        <translation>--job-name smí obsahovat jen písmena, číslice, &apos;.&apos;, &apos;_&apos; a &apos;-&apos; (zadáno &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; cannot go into an #SBATCH line (spaces, quotes, &apos;#&apos; or control characters)</source>
        <translation>--%1 &quot;%2&quot; nelze vložit do řádku #SBATCH (mezery, uvozovky, &apos;#&apos; nebo řídicí znaky)</translation>
    </message>
    <message>
        <source>the path of sourcetrace-cli and the working directory must be known</source>
        <translation>cesta k sourcetrace-cli a pracovní adresář musí být známy</translation>
    </message>
    <message>
        <source>give --shards N to cluster submit, not --shard (each task gets its own)</source>
        <translation>zadejte cluster submit --shards N, ne --shard (každá úloha dostane vlastní)</translation>
    </message>
    <message>
        <source>empty array range &quot;%1&quot;</source>
        <translation>prázdný rozsah pole &quot;%1&quot;</translation>
    </message>
    <message>
        <source>not an array range: &quot;%1&quot;</source>
        <translation>není rozsah pole: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>sbatch printed no job id (its output: &quot;%1&quot;)</source>
        <translation>sbatch nevypsal ID úlohy (jeho výstup: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>cannot write (%1)</source>
        <translation>nelze zapsat (%1)</translation>
    </message>
    <message>
        <source>absent: is %1 a folder written by `sourcetrace-cli cluster submit`?</source>
        <translation>chybí: je %1 složka zapsaná příkazem `sourcetrace-cli cluster submit`?</translation>
    </message>
    <message>
        <source>cannot read (%1)</source>
        <translation>nelze číst (%1)</translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>není JSON (%1 na bajtu %2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>není objekt JSON</translation>
    </message>
    <message>
        <source>format: not &quot;sourcetrace-cluster-1&quot;</source>
        <translation>format: není &quot;sourcetrace-cluster-1&quot;</translation>
    </message>
    <message>
        <source>%1: missing or not a string</source>
        <translation>%1: chybí nebo není řetězec</translation>
    </message>
    <message>
        <source>%1: missing or not an integer in [%2, %3]</source>
        <translation>%1: chybí nebo není celé číslo v [%2, %3]</translation>
    </message>
    <message>
        <source>arguments: missing or not an array</source>
        <translation>arguments: chybí nebo není pole</translation>
    </message>
    <message>
        <source>arguments: an element is not a string</source>
        <translation>arguments: některý prvek není řetězec</translation>
    </message>
    <message>
        <source>submissions: missing or not an array</source>
        <translation>submissions: chybí nebo není pole</translation>
    </message>
    <message>
        <source>%1: not an object</source>
        <translation>%1: není objekt</translation>
    </message>
    <message>
        <source>arrayJob: &quot;%1&quot; is not a Slurm job id</source>
        <translation>arrayJob: &quot;%1&quot; není ID úlohy Slurm</translation>
    </message>
    <message>
        <source>mergeJob: &quot;%1&quot; is not a Slurm job id</source>
        <translation>mergeJob: &quot;%1&quot; není ID úlohy Slurm</translation>
    </message>
    <message>
        <source>array: shard %1 is not below shards (%2)</source>
        <translation>array: shard %1 není menší než shards (%2)</translation>
    </message>
    <message>
        <source>not a &quot;%1&quot; line: &quot;%2&quot;</source>
        <translation>není řádek &quot;%1&quot;: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Slurm job id</source>
        <translation>&quot;%1&quot; není ID úlohy Slurm</translation>
    </message>
</context>
<context>
    <name>st::SortedScores</name>
    <message>
        <source>no target scores: a detection metric needs at least one target and one non-target score</source>
        <translation>žádná cílová skóre: metrika detekce potřebuje alespoň jedno cílové a jedno necílové skóre</translation>
    </message>
    <message>
        <source>no non-target scores: a detection metric needs at least one target and one non-target score</source>
        <translation>žádná necílová skóre: metrika detekce potřebuje alespoň jedno cílové a jedno necílové skóre</translation>
    </message>
    <message>
        <source>target score %1 (0-based) is NaN: remove or fix that trial</source>
        <translation>cílové skóre %1 (počítáno od 0) je NaN: odstraňte nebo opravte tento pokus</translation>
    </message>
    <message>
        <source>non-target score %1 (0-based) is NaN: remove or fix that trial</source>
        <translation>necílové skóre %1 (počítáno od 0) je NaN: odstraňte nebo opravte tento pokus</translation>
    </message>
</context>
<context>
    <name>st::SourceLevel</name>
    <message>
        <source>unknown source level &apos;%1&apos; (use attack, acoustic_model, vocoder or codec)</source>
        <translation>neznámá úroveň zdroje &apos;%1&apos; (použijte attack, acoustic_model, vocoder nebo codec)</translation>
    </message>
</context>
<context>
    <name>st::SpectralConfig</name>
    <message>
        <source>cannot read the network config: %1</source>
        <translation>konfiguraci sítě nelze přečíst: %1</translation>
    </message>
    <message>
        <source>a network config is a small JSON file (at most 1 MiB)</source>
        <translation>konfigurace sítě je malý soubor JSON (nejvýše 1 MiB)</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>není platný JSON: %1</translation>
    </message>
    <message>
        <source>a network config must be a JSON object</source>
        <translation>konfigurace sítě musí být objekt JSON</translation>
    </message>
    <message>
        <source>must be an array of 1 to 6 channel counts</source>
        <translation>musí být pole 1 až 6 počtů kanálů</translation>
    </message>
    <message>
        <source>every entry must be an integer in [2, 1024]</source>
        <translation>každá položka musí být celé číslo v [2, 1024]</translation>
    </message>
    <message>
        <source>must be a non-empty array of heads</source>
        <translation>musí být neprázdné pole hlav</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>musí být objekt</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>musí být neprázdný řetězec</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by two heads</source>
        <translation>&quot;%1&quot; používají dvě hlavy</translation>
    </message>
    <message>
        <source>must be an array of class names</source>
        <translation>musí být pole názvů tříd</translation>
    </message>
    <message>
        <source>every class name must be a non-empty string</source>
        <translation>každý název třídy musí být neprázdný řetězec</translation>
    </message>
    <message>
        <source>a head needs at least two classes (it has %1)</source>
        <translation>hlava potřebuje alespoň dvě třídy (má %1)</translation>
    </message>
    <message>
        <source>class names must be unique</source>
        <translation>názvy tříd musí být jedinečné</translation>
    </message>
    <message>
        <source>ocsoftmax needs exactly two classes (bona fide first)</source>
        <translation>ocsoftmax potřebuje přesně dvě třídy (bona fide první)</translation>
    </message>
    <message>
        <source>%1 filters need at least as many STFT bins (there are %2)</source>
        <translation>%1 filtrů potřebuje alespoň stejný počet binů STFT (je jich %2)</translation>
    </message>
</context>
<context>
    <name>st::SpectralNet</name>
    <message>
        <source>network config: %1 features per frame cannot pass %2 pooling stages (each halves the frequency axis)</source>
        <translation>konfigurace sítě: %1 příznaků na rámec nemůže projít %2 stupni poolingu (každý půlí frekvenční osu)</translation>
    </message>
    <message>
        <source>%1 (file %2, network [%3])</source>
        <translation>%1 (soubor %2, síť [%3])</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>chybí: %1</translation>
    </message>
    <message>
        <source>wrong shape: %1</source>
        <translation>chybný tvar: %1</translation>
    </message>
    <message>
        <source>unexpected: %1</source>
        <translation>neočekávané: %1</translation>
    </message>
    <message>
        <source>the weights do not fit the network (%1)</source>
        <translation>váhy neodpovídají síti (%1)</translation>
    </message>
    <message>
        <source>forward: all waveforms of a batch must have the same length (%1 and %2 samples)</source>
        <translation>dopředný průchod: všechny průběhy v dávce musí mít stejnou délku (%1 a %2 vzorků)</translation>
    </message>
    <message>
        <source>forward: a waveform of %1 samples is too short; the model needs at least %2 samples</source>
        <translation>dopředný průchod: průběh o %1 vzorcích je příliš krátký; model potřebuje alespoň %2 vzorků</translation>
    </message>
    <message>
        <source>model &quot;%1&quot;: a native-spectral model needs a configFile (the network config JSON)</source>
        <translation>model &quot;%1&quot;: model native-spectral potřebuje configFile (konfiguraci sítě v JSON)</translation>
    </message>
    <message>
        <source>model &quot;%1&quot;: classNames (%2) differ from the primary head&apos;s classes in %3 (%4)</source>
        <translation>model &quot;%1&quot;: classNames (%2) se liší od tříd primární hlavy v %3 (%4)</translation>
    </message>
    <message>
        <source>model &quot;%1&quot;: embeddingDim is %2 but the network config gives %3</source>
        <translation>model &quot;%1&quot;: embeddingDim je %2, ale konfigurace sítě dává %3</translation>
    </message>
</context>
<context>
    <name>st::Spectrogram</name>
    <message>
        <source>spectrogram fftSize must be a power of two from 256 to 8192 (got %1)</source>
        <translation>fftSize spektrogramu musí být mocnina dvou od 256 do 8192 (zadáno %1)</translation>
    </message>
    <message>
        <source>spectrogram hop must be at least 1 sample (got %1)</source>
        <translation>hop spektrogramu musí být alespoň 1 vzorek (zadáno %1)</translation>
    </message>
    <message>
        <source>spectrogram melBands must be from 1 to fftSize/2+1 = %1 (got %2)</source>
        <translation>melBands spektrogramu musí být od 1 do fftSize/2+1 = %1 (zadáno %2)</translation>
    </message>
    <message>
        <source>melFilterbank: need 0 &lt;= fmin &lt; fmax (got %1, %2)</source>
        <translation>melFilterbank: je potřeba 0 &lt;= fmin &lt; fmax (zadáno %1, %2)</translation>
    </message>
    <message>
        <source>spectrogram sample rate must be positive (got %1)</source>
        <translation>vzorkovací frekvence spektrogramu musí být kladná (zadáno %1)</translation>
    </message>
    <message>
        <source>FFTW could not make a plan for an FFT of size %1</source>
        <translation>FFTW nedokázala vytvořit plán pro FFT velikosti %1</translation>
    </message>
</context>
<context>
    <name>st::SpectrogramExport</name>
    <message>
        <source>spectrogram export: the matrix has %1 values, not frames x bins = %2 x %3</source>
        <translation>export spektrogramu: matice má %1 hodnot, ne rámce x koše = %2 x %3</translation>
    </message>
    <message>
        <source>spectrogram export: %1 bins, but the parameters give %2</source>
        <translation>export spektrogramu: %1 košů, ale parametry dávají %2</translation>
    </message>
    <message>
        <source>spectrogram export: sample rate must be positive</source>
        <translation>export spektrogramu: vzorkovací frekvence musí být kladná</translation>
    </message>
    <message>
        <source>cannot open for writing: %1</source>
        <translation>nelze otevřít pro zápis: %1</translation>
    </message>
    <message>
        <source>write failed: %1</source>
        <translation>zápis selhal: %1</translation>
    </message>
    <message>
        <source>could not finish writing: %1</source>
        <translation>zápis nebylo možné dokončit: %1</translation>
    </message>
</context>
<context>
    <name>st::SpectrogramLayer</name>
    <message>
        <source>%1 Hz (bin %2, centre %3 Hz)</source>
        <translation>%1 Hz (třída %2, střed %3 Hz)</translation>
    </message>
    <message>
        <source>: %1 dB</source>
        <translation>: %1 dB</translation>
    </message>
    <message>
        <source>Spectrogram</source>
        <translation>Spektrogram</translation>
    </message>
    <message>
        <source>dB auto</source>
        <translation>dB automaticky</translation>
    </message>
</context>
<context>
    <name>st::SpectrogramSettingsPanel</name>
    <message>
        <source>Window length in samples: longer = finer frequency, coarser time.</source>
        <translation>Délka okna ve vzorcích: delší = jemnější frekvence, hrubší čas.</translation>
    </message>
    <message>
        <source>1/%1 window</source>
        <translation>1/%1 okna</translation>
    </message>
    <message>
        <source>Step between analysis frames, as a fraction of the window.</source>
        <translation>Krok mezi analyzačními rámci jako zlomek okna.</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Lineární</translation>
    </message>
    <message>
        <source>Mel</source>
        <translation>Mel</translation>
    </message>
    <message>
        <source>Fixed dB range</source>
        <translation>Pevný rozsah dB</translation>
    </message>
    <message>
        <source>On: a colour always means the same level, in every file and view.
Off: the ceiling follows the loudest visible value (the range stays).</source>
        <translation>Zapnuto: barva znamená vždy stejnou úroveň, v každém souboru a pohledu.
Vypnuto: horní mez sleduje nejhlasitější viditelnou hodnotu (rozsah zůstává).</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Okno:</translation>
    </message>
    <message>
        <source>FFT size:</source>
        <translation>Velikost FFT:</translation>
    </message>
    <message>
        <source>Hop:</source>
        <translation>Posun:</translation>
    </message>
    <message>
        <source>Frequency:</source>
        <translation>Frekvence:</translation>
    </message>
    <message>
        <source>Mel bands:</source>
        <translation>Pásma Mel:</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Barvy:</translation>
    </message>
    <message>
        <source>Floor:</source>
        <translation>Dolní mez:</translation>
    </message>
    <message>
        <source>Ceiling:</source>
        <translation>Horní mez:</translation>
    </message>
    <message>
        <source>Gain:</source>
        <translation>Zesílení:</translation>
    </message>
</context>
<context>
    <name>st::SpectrogramTiles</name>
    <message>
        <source>spectrogram tiles: the sample source is not valid (rate %1)</source>
        <translation>dlaždice spektrogramu: zdroj vzorků není platný (frekvence %1)</translation>
    </message>
    <message>
        <source>spectrogram tiles: framesPerTile must be at least 1 (got %1)</source>
        <translation>dlaždice spektrogramu: framesPerTile musí být alespoň 1 (zadáno %1)</translation>
    </message>
</context>
<context>
    <name>st::StopaFingerprintCsv</name>
    <message>
        <source>cannot open the fingerprint CSV: %1</source>
        <translation>CSV otisků nelze otevřít: %1</translation>
    </message>
    <message>
        <source>%1 bytes: larger than any fingerprint CSV this reader takes (%2 MiB)</source>
        <translation>%1 bajtů: větší než jakékoli CSV otisků, které tento čtecí modul přijme (%2 MiB)</translation>
    </message>
    <message>
        <source>larger than any fingerprint CSV this reader takes (%1 MiB)</source>
        <translation>větší než jakékoli CSV otisků, které tento čtecí modul přijme (%1 MiB)</translation>
    </message>
    <message>
        <source>empty file: expected a header &apos;file,0,1,...&apos;</source>
        <translation>prázdný soubor: očekávána hlavička &apos;file,0,1,...&apos;</translation>
    </message>
    <message>
        <source>header must be &apos;file,0,1,...,D-1&apos; (STOPA fingerprint CSV)</source>
        <translation>hlavička musí být &apos;file,0,1,...,D-1&apos; (CSV otisků STOPA)</translation>
    </message>
    <message>
        <source>header column %1 must be &apos;%2&apos;, not &apos;%3&apos;</source>
        <translation>sloupec hlavičky %1 musí být &apos;%2&apos;, ne &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1 fields, expected %2 (name and %3 values)</source>
        <translation>%1 polí, očekáváno %2 (název a %3 hodnot)</translation>
    </message>
    <message>
        <source>empty source name in column &apos;file&apos;</source>
        <translation>prázdný název zdroje ve sloupci &apos;file&apos;</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; appears twice</source>
        <translation>zdroj &apos;%1&apos; se vyskytuje dvakrát</translation>
    </message>
    <message>
        <source>column %1 (&apos;%2&apos;) is not a finite float32 number</source>
        <translation>sloupec %1 (&apos;%2&apos;) není konečné číslo float32</translation>
    </message>
    <message>
        <source>fingerprints of different dimensions cannot share one CSV</source>
        <translation>otisky různých dimenzí nemohou sdílet jedno CSV</translation>
    </message>
    <message>
        <source>source name &apos;%1&apos; cannot be written to a STOPA CSV (no commas, line breaks or empty names; the format has no quoting): rename the source first</source>
        <translation>název zdroje &apos;%1&apos; nelze zapsat do CSV STOPA (žádné čárky, zalomení řádků ani prázdné názvy; formát nezná uvozovky): nejprve zdroj přejmenujte</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>nelze zapsat: %1</translation>
    </message>
</context>
<context>
    <name>st::TippettChart</name>
    <message>
        <source>Tippett plot</source>
        <translation>Tippettův graf</translation>
    </message>
    <message>
        <source>log10 LR (x)</source>
        <translation>log10 LR (x)</translation>
    </message>
    <message>
        <source>Proportion of LRs &gt;= x</source>
        <translation>Podíl LR &gt;= x</translation>
    </message>
    <message>
        <source>Tippett plot: %1</source>
        <translation>Tippettův graf: %1</translation>
    </message>
    <message>
        <source>Tippett plot: %1 (uncalibrated scores taken as LLRs)</source>
        <translation>Tippettův graf: %1 (nekalibrovaná skóre brána jako LLR)</translation>
    </message>
    <message>
        <source>target (%1)</source>
        <translation>cílové (%1)</translation>
    </message>
    <message>
        <source>non-target (%1)</source>
        <translation>necílové (%1)</translation>
    </message>
</context>
<context>
    <name>st::TorchScriptModel</name>
    <message>
        <source>%1 (manifest %2)</source>
        <translation>%1 (manifest %2)</translation>
    </message>
    <message>
        <source>the model returns a %1 of %2 outputs; the manifest&apos;s %3 &quot;%4&quot; is not an index in it</source>
        <translation>model vrací %1 o %2 výstupech; %3 &quot;%4&quot; z manifestu v něm není index</translation>
    </message>
    <message>
        <source>output %1 (%2) is a %3, not a tensor</source>
        <translation>výstup %1 (%2) je %3, ne tenzor</translation>
    </message>
    <message>
        <source>output &quot;%1&quot; (%2) is a %3, not a tensor</source>
        <translation>výstup &quot;%1&quot; (%2) je %3, ne tenzor</translation>
    </message>
    <message>
        <source>the model returns a dict with keys {%1}; the manifest&apos;s %2 &quot;%3&quot; is not one of them</source>
        <translation>model vrací slovník s klíči {%1}; %2 &quot;%3&quot; z manifestu mezi nimi není</translation>
    </message>
    <message>
        <source>the model returns a single tensor; a tuple (embedding, logits) or a dict is needed</source>
        <translation>model vrací jediný tenzor; je potřeba n-tice (embedding, logits) nebo slovník</translation>
    </message>
    <message>
        <source>the model returns a %1; a tuple or dict of tensors is needed</source>
        <translation>model vrací %1; je potřeba n-tice nebo slovník tenzorů</translation>
    </message>
    <message>
        <source>the model failed on an input of shape %1: %2</source>
        <translation>model selhal na vstupu tvaru %1: %2</translation>
    </message>
    <message>
        <source>the embedding output has shape %1 for a batch of %2, but the manifest declares [%2,%3] (embeddingDim)</source>
        <translation>výstup embeddingu má pro dávku o %2 tvar %1, ale manifest uvádí [%2,%3] (embeddingDim)</translation>
    </message>
    <message>
        <source>the logits output has shape %1 for a batch of %2, but the manifest declares [%2,%3] (one per class name)</source>
        <translation>výstup logitů má pro dávku o %2 tvar %1, ale manifest uvádí [%2,%3] (jeden na název třídy)</translation>
    </message>
    <message>
        <source>the manifest&apos;s kind is &quot;%1&quot;, not &quot;torchscript&quot;</source>
        <translation>druh v manifestu je &quot;%1&quot;, ne &quot;torchscript&quot;</translation>
    </message>
    <message>
        <source>TorchScript file not found</source>
        <translation>soubor TorchScript nebyl nalezen</translation>
    </message>
    <message>
        <source>not a loadable TorchScript file: %1</source>
        <translation>není načitatelný soubor TorchScript: %1</translation>
    </message>
    <message>
        <source>the embedding is not finite on the test input</source>
        <translation>embedding není na testovacím vstupu konečný</translation>
    </message>
    <message>
        <source>the logits are not finite on the test input</source>
        <translation>logity nejsou na testovacím vstupu konečné</translation>
    </message>
    <message>
        <source>forward() needs waveforms of equal length (got %1 and %2)</source>
        <translation>forward() potřebuje průběhy stejné délky (zadáno %1 a %2)</translation>
    </message>
    <message>
        <source>forward() got an empty waveform</source>
        <translation>forward() dostal prázdný průběh</translation>
    </message>
</context>
<context>
    <name>st::TraceAnalysis</name>
    <message>
        <source>the embedding holds a non-finite value: no answer for this clip</source>
        <translation>embedding obsahuje hodnotu, která není konečná: pro tuto nahrávku není odpověď</translation>
    </message>
    <message>
        <source>the %1 score of %2 %3 is not finite (%4): no answer for this clip</source>
        <translation>skóre %1 pro %2 %3 není konečné (%4): pro tuto nahrávku není odpověď</translation>
    </message>
    <message>
        <source>the log LR of %1 %2 is not finite (calibration a %3, b %4): no answer for this clip</source>
        <translation>log LR pro %1 %2 není konečný (kalibrace a %3, b %4): pro tuto nahrávku není odpověď</translation>
    </message>
    <message>
        <source>the library is bound to model %1, which is not among the installed models; install its manifest and weights (docs/models.md)</source>
        <translation>knihovna je vázána na model %1, který není mezi nainstalovanými modely; nainstalujte jeho manifest a váhy (docs/models.md)</translation>
    </message>
    <message>
        <source>opening library</source>
        <translation>otevírání knihovny</translation>
    </message>
    <message>
        <source>embedding with %1</source>
        <translation>embedding pomocí %1</translation>
    </message>
    <message>
        <source>scoring (%1)</source>
        <translation>skórování (%1)</translation>
    </message>
    <message>
        <source>validated conditions</source>
        <translation>ověřené podmínky</translation>
    </message>
</context>
<context>
    <name>st::TraceBackend</name>
    <message>
        <source>%1 back-end: parameter %2 must be a number, not &apos;%3&apos;</source>
        <translation>back-end %1: parametr %2 musí být číslo, ne &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1 back-end: unknown parameter &apos;%2&apos; (known: %3)</source>
        <translation>back-end %1: neznámý parametr &apos;%2&apos; (známé: %3)</translation>
    </message>
    <message>
        <source>knn back-end: k must be at least 1, not %1</source>
        <translation>back-end knn: k musí být alespoň 1, ne %1</translation>
    </message>
    <message>
        <source>the library has no enrolled sources to score against</source>
        <translation>knihovna nemá žádné zapsané zdroje, vůči nimž by se dalo hodnotit</translation>
    </message>
    <message>
        <source>%1 back-end, level %2: %3</source>
        <translation>back-end %1, úroveň %2: %3</translation>
    </message>
    <message>
        <source>%1 back-end: nothing to store (it is not trained; it is fitted when tracing)</source>
        <translation>back-end %1: nic k uložení (není natrénovaný; prokládá se při určování zdroje)</translation>
    </message>
    <message>
        <source>%1 back-end: not fitted</source>
        <translation>back-end %1: není proložen</translation>
    </message>
    <message>
        <source>the %1 back-end is trained and this library holds no fit of it: run %2 first</source>
        <translation>back-end %1 je trénovaný a tato knihovna neobsahuje jeho proložení: nejprve spusťte %2</translation>
    </message>
    <message>
        <source>the stored %1 fit of level %2 (%3) was trained on other enrolments than the library holds now (sources or clips changed since): run %4 again</source>
        <translation>uložené proložení %1 úrovně %2 (%3) bylo natrénováno na jiných zápisech, než knihovna obsahuje nyní (zdroje nebo nahrávky se mezitím změnily): spusťte znovu %4</translation>
    </message>
    <message>
        <source>the stored %1 fit of level %2 cannot be used: %3; run %4 again</source>
        <translation>uložené proložení %1 úrovně %2 nelze použít: %3; spusťte znovu %4</translation>
    </message>
    <message>
        <source>the stored %1 fit covers no level that has sources now: run %2 again</source>
        <translation>uložené proložení %1 nepokrývá žádnou úroveň, která nyní má zdroje: spusťte znovu %2</translation>
    </message>
    <message>
        <source>%1 back-end: level %2 is not fitted (no sources at that level?)</source>
        <translation>back-end %1: úroveň %2 není proložena (žádné zdroje na této úrovni?)</translation>
    </message>
    <message>
        <source>unknown scoring back-end &apos;%1&apos; (known: %2)</source>
        <translation>neznámý back-end hodnocení &apos;%1&apos; (známé: %2)</translation>
    </message>
</context>
<context>
    <name>st::TracePanel</name>
    <message>
        <source>Back-end</source>
        <translation>Back-end</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>kosinová</translation>
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
        <translation>MLP (natrénovaný)</translation>
    </message>
    <message>
        <source>Siamese, BCE (trained)</source>
        <translation>Siamský, BCE (natrénovaný)</translation>
    </message>
    <message>
        <source>Siamese, contrastive (trained)</source>
        <translation>Siamský, kontrastivní (natrénovaný)</translation>
    </message>
    <message>
        <source>Siamese, zero-shot (trained)</source>
        <translation>Siamský, zero-shot (natrénovaný)</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Určit zdroj</translation>
    </message>
    <message>
        <source>Level / candidate</source>
        <translation>Úroveň / kandidát</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Skóre</translation>
    </message>
    <message>
        <source>Open a clip, then Trace (Ctrl+T): against the open library, or the default library when none is open.</source>
        <translation>Otevřete nahrávku, pak Určit zdroj (Ctrl+T): vůči otevřené knihovně, nebo vůči výchozí knihovně, když žádná otevřená není.</translation>
    </message>
    <message>
        <source>LR withheld: %1</source>
        <translation>LR zadržen: %1</translation>
    </message>
    <message>
        <source>LR %1 (log10 LR %2): %3 that the clip comes from %4 rather than another enrolled source. Calibrated on %5 (%6 target / %7 non-target trials, %8)</source>
        <translation>LR %1 (log10 LR %2): %3, že nahrávka pochází z %4, a ne z jiného zapsaného zdroje. Kalibrováno na %5 (%6 cílových / %7 necílových pokusů, %8)</translation>
    </message>
    <message>
        <source>unknown source</source>
        <translation>neznámý zdroj</translation>
    </message>
    <message>
        <source>no LR (the library holds no LR calibration for this level and back-end)</source>
        <translation>žádný LR (knihovna pro tuto úroveň a back-end neobsahuje kalibraci LR)</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>nezaznamenán žádný důvod</translation>
    </message>
    <message>
        <source>LR %1 (log10 LR %2) for %3: %4</source>
        <translation>LR %1 (log10 LR %2) pro %3: %4</translation>
    </message>
    <message>
        <source>%1 with %2 against the default library (%3 of %4, read-only). Scores: higher = more likely that source.</source>
        <translation>%1 s %2 vůči výchozí knihovně (%3 z %4, jen pro čtení). Skóre: vyšší = pravděpodobněji tento zdroj.</translation>
    </message>
    <message>
        <source>%1 with %2 against %3 (model %4). Scores: higher = more likely that source.</source>
        <translation>%1 s %2 vůči %3 (model %4). Skóre: vyšší = pravděpodobněji tento zdroj.</translation>
    </message>
    <message>
        <source>%1
The default library ships with the default model; open or create a library to trace against your own sources.</source>
        <translation>%1
Výchozí knihovna se dodává s výchozím modelem; otevřete nebo vytvořte knihovnu, chcete-li určovat zdroj vůči vlastním zdrojům.</translation>
    </message>
    <message>
        <source>   (threshold %1)</source>
        <translation>   (práh %1)</translation>
    </message>
    <message>
        <source>   (no threshold)</source>
        <translation>   (bez prahu)</translation>
    </message>
    <message>
        <source>The best score is at or below the library&apos;s threshold for this level and back-end: the clip&apos;s source is taken to be none of the enrolled ones.</source>
        <translation>Nejlepší skóre je na prahu knihovny pro tuto úroveň a back-end nebo pod ním: za zdroj nahrávky se nepovažuje žádný ze zapsaných zdrojů.</translation>
    </message>
    <message>
        <source>The best score is above the library&apos;s threshold.</source>
        <translation>Nejlepší skóre je nad prahem knihovny.</translation>
    </message>
    <message>
        <source>No open-set threshold is stored for this level and back-end (sourcetrace-cli library calibrate): the best candidate is shown.</source>
        <translation>Pro tuto úroveň a back-end není uložen práh otevřené množiny (sourcetrace-cli library calibrate): zobrazuje se nejlepší kandidát.</translation>
    </message>
    <message>
        <source>The clip is outside the conditions the model was validated under:
%1</source>
        <translation>Nahrávka leží mimo podmínky, za kterých byl model ověřen:
%1</translation>
    </message>
    <message>
        <source>Likelihood ratio from the logistic-regression calibration stored with the library (protocol %1, SHA-256 %2); verbal scale after ENFSI (2015).</source>
        <translation>Poměr věrohodností z kalibrace logistickou regresí uložené s knihovnou (protokol %1, SHA-256 %2); slovní stupnice podle ENFSI (2015).</translation>
    </message>
    <message>
        <source>The clip is outside the validated conditions of %1: ranking and decisions are shown, likelihood ratios are not:</source>
        <translation>Nahrávka leží mimo ověřené podmínky %1: pořadí a rozhodnutí se zobrazují, poměry věrohodností ne:</translation>
    </message>
</context>
<context>
    <name>st::TrainConfig</name>
    <message>
        <source>run configuration not found</source>
        <translation>konfigurace běhu nebyla nalezena</translation>
    </message>
    <message>
        <source>cannot read the run configuration: %1</source>
        <translation>konfiguraci běhu nelze přečíst: %1</translation>
    </message>
    <message>
        <source>a run configuration is a small JSON file (at most 4 MiB)</source>
        <translation>konfigurace běhu je malý soubor JSON (nejvýše 4 MiB)</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>není platný JSON: %1</translation>
    </message>
    <message>
        <source>a run configuration must be a JSON object</source>
        <translation>konfigurace běhu musí být objekt JSON</translation>
    </message>
    <message>
        <source>must be an array of heads</source>
        <translation>musí být pole hlav</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>musí být objekt</translation>
    </message>
    <message>
        <source>must name a level (bonafide, attack, acoustic_model, vocoder, codec or a protocol column)</source>
        <translation>musí uvádět úroveň (bonafide, attack, acoustic_model, vocoder, codec nebo sloupec protokolu)</translation>
    </message>
    <message>
        <source>must be a non-negative integer (or a string of one)</source>
        <translation>musí být nezáporné celé číslo (nebo řetězec s ním)</translation>
    </message>
    <message>
        <source>must be letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;+&apos; or &apos;-&apos; (it is &quot;%1&quot;)</source>
        <translation>smí obsahovat jen písmena, číslice, &apos;.&apos;, &apos;_&apos;, &apos;+&apos; nebo &apos;-&apos; (je &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>is %1 but there are %2 heads</source>
        <translation>je %1, ale hlav je %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has two heads</source>
        <translation>&quot;%1&quot; má dvě hlavy</translation>
    </message>
    <message>
        <source>ocsoftmax learns bona fide vs spoof: its level must be &quot;bonafide&quot;</source>
        <translation>ocsoftmax se učí bona fide vs. spoof: jeho úroveň musí být &quot;bonafide&quot;</translation>
    </message>
    <message>
        <source>an AASIST network&apos;s primary head is its out_layer: its loss must be &quot;ce&quot;</source>
        <translation>primární hlava sítě AASIST je její out_layer: její loss musí být &quot;ce&quot;</translation>
    </message>
    <message>
        <source>must be auto, loss, eer:&lt;head&gt;, accuracy:&lt;head&gt; or pooled-eer:&lt;head&gt; (it is &quot;%1&quot;)</source>
        <translation>musí být auto, loss, eer:&lt;head&gt;, accuracy:&lt;head&gt; nebo pooled-eer:&lt;head&gt; (je &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>names the head &quot;%1&quot;, which is not trained</source>
        <translation>uvádí hlavu &quot;%1&quot;, která se netrénuje</translation>
    </message>
</context>
<context>
    <name>st::TrainJob</name>
    <message>
        <source>epoch %1/%2, batch %3/%4, loss %5</source>
        <translation>epocha %1/%2, dávka %3/%4, loss %5</translation>
    </message>
    <message>
        <source>epoch %1/%2, validating</source>
        <translation>epocha %1/%2, validace</translation>
    </message>
    <message>
        <source>epoch %1/%2, exporting</source>
        <translation>epocha %1/%2, export</translation>
    </message>
    <message>
        <source>epoch %1/%2, %3</source>
        <translation>epocha %1/%2, %3</translation>
    </message>
    <message>
        <source>%1, about %2 left</source>
        <translation>%1, zbývá asi %2</translation>
    </message>
</context>
<context>
    <name>st::TrainedBackends</name>
    <message>
        <source>expected the 6 tensors of a Siamese tower (3 linear layers: encoder.net.{0,2,4}.{weight,bias}), found %1 weight/bias tensors</source>
        <translation>očekáváno 6 tenzorů siamské věže (3 lineární vrstvy: encoder.net.{0,2,4}.{weight,bias}), nalezeno %1 tenzorů vah/biasů</translation>
    </message>
    <message>
        <source>layer %1: expected NAME.weight then NAME.bias, found %2 and %3</source>
        <translation>vrstva %1: očekáváno NAME.weight a pak NAME.bias, nalezeno %2 a %3</translation>
    </message>
    <message>
        <source>layer %1 (%2): weight %3 and bias %4 are not a linear layer</source>
        <translation>vrstva %1 (%2): váha %3 a bias %4 nejsou lineární vrstva</translation>
    </message>
    <message>
        <source>layer %1 (%2) takes %3 inputs but the previous layer gives %4</source>
        <translation>vrstva %1 (%2) přijímá %3 vstupů, ale předchozí vrstva dává %4</translation>
    </message>
    <message>
        <source>layer %1 (%2) holds a non-finite weight</source>
        <translation>vrstva %1 (%2) obsahuje nekonečnou váhu</translation>
    </message>
    <message>
        <source>%1 back-end: parameter %2 must be a number, not &apos;%3&apos;</source>
        <translation>back-end %1: parametr %2 musí být číslo, ne &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1 back-end: %2 must be a whole number from %3 to %4, not &apos;%5&apos;</source>
        <translation>back-end %1: %2 musí být celé číslo od %3 do %4, ne &apos;%5&apos;</translation>
    </message>
    <message>
        <source>%1 back-end: unknown parameter &apos;%2&apos; (known: %3)</source>
        <translation>back-end %1: neznámý parametr &apos;%2&apos; (známé: %3)</translation>
    </message>
    <message>
        <source>%1 back-end: lr must be positive</source>
        <translation>back-end %1: lr musí být kladné</translation>
    </message>
    <message>
        <source>%1 back-end: seed must be a whole number of at least 0</source>
        <translation>back-end %1: seed musí být celé číslo alespoň 0</translation>
    </message>
    <message>
        <source>%1 back-end: margin must be positive</source>
        <translation>back-end %1: margin musí být kladné</translation>
    </message>
    <message>
        <source>a vector of the state is cut or too long</source>
        <translation>vektor stavu je zkrácený nebo příliš dlouhý</translation>
    </message>
    <message>
        <source>not a trained back-end state</source>
        <translation>není stav natrénovaného back-endu</translation>
    </message>
    <message>
        <source>trained back-end state of version %1; this build reads version %2</source>
        <translation>stav natrénovaného back-endu verze %1; toto sestavení čte verzi %2</translation>
    </message>
    <message>
        <source>the state&apos;s header is damaged</source>
        <translation>hlavička stavu je poškozená</translation>
    </message>
    <message>
        <source>the state names a layer of %1 units</source>
        <translation>stav uvádí vrstvu s %1 jednotkami</translation>
    </message>
    <message>
        <source>the state&apos;s network takes %1-d input, its embeddings are %2-d</source>
        <translation>síť stavu přijímá %1-rozměrný vstup, jeho embeddingy jsou %2-rozměrné</translation>
    </message>
    <message>
        <source>the state holds %1 parameters for a network of %2</source>
        <translation>stav obsahuje %1 parametrů pro síť s %2</translation>
    </message>
    <message>
        <source>the state is cut or has bytes after its end</source>
        <translation>stav je zkrácený nebo má za svým koncem bajty</translation>
    </message>
    <message>
        <source>the state holds a non-finite parameter</source>
        <translation>stav obsahuje nekonečný parametr</translation>
    </message>
    <message>
        <source>%1 back-end: training needs at least 2 sources, the level has %2</source>
        <translation>back-end %1: trénování potřebuje alespoň 2 zdroje, úroveň má %2</translation>
    </message>
    <message>
        <source>the stored state is of back-end %1, not %2</source>
        <translation>uložený stav patří back-endu %1, ne %2</translation>
    </message>
    <message>
        <source>%1 back-end: the stored fit was trained on sources %2, the level now has %3; fit it again</source>
        <translation>back-end %1: uložené proložení bylo natrénováno na zdrojích %2, úroveň má nyní %3; proložte jej znovu</translation>
    </message>
    <message>
        <source>%1 back-end: the stored fit takes %2-d embeddings, the library&apos;s are %3-d</source>
        <translation>back-end %1: uložené proložení přijímá %2-rozměrné embeddingy, embeddingy knihovny jsou %3-rozměrné</translation>
    </message>
    <message>
        <source>mlp back-end: the stored state does not fit its %1 sources</source>
        <translation>back-end mlp: uložený stav neodpovídá jeho %1 zdrojům</translation>
    </message>
    <message>
        <source>the tower takes %1-d embeddings; the enrolments are %2-d</source>
        <translation>věž přijímá %1-rozměrné embeddingy; zápisy jsou %2-rozměrné</translation>
    </message>
    <message>
        <source>%1 back-end: the stored state is not a Siamese tower of this kind</source>
        <translation>back-end %1: uložený stav není siamská věž tohoto druhu</translation>
    </message>
    <message>
        <source>%1 back-end: the training loss became %2 at epoch %3 (try a smaller lr)</source>
        <translation>back-end %1: ztráta při trénování se v epoše %3 stala %2 (zkuste menší lr)</translation>
    </message>
    <message>
        <source>the state is of back-end %1</source>
        <translation>stav patří back-endu %1</translation>
    </message>
    <message>
        <source>the state takes %1-d embeddings, the library&apos;s are %2-d</source>
        <translation>stav přijímá %1-rozměrné embeddingy, embeddingy knihovny jsou %2-rozměrné</translation>
    </message>
    <message>
        <source>the MLP&apos;s standardisation or classes do not match its network</source>
        <translation>standardizace nebo třídy MLP neodpovídají jeho síti</translation>
    </message>
    <message>
        <source>the Siamese head does not match its tower</source>
        <translation>siamská hlava neodpovídá své věži</translation>
    </message>
</context>
<context>
    <name>st::Trainer</name>
    <message>
        <source>cannot write: %1</source>
        <translation>nelze zapsat: %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>nelze číst: %1</translation>
    </message>
    <message>
        <source>not a valid JSON object (%1)</source>
        <translation>není platný objekt JSON (%1)</translation>
    </message>
    <message>
        <source>protocols: a training run needs at least one protocol</source>
        <translation>protocols: trénovací běh potřebuje alespoň jeden protokol</translation>
    </message>
    <message>
        <source>no training clips</source>
        <translation>žádné trénovací nahrávky</translation>
    </message>
    <message>
        <source>no validation clips</source>
        <translation>žádné validační nahrávky</translation>
    </message>
    <message>
        <source>heads[%1].level: &quot;%2&quot; is not a level of the protocols</source>
        <translation>heads[%1].level: &quot;%2&quot; není úroveň protokolů</translation>
    </message>
    <message numerus="yes">
        <source>heads[%1].level: &quot;%2&quot; has %n class(es) in the protocols; a head needs two or more</source>
        <translation>
            <numerusform>heads[%1].level: &quot;%2&quot; má v protokolech %n třídu; hlava potřebuje dvě nebo více</numerusform>
            <numerusform>heads[%1].level: &quot;%2&quot; má v protokolech %n třídy; hlava potřebuje dvě nebo více</numerusform>
            <numerusform>heads[%1].level: &quot;%2&quot; má v protokolech %n tříd; hlava potřebuje dvě nebo více</numerusform>
        </translation>
    </message>
    <message>
        <source>heads[%1].loss: ocsoftmax needs the level &quot;bonafide&quot;</source>
        <translation>heads[%1].loss: ocsoftmax potřebuje úroveň &quot;bonafide&quot;</translation>
    </message>
    <message>
        <source>primaryHead: %1 but there are %2 heads</source>
        <translation>primaryHead: %1, ale hlav je %2</translation>
    </message>
    <message>
        <source>selectMetric: the detection EER is measured on the &quot;bonafide&quot; head only</source>
        <translation>selectMetric: EER detekce se měří jen na hlavě &quot;bonafide&quot;</translation>
    </message>
    <message>
        <source>device: &quot;cuda&quot; was asked for, but this LibTorch build has no CUDA or no GPU is present</source>
        <translation>device: bylo požadováno &quot;cuda&quot;, ale toto sestavení LibTorch nemá CUDA nebo není k dispozici GPU</translation>
    </message>
    <message>
        <source>the checkpoint has %1 classes, the primary head needs %2</source>
        <translation>checkpoint má %1 tříd, primární hlava potřebuje %2</translation>
    </message>
    <message>
        <source>cannot write the training log: %1</source>
        <translation>trénovací log nelze zapsat: %1</translation>
    </message>
    <message>
        <source>cannot create the checkpoint folder</source>
        <translation>složku checkpointu nelze vytvořit</translation>
    </message>
    <message>
        <source>cannot move the new checkpoint into place</source>
        <translation>nový checkpoint nelze přesunout na místo</translation>
    </message>
    <message>
        <source>no complete checkpoint to resume from (the run was stopped before its first epoch ended: start it again)</source>
        <translation>chybí úplný checkpoint, ze kterého by šlo pokračovat (běh byl zastaven před koncem první epochy: spusťte ho znovu)</translation>
    </message>
    <message>
        <source>the training loss became %1 at epoch %2, batch %3: lower the learning rate or enable gradient clipping</source>
        <translation>trénovací loss se v epoše %2, dávce %3 stal %1: snižte rychlost učení nebo zapněte ořezávání gradientu</translation>
    </message>
    <message>
        <source>outputDir: a training run needs an output folder</source>
        <translation>outputDir: trénovací běh potřebuje výstupní složku</translation>
    </message>
    <message>
        <source>holds another training run (run.json): resume that run, or choose a new folder</source>
        <translation>obsahuje jiný trénovací běh (run.json): pokračujte v tomto běhu nebo zvolte novou složku</translation>
    </message>
    <message>
        <source>cannot create the run folder</source>
        <translation>složku běhu nelze vytvořit</translation>
    </message>
    <message>
        <source>is not a training run folder (no run.json)</source>
        <translation>není složka trénovacího běhu (chybí run.json)</translation>
    </message>
    <message>
        <source>config: missing</source>
        <translation>config: chybí</translation>
    </message>
    <message>
        <source>changed since the run started (SHA-256 differs from run.json): a resumed run must see the same data</source>
        <translation>změněno od spuštění běhu (SHA-256 se liší od run.json): pokračující běh musí vidět stejná data</translation>
    </message>
    <message>
        <source>cannot read the training log: %1</source>
        <translation>trénovací log nelze přečíst: %1</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 polí, kde hlavička má %2</translation>
    </message>
    <message>
        <source>column %1: &quot;%2&quot; is not a finite number</source>
        <translation>sloupec %1: &quot;%2&quot; není konečné číslo</translation>
    </message>
</context>
<context>
    <name>st::TrainingChart</name>
    <message>
        <source>Loss</source>
        <translation>Ztráta</translation>
    </message>
    <message>
        <source>Validation: detection EER, accuracy</source>
        <translation>Validace: EER detekce, přesnost</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epocha</translation>
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
        <translation>přesn. %1</translation>
    </message>
    <message>
        <source>training</source>
        <translation>trénování</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validace</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validace</translation>
    </message>
</context>
<context>
    <name>st::TrainingData</name>
    <message>
        <source>training data: no protocol given</source>
        <translation>trénovací data: nebyl zadán protokol</translation>
    </message>
    <message>
        <source>a STOPA trial list pairs trial clips with fingerprints and names no clip labels: training needs a clip protocol (SourceTrace TSV, ASVspoof LA, MLAAD)</source>
        <translation>seznam pokusů STOPA páruje nahrávky pokusů s otisky a neuvádí žádné štítky nahrávek: trénování potřebuje protokol nahrávek (SourceTrace TSV, ASVspoof LA, MLAAD)</translation>
    </message>
    <message>
        <source>level &apos;%1&apos;: the protocol gives no %2 labels (it labels: %3)</source>
        <translation>úroveň &apos;%1&apos;: protokol neuvádí žádné štítky %2 (uvádí: %3)</translation>
    </message>
    <message>
        <source>unknown level &apos;%1&apos;: not &apos;bonafide&apos;, a source level (attack, acoustic_model, vocoder, codec) or a column of the protocol (its columns: %2)</source>
        <translation>neznámá úroveň &apos;%1&apos;: není to &apos;bonafide&apos;, úroveň zdroje (attack, acoustic_model, vocoder, codec) ani sloupec protokolu (jeho sloupce: %2)</translation>
    </message>
    <message>
        <source>level &apos;%1&apos; is asked for twice</source>
        <translation>úroveň &apos;%1&apos; je požadována dvakrát</translation>
    </message>
    <message>
        <source>clip &apos;%1&apos; (%2) is also listed in %3</source>
        <translation>nahrávka &apos;%1&apos; (%2) je uvedena také v %3</translation>
    </message>
    <message>
        <source>training data: clip index %1 is out of range (%2 clips)</source>
        <translation>trénovací data: index nahrávky %1 je mimo rozsah (%2 nahrávek)</translation>
    </message>
    <message>
        <source>training data: level %1 is out of range (%2 levels)</source>
        <translation>trénovací data: úroveň %1 je mimo rozsah (%2 úrovní)</translation>
    </message>
    <message>
        <source>split by &apos;%1&apos;: the validation fraction must be in (0, 1), not %2</source>
        <translation>rozdělení podle &apos;%1&apos;: podíl validace musí být v (0, 1), ne %2</translation>
    </message>
    <message>
        <source>cannot split by &apos;%1&apos;: the protocol has no such column (its columns: %2)</source>
        <translation>nelze rozdělit podle &apos;%1&apos;: protokol takový sloupec nemá (jeho sloupce: %2)</translation>
    </message>
    <message numerus="yes">
        <source>cannot split by &apos;%1&apos;: it has %n group(s), at least 2 are needed</source>
        <translation>
            <numerusform>nelze rozdělit podle &apos;%1&apos;: má %n skupinu, jsou potřeba alespoň 2</numerusform>
            <numerusform>nelze rozdělit podle &apos;%1&apos;: má %n skupiny, jsou potřeba alespoň 2</numerusform>
            <numerusform>nelze rozdělit podle &apos;%1&apos;: má %n skupin, jsou potřeba alespoň 2</numerusform>
        </translation>
    </message>
    <message>
        <source>epoch order: balance level %1 is out of range (%2 levels)</source>
        <translation>pořadí epochy: vyvažovací úroveň %1 je mimo rozsah (%2 úrovní)</translation>
    </message>
    <message>
        <source>epoch order: no clip has a label at level &apos;%1&apos; to balance over</source>
        <translation>pořadí epochy: žádná nahrávka nemá štítek na úrovni &apos;%1&apos;, podle kterého by šlo vyvažovat</translation>
    </message>
</context>
<context>
    <name>st::TrainingPanel</name>
    <message>
        <source>Training protocols (SourceTrace TSV, ASVspoof 2019/2021 LA, MLAAD)</source>
        <translation>Trénovací protokoly (SourceTrace TSV, ASVspoof 2019/2021 LA, MLAAD)</translation>
    </message>
    <message>
        <source>Add...</source>
        <translation>Přidat...</translation>
    </message>
    <message>
        <source>Add training protocols</source>
        <translation>Přidat trénovací protokoly</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Odebrat</translation>
    </message>
    <message>
        <source>Remove the selected protocols</source>
        <translation>Odebrat vybrané protokoly</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Protokoly</translation>
    </message>
    <message>
        <source>none: split off the training clips</source>
        <translation>žádný: oddělit od trénovacích nahrávek</translation>
    </message>
    <message>
        <source>Validation protocol(s), separated by &apos;;&apos;. Empty: a share of the training clips is split off by the &apos;split by&apos; column (never by clip alone).</source>
        <translation>Validační protokol(y), oddělené &apos;;&apos;. Prázdné: část trénovacích nahrávek se oddělí podle sloupce &apos;rozdělit podle&apos; (nikdy ne po jednotlivých nahrávkách).</translation>
    </message>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <source>Choose a validation protocol</source>
        <translation>Zvolte validační protokol</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validace</translation>
    </message>
    <message>
        <source>Protocol column whose groups never straddle training and validation (text = the sentence, speaker)</source>
        <translation>Sloupec protokolu, jehož skupiny nikdy nepřesahují přes trénování a validaci (text = věta, mluvčí)</translation>
    </message>
    <message>
        <source>Share of the clips split off for validation</source>
        <translation>Podíl nahrávek oddělených pro validaci</translation>
    </message>
    <message>
        <source>share</source>
        <translation>podíl</translation>
    </message>
    <message>
        <source>Split by</source>
        <translation>Rozdělit podle</translation>
    </message>
    <message>
        <source>each protocol&apos;s folder</source>
        <translation>složka každého protokolu</translation>
    </message>
    <message>
        <source>Choose the folder the protocols&apos; clip paths are relative to</source>
        <translation>Zvolte složku, ke které jsou cesty nahrávek v protokolech relativní</translation>
    </message>
    <message>
        <source>Clip root</source>
        <translation>Kořen nahrávek</translation>
    </message>
    <message>
        <source>Add a protocol to see its levels and clips.</source>
        <translation>Přidejte protokol, abyste viděli jeho úrovně a nahrávky.</translation>
    </message>
    <message>
        <source>The model&apos;s name in the model chooser (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;+&apos;, &apos;-&apos;)</source>
        <translation>Název modelu ve výběru modelů (písmena, číslice, &apos;.&apos;, &apos;_&apos;, &apos;+&apos;, &apos;-&apos;)</translation>
    </message>
    <message>
        <source>Model name</source>
        <translation>Název modelu</translation>
    </message>
    <message>
        <source>a new, empty folder</source>
        <translation>nová, prázdná složka</translation>
    </message>
    <message>
        <source>Where the run writes run.json, log.csv, its checkpoint and the model</source>
        <translation>Kam běh zapíše run.json, log.csv, svůj checkpoint a model</translation>
    </message>
    <message>
        <source>Choose the run folder</source>
        <translation>Zvolte složku běhu</translation>
    </message>
    <message>
        <source>Run folder</source>
        <translation>Složka běhu</translation>
    </message>
    <message>
        <source>Load settings...</source>
        <translation>Načíst nastavení...</translation>
    </message>
    <message>
        <source>Read a run configuration (JSON) into the form</source>
        <translation>Načíst konfiguraci běhu (JSON) do formuláře</translation>
    </message>
    <message>
        <source>Save settings...</source>
        <translation>Uložit nastavení...</translation>
    </message>
    <message>
        <source>Write the form as a run configuration (JSON), for sourcetrace-cli train --config</source>
        <translation>Zapsat formulář jako konfiguraci běhu (JSON) pro sourcetrace-cli train --config</translation>
    </message>
    <message>
        <source>spectral (LFCC + light CNN, fast)</source>
        <translation>spektrální (LFCC + lehká CNN, rychlé)</translation>
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
        <translation>Architektura</translation>
    </message>
    <message>
        <source>none: train from scratch</source>
        <translation>žádný: trénovat od začátku</translation>
    </message>
    <message>
        <source>AASIST: a published checkpoint (.pth) or safetensors to fine-tune from</source>
        <translation>AASIST: publikovaný checkpoint (.pth) nebo safetensors, ze kterého se doladí</translation>
    </message>
    <message>
        <source>Choose a checkpoint to fine-tune</source>
        <translation>Zvolte checkpoint k doladění</translation>
    </message>
    <message>
        <source>Fine-tune from</source>
        <translation>Doladit z</translation>
    </message>
    <message>
        <source>Spectral network: output channels of each stage (1 to 6 stages)</source>
        <translation>Spektrální síť: výstupní kanály každého stupně (1 až 6 stupňů)</translation>
    </message>
    <message>
        <source>Spectral network: embedding size</source>
        <translation>Spektrální síť: velikost embeddingu</translation>
    </message>
    <message>
        <source>embedding</source>
        <translation>embedding</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanály</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Úroveň</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Ztráta</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Váha</translation>
    </message>
    <message>
        <source>One head per level it learns; the primary head&apos;s scores are the model&apos;s scores (the first head, unless loaded settings name another with primaryHead)</source>
        <translation>Jedna hlava na každou úroveň, kterou se učí; skóre primární hlavy jsou skóre modelu (první hlava, pokud načtené nastavení neurčí jinou pomocí primaryHead)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Přidat</translation>
    </message>
    <message>
        <source>Add a head (the next level not trained yet)</source>
        <translation>Přidat hlavu (další dosud netrénovanou úroveň)</translation>
    </message>
    <message>
        <source>Remove the selected heads</source>
        <translation>Odebrat vybrané hlavy</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Všechny úrovně</translation>
    </message>
    <message>
        <source>One ce head per level of the protocols</source>
        <translation>Jedna hlava ce na každou úroveň protokolů</translation>
    </message>
    <message>
        <source>Heads</source>
        <translation>Hlavy</translation>
    </message>
    <message>
        <source>Draw every class of this level equally often</source>
        <translation>Vybírat každou třídu této úrovně stejně často</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Vyvážení</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Augmentace</translation>
    </message>
    <message>
        <source>Augment training clips</source>
        <translation>Augmentovat trénovací nahrávky</translation>
    </message>
    <message>
        <source>off</source>
        <translation>vypnuto</translation>
    </message>
    <message>
        <source>1: convolutive noise</source>
        <translation>1: konvoluční šum</translation>
    </message>
    <message>
        <source>2: impulsive noise</source>
        <translation>2: impulzní šum</translation>
    </message>
    <message>
        <source>3: stationary noise</source>
        <translation>3: stacionární šum</translation>
    </message>
    <message>
        <source>4: 1 + 2 + 3 in series</source>
        <translation>4: 1 + 2 + 3 za sebou</translation>
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
        <translation>8: 1 a 2 paralelně</translation>
    </message>
    <message>
        <source>RawBoost (Tak et al., ICASSP 2022); its other settings come from a loaded configuration (docs/training.md)</source>
        <translation>RawBoost (Tak et al., ICASSP 2022); jeho další nastavení pocházejí z načtené konfigurace (docs/training.md)</translation>
    </message>
    <message>
        <source>RawBoost</source>
        <translation>RawBoost</translation>
    </message>
    <message>
        <source>Chance of additive noise (SNR drawn in the configuration&apos;s range)</source>
        <translation>Pravděpodobnost aditivního šumu (SNR vybrané z rozsahu konfigurace)</translation>
    </message>
    <message>
        <source>Noise probability</source>
        <translation>Pravděpodobnost šumu</translation>
    </message>
    <message>
        <source>RegMixup (clean CE + mixup CE)</source>
        <translation>RegMixup (čistá CE + mixup CE)</translation>
    </message>
    <message>
        <source>Optimisation</source>
        <translation>Optimalizace</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>LibTorch threads</source>
        <translation>Vlákna LibTorch</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochy</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Dávka</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>Výřez</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Rychlost učení</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Vlákna</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Data and run</source>
        <translation>Data a běh</translation>
    </message>
    <message>
        <source>Network and heads</source>
        <translation>Síť a hlavy</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Trénování</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Spustit</translation>
    </message>
    <message>
        <source>Train a new model with these settings</source>
        <translation>Natrénovat nový model s tímto nastavením</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Write a checkpoint and stop (Resume continues)</source>
        <translation>Zapsat checkpoint a zastavit (Navázat pokračuje)</translation>
    </message>
    <message>
        <source>Resume...</source>
        <translation>Navázat...</translation>
    </message>
    <message>
        <source>Continue a run folder from its last checkpoint</source>
        <translation>Pokračovat ve složce běhu od jejího posledního checkpointu</translation>
    </message>
    <message>
        <source>Open run...</source>
        <translation>Otevřít běh...</translation>
    </message>
    <message>
        <source>Show the curves and settings of a run folder</source>
        <translation>Zobrazit křivky a nastavení složky běhu</translation>
    </message>
    <message>
        <source>A level of the protocols, or any protocol column (speaker, ...)</source>
        <translation>Úroveň protokolů nebo libovolný sloupec protokolu (mluvčí, ...)</translation>
    </message>
    <message>
        <source>ce: softmax cross-entropy; aam: additive angular margin; ocsoftmax: one-class (bona fide only); ge2e: generalised end-to-end</source>
        <translation>ce: softmaxová křížová entropie; aam: aditivní úhlový okraj; ocsoftmax: jednotřídní (pouze bona fide); ge2e: generalizovaná end-to-end</translation>
    </message>
    <message>
        <source>none</source>
        <translation>žádné</translation>
    </message>
    <message>
        <source>Training settings</source>
        <translation>Nastavení trénování</translation>
    </message>
    <message>
        <source>Settings read from %1</source>
        <translation>Nastavení načteno z %1</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: nelze zapsat (%2)</translation>
    </message>
    <message>
        <source>Settings written to %1</source>
        <translation>Nastavení zapsáno do %1</translation>
    </message>
    <message>
        <source>Read training protocols</source>
        <translation>Načíst trénovací protokoly</translation>
    </message>
    <message>
        <source>Training protocol</source>
        <translation>Trénovací protokol</translation>
    </message>
    <message>
        <source>training settings</source>
        <translation>nastavení trénování</translation>
    </message>
    <message>
        <source>%1: network.channels: &quot;%2&quot; is not a list of positive whole numbers</source>
        <translation>%1: network.channels: &quot;%2&quot; není seznam kladných celých čísel</translation>
    </message>
    <message>
        <source>%1: protocols: add at least one training protocol</source>
        <translation>%1: protocols: přidejte alespoň jeden trénovací protokol</translation>
    </message>
    <message>
        <source>%1: outputDir: choose a run folder</source>
        <translation>%1: outputDir: zvolte složku běhu</translation>
    </message>
    <message>
        <source>%1: name: a model named &quot;%2&quot; is already offered (%3); choose another model name</source>
        <translation>%1: name: model s názvem &quot;%2&quot; je již nabízen (%3); zvolte jiný název modelu</translation>
    </message>
    <message>
        <source>Train %1</source>
        <translation>Trénovat %1</translation>
    </message>
    <message>
        <source>Resume training</source>
        <translation>Navázat trénování</translation>
    </message>
    <message>
        <source>%1: is not a training run folder (no run.json)</source>
        <translation>%1: není složka trénovacího běhu (chybí run.json)</translation>
    </message>
    <message>
        <source>Resume training in %1</source>
        <translation>Navázat trénování v %1</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>spouštění</translation>
    </message>
    <message>
        <source>Training into %1</source>
        <translation>Trénování do %1</translation>
    </message>
    <message>
        <source>writing a checkpoint and stopping...</source>
        <translation>zápis checkpointu a zastavení...</translation>
    </message>
    <message>
        <source>The run finished (model in %1) but could not be added to the model chooser: %2</source>
        <translation>Běh skončil (model v %1), ale nepodařilo se jej přidat do výběru modelů: %2</translation>
    </message>
    <message>
        <source>done: best epoch %1 of %2</source>
        <translation>hotovo: nejlepší epocha %1 z %2</translation>
    </message>
    <message>
        <source>Model &quot;%1&quot; is in the model chooser; its files are in %2 (run folder %3)</source>
        <translation>Model &quot;%1&quot; je ve výběru modelů; jeho soubory jsou v %2 (složka běhu %3)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>zrušeno</translation>
    </message>
    <message>
        <source>Stopped: the checkpoint is in %1 (Resume continues the run)</source>
        <translation>Zastaveno: checkpoint je v %1 (Navázat pokračuje v běhu)</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>selhalo</translation>
    </message>
    <message>
        <source>%1: cannot create the model folder</source>
        <translation>%1: nelze vytvořit složku modelu</translation>
    </message>
    <message>
        <source>%1: cannot copy to %2</source>
        <translation>%1: nelze zkopírovat do %2</translation>
    </message>
    <message>
        <source>%1: cannot rename to %2</source>
        <translation>%1: nelze přejmenovat na %2</translation>
    </message>
    <message>
        <source>Open run</source>
        <translation>Otevřít běh</translation>
    </message>
    <message>
        <source>%1: is not a training run folder (no run.json, no epochs logged)</source>
        <translation>%1: není složka trénovacího běhu (chybí run.json, nezaznamenány žádné epochy)</translation>
    </message>
    <message>
        <source>%1 epochs logged, best epoch %2</source>
        <translation>zaznamenáno epoch: %1, nejlepší epocha %2</translation>
    </message>
    <message>
        <source>%1 epochs logged</source>
        <translation>zaznamenáno epoch: %1</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Běh %1</translation>
    </message>
    <message>
        <source>Protocols (*.tsv *.txt *.csv);;All files (*)</source>
        <translation>Protokoly (*.tsv *.txt *.csv);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Validation protocol</source>
        <translation>Validační protokol</translation>
    </message>
    <message>
        <source>Run folder (a new, empty folder)</source>
        <translation>Složka běhu (nová, prázdná složka)</translation>
    </message>
    <message>
        <source>Checkpoint to fine-tune</source>
        <translation>Checkpoint k doladění</translation>
    </message>
    <message>
        <source>Checkpoints (*.pth *.pt *.safetensors);;All files (*)</source>
        <translation>Checkpointy (*.pth *.pt *.safetensors);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Load training settings</source>
        <translation>Načíst nastavení trénování</translation>
    </message>
    <message>
        <source>Run configuration (*.json);;All files (*)</source>
        <translation>Konfigurace běhu (*.json);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Save training settings</source>
        <translation>Uložit nastavení trénování</translation>
    </message>
    <message>
        <source>Run configuration (*.json)</source>
        <translation>Konfigurace běhu (*.json)</translation>
    </message>
    <message>
        <source>Resume the run in</source>
        <translation>Navázat běh v</translation>
    </message>
    <message>
        <source>Open a run folder</source>
        <translation>Otevřít složku běhu</translation>
    </message>
</context>
<context>
    <name>st::ValidatedConditions</name>
    <message>
        <source>cannot open: %1</source>
        <translation>nelze otevřít: %1</translation>
    </message>
    <message>
        <source>not a JSON object (%1 at offset %2)</source>
        <translation>není objekt JSON (%1 na pozici %2)</translation>
    </message>
    <message>
        <source>must be 1</source>
        <translation>musí být 1</translation>
    </message>
    <message>
        <source>a and b are both required</source>
        <translation>a i b jsou povinné</translation>
    </message>
    <message>
        <source>must be a file name beside validity.json, not a path</source>
        <translation>musí být název souboru vedle validity.json, ne cesta</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>nelze zapsat: %1</translation>
    </message>
    <message>
        <source>feature_bank must be a non-empty 2-D tensor</source>
        <translation>feature_bank musí být neprázdný 2-D tenzor</translation>
    </message>
    <message>
        <source>feature_bank row %1 is zero or not finite</source>
        <translation>řádek feature_bank %1 je nulový nebo není konečný</translation>
    </message>
    <message>
        <source>has no feature_bank tensor</source>
        <translation>nemá tenzor feature_bank</translation>
    </message>
    <message>
        <source>the embedding has %1 values, the feature bank %2</source>
        <translation>embedding má %1 hodnot, banka příznaků %2</translation>
    </message>
</context>
<context>
    <name>st::ValidityVerdict</name>
    <message>
        <source>the clip lasts %1 s, shorter than the shortest validated duration (%2 s)</source>
        <translation>nahrávka trvá %1 s, což je méně než nejkratší ověřená délka (%2 s)</translation>
    </message>
    <message>
        <source>its bandwidth is %1 Hz, narrower than the narrowest validated bandwidth (%2 Hz)</source>
        <translation>její šířka pásma je %1 Hz, užší než nejužší ověřená šířka pásma (%2 Hz)</translation>
    </message>
    <message>
        <source>its codec (%1) was never trained on (validated: %2)</source>
        <translation>na jejím kodeku (%1) model nikdy nebyl trénován (ověřené: %2)</translation>
    </message>
    <message>
        <source>its in-distribution score (kNN cosine %1) is below the validated range (lowest %2): unlike the training material</source>
        <translation>její skóre v rámci distribuce (kNN kosinová podobnost %1) je pod ověřeným rozsahem (nejnižší %2): neodpovídá trénovacímu materiálu</translation>
    </message>
</context>
<context>
    <name>st::VerbalScale</name>
    <message>
        <source>no support for either proposition</source>
        <translation>žádná podpora pro žádnou z hypotéz</translation>
    </message>
    <message>
        <source>weak support for the proposition</source>
        <translation>slabá podpora hypotézy</translation>
    </message>
    <message>
        <source>moderate support for the proposition</source>
        <translation>mírná podpora hypotézy</translation>
    </message>
    <message>
        <source>moderately strong support for the proposition</source>
        <translation>středně silná podpora hypotézy</translation>
    </message>
    <message>
        <source>strong support for the proposition</source>
        <translation>silná podpora hypotézy</translation>
    </message>
    <message>
        <source>very strong support for the proposition</source>
        <translation>velmi silná podpora hypotézy</translation>
    </message>
    <message>
        <source>extremely strong support for the proposition</source>
        <translation>extrémně silná podpora hypotézy</translation>
    </message>
    <message>
        <source>weak support for the alternative proposition</source>
        <translation>slabá podpora alternativní hypotézy</translation>
    </message>
    <message>
        <source>moderate support for the alternative proposition</source>
        <translation>mírná podpora alternativní hypotézy</translation>
    </message>
    <message>
        <source>moderately strong support for the alternative proposition</source>
        <translation>středně silná podpora alternativní hypotézy</translation>
    </message>
    <message>
        <source>strong support for the alternative proposition</source>
        <translation>silná podpora alternativní hypotézy</translation>
    </message>
    <message>
        <source>very strong support for the alternative proposition</source>
        <translation>velmi silná podpora alternativní hypotézy</translation>
    </message>
    <message>
        <source>extremely strong support for the alternative proposition</source>
        <translation>extrémně silná podpora alternativní hypotézy</translation>
    </message>
</context>
<context>
    <name>st::ViewExporter</name>
    <message>
        <source>could not write the PNG image (check the folder exists and is writable)</source>
        <translation>obrázek PNG nelze zapsat (zkontrolujte, že složka existuje a je zapisovatelná)</translation>
    </message>
    <message>
        <source>could not write the SVG file (check the folder exists and is writable)</source>
        <translation>soubor SVG nelze zapsat (zkontrolujte, že složka existuje a je zapisovatelná)</translation>
    </message>
</context>
<context>
    <name>st::WaveformLayer</name>
    <message>
        <source>sample %1 = %2 (%3)</source>
        <translation>vzorek %1 = %2 (%3)</translation>
    </message>
    <message>
        <source>about min %1 / max %2 (provisional: from probes, a peak may be missed)</source>
        <translation>přibližně min %1 / max %2 (předběžné: ze vzorků, špička může být vynechána)</translation>
    </message>
    <message>
        <source>amplitude: not summarised yet</source>
        <translation>amplituda: zatím neshrnuta</translation>
    </message>
    <message>
        <source>min %1 / max %2 (peak %3)</source>
        <translation>min %1 / max %2 (špička %3)</translation>
    </message>
    <message>
        <source>Waveform</source>
        <translation>Průběh signálu</translation>
    </message>
</context>
<context>
    <name>st::WithheldLrBox</name>
    <message>
        <source>Likelihood ratio withheld</source>
        <translation>Poměr věrohodností zadržen</translation>
    </message>
</context>
<context>
    <name>st::ZipDirectory</name>
    <message>
        <source>not a valid zip archive: %1</source>
        <translation>není platný archiv zip: %1</translation>
    </message>
    <message>
        <source>too short (%1 bytes) to hold a zip directory</source>
        <translation>příliš krátký (%1 bajtů) na to, aby obsahoval adresář zip</translation>
    </message>
    <message>
        <source>no end-of-directory record (the file is cut short or is not a zip)</source>
        <translation>chybí záznam konce adresáře (soubor je zkrácený nebo to není zip)</translation>
    </message>
    <message>
        <source>a zip64 archive without its zip64 locator</source>
        <translation>archiv zip64 bez lokátoru zip64</translation>
    </message>
    <message>
        <source>the zip64 directory record lies outside the file</source>
        <translation>záznam adresáře zip64 leží mimo soubor</translation>
    </message>
    <message>
        <source>the directory (%1 bytes at offset %2) lies outside the file of %3 bytes</source>
        <translation>adresář (%1 bajtů na pozici %2) leží mimo soubor o %3 bajtech</translation>
    </message>
    <message>
        <source>the directory claims %1 entries in %2 bytes</source>
        <translation>adresář uvádí %1 položek v %2 bajtech</translation>
    </message>
    <message>
        <source>directory entry %1 is damaged</source>
        <translation>položka adresáře %1 je poškozená</translation>
    </message>
    <message>
        <source>directory entry %1 runs past the directory</source>
        <translation>položka adresáře %1 přesahuje adresář</translation>
    </message>
    <message>
        <source>entry %1 points outside the file</source>
        <translation>položka %1 ukazuje mimo soubor</translation>
    </message>
    <message>
        <source>the archive&apos;s directory has no record %1</source>
        <translation>adresář archivu nemá záznam %1</translation>
    </message>
    <message>
        <source>record %1 holds %2 bytes, its directory says %3: the file is damaged</source>
        <translation>záznam %1 obsahuje %2 bajtů, jeho adresář uvádí %3: soubor je poškozený</translation>
    </message>
    <message>
        <source>record %1 fails its CRC-32 check (%2, the archive says %3): the file is damaged or was altered</source>
        <translation>záznam %1 neprošel kontrolou CRC-32 (%2, archiv uvádí %3): soubor je poškozený nebo byl změněn</translation>
    </message>
    <message>
        <source>record %1: its local header is damaged</source>
        <translation>záznam %1: jeho lokální hlavička je poškozená</translation>
    </message>
    <message>
        <source>record %1 runs past the end of the file: the file is cut short</source>
        <translation>záznam %1 přesahuje konec souboru: soubor je zkrácený</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>nelze číst: %1</translation>
    </message>
    <message>
        <source>checking the archive</source>
        <translation>kontrola archivu</translation>
    </message>
    <message>
        <source>could not read the whole file (%1 of %2 bytes)</source>
        <translation>celý soubor nelze přečíst (%1 z %2 bajtů)</translation>
    </message>
</context>
</TS>
