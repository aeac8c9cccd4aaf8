<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>ArtefactsCommand</name>
    <message>
        <source>cannot write: %1</source>
        <translation>kann nicht schreiben: %1</translation>
    </message>
    <message>
        <source>none of the case&apos;s %1 evidence items has a stored analysis with an explanation</source>
        <translation>keines der %1 Asservate des Falls hat eine gespeicherte Analyse mit Erklärung</translation>
    </message>
    <message>
        <source>Case file: its annotations and stored explanations.</source>
        <translation>Falldatei: ihre Annotationen und gespeicherten Erklärungen.</translation>
    </message>
    <message>
        <source>Annotations CSV (file or evidence_sha256 keyed).</source>
        <translation>Annotationen-CSV (nach Datei oder evidence_sha256 geschlüsselt).</translation>
    </message>
    <message>
        <source>Folder of per-clip explanation folders.</source>
        <translation>Ordner mit den Erklärungsordnern je Aufnahme.</translation>
    </message>
    <message>
        <source>Output folder for artefacts.tsv/json and the plots.</source>
        <translation>Ausgabeordner für artefacts.tsv/json und die Diagramme.</translation>
    </message>
    <message>
        <source>Print the JSON instead of the table.</source>
        <translation>JSON statt der Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>artefacts: --case takes the annotations and explanations from the case: no --annotations / --explanations</source>
        <translation>artefacts: --case nimmt die Annotationen und Erklärungen aus dem Fall: kein --annotations / --explanations</translation>
    </message>
    <message>
        <source>artefacts: --%1 is required

%2</source>
        <translation>artefacts: --%1 ist erforderlich

%2</translation>
    </message>
    <message>
        <source>artefacts: unexpected argument &apos;%1&apos;</source>
        <translation>artefacts: unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>artefacts: skipped %1</source>
        <translation>artefacts: übersprungen: %1</translation>
    </message>
    <message>
        <source>artefacts: not used: %1</source>
        <translation>artefacts: nicht verwendet: %1</translation>
    </message>
    <message>
        <source>cannot create the output folder</source>
        <translation>der Ausgabeordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write the plot</source>
        <translation>das Diagramm kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>artefacts: no plots (no QGuiApplication)</source>
        <translation>artefacts: keine Diagramme (keine QGuiApplication)</translation>
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
        <translation>Artefaktstatistik: Attribution innerhalb annotierter Bereiche, je Merkmalstyp.
  sourcetrace-cli artefacts --protocol P --annotations A.csv --explanations DIR [--out OUT] [--json]
  sourcetrace-cli artefacts --case FILE [--protocol P] [--out OUT] [--json]
P: ein Aufnahmeprotokoll (Labels bona fide / spoof). A.csv: Annotationen im CSV-Layout des Falls, mit der ersten Spalte
entweder evidence_sha256 (abgeglichen mit der report.json jeder Erklärung) oder file (die Datei-ID des Protokolls).
DIR: ein Ordner je Aufnahme, wie ihn `sourcetrace-cli explain FILE --out DIR/&lt;id&gt;` schreibt, benannt nach der
Datei-ID des Protokolls ohne Endung (oder mit). Je Merkmal: Anteil der Zeit und der |Attribution| innerhalb seiner Bereiche
(gepoolt und gemittelt je Aufnahme), ihr Verhältnis, die Korrelation der |Attribution|-Hüllkurve mit der Bereichsmaske
und die EER der Abdeckung / des Vorkommens des Merkmals bei der Unterscheidung von Spoof (Ziel) und bona fide.
--case: die Annotationen des Falls und je Asservat die neueste gespeicherte Analyse mit Erklärung
(`case analyse --explain`); Labels für die EERs aus P, abgeglichen über den Dateinamen des Beweismittels (ohne P keine).
OUT erhält artefacts.tsv, artefacts.json und artefacts_&lt;cue&gt;.png. Exit-Status 1, wenn Aufnahmen übersprungen oder
Annotationszeilen abgewiesen wurden (jeweils auf stderr aufgeführt), 2 bei Bedienfehlern.</translation>
    </message>
    <message>
        <source>%1: annotation %2 of %3 starts at %4 s, at or after the end of the explained clip (%5 s)</source>
        <translation>%1: Annotation %2 von %3 beginnt bei %4 s, am oder nach dem Ende der erklärten Aufnahme (%5 s)</translation>
    </message>
    <message>
        <source>Clip protocol (labels).</source>
        <translation>Aufnahmeprotokoll (Labels).</translation>
    </message>
    <message>
        <source>%1 of %2 clips used (%3 bona fide, %4 spoof), %5 skipped; %6 annotations used, %7 refused</source>
        <translation>%1 von %2 Aufnahmen verwendet (%3 bona fide, %4 Spoof), %5 übersprungen; %6 Annotationen verwendet, %7 abgewiesen</translation>
    </message>
    <message>
        <source>%1 band boxes: %2 on %3 clips with a TF map: TF attribution share %4 of area share %5 (enrichment %6)</source>
        <translation>%1 Bandrahmen: %2 auf %3 Aufnahmen mit TF-Karte: TF-Attributionsanteil %4 bei Flächenanteil %5 (Anreicherung %6)</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 geschrieben</translation>
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
        <translation>Kalibriert einen Detektor und hält seine validierten Bedingungen fest:
  sourcetrace-cli calibrate-model --model M --protocol CAL.tsv [--root DIR] --trained-on TRAIN.tsv
      [--percentile 2] [--out FILE]
Lässt das Modell über die gelabelten Kalibrierungsaufnahmen laufen (nie die Trainings- oder Testaufnahmen), passt log LR = a * score + b
an (Prior 0,5) und schreibt validity.json neben das Manifest (oder nach --out): die Kalibrierung mit Cllr, minCllr und
EER auf diesen Aufnahmen sowie die validierten Bedingungen: die kürzeste Dauer und die schmalste Bandbreite (das --percentile-te
Perzentil der Kalibrierungsaufnahmen), die Codecs des Trainingsprotokolls und den niedrigsten In-Distribution-
Score (kNN-Kosinus zur Merkmalsbank ood.safetensors des Modells, gleiches Perzentil).</translation>
    </message>
    <message>
        <source>The training protocol (its codec column lists the trained codecs).</source>
        <translation>Das Trainingsprotokoll (seine Codec-Spalte nennt die trainierten Codecs).</translation>
    </message>
    <message>
        <source>Lower percentile of the calibration clips taken as the validated limit (default 2).</source>
        <translation>Unteres Perzentil der Kalibrierungsaufnahmen, das als validierte Grenze gilt (Standard 2).</translation>
    </message>
    <message>
        <source>Where to write (default: validity.json beside the manifest).</source>
        <translation>Wohin geschrieben wird (Standard: validity.json neben dem Manifest).</translation>
    </message>
    <message>
        <source>--model, --protocol and --trained-on are required</source>
        <translation>--model, --protocol und --trained-on sind erforderlich</translation>
    </message>
    <message>
        <source>--percentile must be a number in [0, 50]</source>
        <translation>--percentile muss eine Zahl in [0, 50] sein</translation>
    </message>
    <message>
        <source>model %1 is not a detector (no bona fide class): nothing to calibrate</source>
        <translation>Modell %1 ist kein Detektor (keine Klasse bona fide): nichts zu kalibrieren</translation>
    </message>
    <message>
        <source>calibrate-model: no %1 beside the manifest: no in-distribution range is recorded</source>
        <translation>calibrate-model: keine %1 neben dem Manifest: es wird kein In-Distribution-Bereich festgehalten</translation>
    </message>
    <message>
        <source>not in the protocol&apos;s labels</source>
        <translation>nicht in den Labels des Protokolls</translation>
    </message>
    <message>
        <source>the score is not finite</source>
        <translation>der Score ist nicht endlich</translation>
    </message>
    <message>
        <source>calibrate %1</source>
        <translation>%1 kalibrieren</translation>
    </message>
    <message>
        <source>needs bona fide and spoofed clips (%1 / %2 scored)</source>
        <translation>braucht bona-fide- und gefälschte Aufnahmen (%1 / %2 bewertet)</translation>
    </message>
    <message>
        <source>calibrate-model: %1: log LR = %2 * score + %3 on %4 bona fide / %5 spoofed clips of %6: Cllr %7 bits, minCllr %8, EER %9 %</source>
        <translation>calibrate-model: %1: log LR = %2 * score + %3 auf %4 bona-fide- / %5 gefälschten Aufnahmen von %6: Cllr %7 Bit, minCllr %8, EER %9 %</translation>
    </message>
    <message>
        <source>calibrate-model: validated: at least %1 s, bandwidth at least %2 Hz, codecs %3, kNN cosine at least %4; written to %5</source>
        <translation>calibrate-model: validiert: mindestens %1 s, Bandbreite mindestens %2 Hz, Codecs %3, kNN-Kosinus mindestens %4; geschrieben nach %5</translation>
    </message>
</context>
<context>
    <name>CaseAnalyseCommand</name>
    <message>
        <source>--item needs an item id (a number from 1; `case info` lists them), not &apos;%1&apos;</source>
        <translation>--item braucht eine Asservat-ID (eine Zahl ab 1; `case info` listet sie auf), nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>An item to analyse (repeatable; default: every item).</source>
        <translation>Ein zu analysierendes Asservat (wiederholbar; Standard: jedes Asservat).</translation>
    </message>
    <message>
        <source>Detector (registry name or manifest; default: the default model).</source>
        <translation>Detektor (Registry-Name oder Manifest; Standard: das Standardmodell).</translation>
    </message>
    <message>
        <source>Fingerprint library (default: the default library).</source>
        <translation>Fingerabdruck-Bibliothek (Standard: die Standardbibliothek).</translation>
    </message>
    <message>
        <source>Tracing back-end (default cosine).</source>
        <translation>Backend der Rückverfolgung (Standard cosine).</translation>
    </message>
    <message>
        <source>Detection and quality only.</source>
        <translation>Nur Erkennung und Qualität.</translation>
    </message>
    <message>
        <source>Also Integrated Gradients of the detection score.</source>
        <translation>Zusätzlich Integrated Gradients des Erkennungsscores.</translation>
    </message>
    <message>
        <source>IG steps (default 32).</source>
        <translation>IG-Schritte (Standard 32).</translation>
    </message>
    <message>
        <source>LibTorch threads (default: the library&apos;s).</source>
        <translation>LibTorch-Threads (Standard: die der Bibliothek).</translation>
    </message>
    <message>
        <source>Re-run stored analysis ID with its own settings, store it and compare the figures.</source>
        <translation>Gespeicherte Analyse ID mit ihren eigenen Einstellungen erneut ausführen, speichern und die Werte vergleichen.</translation>
    </message>
    <message>
        <source>Print each stored result as JSON (one line each).</source>
        <translation>Jedes gespeicherte Ergebnis als JSON ausgeben (je eine Zeile).</translation>
    </message>
    <message>
        <source>--rerun needs an analysis id (`case results` lists them)</source>
        <translation>--rerun braucht eine Analyse-ID (`case results` listet sie auf)</translation>
    </message>
    <message>
        <source>Only this item (repeatable).</source>
        <translation>Nur dieses Asservat (wiederholbar).</translation>
    </message>
    <message>
        <source>The stored result JSON, one line each.</source>
        <translation>Das gespeicherte Ergebnis-JSON, je eine Zeile.</translation>
    </message>
    <message>
        <source>item %1 (%2), analysis %3 of %4 by %5
</source>
        <translation>Asservat %1 (%2), Analyse %3 vom %4 durch %5
</translation>
    </message>
    <message>
        <source>  evidence SHA-256 %1
  model %2 (weights SHA-256 %3), SourceTrace %4 (commit %5)
</source>
        <translation>  SHA-256 des Beweismittels %1
  Modell %2 (Gewichte SHA-256 %3), SourceTrace %4 (Commit %5)
</translation>
    </message>
    <message>
        <source>  quality: %1
</source>
        <translation>  Qualität: %1
</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>FLAGGED</source>
        <translation>MARKIERT</translation>
    </message>
    <message>
        <source>  detection score %1 (%2)
</source>
        <translation>  Erkennungsscore %1 (%2)
</translation>
    </message>
    <message>
        <source>    LR %1 (log10 %2): %3; calibration %4
</source>
        <translation>    LR %1 (log10 %2): %3; Kalibrierung %4
</translation>
    </message>
    <message>
        <source>    LR withheld: %1
</source>
        <translation>    LR zurückgehalten: %1
</translation>
    </message>
    <message>
        <source>  tracing (%1, library SHA-256 %2)
</source>
        <translation>  Rückverfolgung (%1, Bibliothek SHA-256 %2)
</translation>
    </message>
    <message>
        <source> (best %1 %2)</source>
        <translation> (bester %1 %2)</translation>
    </message>
    <message>
        <source>, LR %1: %2</source>
        <translation>, LR %1: %2</translation>
    </message>
    <message>
        <source>, LR withheld</source>
        <translation>, LR zurückgehalten</translation>
    </message>
    <message>
        <source>  explanation: %1, %2 steps, baseline %3, completeness gap %4 %
</source>
        <translation>  Erklärung: %1, %2 Schritte, Baseline %3, Vollständigkeitslücke %4 %
</translation>
    </message>
    <message>
        <source>  problem: %1
</source>
        <translation>  Problem: %1
</translation>
    </message>
    <message>
        <source>opened read-only (%1): nothing can be analysed; use `case save-as`</source>
        <translation>schreibgeschützt geöffnet (%1): es kann nichts analysiert werden; verwenden Sie `case save-as`</translation>
    </message>
    <message>
        <source>re-run of analysis %1: every figure reproduced</source>
        <translation>erneute Ausführung von Analyse %1: jeder Wert reproduziert</translation>
    </message>
    <message>
        <source>re-run of analysis %1: %2 differences</source>
        <translation>erneute Ausführung von Analyse %1: %2 Abweichungen</translation>
    </message>
</context>
<context>
    <name>CaseCommand</name>
    <message>
        <source>Who does this (default: $USER, else the account).</source>
        <translation>Wer dies tut (Standard: $USER, sonst das Benutzerkonto).</translation>
    </message>
    <message>
        <source>The case file (.stcase).</source>
        <translation>Die Falldatei (.stcase).</translation>
    </message>
    <message>
        <source>The case number (required).</source>
        <translation>Das Aktenzeichen (erforderlich).</translation>
    </message>
    <message>
        <source>The examiner&apos;s name (required).</source>
        <translation>Der Name des Sachverständigen (erforderlich).</translation>
    </message>
    <message>
        <source>A title.</source>
        <translation>Ein Titel.</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>Notizen.</translation>
    </message>
    <message>
        <source>--number and --examiner are required</source>
        <translation>--number und --examiner sind erforderlich</translation>
    </message>
    <message>
        <source>Label of the items (default: the file name).</source>
        <translation>Bezeichnung der Asservate (Standard: der Dateiname).</translation>
    </message>
    <message>
        <source>Evidence files.</source>
        <translation>Beweisdateien.</translation>
    </message>
    <message>
        <source>Verify the audit chain only (opens the case read-only).</source>
        <translation>Nur die Prüfkette verifizieren (öffnet den Fall schreibgeschützt).</translation>
    </message>
    <message>
        <source>A head hash recorded earlier (a report, an export): it must still be in the log.</source>
        <translation>Ein früher festgehaltener Kopf-Hash (aus einem Bericht, einem Export): er muss noch im Protokoll stehen.</translation>
    </message>
    <message>
        <source>the case is read-only (%1): the items are re-hashed but the results are not recorded</source>
        <translation>der Fall ist schreibgeschützt (%1): die Asservate werden neu gehasht, die Ergebnisse aber nicht festgehalten</translation>
    </message>
    <message>
        <source>Write the log as JSON Lines (scripts/verify_audit_log.py checks it).</source>
        <translation>Das Protokoll als JSON Lines schreiben (scripts/verify_audit_log.py prüft es).</translation>
    </message>
    <message>
        <source>Overwrite OUT.</source>
        <translation>OUT überschreiben.</translation>
    </message>
    <message>
        <source>JSON on stdout.</source>
        <translation>JSON auf stdout.</translation>
    </message>
    <message>
        <source>The evidence item&apos;s id.</source>
        <translation>Die ID des Asservats.</translation>
    </message>
    <message>
        <source>Start (seconds or h:mm:ss.mmm).</source>
        <translation>Beginn (Sekunden oder h:mm:ss.mmm).</translation>
    </message>
    <message>
        <source>End (seconds or h:mm:ss.mmm).</source>
        <translation>Ende (Sekunden oder h:mm:ss.mmm).</translation>
    </message>
    <message>
        <source>breath, glitch, noise, phoneme, silence, spectral, transition or unclear.</source>
        <translation>breath, glitch, noise, phoneme, silence, spectral, transition oder unclear.</translation>
    </message>
    <message>
        <source>1 (diffuse) .. 5 (sharply localised); default 3.</source>
        <translation>1 (diffus) .. 5 (scharf lokalisiert); Standard 3.</translation>
    </message>
    <message>
        <source>yes or no (default no).</source>
        <translation>yes oder no (Standard no).</translation>
    </message>
    <message>
        <source>Band low limit in Hz (with --high).</source>
        <translation>Untere Bandgrenze in Hz (mit --high).</translation>
    </message>
    <message>
        <source>Band high limit in Hz (with --low).</source>
        <translation>Obere Bandgrenze in Hz (mit --low).</translation>
    </message>
    <message>
        <source>Free text.</source>
        <translation>Freitext.</translation>
    </message>
    <message>
        <source>--item, --start, --end and --cue are required</source>
        <translation>--item, --start, --end und --cue sind erforderlich</translation>
    </message>
    <message>
        <source>unknown cue &apos;%1&apos; (one of %2)</source>
        <translation>unbekanntes Merkmal &apos;%1&apos; (eines von %2)</translation>
    </message>
    <message>
        <source>--locality takes a whole number 1..5</source>
        <translation>--locality nimmt eine ganze Zahl 1..5</translation>
    </message>
    <message>
        <source>--audible takes yes or no</source>
        <translation>--audible nimmt yes oder no</translation>
    </message>
    <message>
        <source>give both --low and --high, or neither</source>
        <translation>geben Sie sowohl --low als auch --high an oder keines von beiden</translation>
    </message>
    <message>
        <source>Only this item&apos;s annotations.</source>
        <translation>Nur die Annotationen dieses Asservats.</translation>
    </message>
    <message>
        <source>Write them as CSV.</source>
        <translation>Als CSV schreiben.</translation>
    </message>
    <message>
        <source>Import a CSV (all rows or none).</source>
        <translation>Eine CSV importieren (alle Zeilen oder keine).</translation>
    </message>
    <message>
        <source>--import goes alone (no --csv, no --item)</source>
        <translation>--import steht allein (kein --csv, kein --item)</translation>
    </message>
    <message>
        <source>%1 bad row(s) in %2, nothing was imported</source>
        <translation>%1 fehlerhafte Zeile(n) in %2, nichts wurde importiert</translation>
    </message>
    <message>
        <source>Where the item&apos;s file is now.</source>
        <translation>Wo die Datei des Asservats jetzt liegt.</translation>
    </message>
    <message>
        <source>--item is required</source>
        <translation>--item ist erforderlich</translation>
    </message>
    <message>
        <source>The copy (never overwritten).</source>
        <translation>Die Kopie (wird nie überschrieben).</translation>
    </message>
    <message>
        <source>Store the thresholds of this JSON file (keys: %1; a key left out keeps its default).</source>
        <translation>Die Schwellenwerte dieser JSON-Datei speichern (Schlüssel: %1; ein ausgelassener Schlüssel behält seinen Standardwert).</translation>
    </message>
    <message>
        <source>Go back to the default thresholds.</source>
        <translation>Zu den Standard-Schwellenwerten zurückkehren.</translation>
    </message>
    <message>
        <source>Print the thresholds in force as JSON.</source>
        <translation>Die geltenden Schwellenwerte als JSON ausgeben.</translation>
    </message>
    <message>
        <source>--set and --clear exclude each other</source>
        <translation>--set und --clear schließen einander aus</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;
%2</source>
        <translation>unbekannter Befehl &apos;%1&apos;
%2</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>erwartet %1</translation>
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
        <translation>Aufruf: sourcetrace-cli case BEFEHL CASE ...   (BEFEHL --help für seine Optionen)
  new CASE --number N --examiner NAME [--title T] [--notes T]   eine neue Falldatei (überschreibt nie)
  add CASE AUDIO... [--label L]           Beweismittel aufnehmen (SHA-256 jeder Datei, schreibgeschützt)
  verify CASE [--log-only] [--expect-head HASH]   jedes Asservat neu hashen und die Prüfkette sowie die
                                          Tabellen daran prüfen; Exit 0 nur, wenn alles in Ordnung ist
  log CASE [--jsonl OUT [--force]]        das Prüfprotokoll (oder sein JSON-Lines-Export für verify_audit_log.py)
  info CASE [--json]                      Metadaten des Falls, Asservate und ihr Zustand, der Protokollkopf
  annotate CASE --item ID --start S --end E --cue C [--locality 1..5] [--audible yes|no]
           [--low HZ --high HZ] [--text T]  eine Annotation hinzufügen (Zeiten in Sekunden oder h:mm:ss.mmm)
  annotations CASE [--item ID] [--csv OUT [--force]] [--import CSV]   Annotationen auflisten, exportieren oder importieren
  relocate CASE --item ID FILE            ein Asservat auf eine Datei mit seinem Eingangs-Hash verweisen (gibt es frei)
  save-as CASE NEW                        den ganzen Fall kopieren (in beiden protokolliert)
  thresholds CASE [--set FILE | --clear] [--json]   die Qualitätsschwellenwerte des Falls (die Qualitätsprüfung):
                                          anzeigen, aus einer JSON-Datei setzen oder auf die Standardwerte zurücksetzen (protokolliert)
  analyse CASE [--item ID]... [--model M] [--library L] [--backend B] [--explain [--steps N]] [--json]
          [--rerun ANALYSIS]               verifizieren, analysieren (Qualität, Erkennung, Rückverfolgung, Erklärung) und speichern;
                                          --rerun wiederholt eine gespeicherte Analyse mit ihren Einstellungen und vergleicht
  results CASE [--item ID] [--json]       die gespeicherten Analysen, angezeigt ohne Neuberechnung
  report CASE OUT [--html] [--item ID]... [--statement TEXT] [--no-verify]   das Gutachten (PDF oder HTML)
                                          der gespeicherten Analysen; verifiziert zuerst die Asservate, überschreibt nie,
                                          hält SHA-256 des Berichts und den Protokollkopf im Fall fest
Jeder Befehl nimmt --user NAME (Standard: $USER, sonst das Konto, unter dem das Programm läuft): der Name, mit dem jede Änderung gezeichnet wird.
Merkmale: breath, glitch, noise, phoneme, silence, spectral, transition, unclear.
Exit-Codes: 0 alles in Ordnung, 1 etwas ist fehlgeschlagen oder nicht verifiziert, 2 Bedienfehler.</translation>
    </message>
    <message>
        <source>--item needs an item id (a number from 1; `case info` lists them)</source>
        <translation>--item braucht eine Asservat-ID (eine Zahl ab 1; `case info` listet sie auf)</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not %3</source>
        <translation>--%1 &apos;%2&apos; ist nicht %3</translation>
    </message>
    <message>
        <source>a time (seconds or h:mm:ss.mmm)</source>
        <translation>eine Zeit (Sekunden oder h:mm:ss.mmm)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>audit log: ok, %1 entries, head %2</source>
        <translation>Prüfprotokoll: in Ordnung, %1 Einträge, Kopf %2</translation>
    </message>
    <message>
        <source>audit log: BROKEN at entry %1: %2 (%3 entries read)</source>
        <translation>Prüfprotokoll: GEBROCHEN bei Eintrag %1: %2 (%3 Einträge gelesen)</translation>
    </message>
    <message>
        <source>created %1 (case %2, examiner %3)</source>
        <translation>%1 angelegt (Fall %2, Sachverständige(r) %3)</translation>
    </message>
    <message>
        <source>audit head: %1</source>
        <translation>Protokollkopf: %1</translation>
    </message>
    <message>
        <source>cannot add evidence: the case is read-only (%1)</source>
        <translation>Beweismittel können nicht hinzugefügt werden: der Fall ist schreibgeschützt (%1)</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>Integrität: %1</translation>
    </message>
    <message>
        <source>expected head %1: entry %2 of %3</source>
        <translation>erwarteter Kopf %1: Eintrag %2 von %3</translation>
    </message>
    <message>
        <source>expected head %1: NOT in the log (%2 entries): entries were cut off or replaced</source>
        <translation>erwarteter Kopf %1: NICHT im Protokoll (%2 Einträge): Einträge wurden abgeschnitten oder ersetzt</translation>
    </message>
    <message>
        <source>verify: ok</source>
        <translation>Verifikation: in Ordnung</translation>
    </message>
    <message>
        <source>verify: FAILED</source>
        <translation>Verifikation: FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>wrote %1 entries to %2; head %3</source>
        <translation>%1 Einträge nach %2 geschrieben; Kopf %3</translation>
    </message>
    <message>
        <source>annotation %1 added to item %2</source>
        <translation>Annotation %1 zu Asservat %2 hinzugefügt</translation>
    </message>
    <message>
        <source>imported %1 annotation(s) from %2</source>
        <translation>%1 Annotation(en) aus %2 importiert</translation>
    </message>
    <message>
        <source>wrote %1 annotation(s) to %2</source>
        <translation>%1 Annotation(en) nach %2 geschrieben</translation>
    </message>
    <message>
        <source>saved %1 as %2; copy&apos;s audit head %3</source>
        <translation>%1 als %2 gespeichert; Protokollkopf der Kopie %3</translation>
    </message>
    <message>
        <source>the original is read-only (%1): only the copy records the Save As</source>
        <translation>das Original ist schreibgeschützt (%1): nur die Kopie hält das Speichern unter fest</translation>
    </message>
    <message>
        <source>the case is read-only (%1): its thresholds cannot change</source>
        <translation>der Fall ist schreibgeschützt (%1): seine Schwellenwerte können nicht geändert werden</translation>
    </message>
    <message>
        <source>the case&apos;s quality thresholds cannot be read: %1</source>
        <translation>die Qualitätsschwellenwerte des Falls können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>quality thresholds of %1: the defaults</source>
        <translation>Qualitätsschwellenwerte von %1: die Standardwerte</translation>
    </message>
    <message>
        <source>quality thresholds of %1: set in the case</source>
        <translation>Qualitätsschwellenwerte von %1: im Fall gesetzt</translation>
    </message>
    <message>
        <source>   (default %1)</source>
        <translation>   (Standard %1)</translation>
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
        <translation>Das Gutachten zu einem Fall: Fall und Sachverständige(r), die Beweismittel mit ihren Hashes und Verifikationen, die neueste
gespeicherte Analyse jedes Asservats (Qualität, Erkennungsscore mit seinem Likelihood-Quotienten oder dem Grund seiner Zurückhaltung,
Rückverfolgung je Ebene mit der Open-Set-Entscheidung, die Werte der Erklärung), Annotationen, die bekannten Grenzen der Modelle,
Provenienz und der Protokollkopf. Jedes Asservat wird zuerst verifiziert (gespeichert und protokolliert). Der Bericht wird nie
über eine vorhandene Datei geschrieben; sein SHA-256 wird im Fall festgehalten (report.exported).</translation>
    </message>
    <message>
        <source>The report file to write (.pdf, or .html with --html).</source>
        <translation>Die zu schreibende Berichtsdatei (.pdf, oder .html mit --html).</translation>
    </message>
    <message>
        <source>One self-contained HTML file instead of a PDF.</source>
        <translation>Eine eigenständige HTML-Datei statt eines PDF.</translation>
    </message>
    <message>
        <source>An item to report (repeatable; default: every item).</source>
        <translation>Ein Asservat für den Bericht (wiederholbar; Standard: jedes Asservat).</translation>
    </message>
    <message>
        <source>The examiner&apos;s statement to include (text).</source>
        <translation>Die aufzunehmende Erklärung des Sachverständigen (Text).</translation>
    </message>
    <message>
        <source>Do not hash the items again first (the report states their last verification).</source>
        <translation>Die Asservate nicht zuvor erneut hashen (der Bericht nennt ihre letzte Verifikation).</translation>
    </message>
    <message>
        <source>--item needs an item id (a number from 1; `case info` lists them), not &apos;%1&apos;</source>
        <translation>--item braucht eine Asservat-ID (eine Zahl ab 1; `case info` listet sie auf), nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>opened read-only (%1): a report could not be recorded in it; use `case save-as`</source>
        <translation>schreibgeschützt geöffnet (%1): ein Bericht könnte darin nicht festgehalten werden; verwenden Sie `case save-as`</translation>
    </message>
    <message>
        <source>report %1 written: %2 (%3)
  SHA-256 %4
  audit head %5 (%6 entries) recorded in the case</source>
        <translation>Bericht %1 geschrieben: %2 (%3)
  SHA-256 %4
  Protokollkopf %5 (%6 Einträge) im Fall festgehalten</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>Attribution inside annotated regions per cue type (share, correlation, EER)</source>
        <translation>Attribution innerhalb annotierter Bereiche je Merkmalstyp (Anteil, Korrelation, EER)</translation>
    </message>
    <message>
        <source>fit a detector&apos;s log-LR calibration and record its validated conditions (validity.json)</source>
        <translation>die Log-LR-Kalibrierung eines Detektors anpassen und seine validierten Bedingungen festhalten (validity.json)</translation>
    </message>
    <message>
        <source>case files: evidence with hashes, verification, annotations, hash-chained audit log</source>
        <translation>Falldateien: Beweismittel mit Hashes, Verifikation, Annotationen, hashverkettetes Prüfprotokoll</translation>
    </message>
    <message>
        <source>spoof detection score of clips (+ score timeline)</source>
        <translation>Spoof-Erkennungsscore von Aufnahmen (+ Score-Zeitverlauf)</translation>
    </message>
    <message>
        <source>embeddings (.npy or STOPA CSV) of many clips with a model, resumable</source>
        <translation>Embeddings (.npy oder STOPA-CSV) vieler Aufnahmen mit einem Modell, fortsetzbar</translation>
    </message>
    <message>
        <source>metrics from scores or embeddings: detection | trace | trials</source>
        <translation>Metriken aus Scores oder Embeddings: detection | trace | trials</translation>
    </message>
    <message>
        <source>Integrated Gradients attributions of a clip (JSON, .npy, PNG overlays)</source>
        <translation>Integrated-Gradients-Attributionen einer Aufnahme (JSON, .npy, PNG-Überlagerungen)</translation>
    </message>
    <message>
        <source>train / apply a logistic-regression fusion of detectors&apos; scores (fused log-LRs)</source>
        <translation>logistische Regressionsfusion der Scores von Detektoren trainieren / anwenden (fusionierte Log-LRs)</translation>
    </message>
    <message>
        <source>container, format, duration, SHA-256 and levels of evidence files</source>
        <translation>Container, Format, Dauer, SHA-256 und Pegel von Beweisdateien</translation>
    </message>
    <message>
        <source>fingerprint libraries: create, enrol, list, export/import (STOPA CSV, .npy), edit, calibrate</source>
        <translation>Fingerabdruck-Bibliotheken: anlegen, registrieren, auflisten, exportieren/importieren (STOPA-CSV, .npy), bearbeiten, kalibrieren</translation>
    </message>
    <message>
        <source>list the models (registry) and check their weights</source>
        <translation>die Modelle auflisten (Registry) und ihre Gewichte prüfen</translation>
    </message>
    <message>
        <source>quality gate of evidence files: SNR, net speech, clipping, DC, bandwidth, codec hints, verdict</source>
        <translation>Qualitätsprüfung von Beweisdateien: SNR, Netto-Sprache, Übersteuerung, DC, Bandbreite, Codec-Hinweise, Urteil</translation>
    </message>
    <message>
        <source>ranked candidate sources per level, open-set decision, OOD scores, pooled EER</source>
        <translation>gereihte Quellenkandidaten je Ebene, Open-Set-Entscheidung, OOD-Scores, gepoolte EER</translation>
    </message>
    <message>
        <source>train a detector or tracer on labelled protocols (resumable)</source>
        <translation>einen Detektor oder Tracer auf gelabelten Protokollen trainieren (fortsetzbar)</translation>
    </message>
    <message>
        <source>run a sharded command on a Slurm cluster (submit, status, resume)</source>
        <translation>einen geshardeten Befehl auf einem Slurm-Cluster ausführen (submit, status, resume)</translation>
    </message>
    <message>
        <source>join the outputs of a sharded run (--shard K/N) into one</source>
        <translation>die Ausgaben eines geshardeten Laufs (--shard K/N) zu einer zusammenführen</translation>
    </message>
</context>
<context>
    <name>CliMain</name>
    <message>
        <source>usage: sourcetrace-cli [--lang LANG] COMMAND [ARGS...]   (sourcetrace-cli COMMAND --help for details)
</source>
        <translation>Aufruf: sourcetrace-cli [--lang LANG] BEFEHL [ARGUMENTE...]   (sourcetrace-cli BEFEHL --help für Einzelheiten)
</translation>
    </message>
    <message>
        <source>commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>--lang LANG: the language of the messages (%1, or en for English); default: the system&apos;s
(LANGUAGE, LC_ALL, LC_MESSAGES, LANG). Results (TSV, CSV, JSON, files) are the same in every language.</source>
        <translation>--lang LANG: die Sprache der Meldungen (%1, oder en für Englisch); Standard: die des Systems
(LANGUAGE, LC_ALL, LC_MESSAGES, LANG). Ergebnisse (TSV, CSV, JSON, Dateien) sind in jeder Sprache gleich.</translation>
    </message>
    <message>
        <source>--lang needs a language (%1, or en)</source>
        <translation>--lang braucht eine Sprache (%1, oder en)</translation>
    </message>
    <message>
        <source>no translation into &apos;%1&apos; (there are: %2); the messages stay in English</source>
        <translation>keine Übersetzung in &apos;%1&apos; (vorhanden: %2); die Meldungen bleiben Englisch</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
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
        <translation>Aufruf: sourcetrace-cli cluster submit COMMAND ARGS... --shards N [Optionen] [--dry-run]
       sourcetrace-cli cluster status D
       sourcetrace-cli cluster resume D [--dry-run]
Führt einen geshardeten Befehl (embed, detect, explain --protocol, library enrol; train mit --shards 1) auf einem Slurm-
Cluster aus: ein Array-Job aus N Tasks (Task K führt COMMAND ARGS --shard K/N aus) und ein Merge-Job, der startet, wenn alle
erfolgreich waren (sourcetrace-cli merge COMMAND ARGS --shards N). Die Skripte, ihre Logs (D/logs) und die
übermittelten Job-IDs (D/cluster.json) werden im Ordner D aufbewahrt. Setzen Sie -- vor COMMAND, wenn eine seiner Optionen
den Namen einer der folgenden Optionen trägt.
  --shards N        Zahl der Shards (Array-Tasks); 1 für train
  --partition P     --time T     --mem M     --account A     die Optionen von sbatch, wie der Standort sie benennt
  --cpus C          CPUs je Task (Standard 1): --threads des Befehls und OMP_NUM_THREADS
  --gpus G          GPUs je Task (--gres=gpu:G; Standard 0: CUDA_VISIBLE_DEVICES wird geleert)
  --job-name NAME   (Standard st-COMMAND)
  --dir D           (Standard ./slurm-NAME-YYYYMMDD-HHMMSS)
  --setup FILE      eine Shell-Datei, die jeder Job zuerst einliest (module load ..., Variablen des Standorts)
  --cli PATH        sourcetrace-cli, wie die Knoten es sehen (Standard: dieses Programm)
  --dry-run         nur die Skripte und D/submit.sh schreiben und ausgeben, wie sie übermittelt werden
status: der Zustand jedes Shards (pending, running, completed, failed) aus squeue und sacct, mit dem
complete-Flag seiner shard.json, und der Zustand des Merge-Jobs.
resume: übermittelt die fehlgeschlagenen oder unvollständigen Shards erneut (ein Array dieser Indizes) und einen neuen Merge-
Job, der auf sie und auf die noch laufenden Shards wartet.
Exit-Code: 0 fertig, 1 fehlgeschlagen (sbatch abgewiesen, ein Ordner unlesbar), 2 Bedienfehler.</translation>
    </message>
    <message>
        <source>run &apos;sourcetrace-cli cluster --help&apos; for the usage</source>
        <translation>führen Sie &apos;sourcetrace-cli cluster --help&apos; für den Aufruf aus</translation>
    </message>
    <message>
        <source>%1 could not be started (%2): is this a Slurm login node?</source>
        <translation>%1 konnte nicht gestartet werden (%2): ist dies ein Slurm-Login-Knoten?</translation>
    </message>
    <message>
        <source>sbatch refused the job (exit status %1): %2</source>
        <translation>sbatch hat den Job abgewiesen (Exit-Status %1): %2</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot; before --</source>
        <translation>unbekannte Option &quot;%1&quot; vor --</translation>
    </message>
    <message>
        <source>no command (cluster submit COMMAND ARGS... --shards N)</source>
        <translation>kein Befehl (cluster submit COMMAND ARGS... --shards N)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot run on a cluster (embed, detect, explain --protocol, library enrol, train)</source>
        <translation>&quot;%1&quot; kann nicht auf einem Cluster laufen (embed, detect, explain --protocol, library enrol, train)</translation>
    </message>
    <message>
        <source>of the library commands only &quot;library enrol&quot; is sharded</source>
        <translation>von den Bibliotheksbefehlen wird nur &quot;library enrol&quot; geshardet</translation>
    </message>
    <message>
        <source>explain is sharded with --protocol only</source>
        <translation>explain wird nur mit --protocol geshardet</translation>
    </message>
    <message>
        <source>--shards N is required (1 for train)</source>
        <translation>--shards N ist erforderlich (1 für train)</translation>
    </message>
    <message>
        <source>the command&apos;s output (--out) must be given on the command line: the shards and the merge are found from it</source>
        <translation>die Ausgabe des Befehls (--out) muss auf der Befehlszeile angegeben werden: die Shards und der Merge werden darüber gefunden</translation>
    </message>
    <message>
        <source>--shards, --cpus and --gpus take whole numbers</source>
        <translation>--shards, --cpus und --gpus nehmen ganze Zahlen</translation>
    </message>
    <message>
        <source>already exists: a run was submitted from this folder (use cluster status / resume, or another --dir)</source>
        <translation>existiert bereits: aus diesem Ordner wurde ein Lauf übermittelt (verwenden Sie cluster status / resume oder ein anderes --dir)</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>wrote %1 (%2 shards)%3; submit with:</source>
        <translation>%1 geschrieben (%2 Shards)%3; übermitteln mit:</translation>
    </message>
    <message>
        <source>array job %1 (shards %2)</source>
        <translation>Array-Job %1 (Shards %2)</translation>
    </message>
    <message>
        <source>merge job %1 (after the array job succeeds)</source>
        <translation>Merge-Job %1 (nach erfolgreichem Array-Job)</translation>
    </message>
    <message>
        <source>recorded in %1; follow with: sourcetrace-cli cluster status %2</source>
        <translation>festgehalten in %1; verfolgen mit: sourcetrace-cli cluster status %2</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>unbekannte Option &quot;%1&quot;</translation>
    </message>
    <message>
        <source>give one folder D (written by cluster submit)</source>
        <translation>geben Sie einen Ordner D an (von cluster submit geschrieben)</translation>
    </message>
    <message>
        <source>no job was submitted from here (a --dry-run): submit with %1</source>
        <translation>von hier wurde kein Job übermittelt (ein --dry-run): übermitteln mit %1</translation>
    </message>
    <message>
        <source>%1 %2, %3 shards</source>
        <translation>%1 %2, %3 Shards</translation>
    </message>
    <message>
        <source>%1 completed, %2 running, %3 pending, %4 failed, %5 unknown</source>
        <translation>%1 abgeschlossen, %2 laufend, %3 wartend, %4 fehlgeschlagen, %5 unbekannt</translation>
    </message>
    <message>
        <source>nothing to resume: no shard failed or is incomplete%1</source>
        <translation>nichts fortzusetzen: kein Shard ist fehlgeschlagen oder unvollständig%1</translation>
    </message>
    <message>
        <source>, and the merge job is %1</source>
        <translation>, und der Merge-Job ist %1</translation>
    </message>
    <message>
        <source>merge job %1 (after %2)</source>
        <translation>Merge-Job %1 (nach %2)</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot; (submit, status, resume)</source>
        <translation>unbekannter Unterbefehl &quot;%1&quot; (submit, status, resume)</translation>
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
        <translation>Erkennungsscores: sourcetrace-cli detect --model M (FILE... | --protocol P [--root DIR]) [--timeline]
  [--window N --hop N] [--json]
Der Score ist der Bona-fide-Logit des Modells; seine Konvention wird mit ausgegeben (bei den AASIST-
Checkpoints: Logit 1 = bona fide; höher = eher bona fide). --json gibt ein JSON-Objekt je Aufnahme
und Zeile aus (JSON Lines). Eine fehlgeschlagene Aufnahme wird als &apos;Pfad: Ursache&apos; auf stderr gemeldet; der Exit-Status ist dann 1.
Ohne --model wird das Standardmodell (sourcetrace-default, vom Projekt trainiert) verwendet. Ein Modell mit einer
validity.json (sourcetrace-cli calibrate-model) liefert auch den kalibrierten Likelihood-Quotienten
LR = p(score | bona fide) / p(score | gefälscht), es sei denn, die Aufnahme liegt außerhalb der validierten Bedingungen (zu kurz,
zu schmales Band, ein nie trainierter Codec, unähnlich dem Trainingsmaterial): dann wird der LR zurückgehalten und die
Gründe werden ausgegeben.</translation>
    </message>
    <message>
        <source>Also a score per window (--window, --hop; default 64600 / 32000 samples).</source>
        <translation>Zusätzlich ein Score je Fenster (--window, --hop; Standard 64600 / 32000 Samples).</translation>
    </message>
    <message>
        <source>Timeline window in samples (default 64600).</source>
        <translation>Fenster des Zeitverlaufs in Samples (Standard 64600).</translation>
    </message>
    <message>
        <source>JSON Lines output.</source>
        <translation>Ausgabe als JSON Lines.</translation>
    </message>
    <message>
        <source>Audio files.</source>
        <translation>Audiodateien.</translation>
    </message>
    <message>
        <source>--%1 must be a positive number of samples</source>
        <translation>--%1 muss eine positive Anzahl Samples sein</translation>
    </message>
    <message>
        <source>detect: model %1 is not a detector (%2): printing its logits and top class</source>
        <translation>detect: Modell %1 ist kein Detektor (%2): seine Logits und die oberste Klasse werden ausgegeben</translation>
    </message>
    <message>
        <source>%1 (likelihood ratios are withheld)</source>
        <translation>%1 (Likelihood-Quotienten werden zurückgehalten)</translation>
    </message>
    <message>
        <source>detect with %1</source>
        <translation>Erkennung mit %1</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>Warnung: %1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 clips failed</source>
        <translation>%1 von %2 Aufnahmen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Write the results to this file instead of stdout (required with --shard).</source>
        <translation>Die Ergebnisse in diese Datei statt auf stdout schreiben (erforderlich mit --shard).</translation>
    </message>
    <message>
        <source>--shard needs --out FILE (shard K of N writes FILE.shards/K-of-N/)</source>
        <translation>--shard braucht --out DATEI (Shard K von N schreibt DATEI.shards/K-of-N/)</translation>
    </message>
    <message>
        <source>shard %1 is already complete in %2: nothing to do</source>
        <translation>Shard %1 ist in %2 bereits vollständig: nichts zu tun</translation>
    </message>
    <message>
        <source>--out FILE is required (the file the shards were written for)</source>
        <translation>--out DATEI ist erforderlich (die Datei, für die die Shards geschrieben wurden)</translation>
    </message>
    <message>
        <source>%1 clips of %2 shards in %3</source>
        <translation>%1 Aufnahmen aus %2 Shards in %3</translation>
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
        <translation>Bettet Aufnahmen mit einem Modell ein: sourcetrace-cli embed --model M (FILE... | --protocol P [--root DIR]) --out OUT
  [--format npy|csv] [--threads N]
npy: OUT ist ein Ordner mit embeddings.npy (float32, N x D), logits.npy (N x C), keys.txt (Zeile i = Zeile i)
und model.json (Modell, Gewichte SHA-256, Eingaberichtlinie, Build). csv: OUT ist eine Datei im STOPA-Layout
(Kopfzeile file,0,1,...,D-1; eine Zeile je Aufnahme). Aufnahmen, die schon in OUT stehen, werden übersprungen (Fortsetzen). Eine fehlgeschlagene
Aufnahme wird als &apos;Pfad: Ursache&apos; gemeldet und die übrigen laufen weiter; der Exit-Status ist dann 1.</translation>
    </message>
    <message>
        <source>Output folder (npy) or file (csv).</source>
        <translation>Ausgabeordner (npy) oder -datei (csv).</translation>
    </message>
    <message>
        <source>npy (default; csv when OUT ends in .csv) or csv.</source>
        <translation>npy (Standard; csv, wenn OUT auf .csv endet) oder csv.</translation>
    </message>
    <message>
        <source>Audio files (keys are the paths as given).</source>
        <translation>Audiodateien (Schlüssel sind die Pfade wie angegeben).</translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation>--out ist erforderlich</translation>
    </message>
    <message>
        <source>--format must be npy or csv (got &quot;%1&quot;)</source>
        <translation>--format muss npy oder csv sein (erhalten: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--batch must be a positive integer</source>
        <translation>--batch muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <source>model %1 (%2, weights %3) on %4; %5 clips, %6 already in %7, %8 to do%9</source>
        <translation>Modell %1 (%2, Gewichte %3) auf %4; %5 Aufnahmen, %6 schon in %7, %8 zu erledigen%9</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>%1 rows in %2 (%3 new), %4 failed</source>
        <translation>%1 Zeilen in %2 (%3 neu), %4 fehlgeschlagen</translation>
    </message>
    <message>
        <source> (%1 named more than once, embedded once)</source>
        <translation> (%1 mehrfach genannt, einmal eingebettet)</translation>
    </message>
    <message>
        <source>embed with %1</source>
        <translation>Einbettung mit %1</translation>
    </message>
    <message>
        <source>%1 rows of %2 shards in %3</source>
        <translation>%1 Zeilen aus %2 Shards in %3</translation>
    </message>
</context>
<context>
    <name>EvaluateCommand</name>
    <message>
        <source>cannot write: %1</source>
        <translation>kann nicht schreiben: %1</translation>
    </message>
    <message>
        <source>--fuse-train names the evaluated protocol itself: never train the fusion on the data it is evaluated on; give another protocol&apos;s clips</source>
        <translation>--fuse-train nennt das ausgewertete Protokoll selbst: trainieren Sie die Fusion nie auf den Daten, auf denen sie ausgewertet wird; geben Sie die Aufnahmen eines anderen Protokolls an</translation>
    </message>
    <message>
        <source>clip &apos;%1&apos; is in the training protocol and in the evaluated protocol %2: the fusion must be trained on other clips</source>
        <translation>Aufnahme &apos;%1&apos; steht im Trainingsprotokoll und im ausgewerteten Protokoll %2: die Fusion muss auf anderen Aufnahmen trainiert werden</translation>
    </message>
    <message>
        <source>detection | trace | trials</source>
        <translation>detection | trace | trials</translation>
    </message>
    <message>
        <source>detection: score file.</source>
        <translation>detection: Score-Datei.</translation>
    </message>
    <message>
        <source>trace: npy folder of `embed` or embedding CSV.</source>
        <translation>trace: npy-Ordner von `embed` oder Embedding-CSV.</translation>
    </message>
    <message>
        <source>trials: scored STOPA trial list.</source>
        <translation>trials: bewertete STOPA-Trial-Liste.</translation>
    </message>
    <message>
        <source>Output folder: new, empty, or one an earlier evaluate run wrote (its outputs are replaced; anything else there is refused). metrics.json is written last: a folder without it is incomplete.</source>
        <translation>Ausgabeordner: neu, leer oder einer, den ein früherer evaluate-Lauf geschrieben hat (seine Ausgaben werden ersetzt; alles andere darin wird abgewiesen). metrics.json wird zuletzt geschrieben: ein Ordner ohne sie ist unvollständig.</translation>
    </message>
    <message>
        <source>trace without protocol: attack = name up to the first &apos;_&apos;.</source>
        <translation>trace ohne Protokoll: Angriff = Name bis zum ersten &apos;_&apos;.</translation>
    </message>
    <message>
        <source>Share of each known attack&apos;s clips enrolled (default 0.5).</source>
        <translation>Anteil der Aufnahmen jedes bekannten Angriffs, der registriert wird (Standard 0,5).</translation>
    </message>
    <message>
        <source>Comma-separated attacks held out as unknown.</source>
        <translation>Kommagetrennte Angriffe, die als unbekannt zurückgehalten werden.</translation>
    </message>
    <message>
        <source>cosine (default), mahalanobis or knn.</source>
        <translation>cosine (Standard), mahalanobis oder knn.</translation>
    </message>
    <message>
        <source>kNN: k (default 7).</source>
        <translation>kNN: k (Standard 7).</translation>
    </message>
    <message>
        <source>Mahalanobis: shrinkage (default 0.1).</source>
        <translation>Mahalanobis: Shrinkage (Standard 0,1).</translation>
    </message>
    <message>
        <source>Seed of the enrolment/test split (default 1).</source>
        <translation>Seed der Aufteilung in Registrierung/Test (Standard 1).</translation>
    </message>
    <message>
        <source>level (a fingerprint per source at each level, default) or attack (STOPA: per attack).</source>
        <translation>level (ein Fingerabdruck je Quelle auf jeder Ebene, Standard) oder attack (STOPA: je Angriff).</translation>
    </message>
    <message>
        <source>attack (STOPA compute_eer_pooled.py, default) or level (zero-shot scripts).</source>
        <translation>attack (STOPA compute_eer_pooled.py, Standard) oder level (Zero-Shot-Skripte).</translation>
    </message>
    <message>
        <source>trace: &apos;dev&apos; = split test clips into dev/eval and calibrate scores to LLRs on dev.</source>
        <translation>trace: &apos;dev&apos; = Testaufnahmen in dev/eval aufteilen und Scores auf dev zu LLRs kalibrieren.</translation>
    </message>
    <message>
        <source>Share of test clips that goes to dev (default 0.5).</source>
        <translation>Anteil der Testaufnahmen, der an dev geht (Standard 0,5).</translation>
    </message>
    <message>
        <source>DCF target prior (default 0.05).</source>
        <translation>DCF-Ziel-Prior (Standard 0,05).</translation>
    </message>
    <message>
        <source>Histogram bins (default 50).</source>
        <translation>Histogramm-Klassen (Standard 50).</translation>
    </message>
    <message>
        <source>trace: do not write trial_scores.csv.</source>
        <translation>trace: trial_scores.csv nicht schreiben.</translation>
    </message>
    <message>
        <source>Print metrics.json to stdout instead of the tables.</source>
        <translation>metrics.json statt der Tabellen auf stdout ausgeben.</translation>
    </message>
    <message>
        <source>No progress bar on stderr.</source>
        <translation>Kein Fortschrittsbalken auf stderr.</translation>
    </message>
    <message>
        <source>detection: fusion model (sourcetrace-fusion/1) applied to the --scores NAME=S files.</source>
        <translation>detection: Fusionsmodell (sourcetrace-fusion/1), angewandt auf die Dateien --scores NAME=S.</translation>
    </message>
    <message>
        <source>detection: train the fusion on this other protocol&apos;s clips first.</source>
        <translation>detection: die Fusion zuerst auf den Aufnahmen dieses anderen Protokolls trainieren.</translation>
    </message>
    <message>
        <source>interrupted; nothing complete was written</source>
        <translation>abgebrochen; nichts Vollständiges wurde geschrieben</translation>
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
        <translation>Auswertung aus Scores oder Embeddings (ohne Audio):
  sourcetrace-cli evaluate detection --protocol P --scores S [--out DIR]
      bona fide gegen Spoof: gepoolte EER / je Angriff / je Codec, minDCF, Cllr/minCllr. S: Zeilen &apos;file score&apos;,
      eine CSV mit den Spalten file,score oder die JSON Lines von `sourcetrace-cli detect --json`.
  sourcetrace-cli evaluate detection --protocol P (--fuse fusion.json | --fuse-train TRAIN) --scores NAME=S ...
      [--out DIR]: EER, minDCF, Cllr/minCllr jedes Detektors und des fusionierten Systems in einer Tabelle. --fuse wendet ein
      Fusionsmodell an (`fuse train`); --fuse-train trainiert eines auf dem Protokoll TRAIN (dieselben Score-Dateien, die Aufnahmen
      von TRAIN; nie P selbst und kein Protokoll, das Aufnahmen mit P teilt). DIR erhält fusion_metrics.tsv/json,
      fused_scores.txt und mit --fuse-train fusion.json.
  sourcetrace-cli evaluate trace --embeddings E (--protocol P | --attack-from-filename)
      [--enrol-fraction 0.5] [--unknown-attacks A05,A09] [--backend cosine|mahalanobis|knn] [--seed N]
      [--fingerprints level|attack] [--calibrate-on dev [--dev-fraction 0.5]] [--out DIR]
      Open-Set-Quellenrückverfolgung: gepoolte STOPA-EER (bekannt/unbekannt) je Ebene, minDCF, Cllr/minCllr,
      Closed-Set-Genauigkeit/Makro-F1/Konfusion, Erkennung unbekannter Angriffe AUROC/FPR95/EER.
      E: ein npy-Ordner von `embed` (embeddings.npy + keys.txt) oder eine Embedding-CSV (STOPA-Layout).
  sourcetrace-cli evaluate trials --trials T [--out DIR]
      eine bewertete STOPA-Trial-Liste (Spalte CosScore oder score): die Tabelle der gepoolten EER bekannt/unbekannt.
DIR erhält metrics.json, metrics_table.csv, det.csv, histograms.csv und je nach Modus pooled_eer_kn.csv /
pooled_eer_ukn.csv (STOPA-Layout), detection_eer.csv, split.csv, trial_scores.csv, confusion.csv, tippett.csv,
jede in eine temporäre Datei geschrieben und umbenannt (nie halb geschrieben); metrics.json zuletzt. Jede gelesene Zahl
(Scores, Embeddings, Logits) muss endlich sein, jede Aufnahme genau einmal aufgeführt: sonst nennt ein Fehler Datei und Zeile.</translation>
    </message>
    <message>
        <source>with --fuse / --fuse-train every --scores is NAME=FILE, not &apos;%1&apos;</source>
        <translation>mit --fuse / --fuse-train ist jedes --scores NAME=DATEI, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot create the output folder</source>
        <translation>der Ausgabeordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Clip protocol (SourceTrace TSV, ASVspoof LA, MLAAD CSV).</source>
        <translation>Aufnahmeprotokoll (SourceTrace-TSV, ASVspoof LA, MLAAD-CSV).</translation>
    </message>
    <message>
        <source>give exactly one mode (detection, trace or trials)</source>
        <translation>geben Sie genau einen Modus an (detection, trace oder trials)</translation>
    </message>
    <message>
        <source>unknown mode &apos;%1&apos;</source>
        <translation>unbekannter Modus &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; must be a number in %3%4, %5%6</source>
        <translation>--%1 &apos;%2&apos; muss eine Zahl in %3%4, %5%6 sein</translation>
    </message>
    <message>
        <source>--seed must be a non-negative integer</source>
        <translation>--seed muss eine nichtnegative ganze Zahl sein</translation>
    </message>
    <message>
        <source>--fingerprints must be &apos;level&apos; or &apos;attack&apos;</source>
        <translation>--fingerprints muss &apos;level&apos; oder &apos;attack&apos; sein</translation>
    </message>
    <message>
        <source>--unknown-rule must be &apos;attack&apos; or &apos;level&apos;</source>
        <translation>--unknown-rule muss &apos;attack&apos; oder &apos;level&apos; sein</translation>
    </message>
    <message>
        <source>--calibrate-on supports &apos;dev&apos; (a dev part split off the test clips)</source>
        <translation>--calibrate-on unterstützt &apos;dev&apos; (ein von den Testaufnahmen abgetrennter dev-Teil)</translation>
    </message>
    <message>
        <source>--calibrate-on applies to trace mode</source>
        <translation>--calibrate-on gilt für den Modus trace</translation>
    </message>
    <message>
        <source>--backend must be cosine, mahalanobis or knn</source>
        <translation>--backend muss cosine, mahalanobis oder knn sein</translation>
    </message>
    <message>
        <source>detection needs --protocol and --scores</source>
        <translation>detection braucht --protocol und --scores</translation>
    </message>
    <message>
        <source>--fuse and --fuse-train apply to detection mode</source>
        <translation>--fuse und --fuse-train gelten für den Modus detection</translation>
    </message>
    <message>
        <source>give --fuse or --fuse-train, not both</source>
        <translation>geben Sie --fuse oder --fuse-train an, nicht beide</translation>
    </message>
    <message>
        <source>several --scores need --fuse or --fuse-train</source>
        <translation>mehrere --scores brauchen --fuse oder --fuse-train</translation>
    </message>
    <message>
        <source>trace needs --embeddings and --protocol (or --attack-from-filename)</source>
        <translation>trace braucht --embeddings und --protocol (oder --attack-from-filename)</translation>
    </message>
    <message>
        <source>trials needs --trials</source>
        <translation>trials braucht --trials</translation>
    </message>
    <message>
        <source>evaluate %1</source>
        <translation>Auswertung %1</translation>
    </message>
</context>
<context>
    <name>ExplainCommand</name>
    <message>
        <source>cannot read the fingerprint CSV: %1</source>
        <translation>die Fingerabdruck-CSV kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>value %1 of fingerprint %2 is not a number: &quot;%3&quot;</source>
        <translation>Wert %1 von Fingerabdruck %2 ist keine Zahl: &quot;%3&quot;</translation>
    </message>
    <message>
        <source>no fingerprint named &quot;%1&quot; (the file has %2 rows, e.g. %3)</source>
        <translation>kein Fingerabdruck namens &quot;%1&quot; (die Datei hat %2 Zeilen, z. B. %3)</translation>
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
        <translation>Integrated-Gradients-Attributionen einer Aufnahme: sourcetrace-cli explain --model M
  [--target bonafide|logit:K|margin | --fingerprint-csv F --fingerprint NAME]
  [--baseline silence|noise|lowpass] [--steps N] [--rule trapezoid|gauss] FILE --out DIR
Schreibt DIR/report.json (Einstellungen, Vollständigkeit, Hüllkurven je Frame, Band- und Sprach-/Pausenanteile,
Modell und Gewichte-Hash, SHA-256 des Beweismittels, Build), attribution.npy (float32, einer je Sample bei der
Rate des Modells), tf_map.npy (Frames x Bins), envelopes.npy (3 x Frames: vorzeichenbehaftet, absolut, Trend) und
Überlagerungen waveform.png / spectrogram.png (Zinnoberrot = Hinweis auf Spoof oder auf das Ziel, Blau =
auf bona fide oder gegen das Ziel). Standard: der Bona-fide-Logit, Stille, 50 Schritte, Gauß-Legendre.
Ein Korpus: explain --protocol P|FOLDER --out DIR (fortsetzbar; Zusammenfassungen je Protokollspalte; siehe
explain --protocol P --help). Die Mittelwert-Merkmal-Baseline: explain baseline --protocol REF --out F.json, dann
explain --baseline bonafide-mean --baseline-file F.json FILE --out DIR.</translation>
    </message>
    <message>
        <source>Model: a registry name or a manifest .json.</source>
        <translation>Modell: ein Registry-Name oder ein Manifest (.json).</translation>
    </message>
    <message>
        <source>CPU threads (default: LibTorch&apos;s setting).</source>
        <translation>CPU-Threads (Standard: die Einstellung von LibTorch).</translation>
    </message>
    <message>
        <source>Run on the CPU even when a CUDA GPU is usable.</source>
        <translation>Auf der CPU rechnen, auch wenn eine CUDA-GPU nutzbar ist.</translation>
    </message>
    <message>
        <source>bonafide (default), logit:K or margin (spoof - bona fide).</source>
        <translation>bonafide (Standard), logit:K oder margin (Spoof - bona fide).</translation>
    </message>
    <message>
        <source>Fingerprint CSV (STOPA layout): target = cosine similarity to --fingerprint.</source>
        <translation>Fingerabdruck-CSV (STOPA-Layout): Ziel = Kosinus-Ähnlichkeit zu --fingerprint.</translation>
    </message>
    <message>
        <source>Name (column `file`) of the fingerprint row.</source>
        <translation>Name (Spalte `file`) der Fingerabdruck-Zeile.</translation>
    </message>
    <message>
        <source>silence, noise or lowpass (default: the model&apos;s recommended baseline: noise at -50 dBFS for SourceTrace&apos;s spectral models, silence for the others).</source>
        <translation>silence, noise oder lowpass (Standard: die vom Modell empfohlene Baseline: Rauschen bei -50 dBFS für die spektralen Modelle von SourceTrace, Stille für die anderen).</translation>
    </message>
    <message>
        <source>Noise baseline level (default -60; -50 for the recommended baseline of spectral models).</source>
        <translation>Pegel der Rausch-Baseline (Standard -60; -50 für die empfohlene Baseline spektraler Modelle).</translation>
    </message>
    <message>
        <source>Noise baseline draws averaged (default 4).</source>
        <translation>Gemittelte Ziehungen der Rausch-Baseline (Standard 4).</translation>
    </message>
    <message>
        <source>Noise baseline seed (default 1).</source>
        <translation>Seed der Rausch-Baseline (Standard 1).</translation>
    </message>
    <message>
        <source>Low-pass baseline cut-off (default 1000).</source>
        <translation>Grenzfrequenz der Tiefpass-Baseline (Standard 1000).</translation>
    </message>
    <message>
        <source>Path integral steps (default 50).</source>
        <translation>Schritte des Pfadintegrals (Standard 50).</translation>
    </message>
    <message>
        <source>gauss (default) or trapezoid.</source>
        <translation>gauss (Standard) oder trapezoid.</translation>
    </message>
    <message>
        <source>Plain IG: do not locate and attribute the jumps of a model with discrete choices (AASIST&apos;s graph pooling); they are reported and stay in the completeness gap.</source>
        <translation>Einfaches IG: die Sprünge eines Modells mit diskreten Entscheidungen (Graph-Pooling von AASIST) nicht lokalisieren und zuordnen; sie werden gemeldet und bleiben in der Vollständigkeitslücke.</translation>
    </message>
    <message>
        <source>Activation memory budget per batch (default 2000).</source>
        <translation>Speicherbudget für Aktivierungen je Batch (Standard 2000).</translation>
    </message>
    <message>
        <source>Long clips: crossfade (default) or mean.</source>
        <translation>Lange Aufnahmen: crossfade (Standard) oder mean.</translation>
    </message>
    <message>
        <source>Time-frequency map FFT size (default 512).</source>
        <translation>FFT-Größe der Zeit-Frequenz-Karte (Standard 512).</translation>
    </message>
    <message>
        <source>Time-frequency map hop (default 160 = 10 ms).</source>
        <translation>Hop der Zeit-Frequenz-Karte (Standard 160 = 10 ms).</translation>
    </message>
    <message>
        <source>Envelope frame length (default 20).</source>
        <translation>Frame-Länge der Hüllkurve (Standard 20).</translation>
    </message>
    <message>
        <source>Also summarise the selection START:END (seconds).</source>
        <translation>Zusätzlich die Auswahl START:END (Sekunden) zusammenfassen.</translation>
    </message>
    <message>
        <source>Colour clipping percentile of the PNGs (default 98).</source>
        <translation>Perzentil der Farbbegrenzung der PNGs (Standard 98).</translation>
    </message>
    <message>
        <source>No PNG overlays.</source>
        <translation>Keine PNG-Überlagerungen.</translation>
    </message>
    <message>
        <source>Output folder.</source>
        <translation>Ausgabeordner.</translation>
    </message>
    <message>
        <source>No progress bar on stderr.</source>
        <translation>Kein Fortschrittsbalken auf stderr.</translation>
    </message>
    <message>
        <source>The audio file.</source>
        <translation>Die Audiodatei.</translation>
    </message>
    <message>
        <source>--%1 must be an integer in %2..%3 (got &quot;%4&quot;)</source>
        <translation>--%1 muss eine ganze Zahl in %2..%3 sein (erhalten: &quot;%4&quot;)</translation>
    </message>
    <message>
        <source>--%1 must be a number (got &quot;%2&quot;)</source>
        <translation>--%1 muss eine Zahl sein (erhalten: &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>no samples</source>
        <translation>keine Samples</translation>
    </message>
    <message>
        <source>explain: %1 (%2 s) with %3 (weights %4) on %5: target %6, baseline %7, %8 steps (%9)</source>
        <translation>explain: %1 (%2 s) mit %3 (Gewichte %4) auf %5: Ziel %6, Baseline %7, %8 Schritte (%9)</translation>
    </message>
    <message>
        <source>explain: interrupted; nothing written</source>
        <translation>explain: abgebrochen; nichts geschrieben</translation>
    </message>
    <message>
        <source>cannot create the output folder</source>
        <translation>der Ausgabeordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write the PNG</source>
        <translation>das PNG kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>kann nicht schreiben: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>give exactly one FILE</source>
        <translation>geben Sie genau eine DATEI an</translation>
    </message>
    <message>
        <source>--out DIR is required</source>
        <translation>--out DIR ist erforderlich</translation>
    </message>
    <message>
        <source>--baseline must be silence, noise or lowpass (got &quot;%1&quot;); the mean-feature baseline is --baseline bonafide-mean --baseline-file F (made by `explain baseline`)</source>
        <translation>--baseline muss silence, noise oder lowpass sein (erhalten: &quot;%1&quot;); die Mittelwert-Merkmal-Baseline ist --baseline bonafide-mean --baseline-file F (erstellt von `explain baseline`)</translation>
    </message>
    <message>
        <source>--rule must be trapezoid or gauss (got &quot;%1&quot;)</source>
        <translation>--rule muss trapezoid oder gauss sein (erhalten: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--stitching must be crossfade or mean (got &quot;%1&quot;)</source>
        <translation>--stitching muss crossfade oder mean sein (erhalten: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--fingerprint-csv and --fingerprint go together</source>
        <translation>--fingerprint-csv und --fingerprint gehören zusammen</translation>
    </message>
    <message>
        <source>give either --target or a fingerprint, not both</source>
        <translation>geben Sie entweder --target oder einen Fingerabdruck an, nicht beide</translation>
    </message>
    <message>
        <source>--select must be START:END in seconds with END &gt; START &gt;= 0</source>
        <translation>--select muss START:END in Sekunden sein, mit END &gt; START &gt;= 0</translation>
    </message>
    <message>
        <source>explain %1</source>
        <translation>Erklärung %1</translation>
    </message>
    <message>
        <source>jumps of the model: %1 located and attributed (%2 % of the change, %3 probe rows); %4 below the threshold left in the gap (%5 %)</source>
        <translation>Sprünge des Modells: %1 lokalisiert und zugeordnet (%2 % der Änderung, %3 Probe-Zeilen); %4 unter dem Schwellenwert in der Lücke belassen (%5 %)</translation>
    </message>
    <message>
        <source>jumps of the model: %1 path segments, %2 % of the change, not attributed (--plain)</source>
        <translation>Sprünge des Modells: %1 Pfadsegmente, %2 % der Änderung, nicht zugeordnet (--plain)</translation>
    </message>
    <message>
        <source>written to %1</source>
        <translation>geschrieben nach %1</translation>
    </message>
    <message>
        <source>gradient steps scaled by %1 to the change of the score between the jumps (their sum missed it by %2 %)</source>
        <translation>Gradientenschritte mit %1 auf die Änderung des Scores zwischen den Sprüngen skaliert (ihre Summe verfehlte sie um %2 %)</translation>
    </message>
</context>
<context>
    <name>ExplainCorpus</name>
    <message>
        <source>expected a 2-d map</source>
        <translation>2-D-Karte erwartet</translation>
    </message>
    <message>
        <source>Model: a registry name or a manifest .json.</source>
        <translation>Modell: ein Registry-Name oder ein Manifest (.json).</translation>
    </message>
    <message>
        <source>CPU threads.</source>
        <translation>CPU-Threads.</translation>
    </message>
    <message>
        <source>Run on the CPU even when a CUDA GPU is usable.</source>
        <translation>Auf der CPU rechnen, auch wenn eine CUDA-GPU nutzbar ist.</translation>
    </message>
    <message>
        <source>bonafide (default), logit:K or margin.</source>
        <translation>bonafide (Standard), logit:K oder margin.</translation>
    </message>
    <message>
        <source>silence, noise, lowpass or bonafide-mean (needs --baseline-file; default: the model&apos;s recommended baseline).</source>
        <translation>silence, noise, lowpass oder bonafide-mean (braucht --baseline-file; Standard: die vom Modell empfohlene Baseline).</translation>
    </message>
    <message>
        <source>Mean-feature baseline made by `explain baseline`.</source>
        <translation>Mittelwert-Merkmal-Baseline, erstellt von `explain baseline`.</translation>
    </message>
    <message>
        <source>Noise baseline level.</source>
        <translation>Pegel der Rausch-Baseline.</translation>
    </message>
    <message>
        <source>Noise baseline draws (default 4).</source>
        <translation>Ziehungen der Rausch-Baseline (Standard 4).</translation>
    </message>
    <message>
        <source>Noise baseline seed (default 1).</source>
        <translation>Seed der Rausch-Baseline (Standard 1).</translation>
    </message>
    <message>
        <source>Low-pass baseline cut-off (default 1000).</source>
        <translation>Grenzfrequenz der Tiefpass-Baseline (Standard 1000).</translation>
    </message>
    <message>
        <source>Path integral steps (default 50).</source>
        <translation>Schritte des Pfadintegrals (Standard 50).</translation>
    </message>
    <message>
        <source>gauss (default) or trapezoid.</source>
        <translation>gauss (Standard) oder trapezoid.</translation>
    </message>
    <message>
        <source>Plain IG (no jump attribution).</source>
        <translation>Einfaches IG (keine Sprungzuordnung).</translation>
    </message>
    <message>
        <source>Activation memory budget per batch (default 2000).</source>
        <translation>Speicherbudget für Aktivierungen je Batch (Standard 2000).</translation>
    </message>
    <message>
        <source>TF map FFT size (default 512).</source>
        <translation>FFT-Größe der TF-Karte (Standard 512).</translation>
    </message>
    <message>
        <source>TF map hop (default 160).</source>
        <translation>Hop der TF-Karte (Standard 160).</translation>
    </message>
    <message>
        <source>Envelope / VAD frame length (default 20).</source>
        <translation>Frame-Länge von Hüllkurve / VAD (Standard 20).</translation>
    </message>
    <message>
        <source>Output folder (a .json file for `explain baseline`).</source>
        <translation>Ausgabeordner (eine .json-Datei für `explain baseline`).</translation>
    </message>
    <message>
        <source>No progress bar on stderr.</source>
        <translation>Kein Fortschrittsbalken auf stderr.</translation>
    </message>
    <message>
        <source>explain: no PNG plots (no QGuiApplication)</source>
        <translation>explain: keine PNG-Diagramme (keine QGuiApplication)</translation>
    </message>
    <message>
        <source>cannot write the PNG</source>
        <translation>das PNG kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Explains a corpus as one resumable job: sourcetrace-cli explain --protocol P|FOLDER --out DIR [--model M]
  [--audio-root DIR] [--limit N] [--group-by COL[,COL]] [--restart] [IG options]
Writes DIR/clips/&lt;id&gt;/ (the single-clip outputs), job.json, job.log, summary.json, summary.tsv,
mean_tf_&lt;column&gt;_&lt;value&gt;.npy/.png and bands_&lt;column&gt;.png. A re-run resumes; other settings are refused.
Also: sourcetrace-cli explain --baseline bonafide-mean --baseline-file F FILE --out DIR (one clip).</source>
        <translation>Erklärt einen Korpus als einen fortsetzbaren Auftrag: sourcetrace-cli explain --protocol P|FOLDER --out DIR [--model M]
  [--audio-root DIR] [--limit N] [--group-by COL[,COL]] [--restart] [IG-Optionen]
Schreibt DIR/clips/&lt;id&gt;/ (die Ausgaben je Aufnahme), job.json, job.log, summary.json, summary.tsv,
mean_tf_&lt;column&gt;_&lt;value&gt;.npy/.png und bands_&lt;column&gt;.png. Ein erneuter Lauf setzt fort; andere Einstellungen werden abgewiesen.
Außerdem: sourcetrace-cli explain --baseline bonafide-mean --baseline-file F FILE --out DIR (eine Aufnahme).</translation>
    </message>
    <message>
        <source>Clip protocol (any format evaluate reads) or a folder of audio files.</source>
        <translation>Aufnahmeprotokoll (jedes Format, das evaluate liest) oder ein Ordner mit Audiodateien.</translation>
    </message>
    <message>
        <source>Folder the protocol&apos;s file names are relative to (default: the protocol&apos;s folder).</source>
        <translation>Ordner, auf den sich die Dateinamen des Protokolls beziehen (Standard: der Ordner des Protokolls).</translation>
    </message>
    <message>
        <source>Only the first N clips.</source>
        <translation>Nur die ersten N Aufnahmen.</translation>
    </message>
    <message>
        <source>Columns to group the summaries by (default: every categorical column and label).</source>
        <translation>Spalten, nach denen die Zusammenfassungen gruppiert werden (Standard: jede kategoriale Spalte und das Label).</translation>
    </message>
    <message>
        <source>Redo every clip even when the folder holds results.</source>
        <translation>Jede Aufnahme neu berechnen, auch wenn der Ordner Ergebnisse enthält.</translation>
    </message>
    <message>
        <source>No PNG plots.</source>
        <translation>Keine PNG-Diagramme.</translation>
    </message>
    <message>
        <source>One clip (with --baseline bonafide-mean and no --protocol).</source>
        <translation>Eine Aufnahme (mit --baseline bonafide-mean und ohne --protocol).</translation>
    </message>
    <message>
        <source>explain: interrupted</source>
        <translation>explain: abgebrochen</translation>
    </message>
    <message>
        <source>explain: corpus %1 with %2 (weights %3): %4, %5 steps (%6)</source>
        <translation>explain: Korpus %1 mit %2 (Gewichte %3): %4, %5 Schritte (%6)</translation>
    </message>
    <message>
        <source>explain: interrupted; the clips done so far are kept, a re-run with the same options resumes</source>
        <translation>explain: abgebrochen; die bisher erledigten Aufnahmen bleiben erhalten, ein erneuter Lauf mit denselben Optionen setzt fort</translation>
    </message>
    <message>
        <source>The mean-feature baseline: sourcetrace-cli explain baseline --protocol P [--model M] --out bonafide-mean.json
Averages the model&apos;s front-end features over every frame of the protocol&apos;s bona fide clips (or every clip of a
folder). Use your own bona fide training or reference clips, never the test set you evaluate on.</source>
        <translation>Die Mittelwert-Merkmal-Baseline: sourcetrace-cli explain baseline --protocol P [--model M] --out bonafide-mean.json
Mittelt die Front-End-Merkmale des Modells über jeden Frame der Bona-fide-Aufnahmen des Protokolls (oder jeder Aufnahme eines
Ordners). Verwenden Sie eigene Bona-fide-Trainings- oder Referenzaufnahmen, nie den Testsatz, auf dem Sie auswerten.</translation>
    </message>
    <message>
        <source>Run on the CPU.</source>
        <translation>Auf der CPU rechnen.</translation>
    </message>
    <message>
        <source>Clip protocol (its bona fide rows) or a folder (all its audio files).</source>
        <translation>Aufnahmeprotokoll (seine Bona-fide-Zeilen) oder ein Ordner (alle seine Audiodateien).</translation>
    </message>
    <message>
        <source>Folder the protocol&apos;s file names are relative to.</source>
        <translation>Ordner, auf den sich die Dateinamen des Protokolls beziehen.</translation>
    </message>
    <message>
        <source>Baseline file (.json).</source>
        <translation>Baseline-Datei (.json).</translation>
    </message>
    <message>
        <source>--protocol P and --out F are required</source>
        <translation>--protocol P und --out F sind erforderlich</translation>
    </message>
    <message>
        <source>no bona fide clips (label column &quot;attack&quot; = bonafide)</source>
        <translation>keine Bona-fide-Aufnahmen (Labelspalte &quot;attack&quot; = bonafide)</translation>
    </message>
    <message>
        <source>--%1 must be an integer in %2..%3 (got &quot;%4&quot;)</source>
        <translation>--%1 muss eine ganze Zahl in %2..%3 sein (erhalten: &quot;%4&quot;)</translation>
    </message>
    <message>
        <source>--%1 must be a number (got &quot;%2&quot;)</source>
        <translation>--%1 muss eine Zahl sein (erhalten: &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>--rule must be trapezoid or gauss (got &quot;%1&quot;)</source>
        <translation>--rule muss trapezoid oder gauss sein (erhalten: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--baseline bonafide-mean and --baseline-file F go together</source>
        <translation>--baseline bonafide-mean und --baseline-file F gehören zusammen</translation>
    </message>
    <message>
        <source>--baseline must be silence, noise, lowpass or bonafide-mean (got &quot;%1&quot;)</source>
        <translation>--baseline muss silence, noise, lowpass oder bonafide-mean sein (erhalten: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--out DIR is required</source>
        <translation>--out DIR ist erforderlich</translation>
    </message>
    <message>
        <source>give --protocol or a FILE, not both</source>
        <translation>geben Sie --protocol oder eine DATEI an, nicht beide</translation>
    </message>
    <message>
        <source>give --protocol P or one FILE</source>
        <translation>geben Sie --protocol P oder eine DATEI an</translation>
    </message>
    <message>
        <source>--limit must be a positive integer (got &quot;%1&quot;)</source>
        <translation>--limit muss eine positive ganze Zahl sein (erhalten: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>explain %1</source>
        <translation>Erklärung %1</translation>
    </message>
    <message>
        <source>written to %1 (report.json, tf_map.npy, envelopes.npy; no per-sample attribution)</source>
        <translation>geschrieben nach %1 (report.json, tf_map.npy, envelopes.npy; keine Attribution je Sample)</translation>
    </message>
    <message>
        <source>mean-feature baseline %1</source>
        <translation>Mittelwert-Merkmal-Baseline %1</translation>
    </message>
    <message>
        <source>explain corpus %1</source>
        <translation>Korpus erklären %1</translation>
    </message>
    <message>
        <source>%1 clips: %2 explained now, %3 resumed, %4 failed</source>
        <translation>%1 Aufnahmen: %2 jetzt erklärt, %3 fortgesetzt, %4 fehlgeschlagen</translation>
    </message>
    <message>
        <source>written to %1</source>
        <translation>geschrieben nach %1</translation>
    </message>
    <message>
        <source>bona fide mean features</source>
        <translation>mittlere Bona-fide-Merkmale</translation>
    </message>
    <message>
        <source>mean of %1 (%2 bins) over %3 frames of %4 bona fide clips, model %5 (weights %6): written to %7</source>
        <translation>Mittelwert von %1 (%2 Bins) über %3 Frames von %4 Bona-fide-Aufnahmen, Modell %5 (Gewichte %6): geschrieben nach %7</translation>
    </message>
    <message>
        <source>--shard splits a corpus: give --protocol P</source>
        <translation>--shard teilt ein Korpus auf: geben Sie --protocol P an</translation>
    </message>
    <message>
        <source>--protocol P and --out DIR are required (those the shards ran with)</source>
        <translation>--protocol P und --out DIR sind erforderlich (dieselben, mit denen die Shards liefen)</translation>
    </message>
    <message>
        <source>%1 clips of %2 shards in %3</source>
        <translation>%1 Aufnahmen aus %2 Shards in %3</translation>
    </message>
</context>
<context>
    <name>FirstRunNote</name>
    <message>
        <source>SourceTrace never uses the network</source>
        <translation>SourceTrace verwendet nie das Netzwerk</translation>
    </message>
    <message>
        <source>It opens no network connection of any kind: no updates, no licence check, no usage statistics, no online help. The default model, its fingerprint library, the demo clip and the manual (Help › Manual, F1) are part of the installation. It runs the same on a machine that has never been connected.</source>
        <translation>Es öffnet keinerlei Netzwerkverbindung: keine Updates, keine Lizenzprüfung, keine Nutzungsstatistik, keine Online-Hilfe. Das Standardmodell, seine Fingerabdruck-Bibliothek, die Demo-Aufnahme und das Handbuch (Hilfe › Handbuch, F1) sind Teil der Installation. Es läuft auf einem Rechner, der nie verbunden war, genauso.</translation>
    </message>
    <message>
        <source>Evidence files are opened read-only and are never changed.</source>
        <translation>Beweisdateien werden schreibgeschützt geöffnet und nie verändert.</translation>
    </message>
    <message>
        <source>What it stores, and where</source>
        <translation>Was es speichert, und wo</translation>
    </message>
    <message>
        <source>Settings: recent files and cases, the chosen model, spectrogram settings, the files and folders last chosen in dialogs, and that this note was shown:</source>
        <translation>Einstellungen: zuletzt verwendete Dateien und Fälle, das gewählte Modell, Spektrogramm-Einstellungen, die zuletzt in Dialogen gewählten Dateien und Ordner sowie dass dieser Hinweis angezeigt wurde:</translation>
    </message>
    <message>
        <source>Models you train and install from the Training dock:</source>
        <translation>Modelle, die Sie im Dock Training trainieren und installieren:</translation>
    </message>
    <message>
        <source>(no folder: the system names no data location)</source>
        <translation>(kein Ordner: das System nennt keinen Datenort)</translation>
    </message>
    <message>
        <source>A read-only copy of the demo clip when it is opened (the temporary folder):</source>
        <translation>Eine schreibgeschützte Kopie der Demo-Aufnahme, wenn sie geöffnet wird (der temporäre Ordner):</translation>
    </message>
    <message>
        <source>Case files, fingerprint libraries, training runs, reports and exported images and data: only where you save them.</source>
        <translation>Falldateien, Fingerabdruck-Bibliotheken, Trainingsläufe, Berichte sowie exportierte Bilder und Daten: nur dort, wo Sie sie speichern.</translation>
    </message>
    <message>
        <source>SourceTrace writes nothing else. This note is shown once; Help › Privacy and storage shows it again.</source>
        <translation>SourceTrace schreibt sonst nichts. Dieser Hinweis erscheint einmal; Hilfe › Datenschutz und Speicherung zeigt ihn erneut.</translation>
    </message>
</context>
<context>
    <name>FuseCommand</name>
    <message>
        <source>the output exists already (use --overwrite to replace it)</source>
        <translation>die Ausgabe existiert bereits (verwenden Sie --overwrite, um sie zu ersetzen)</translation>
    </message>
    <message>
        <source>clip name &apos;%1&apos; contains white space: it cannot be written as a &apos;file score&apos; line</source>
        <translation>Aufnahmename &apos;%1&apos; enthält Leerraum: er kann nicht als Zeile &apos;file score&apos; geschrieben werden</translation>
    </message>
    <message>
        <source>cannot write the fused scores: %1</source>
        <translation>die fusionierten Scores können nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>train | apply</source>
        <translation>train | apply</translation>
    </message>
    <message>
        <source>NAME=FILE: one detector&apos;s score file (repeat per detector).</source>
        <translation>NAME=DATEI: die Score-Datei eines Detektors (je Detektor wiederholen).</translation>
    </message>
    <message>
        <source>apply: the fusion model `fuse train` wrote.</source>
        <translation>apply: das Fusionsmodell, das `fuse train` geschrieben hat.</translation>
    </message>
    <message>
        <source>train: fusion model (JSON); apply: fused score file.</source>
        <translation>train: Fusionsmodell (JSON); apply: fusionierte Score-Datei.</translation>
    </message>
    <message>
        <source>train: target prior of the objective (default 0.5).</source>
        <translation>train: Ziel-Prior der Zielfunktion (Standard 0,5).</translation>
    </message>
    <message>
        <source>train: ridge on the weights (default 1e-4).</source>
        <translation>train: Ridge auf die Gewichte (Standard 1e-4).</translation>
    </message>
    <message>
        <source>Replace an existing --out file.</source>
        <translation>Eine vorhandene --out-Datei ersetzen.</translation>
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
        <translation>Logistische Regressionsfusion der Scores von Detektoren (im Stil von BOSARIS):
  sourcetrace-cli fuse train --protocol P --scores NAME=FILE [--scores NAME=FILE ...] --out fusion.json
      [--prior 0.5] [--l2 1e-4] [--overwrite]
      passt llr = w . s + b auf den gelabelten Aufnahmen von P an (bona fide = Ziel), indem die prior-gewichtete
      Kreuzentropie bei --prior mit einem Ridge --l2 auf w minimiert wird; schreibt das Fusionsmodell (sourcetrace-fusion/1).
  sourcetrace-cli fuse apply --model fusion.json --protocol P --scores NAME=FILE ... --out fused.txt
      [--overwrite]
      schreibt Zeilen &apos;file llr&apos; für die Aufnahmen von P (Labels unbenutzt), eine Score-Datei, die `evaluate detection` liest.
      Die Detektornamen müssen genau die des Modells sein (beliebige Reihenfolge).
FILE: Zeilen &apos;file score&apos;, eine CSV mit den Spalten file,score oder JSON Lines von `detect --json`. Jede Aufnahme von P braucht
einen endlichen Score in jeder FILE; eine doppelt bewertete Aufnahme wird abgewiesen (Datei:Zeile). Trainieren Sie nie auf den Daten, die Sie auswerten.</translation>
    </message>
    <message>
        <source>--scores &apos;%1&apos; must be NAME=FILE</source>
        <translation>--scores &apos;%1&apos; muss NAME=DATEI sein</translation>
    </message>
    <message>
        <source>give at least one --scores NAME=FILE</source>
        <translation>geben Sie mindestens ein --scores NAME=DATEI an</translation>
    </message>
    <message>
        <source>Clip protocol (SourceTrace TSV, ASVspoof LA, MLAAD CSV).</source>
        <translation>Aufnahmeprotokoll (SourceTrace-TSV, ASVspoof LA, MLAAD-CSV).</translation>
    </message>
    <message>
        <source>give exactly one mode (train or apply)</source>
        <translation>geben Sie genau einen Modus an (train oder apply)</translation>
    </message>
    <message>
        <source>give --protocol and --out</source>
        <translation>geben Sie --protocol und --out an</translation>
    </message>
    <message>
        <source>apply needs --model</source>
        <translation>apply braucht --model</translation>
    </message>
    <message>
        <source>--prior &apos;%1&apos; must be a number in (0, 1)</source>
        <translation>--prior &apos;%1&apos; muss eine Zahl in (0, 1) sein</translation>
    </message>
    <message>
        <source>--l2 &apos;%1&apos; must be a finite number &gt;= 0</source>
        <translation>--l2 &apos;%1&apos; muss eine endliche Zahl &gt;= 0 sein</translation>
    </message>
    <message>
        <source>fuse: %1 bona fide (target) and %2 spoof trials, prior %3, l2 %4: weights %5, offset %6; training Cllr %7 bits; %8 after %9 Newton iterations; written to %10</source>
        <translation>fuse: %1 Bona-fide- (Ziel) und %2 Spoof-Trials, Prior %3, l2 %4: Gewichte %5, Offset %6; Trainings-Cllr %7 Bit; %8 nach %9 Newton-Iterationen; geschrieben nach %10</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>konvergiert</translation>
    </message>
    <message>
        <source>NOT converged</source>
        <translation>NICHT konvergiert</translation>
    </message>
    <message>
        <source>fuse: %1 clips fused with %2 (trained on %3); written to %4</source>
        <translation>fuse: %1 Aufnahmen mit %2 fusioniert (trainiert auf %3); geschrieben nach %4</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>no channel %1 (the file has %2 channel(s))</source>
        <translation>kein Kanal %1 (die Datei hat %2 Kanal/Kanäle)</translation>
    </message>
    <message>
        <source>--channel needs a channel number from 1</source>
        <translation>--channel braucht eine Kanalnummer ab 1</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no input files</source>
        <translation>keine Eingabedateien</translation>
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
        <translation>Aufruf: sourcetrace-cli info [--json] [--quiet] [--channel N] FILE...
Gibt für jede Beweisdatei aus: Pfad, Container, Sample-Format, Abtastrate, Kanäle, Dauer
(h:mm:ss.mmm), Frames, Dateigröße, SHA-256 der Bytes der Datei, Spitzen- und RMS-Pegel (dBFS, über alle
Kanäle) und die Zahl übersteuerter Samples; bei einer Datei mit mehreren Kanälen auch die Pegel
jedes Kanals. Dateien werden schreibgeschützt geöffnet.
  --json       ein JSON-Array auf stdout (fehlgeschlagene Dateien erscheinen als {&quot;path&quot;, &quot;error&quot;})
  --quiet      kein Fortschrittsbalken auf stderr
  --channel N  Spitze, RMS und Zahl der Übersteuerungen nur von Kanal N (ab 1) statt aller Kanäle;
               eine Datei ohne Kanal N schlägt mit einer Meldung fehl
Exit-Code: 0 alle Dateien gelesen, 1 einige fehlgeschlagen (jeweils auf stderr gemeldet), 2 Bedienfehler.</translation>
    </message>
    <message>
        <source>info %1</source>
        <translation>Info %1</translation>
    </message>
</context>
<context>
    <name>LibraryCliSupport</name>
    <message>
        <source>Project protocol TSV (columns file, attack, acoustic_model, waveform_generator, codec, ...).</source>
        <translation>Projekt-Protokoll-TSV (Spalten file, attack, acoustic_model, waveform_generator, codec, ...).</translation>
    </message>
    <message>
        <source>Folder the protocol&apos;s file column is relative to (default: the protocol&apos;s folder).</source>
        <translation>Ordner, auf den sich die Spalte file des Protokolls bezieht (Standard: der Ordner des Protokolls).</translation>
    </message>
    <message>
        <source>Take embeddings from a `sourcetrace-cli embed` output folder instead of running the model (keys = file column / paths as given).</source>
        <translation>Embeddings aus einem Ausgabeordner von `sourcetrace-cli embed` nehmen, statt das Modell laufen zu lassen (Schlüssel = Spalte file / Pfade wie angegeben).</translation>
    </message>
    <message>
        <source>The model (default: the library&apos;s; another one is refused).</source>
        <translation>Das Modell (Standard: das der Bibliothek; ein anderes wird abgewiesen).</translation>
    </message>
    <message>
        <source>CPU threads for the model.</source>
        <translation>CPU-Threads für das Modell.</translation>
    </message>
    <message>
        <source>Run on the CPU even when a CUDA GPU is usable.</source>
        <translation>Auf der CPU rechnen, auch wenn eine CUDA-GPU nutzbar ist.</translation>
    </message>
    <message>
        <source>No progress bar on stderr.</source>
        <translation>Kein Fortschrittsbalken auf stderr.</translation>
    </message>
    <message>
        <source>this is a STOPA trial list, not a list of labelled clips: give a clip protocol (the project&apos;s TSV, an ASVspoof LA protocol or an MLAAD CSV)</source>
        <translation>dies ist eine STOPA-Trial-Liste, keine Liste gelabelter Aufnahmen: geben Sie ein Aufnahmeprotokoll an (die TSV des Projekts, ein ASVspoof-LA-Protokoll oder eine MLAAD-CSV)</translation>
    </message>
    <message>
        <source>no samples</source>
        <translation>keine Samples</translation>
    </message>
    <message>
        <source>the model gave a non-finite embedding value: nothing is enrolled or traced for this clip</source>
        <translation>das Modell lieferte einen nicht endlichen Embedding-Wert: für diese Aufnahme wird nichts registriert oder zurückverfolgt</translation>
    </message>
    <message>
        <source>no embedding for key &apos;%1&apos; in the --embeddings folder</source>
        <translation>kein Embedding für Schlüssel &apos;%1&apos; im Ordner --embeddings</translation>
    </message>
    <message>
        <source>row %1 (key &apos;%2&apos;, column %3) is not finite (%4): no embedding for %5</source>
        <translation>Zeile %1 (Schlüssel &apos;%2&apos;, Spalte %3) ist nicht endlich (%4): kein Embedding für %5</translation>
    </message>
    <message>
        <source>cannot read: is %1 an `embed` output folder?</source>
        <translation>nicht lesbar: ist %1 ein Ausgabeordner von `embed`?</translation>
    </message>
    <message>
        <source>expected N x %1 embeddings</source>
        <translation>N x %1 Embeddings erwartet</translation>
    </message>
    <message>
        <source>%1 keys for %2 embeddings</source>
        <translation>%1 Schlüssel für %2 Embeddings</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; appears twice (rows %2 and %3): which embedding is it?</source>
        <translation>Schlüssel &apos;%1&apos; kommt zweimal vor (Zeilen %2 und %3): welches Embedding ist es?</translation>
    </message>
    <message>
        <source>embeddings of %1 from %2 (%3 clips)</source>
        <translation>Embeddings von %1 aus %2 (%3 Aufnahmen)</translation>
    </message>
    <message>
        <source>model %1 on %2</source>
        <translation>Modell %1 auf %2</translation>
    </message>
    <message>
        <source>row %1 (key &apos;%2&apos;) holds a non-finite logit: no OOD scores for %3</source>
        <translation>Zeile %1 (Schlüssel &apos;%2&apos;) enthält einen nicht endlichen Logit: keine OOD-Scores für %3</translation>
    </message>
</context>
<context>
    <name>LibraryCommand</name>
    <message>
        <source>The library file (.db).</source>
        <translation>Die Bibliotheksdatei (.db).</translation>
    </message>
    <message>
        <source>Model (registry name or manifest).</source>
        <translation>Modell (Registry-Name oder Manifest).</translation>
    </message>
    <message>
        <source>The new library file.</source>
        <translation>Die neue Bibliotheksdatei.</translation>
    </message>
    <message>
        <source>--model and --out are required</source>
        <translation>--model und --out sind erforderlich</translation>
    </message>
    <message>
        <source>the manifest gives no embeddingDim</source>
        <translation>das Manifest nennt kein embeddingDim</translation>
    </message>
    <message>
        <source>library: created %1 for %2</source>
        <translation>library: %1 für %2 angelegt</translation>
    </message>
    <message>
        <source>level=value for FILE arguments (repeatable), e.g. attack=A01.</source>
        <translation>Ebene=Wert für DATEI-Argumente (wiederholbar), z. B. attack=A01.</translation>
    </message>
    <message>
        <source>key=value attribute of the enrolled attack source (repeatable).</source>
        <translation>Attribut Schlüssel=Wert der registrierten Angriffsquelle (wiederholbar).</translation>
    </message>
    <message>
        <source>--label takes level=value, not &apos;%1&apos;</source>
        <translation>--label nimmt Ebene=Wert, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--attr takes key=value, not &apos;%1&apos;</source>
        <translation>--attr nimmt Schlüssel=Wert, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no clips (give FILE... --label level=value, or --protocol P)</source>
        <translation>keine Aufnahmen (geben Sie DATEI... --label Ebene=Wert oder --protocol P an)</translation>
    </message>
    <message>
        <source>no label: give --label attack=NAME (or another level) for FILE arguments</source>
        <translation>kein Label: geben Sie für DATEI-Argumente --label attack=NAME (oder eine andere Ebene) an</translation>
    </message>
    <message>
        <source>library enrol: %1 clips into %2; embeddings: %3</source>
        <translation>library enrol: %1 Aufnahmen in %2; Embeddings: %3</translation>
    </message>
    <message>
        <source>%1 (sources committed before stay)</source>
        <translation>%1 (zuvor festgeschriebene Quellen bleiben)</translation>
    </message>
    <message>
        <source>library enrol: %1 added, %2 skipped (already enrolled), %3 failed, %4 sources changed</source>
        <translation>library enrol: %1 hinzugefügt, %2 übersprungen (bereits registriert), %3 fehlgeschlagen, %4 Quellen geändert</translation>
    </message>
    <message>
        <source>JSON on stdout.</source>
        <translation>JSON auf stdout.</translation>
    </message>
    <message>
        <source>STOPA fingerprint CSV to write.</source>
        <translation>Zu schreibende STOPA-Fingerabdruck-CSV.</translation>
    </message>
    <message>
        <source>.npy to write (names in out.npy.sources.txt).</source>
        <translation>Zu schreibende .npy (Namen in out.npy.sources.txt).</translation>
    </message>
    <message>
        <source>--npy: every enrolment embedding instead of the fingerprints.</source>
        <translation>--npy: jedes Registrierungs-Embedding statt der Fingerabdrücke.</translation>
    </message>
    <message>
        <source>Overwrite existing output files.</source>
        <translation>Vorhandene Ausgabedateien überschreiben.</translation>
    </message>
    <message>
        <source>give --csv out.csv or --npy out.npy</source>
        <translation>geben Sie --csv out.csv oder --npy out.npy an</translation>
    </message>
    <message>
        <source>%1: refusing to write over the library itself</source>
        <translation>%1: die Bibliothek selbst wird nicht überschrieben</translation>
    </message>
    <message>
        <source>%1: is a folder; give a file name</source>
        <translation>%1: ist ein Ordner; geben Sie einen Dateinamen an</translation>
    </message>
    <message>
        <source>%1 exists; give --force to overwrite it (nothing was written)</source>
        <translation>%1 existiert; geben Sie --force an, um sie zu überschreiben (nichts wurde geschrieben)</translation>
    </message>
    <message>
        <source>library export: %1 fingerprints to %2</source>
        <translation>library export: %1 Fingerabdrücke nach %2</translation>
    </message>
    <message>
        <source>library export: %1 (+ .sources.txt)</source>
        <translation>library export: %1 (+ .sources.txt)</translation>
    </message>
    <message>
        <source>STOPA fingerprint CSV.</source>
        <translation>STOPA-Fingerabdruck-CSV.</translation>
    </message>
    <message>
        <source>The model the CSV&apos;s fingerprints come from; must be the library&apos;s model.</source>
        <translation>Das Modell, von dem die Fingerabdrücke der CSV stammen; muss das Modell der Bibliothek sein.</translation>
    </message>
    <message>
        <source>Import without checking the model (the CSV does not name one).</source>
        <translation>Ohne Prüfung des Modells importieren (die CSV nennt keines).</translation>
    </message>
    <message>
        <source>--csv is required</source>
        <translation>--csv ist erforderlich</translation>
    </message>
    <message>
        <source>%1: a STOPA fingerprint CSV does not say which model made it; library %2 is bound to model %3: give --model-name %3 if the CSV comes from that model, or --force to import it unchecked</source>
        <translation>%1: eine STOPA-Fingerabdruck-CSV sagt nicht, welches Modell sie erzeugt hat; Bibliothek %2 ist an Modell %3 gebunden: geben Sie --model-name %3 an, wenn die CSV von diesem Modell stammt, oder --force, um sie ungeprüft zu importieren</translation>
    </message>
    <message>
        <source>library %1 is bound to model %2; refusing fingerprints of model %3 from %4 (create a library for %3, or --force)</source>
        <translation>Bibliothek %1 ist an Modell %2 gebunden; Fingerabdrücke von Modell %3 aus %4 werden abgewiesen (legen Sie eine Bibliothek für %3 an, oder --force)</translation>
    </message>
    <message>
        <source>library import: %1 fingerprints added, %2 already there</source>
        <translation>library import: %1 Fingerabdrücke hinzugefügt, %2 bereits vorhanden</translation>
    </message>
    <message>
        <source>library: %1 &apos;%2&apos; renamed to &apos;%3&apos;</source>
        <translation>library: %1 &apos;%2&apos; in &apos;%3&apos; umbenannt</translation>
    </message>
    <message>
        <source>library: %1 &apos;%2&apos; merged into &apos;%3&apos; (%4 enrolments)</source>
        <translation>library: %1 &apos;%2&apos; mit &apos;%3&apos; zusammengeführt (%4 Registrierungen)</translation>
    </message>
    <message>
        <source>library: %1 &apos;%2&apos; deleted (%3 enrolments)</source>
        <translation>library: %1 &apos;%2&apos; gelöscht (%3 Registrierungen)</translation>
    </message>
    <message>
        <source>library verify: %1%2 problems</source>
        <translation>library verify: %1%2 Probleme</translation>
    </message>
    <message>
        <source>library upgrade: %1 is at schema v%2</source>
        <translation>library upgrade: %1 hat Schema v%2</translation>
    </message>
    <message>
        <source>cosine (default), mahalanobis, knn, or a stored trained one: mlp, siamese-ce, siamese-cl, siamese-zs.</source>
        <translation>cosine (Standard), mahalanobis, knn oder ein gespeichertes trainiertes: mlp, siamese-ce, siamese-cl, siamese-zs.</translation>
    </message>
    <message>
        <source>Threshold at this false-alarm rate instead of the EER.</source>
        <translation>Schwellenwert bei dieser Falschalarmrate statt bei der EER.</translation>
    </message>
    <message>
        <source>knn: k (default 7).</source>
        <translation>knn: k (Standard 7).</translation>
    </message>
    <message>
        <source>mahalanobis: shrinkage (default 0.1).</source>
        <translation>mahalanobis: Shrinkage (Standard 0,1).</translation>
    </message>
    <message>
        <source>cosine: subtract the mean enrolment embedding first.</source>
        <translation>cosine: zuerst das mittlere Registrierungs-Embedding abziehen.</translation>
    </message>
    <message>
        <source>--protocol (a labelled development protocol) is required</source>
        <translation>--protocol (ein gelabeltes Entwicklungsprotokoll) ist erforderlich</translation>
    </message>
    <message>
        <source>no level had both target and non-target trials in %1</source>
        <translation>keine Ebene hatte sowohl Ziel- als auch Nichtziel-Trials in %1</translation>
    </message>
    <message>
        <source>mlp, siamese-ce, siamese-cl or siamese-zs.</source>
        <translation>mlp, siamese-ce, siamese-cl oder siamese-zs.</translation>
    </message>
    <message>
        <source>Only this level (default: every level with sources).</source>
        <translation>Nur diese Ebene (Standard: jede Ebene mit Quellen).</translation>
    </message>
    <message>
        <source>Training epochs (mlp 100, siamese 30; 0 with --weights: as published).</source>
        <translation>Trainingsepochen (mlp 100, siamese 30; 0 mit --weights: wie veröffentlicht).</translation>
    </message>
    <message>
        <source>Random seed (default 1): same seed, same weights.</source>
        <translation>Zufalls-Seed (Standard 1): gleicher Seed, gleiche Gewichte.</translation>
    </message>
    <message>
        <source>Adam learning rate (default 0.001).</source>
        <translation>Adam-Lernrate (Standard 0,001).</translation>
    </message>
    <message>
        <source>Width of the first hidden layer (default 128).</source>
        <translation>Breite der ersten verborgenen Schicht (Standard 128).</translation>
    </message>
    <message>
        <source>Minibatch size (mlp 32, siamese 128).</source>
        <translation>Minibatch-Größe (mlp 32, siamese 128).</translation>
    </message>
    <message>
        <source>siamese: pairs drawn per epoch (default 4096).</source>
        <translation>siamese: je Epoche gezogene Paare (Standard 4096).</translation>
    </message>
    <message>
        <source>siamese-cl/zs: contrastive margin (default 1.0).</source>
        <translation>siamese-cl/zs: kontrastiver Margin (Standard 1,0).</translation>
    </message>
    <message>
        <source>siamese-cl/zs: published PyTorch state dict of the tower (160-128-64-32).</source>
        <translation>siamese-cl/zs: veröffentlichtes PyTorch-State-Dict des Turms (160-128-64-32).</translation>
    </message>
    <message>
        <source>No progress bar.</source>
        <translation>Kein Fortschrittsbalken.</translation>
    </message>
    <message>
        <source>--backend (mlp, siamese-ce, siamese-cl or siamese-zs) is required</source>
        <translation>--backend (mlp, siamese-ce, siamese-cl oder siamese-zs) ist erforderlich</translation>
    </message>
    <message>
        <source>%1 is not a trained back-end (it is fitted when tracing); trained ones: mlp, siamese-ce, siamese-cl, siamese-zs</source>
        <translation>%1 ist kein trainiertes Backend (es wird bei der Rückverfolgung angepasst); trainierte: mlp, siamese-ce, siamese-cl, siamese-zs</translation>
    </message>
    <message>
        <source>no enrolled sources at %1</source>
        <translation>keine registrierten Quellen auf %1</translation>
    </message>
    <message>
        <source>%1 (nothing stored)</source>
        <translation>%1 (nichts gespeichert)</translation>
    </message>
    <message>
        <source>library fit-backend: %1 stored in %2; `trace --backend %1` uses it while the enrolments stay as they are</source>
        <translation>library fit-backend: %1 in %2 gespeichert; `trace --backend %1` verwendet es, während die Registrierungen bleiben, wie sie sind</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;
%2</source>
        <translation>unbekannter Befehl &apos;%1&apos;
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
        <translation>Aufruf: sourcetrace-cli library BEFEHL ...
  create --model M --out L.db                     eine neue Bibliothek, gebunden an Modell M
  enrol L.db (--protocol P [--root DIR] | FILE... --label level=value...) [--embeddings DIR] [--attr key=value...]
  list L.db [--level L] [--json]                  Quellen, Anzahlen, Attribute, Schwellenwerte
  export L.db --level L (--csv out.csv | --npy out.npy [--enrolments]) [--force]   --force überschreibt
  import L.db --csv stopa.csv --level L (--model-name M | --force)   STOPA-Fingerabdruck-CSV (file,0,1,...)
  rename L.db --level L FROM TO
  merge L.db --level L FROM INTO                  die Registrierungen von FROM wandern nach INTO
  delete L.db --level L NAME
  verify L.db                                     Integritätsprüfung von SQLite und jede Invariante der Bibliothek
  upgrade L.db                                    ein älteres Schema migrieren (der einzige Lesezugriff auf eine alte Datei, der schreibt)
  calibrate L.db --protocol P [--root DIR] [--embeddings DIR] [--backend cosine] [--target-far 0.05]
  fit-backend L.db --backend mlp|siamese-ce|siamese-cl|siamese-zs [--level L] [--epochs N] [--seed S] [--lr R]
              [--hidden H] [--batch B] [--pairs P] [--margin M] [--weights PTH]   ein Backend trainieren und speichern
Ebenen: attack, acoustic_model, vocoder, codec.
list, verify, export und `trace` öffnen die Bibliothek schreibgeschützt und ändern sie nie; schreibende Befehle warten aufeinander.</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>erwartet %1</translation>
    </message>
    <message>
        <source>attack (default), acoustic_model, vocoder or codec.</source>
        <translation>attack (Standard), acoustic_model, vocoder oder codec.</translation>
    </message>
    <message>
        <source>%1 sources, </source>
        <translation>%1 Quellen, </translation>
    </message>
    <message>
        <source>embed the development clips</source>
        <translation>die Entwicklungsaufnahmen einbetten</translation>
    </message>
    <message>
        <source>any level</source>
        <translation>beliebige Ebene</translation>
    </message>
    <message>
        <source>fit %1</source>
        <translation>%1 anpassen</translation>
    </message>
    <message>
        <source>%1 epoch %2/%3 loss %4</source>
        <translation>%1 Epoche %2/%3 Loss %4</translation>
    </message>
    <message>
        <source>library fit-backend: %1 %2 epoch %3/%4 loss %5</source>
        <translation>library fit-backend: %1 %2 Epoche %3/%4 Loss %5</translation>
    </message>
    <message>
        <source>--shard shards the embedding: an enrolment from --embeddings runs no model and needs no shards</source>
        <translation>--shard teilt die Berechnung der Embeddings auf: eine Registrierung aus --embeddings führt kein Modell aus und braucht keine Shards</translation>
    </message>
    <message>
        <source>shard %1: %2 clips, %3 already in %4, %5 to do; embeddings: %6</source>
        <translation>Shard %1: %2 Aufnahmen, %3 schon in %4, %5 zu erledigen; Embeddings: %6</translation>
    </message>
    <message>
        <source>embed for %1</source>
        <translation>Embeddings für %1</translation>
    </message>
    <message>
        <source>shard %1: %2 embeddings in %3, %4 failed; enrol them with: sourcetrace-cli merge library enrol ...</source>
        <translation>Shard %1: %2 Embeddings in %3, %4 fehlgeschlagen; registrieren Sie sie mit: sourcetrace-cli merge library enrol ...</translation>
    </message>
    <message>
        <source>does not hold %1 rows of %2 values (the library&apos;s dimension)</source>
        <translation>enthält nicht %1 Zeilen mit je %2 Werten (der Dimension der Bibliothek)</translation>
    </message>
    <message>
        <source>lacks the embedding of &quot;%1&quot; although its shard.json says complete: rerun that shard</source>
        <translation>das Embedding von &quot;%1&quot; fehlt, obwohl seine shard.json ihn als vollständig ausweist: führen Sie diesen Shard erneut aus</translation>
    </message>
    <message>
        <source>%1 added, %2 skipped (already enrolled), %3 failed, %4 sources changed, from %5 shards in one transaction</source>
        <translation>%1 hinzugefügt, %2 übersprungen (bereits registriert), %3 fehlgeschlagen, %4 Quellen geändert, aus %5 Shards in einer Transaktion</translation>
    </message>
    <message>
        <source>the embeddings there come from model %1 (weights %2), not the library&apos;s %3 (weights %4)</source>
        <translation>die Embeddings dort stammen von Modell %1 (Gewichte %2), nicht vom Modell der Bibliothek %3 (Gewichte %4)</translation>
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
        <translation>Führt Shard-Ausgaben zusammen: sourcetrace-cli merge COMMAND ARGS... [--shards N]
COMMAND ist einer von: %1. ARGS sind die Argumente, mit denen die Shards liefen, ohne --shard. Der Merge prüft, ob
die Shards 0..N-1 alle vorhanden, vollständig, ohne fehlgeschlagene Aufnahmen und vom selben Modell, denselben Einstellungen und demselben Build sind,
und schreibt dann in die eigene Ausgabe des Befehls genau das, was ein ungeshardeter Lauf schreibt. N wird aus den Shard-
Ordnern gelesen (OUT/shards/K-of-N oder OUT.shards/K-of-N), sofern --shards nicht angegeben ist. Exit-Status 1 nennt die fehlenden,
fehlgeschlagenen oder abweichenden Shards. Siehe docs/sharding.md.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no shards to merge (mergeable: %2)</source>
        <translation>&quot;%1&quot; hat keine Shards zum Zusammenführen (zusammenführbar: %2)</translation>
    </message>
    <message>
        <source>--shards needs a value N</source>
        <translation>--shards braucht einen Wert N</translation>
    </message>
    <message>
        <source>give the arguments without --shard (the merge joins all shards)</source>
        <translation>geben Sie die Argumente ohne --shard an (der Merge führt alle Shards zusammen)</translation>
    </message>
    <message>
        <source>--shards must be a whole number of at least 1 (got &quot;%1&quot;)</source>
        <translation>--shards muss eine ganze Zahl von mindestens 1 sein (erhalten: &quot;%1&quot;)</translation>
    </message>
</context>
<context>
    <name>ModelCliSupport</name>
    <message>
        <source>Model: a registry name (see `sourcetrace-cli models`) or a manifest .json.</source>
        <translation>Modell: ein Registry-Name (siehe `sourcetrace-cli models`) oder ein Manifest (.json).</translation>
    </message>
    <message>
        <source>TSV with a header line holding a column `file`: the clips to process.</source>
        <translation>TSV mit einer Kopfzeile, die eine Spalte `file` enthält: die zu verarbeitenden Aufnahmen.</translation>
    </message>
    <message>
        <source>Folder the protocol&apos;s file column is relative to (default: the protocol&apos;s folder).</source>
        <translation>Ordner, auf den sich die Spalte file des Protokolls bezieht (Standard: der Ordner des Protokolls).</translation>
    </message>
    <message>
        <source>CPU threads for the model (default: LibTorch&apos;s setting).</source>
        <translation>CPU-Threads für das Modell (Standard: die Einstellung von LibTorch).</translation>
    </message>
    <message>
        <source>Run on the CPU even when a CUDA GPU is usable.</source>
        <translation>Auf der CPU rechnen, auch wenn eine CUDA-GPU nutzbar ist.</translation>
    </message>
    <message>
        <source>Input policy instead of the manifest&apos;s: whole-clip, fixed-length or sliding-windows.</source>
        <translation>Eingaberichtlinie statt der des Manifests: whole-clip, fixed-length oder sliding-windows.</translation>
    </message>
    <message>
        <source>Input length in samples for fixed-length / sliding-windows (default: the manifest&apos;s).</source>
        <translation>Eingabelänge in Samples für fixed-length / sliding-windows (Standard: die des Manifests).</translation>
    </message>
    <message>
        <source>Hop in samples between windows (sliding-windows policy, --timeline; default: the manifest&apos;s / 32000).</source>
        <translation>Hop in Samples zwischen Fenstern (Richtlinie sliding-windows, --timeline; Standard: der des Manifests / 32000).</translation>
    </message>
    <message>
        <source>Inputs of equal length per forward pass (default 1).</source>
        <translation>Eingaben gleicher Länge je Vorwärtsdurchlauf (Standard 1).</translation>
    </message>
    <message>
        <source>No progress bar on stderr.</source>
        <translation>Kein Fortschrittsbalken auf stderr.</translation>
    </message>
    <message>
        <source>Channel to analyse, 1-based (default: mix-down of all channels).</source>
        <translation>Zu analysierender Kanal, ab 1 (Standard: Mischung aller Kanäle).</translation>
    </message>
    <message>
        <source>--channel takes a channel number from 1 (got &apos;%1&apos;)</source>
        <translation>--channel nimmt eine Kanalnummer ab 1 (erhalten: &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>this is a STOPA trial list, not a list of clips: give a clip protocol (the project&apos;s TSV, an ASVspoof LA protocol or an MLAAD CSV)</source>
        <translation>dies ist eine STOPA-Trial-Liste, keine Liste von Aufnahmen: geben Sie ein Aufnahmeprotokoll an (die TSV des Projekts, ein ASVspoof-LA-Protokoll oder eine MLAAD-CSV)</translation>
    </message>
    <message>
        <source>--model is required (the default model %1 was not found in %2): a registry name (see `sourcetrace-cli models`) or a manifest .json</source>
        <translation>--model ist erforderlich (das Standardmodell %1 wurde in %2 nicht gefunden): ein Registry-Name (siehe `sourcetrace-cli models`) oder ein Manifest (.json)</translation>
    </message>
    <message>
        <source>--threads must be a positive integer (got &quot;%1&quot;)</source>
        <translation>--threads muss eine positive ganze Zahl sein (erhalten: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--policy must be whole-clip, fixed-length or sliding-windows (got &quot;%1&quot;)</source>
        <translation>--policy muss whole-clip, fixed-length oder sliding-windows sein (erhalten: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--%1 must be a positive number of samples (got &quot;%2&quot;)</source>
        <translation>--%1 muss eine positive Anzahl Samples sein (erhalten: &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>sourcetrace-cli %1: no input clips (give FILE... or --protocol P)</source>
        <translation>sourcetrace-cli %1: keine Eingabeaufnahmen (geben Sie DATEI... oder --protocol P an)</translation>
    </message>
    <message>
        <source>no channel %1 (the file has %2 channel(s))</source>
        <translation>kein Kanal %1 (die Datei hat %2 Kanal/Kanäle)</translation>
    </message>
    <message>
        <source>%1: out of memory while processing it</source>
        <translation>%1: Speicher erschöpft bei der Verarbeitung</translation>
    </message>
    <message>
        <source>interrupted: %1 stopped before the end</source>
        <translation>abgebrochen: %1 vor dem Ende angehalten</translation>
    </message>
</context>
<context>
    <name>ModelsCommand</name>
    <message>
        <source>Lists the models of the registry: $SOURCETRACE_MODEL_PATH (&apos;:&apos;-separated), the user&apos;s model folder, the project&apos;s
models/ folder. For each: name, kind, classes, sample rate, input policy, weights path and whether the weights&apos;
SHA-256 is the one the manifest pins. --check also loads each model (TorchScript: output shapes checked).
Exit status 1 when a weights file differs from its manifest, a manifest is broken or (--check) a model fails to load.</source>
        <translation>Listet die Modelle der Registry auf: $SOURCETRACE_MODEL_PATH (durch &apos;:&apos; getrennt), der Modellordner des Benutzers, der Ordner
models/ des Projekts. Für jedes: Name, Art, Klassen, Abtastrate, Eingaberichtlinie, Pfad der Gewichte und ob der SHA-256
der Gewichte der ist, den das Manifest festlegt. --check lädt zusätzlich jedes Modell (TorchScript: Ausgabeformen geprüft).
Exit-Status 1, wenn eine Gewichtsdatei von ihrem Manifest abweicht, ein Manifest defekt ist oder (--check) ein Modell nicht lädt.</translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation>JSON-Ausgabe.</translation>
    </message>
    <message>
        <source>Load every model whose weights are present.</source>
        <translation>Jedes Modell laden, dessen Gewichte vorhanden sind.</translation>
    </message>
    <message>
        <source>broken manifest: %1</source>
        <translation>defektes Manifest: %1</translation>
    </message>
    <message>
        <source>model folders: %1</source>
        <translation>Modellordner: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>loads OK on %1</source>
        <translation>lädt fehlerfrei auf %1</translation>
    </message>
    <message>
        <source>LOAD FAILED: %1</source>
        <translation>LADEN FEHLGESCHLAGEN: %1</translation>
    </message>
    <message>
        <source>    weights SHA-256 %1, but the manifest %2 pins %3</source>
        <translation>    Gewichte SHA-256 %1, aber das Manifest %2 legt %3 fest</translation>
    </message>
    <message>
        <source>    (%1 is hidden by %2, which has the same name)</source>
        <translation>    (%1 wird von %2 verdeckt, das denselben Namen hat)</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Zeigt die Hilfe zu den Befehlszeilenoptionen an.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Zeigt die Hilfe einschließlich der Qt-spezifischen Optionen an.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Zeigt die Versionsinformationen an.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[Optionen]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumente:</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Unbekannte Option &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Unbekannte Optionen: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Fehlender Wert nach &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Unerwarteter Wert nach &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Einf&amp;ügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>bona fide mean feature of %n clip(s) (%1, SHA-256 %2)</source>
        <translation>
            <numerusform>Bona-fide-Mittelwertmerkmal von %n Aufnahme (%1, SHA-256 %2)</numerusform>
            <numerusform>Bona-fide-Mittelwertmerkmal von %n Aufnahmen (%1, SHA-256 %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>not a detector (%1 classes)</source>
        <translation>kein Detektor (%1 Klassen)</translation>
    </message>
    <message>
        <source>
weights SHA-256 %1…</source>
        <translation>
Gewichte SHA-256 %1…</translation>
    </message>
    <message>
        <source>weights %1</source>
        <translation>Gewichte %1</translation>
    </message>
    <message>
        <source>Detect with %1 on %2</source>
        <translation>Erkennung mit %1 auf %2</translation>
    </message>
    <message>
        <source>Trace %1 (%2)</source>
        <translation>Rückverfolgung %1 (%2)</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: cannot copy to %2</source>
        <translation>%1: kann nicht nach %2 kopiert werden</translation>
    </message>
    <message>
        <source>%1 bona fide, %2 spoof</source>
        <translation>%1 bona fide, %2 Spoof</translation>
    </message>
    <message>
        <source>%1: 1 class</source>
        <translation>%1: 1 Klasse</translation>
    </message>
    <message>
        <source>%1: %2 classes</source>
        <translation>%1: %2 Klassen</translation>
    </message>
    <message>
        <source>%1 clips: %2</source>
        <translation>%1 Aufnahmen: %2</translation>
    </message>
    <message>
        <source>%1 toolbar</source>
        <translation>Werkzeugleiste %1</translation>
    </message>
    <message>
        <source>the validated conditions could not be checked: %1</source>
        <translation>die validierten Bedingungen konnten nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>%1 (SHA-256 %2; %3 bona fide / %4 spoofed trials; Cllr %5 bits)</source>
        <translation>%1 (SHA-256 %2; %3 bona fide / %4 gefälschte Trials; Cllr %5 Bit)</translation>
    </message>
    <message>
        <source>the score is not a finite number</source>
        <translation>der Score ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>the clip&apos;s score is of its first %1 s of %2 s (fixed-length input); the timeline covers the rest</source>
        <translation>der Score der Aufnahme gilt für ihre ersten %1 s von %2 s (Eingabe fester Länge); der Zeitverlauf deckt den Rest ab</translation>
    </message>
    <message>
        <source>tracing: no library was given and the default model has no library beside it</source>
        <translation>Rückverfolgung: es wurde keine Bibliothek angegeben und neben dem Standardmodell liegt keine Bibliothek</translation>
    </message>
    <message>
        <source>tracing: %1</source>
        <translation>Rückverfolgung: %1</translation>
    </message>
    <message>
        <source>the library is bound to model %1, which is not among the usable models; install its manifest and weights (see the Models menu and docs/models.md)</source>
        <translation>die Bibliothek ist an Modell %1 gebunden, das nicht unter den nutzbaren Modellen ist; installieren Sie sein Manifest und seine Gewichte (siehe das Menü Modelle und docs/models.md)</translation>
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
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Alles speichern</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja, &amp;alle</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ein, keine</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>&amp;Link-Adresse kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Einf&amp;ügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
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
        <translation>Aufruf: sourcetrace-cli quality [--json] [--start S] [--end E] [--thresholds FILE] FILE...
Misst die Qualität jeder Beweisdatei (schreibgeschützt dekodiert, bei ihrer eigenen Rate auf Mono gemischt): Dauer,
Abtastrate, Kanäle, Container und Codec, Spitzen- und RMS-Pegel, DC-Offset, übersteuerte Samples (Folgen von 3 oder mehr
bei Vollaussteuerung, der schlechteste Kanal), Netto-Sprache (Energie-VAD), Sprache-Rausch-Verhältnis und effektive Bandbreite, mit
Hinweisen zu Codec und Abtastrate; beurteilt sie dann anhand der Schwellenwerte und gibt die Befunde aus.
Definitionen: docs/quality.md.
  --start S          ab S messen (Sekunden oder h:mm:ss.mmm) jeder Datei
  --end E            bis E messen (Standard: das Ende der Datei)
  --thresholds FILE  ein JSON-Objekt mit beliebigen von minSnrDb (Standard 15), minNetSpeechSeconds (2),
                     maxClippedFraction (0.001), maxAbsDcOffset (0.02), minBandwidthHz (3400)
  --json             ein JSON-Array auf stdout: {&quot;path&quot;, &quot;measures&quot;, &quot;verdict&quot;} je Datei oder {&quot;path&quot;,
                     &quot;error&quot;} für eine Datei, die nicht gelesen werden konnte
Exit-Code: 0 alle Dateien bestehen, 1 eine Datei besteht nicht oder ist nicht lesbar (jeweils gemeldet), 2 Bedienfehler.</translation>
    </message>
    <message>
        <source>%1 needs a time in seconds (or h:mm:ss.mmm) from 0</source>
        <translation>%1 braucht eine Zeit in Sekunden (oder h:mm:ss.mmm) ab 0</translation>
    </message>
    <message>
        <source>--thresholds needs a JSON file</source>
        <translation>--thresholds braucht eine JSON-Datei</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no input files</source>
        <translation>keine Eingabedateien</translation>
    </message>
    <message>
        <source>--end (%1 s) must be after --start (%2 s)</source>
        <translation>--end (%1 s) muss nach --start (%2 s) liegen</translation>
    </message>
</context>
<context>
    <name>ShardCliSupport</name>
    <message>
        <source>Run only shard K of N (K/N, 0 &lt;= K &lt; N) of the clips, or auto (K and N from SLURM_ARRAY_TASK_ID and SLURM_ARRAY_TASK_COUNT); the output goes to OUT/shards/K-of-N/ (folder) or OUT.shards/K-of-N/ (file). See docs/sharding.md.</source>
        <translation>Nur Shard K von N (K/N, 0 &lt;= K &lt; N) der Aufnahmen ausführen, oder auto (K und N aus SLURM_ARRAY_TASK_ID und SLURM_ARRAY_TASK_COUNT); die Ausgabe geht nach OUT/shards/K-of-N/ (Ordner) oder OUT.shards/K-of-N/ (Datei). Siehe docs/sharding.md.</translation>
    </message>
    <message>
        <source>nothing merged: every shard 0..N-1 must be present, complete and from the same model, settings and build (%1)</source>
        <translation>nichts zusammengeführt: jeder Shard 0..N-1 muss vorhanden, vollständig und vom selben Modell, denselben Einstellungen und demselben Build sein (%1)</translation>
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
        <translation>Verfolgt Aufnahmen zu den Quellen einer Bibliothek zurück: sourcetrace-cli trace --library L.db (FILE... | --protocol P [--root DIR])
  [--embeddings DIR] [--backend cosine|mahalanobis|knn|mlp|siamese-ce|siamese-cl|siamese-zs] [--k 7] [--shrinkage 0.1]
  [--weights PTH] [--top 5] [--json]
  [--pooled-eer OUTDIR]
Gibt je Aufnahme und Ebene die gereihten Kandidaten mit Scores aus (höher = wahrscheinlicher) und die Entscheidung: die beste
Quelle oder &apos;unknown&apos;, wenn ihr Score auf oder unter dem Schwellenwert liegt, den `library calibrate` für diese Ebene
und dieses Backend gespeichert hat. Die trainierten Backends (mlp, siamese-*) verwenden die von `library fit-backend` gespeicherte Anpassung; siamese-cl/zs
mit --weights und ohne gespeicherte Anpassung verwenden veröffentlichte Gewichte unverändert.
Bei einem Modell mit Klassenkopf auch die OOD-Scores (MSP, Energie, NSD; höher = In-Distribution).
--pooled-eer (braucht ein gelabeltes --protocol): jede Aufnahme gegen jeden Angriffs-Fingerabdruck als STOPA-Trials; schreibt
pooled_eer_kn.csv / pooled_eer_ukn.csv nach OUTDIR und gibt die Tabelle aus (bekannte Angriffe = die der Bibliothek).
Ohne --library wird die Standardbibliothek (library.db neben dem Standardmodell, sourcetrace-default) verwendet.
Hat das Modell der Bibliothek eine validity.json (calibrate-model), erhält eine Aufnahme außerhalb ihrer validierten Bedingungen
keinen Likelihood-Quotienten: die LRs werden zurückgehalten und die Gründe ausgegeben.</translation>
    </message>
    <message>
        <source>The fingerprint library.</source>
        <translation>Die Fingerabdruck-Bibliothek.</translation>
    </message>
    <message>
        <source>cosine (default), mahalanobis, knn, or a trained one stored by `library fit-backend`: mlp, siamese-ce, siamese-cl, siamese-zs.</source>
        <translation>cosine (Standard), mahalanobis, knn oder ein trainiertes, von `library fit-backend` gespeichertes: mlp, siamese-ce, siamese-cl, siamese-zs.</translation>
    </message>
    <message>
        <source>siamese-cl/zs without a stored fit: published tower weights (.pt).</source>
        <translation>siamese-cl/zs ohne gespeicherte Anpassung: veröffentlichte Turm-Gewichte (.pt).</translation>
    </message>
    <message>
        <source>knn: k (default 7).</source>
        <translation>knn: k (Standard 7).</translation>
    </message>
    <message>
        <source>mahalanobis: shrinkage (default 0.1).</source>
        <translation>mahalanobis: Shrinkage (Standard 0,1).</translation>
    </message>
    <message>
        <source>cosine: subtract the mean enrolment embedding first.</source>
        <translation>cosine: zuerst das mittlere Registrierungs-Embedding abziehen.</translation>
    </message>
    <message>
        <source>Candidates shown per level (default 5; JSON: all).</source>
        <translation>Je Ebene angezeigte Kandidaten (Standard 5; JSON: alle).</translation>
    </message>
    <message>
        <source>JSON on stdout (one object with a result per clip).</source>
        <translation>JSON auf stdout (ein Objekt mit einem Ergebnis je Aufnahme).</translation>
    </message>
    <message>
        <source>Write STOPA pooled EER tables to this folder.</source>
        <translation>Tabellen der gepoolten STOPA-EER in diesen Ordner schreiben.</translation>
    </message>
    <message>
        <source>--pooled-eer: overwrite existing tables.</source>
        <translation>--pooled-eer: vorhandene Tabellen überschreiben.</translation>
    </message>
    <message>
        <source>Audio files.</source>
        <translation>Audiodateien.</translation>
    </message>
    <message>
        <source>--library is required (no default library: the default model %1 has no library.db beside its manifest)</source>
        <translation>--library ist erforderlich (keine Standardbibliothek: das Standardmodell %1 hat keine library.db neben seinem Manifest)</translation>
    </message>
    <message>
        <source>--top takes a whole number of at least 1, not &apos;%1&apos;</source>
        <translation>--top nimmt eine ganze Zahl von mindestens 1, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 exists; give --force to overwrite it (nothing was written)</source>
        <translation>%1 existiert; geben Sie --force an, um sie zu überschreiben (nichts wurde geschrieben)</translation>
    </message>
    <message>
        <source>no clips (give FILE... or --protocol P)</source>
        <translation>keine Aufnahmen (geben Sie DATEI... oder --protocol P an)</translation>
    </message>
    <message>
        <source>%1 (likelihood ratios are withheld)</source>
        <translation>%1 (Likelihood-Quotienten werden zurückgehalten)</translation>
    </message>
    <message>
        <source>is the library itself, not a clip</source>
        <translation>ist die Bibliothek selbst, keine Aufnahme</translation>
    </message>
    <message>
        <source>trace with %1</source>
        <translation>Rückverfolgung mit %1</translation>
    </message>
    <message>
        <source>      LR withheld: %1
</source>
        <translation>      LR zurückgehalten: %1
</translation>
    </message>
    <message>
        <source>      LR for %1: %2 (log10 LR %3): %4; calibrated on %5 (sha256 %6, %7 target / %8 non-target trials, %9)
</source>
        <translation>      LR für %1: %2 (log10 LR %3): %4; kalibriert auf %5 (sha256 %6, %7 Ziel- / %8 Nichtziel-Trials, %9)
</translation>
    </message>
    <message>
        <source> (threshold %1)</source>
        <translation> (Schwellenwert %1)</translation>
    </message>
    <message>
        <source> (no threshold)</source>
        <translation> (kein Schwellenwert)</translation>
    </message>
</context>
<context>
    <name>TrainCommand</name>
    <message>
        <source>%1 (see sourcetrace-cli train --help)</source>
        <translation>%1 (siehe sourcetrace-cli train --help)</translation>
    </message>
    <message>
        <source>Trains a detector or tracer on labelled protocols (the project&apos;s TSV, ASVspoof 2019/2021 LA, MLAAD) with
SourceTrace&apos;s learning engine. A run folder (--out) receives run.json, log.csv, checkpoint/ and model/ (a
model folder the registry loads: add its parent to SOURCETRACE_MODEL_PATH or copy it into a model folder).
Settings come from --config (a JSON run configuration; docs/training.md) and the flags, which override it.
Ctrl-C writes a checkpoint and stops; --resume DIR continues, ending with the same weights as a run that
was never interrupted. Exit status: 0 done, 1 failed or interrupted, 2 usage.</source>
        <translation>Trainiert einen Detektor oder Tracer auf gelabelten Protokollen (die TSV des Projekts, ASVspoof 2019/2021 LA, MLAAD) mit
der Lern-Engine von SourceTrace. Ein Laufordner (--out) erhält run.json, log.csv, checkpoint/ und model/ (ein
Modellordner, den die Registry lädt: fügen Sie seinen übergeordneten Ordner zu SOURCETRACE_MODEL_PATH hinzu oder kopieren Sie ihn in einen Modellordner).
Einstellungen kommen aus --config (eine JSON-Laufkonfiguration; docs/training.md) und den Schaltern, die sie überschreiben.
Strg-C schreibt einen Checkpoint und hält an; --resume DIR setzt fort und endet mit denselben Gewichten wie ein Lauf, der
nie unterbrochen wurde. Exit-Status: 0 fertig, 1 fehlgeschlagen oder abgebrochen, 2 Bedienfehler.</translation>
    </message>
    <message>
        <source>interrupted; checkpoint written, continue with: sourcetrace-cli train --resume %1</source>
        <translation>abgebrochen; Checkpoint geschrieben, fortsetzen mit: sourcetrace-cli train --resume %1</translation>
    </message>
    <message>
        <source>--heads: an entry has no level (&quot;%1&quot;)</source>
        <translation>--heads: ein Eintrag hat keine Ebene (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--heads: the weight of &quot;%1&quot; is not a number</source>
        <translation>--heads: das Gewicht von &quot;%1&quot; ist keine Zahl</translation>
    </message>
    <message>
        <source>--heads: loss &quot;%1&quot; of level &quot;%2&quot; is none of ce, aam, ocsoftmax, ge2e</source>
        <translation>--heads: Loss &quot;%1&quot; der Ebene &quot;%2&quot; ist keiner von ce, aam, ocsoftmax, ge2e</translation>
    </message>
    <message>
        <source>JSON run configuration.</source>
        <translation>JSON-Laufkonfiguration.</translation>
    </message>
    <message>
        <source>Continue the run in DIR from its last checkpoint.</source>
        <translation>Den Lauf in DIR ab seinem letzten Checkpoint fortsetzen.</translation>
    </message>
    <message>
        <source>Training protocol (repeatable).</source>
        <translation>Trainingsprotokoll (wiederholbar).</translation>
    </message>
    <message>
        <source>Validation protocol (repeatable; default: split off the training protocols).</source>
        <translation>Validierungsprotokoll (wiederholbar; Standard: von den Trainingsprotokollen abgetrennt).</translation>
    </message>
    <message>
        <source>Folder the protocols&apos; clip paths are relative to (default: each protocol&apos;s folder).</source>
        <translation>Ordner, auf den sich die Aufnahmepfade der Protokolle beziehen (Standard: der Ordner des jeweiligen Protokolls).</translation>
    </message>
    <message>
        <source>The run folder (new).</source>
        <translation>Der Laufordner (neu).</translation>
    </message>
    <message>
        <source>The model&apos;s registry name.</source>
        <translation>Der Registry-Name des Modells.</translation>
    </message>
    <message>
        <source>spectral (default), aasist or aasist-l.</source>
        <translation>spectral (Standard), aasist oder aasist-l.</translation>
    </message>
    <message>
        <source>AASIST: fine-tune from this checkpoint (.pth or .safetensors).</source>
        <translation>AASIST: von diesem Checkpoint aus feinabstimmen (.pth oder .safetensors).</translation>
    </message>
    <message>
        <source>Heads as level:loss[:weight], comma-separated, e.g. bonafide:ocsoftmax,attack:aam:0.5 (losses: ce, aam, ocsoftmax, ge2e). Default: bonafide:ce.</source>
        <translation>Köpfe als level:loss[:weight], kommagetrennt, z. B. bonafide:ocsoftmax,attack:aam:0.5 (Losses: ce, aam, ocsoftmax, ge2e). Standard: bonafide:ce.</translation>
    </message>
    <message>
        <source>Index of the head whose logits the model returns (default 0).</source>
        <translation>Index des Kopfes, dessen Logits das Modell zurückgibt (Standard 0).</translation>
    </message>
    <message>
        <source>Level to balance classes over in sampling.</source>
        <translation>Ebene, über die beim Sampling die Klassen ausgeglichen werden.</translation>
    </message>
    <message>
        <source>Protocol column whose groups the validation split keeps whole (default text).</source>
        <translation>Protokollspalte, deren Gruppen die Validierungsaufteilung ganz lässt (Standard text).</translation>
    </message>
    <message>
        <source>Epochs.</source>
        <translation>Epochen.</translation>
    </message>
    <message>
        <source>Batch size.</source>
        <translation>Batch-Größe.</translation>
    </message>
    <message>
        <source>Training crop in seconds.</source>
        <translation>Trainingsausschnitt in Sekunden.</translation>
    </message>
    <message>
        <source>Samples per epoch (default: the training set&apos;s size).</source>
        <translation>Samples je Epoche (Standard: die Größe des Trainingssatzes).</translation>
    </message>
    <message>
        <source>Peak learning rate.</source>
        <translation>Spitzen-Lernrate.</translation>
    </message>
    <message>
        <source>Augment on the fly (RawBoost series 5 and noise; tune in --config).</source>
        <translation>Fortlaufend augmentieren (RawBoost-Serie 5 und Rauschen; in --config einstellbar).</translation>
    </message>
    <message>
        <source>RegMixup regularisation.</source>
        <translation>RegMixup-Regularisierung.</translation>
    </message>
    <message>
        <source>Early stopping after N epochs without improvement.</source>
        <translation>Frühes Stoppen nach N Epochen ohne Verbesserung.</translation>
    </message>
    <message>
        <source>Best-checkpoint metric: auto, loss, eer:bonafide, accuracy:HEAD, pooled-eer:HEAD.</source>
        <translation>Metrik des besten Checkpoints: auto, loss, eer:bonafide, accuracy:HEAD, pooled-eer:HEAD.</translation>
    </message>
    <message>
        <source>LibTorch threads (default: all cores).</source>
        <translation>LibTorch-Threads (Standard: alle Kerne).</translation>
    </message>
    <message>
        <source>Data loading threads.</source>
        <translation>Threads zum Laden der Daten.</translation>
    </message>
    <message>
        <source>auto, cpu or cuda.</source>
        <translation>auto, cpu oder cuda.</translation>
    </message>
    <message>
        <source>Random seed (the run is reproducible from it).</source>
        <translation>Zufalls-Seed (der Lauf ist damit reproduzierbar).</translation>
    </message>
    <message>
        <source>Print the architecture&apos;s parameters and multiply-accumulates per 4 s clip, then exit.</source>
        <translation>Parameter und Multiply-Accumulates der Architektur je 4-s-Aufnahme ausgeben, dann beenden.</translation>
    </message>
    <message>
        <source>No progress bar.</source>
        <translation>Kein Fortschrittsbalken.</translation>
    </message>
    <message>
        <source>Print the result as JSON on stdout at the end.</source>
        <translation>Am Ende das Ergebnis als JSON auf stdout ausgeben.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--resume takes the run&apos;s own settings; --%1 cannot change them</source>
        <translation>--resume übernimmt die eigenen Einstellungen des Laufs; --%1 kann sie nicht ändern</translation>
    </message>
    <message>
        <source>--%1 must be an integer in [%2, %3]</source>
        <translation>--%1 muss eine ganze Zahl in [%2, %3] sein</translation>
    </message>
    <message>
        <source>--%1 must be a number in [%2, %3]</source>
        <translation>--%1 muss eine Zahl in [%2, %3] sein</translation>
    </message>
    <message>
        <source>--seed must be a non-negative integer</source>
        <translation>--seed muss eine nichtnegative ganze Zahl sein</translation>
    </message>
    <message>
        <source>--architecture must be spectral, aasist or aasist-l</source>
        <translation>--architecture muss spectral, aasist oder aasist-l sein</translation>
    </message>
    <message>
        <source>--device must be auto, cpu or cuda</source>
        <translation>--device muss auto, cpu oder cuda sein</translation>
    </message>
    <message>
        <source>%1: %2 parameters, %3 multiply-accumulates per 4 s clip</source>
        <translation>%1: %2 Parameter, %3 Multiply-Accumulates je 4-s-Aufnahme</translation>
    </message>
    <message>
        <source>(not modelled)</source>
        <translation>(nicht modelliert)</translation>
    </message>
    <message>
        <source>no training protocol (--protocol or &quot;protocols&quot; in --config)</source>
        <translation>kein Trainingsprotokoll (--protocol oder &quot;protocols&quot; in --config)</translation>
    </message>
    <message>
        <source>no run folder (--out or &quot;outputDir&quot; in --config)</source>
        <translation>kein Laufordner (--out oder &quot;outputDir&quot; in --config)</translation>
    </message>
    <message>
        <source>train %1</source>
        <translation>Training %1</translation>
    </message>
    <message>
        <source>best epoch %1 (%2 = %3); model: %4</source>
        <translation>beste Epoche %1 (%2 = %3); Modell: %4</translation>
    </message>
</context>
<context>
    <name>sourcetrace</name>
    <message>
        <source>Language of the interface: en, %1, or system (default: the choice in Edit &gt; Preferences, else the system&apos;s).</source>
        <translation>Sprache der Oberfläche: en, %1 oder system (Standard: die Wahl unter Bearbeiten &gt; Einstellungen, sonst die des Systems).</translation>
    </message>
    <message>
        <source>Show the sound system&apos;s own messages (ALSA, JACK) on stderr; also SOURCETRACE_AUDIO_DEBUG=1.</source>
        <translation>Die eigenen Meldungen des Soundsystems (ALSA, JACK) auf stderr zeigen; auch SOURCETRACE_AUDIO_DEBUG=1.</translation>
    </message>
    <message>
        <source>SourceTrace evidence viewer</source>
        <translation>SourceTrace-Beweismittelbetrachter</translation>
    </message>
    <message>
        <source>Displays version information: build, commit and the default model.</source>
        <translation>Zeigt die Versionsinformationen an: Build, Commit und das Standardmodell.</translation>
    </message>
    <message>
        <source>Audio file to open (default: the demo clip).</source>
        <translation>Zu öffnende Audiodatei (Standard: die Demo-Aufnahme).</translation>
    </message>
    <message>
        <source>Save a screenshot of the window and quit.</source>
        <translation>Einen Screenshot des Fensters speichern und beenden.</translation>
    </message>
    <message>
        <source>Window size WxH (with --screenshot).</source>
        <translation>Fenstergröße BxH (mit --screenshot).</translation>
    </message>
    <message>
        <source>Visible range START:END in seconds.</source>
        <translation>Sichtbarer Bereich START:END in Sekunden.</translation>
    </message>
    <message>
        <source>Select START:END in seconds.</source>
        <translation>START:END in Sekunden auswählen.</translation>
    </message>
    <message>
        <source>Run this model&apos;s detection on the file.</source>
        <translation>Die Erkennung dieses Modells auf die Datei anwenden.</translation>
    </message>
    <message>
        <source>Open this fingerprint library.</source>
        <translation>Diese Fingerabdruck-Bibliothek öffnen.</translation>
    </message>
    <message>
        <source>Trace the file against the library with this back-end.</source>
        <translation>Die Datei mit diesem Backend gegen die Bibliothek zurückverfolgen.</translation>
    </message>
    <message>
        <source>Run Integrated Gradients with this model on the file (16 steps, bona fide logit).</source>
        <translation>Integrated Gradients mit diesem Modell auf die Datei anwenden (16 Schritte, Bona-fide-Logit).</translation>
    </message>
    <message>
        <source>With --explain: the bona fide mean baseline from this file (feature-space IG).</source>
        <translation>Mit --explain: die Bona-fide-Mittelwert-Baseline aus dieser Datei (IG im Merkmalsraum).</translation>
    </message>
    <message>
        <source>Show (and raise) the dock with this object name, or the evaluation tab.</source>
        <translation>Das Dock mit diesem Objektnamen oder den Auswertungs-Tab zeigen (und nach vorn holen).</translation>
    </message>
    <message>
        <source>Show the Training dock with the curves and settings of this run folder.</source>
        <translation>Das Dock Training mit den Kurven und Einstellungen dieses Laufordners zeigen.</translation>
    </message>
    <message>
        <source>Open this case file (.stcase); its items are verified at once.</source>
        <translation>Diese Falldatei (.stcase) öffnen; ihre Asservate werden sofort verifiziert.</translation>
    </message>
    <message>
        <source>With --case: load this evidence item (verified first) instead of a file.</source>
        <translation>Mit --case: dieses Asservat (zuerst verifiziert) statt einer Datei laden.</translation>
    </message>
</context>
<context>
    <name>st::AasistConfig</name>
    <message>
        <source>model config field &quot;%1&quot;: %2</source>
        <translation>Feld &quot;%1&quot; der Modellkonfiguration: %2</translation>
    </message>
    <message>
        <source>expected a positive integer</source>
        <translation>erwartet wird eine positive ganze Zahl</translation>
    </message>
    <message>
        <source>expected a positive number</source>
        <translation>erwartet wird eine positive Zahl</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>expected an array of %1 values</source>
        <translation>erwartet wird ein Array von %1 Werten</translation>
    </message>
    <message>
        <source>cannot open the model config: %1</source>
        <translation>die Modellkonfiguration kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the model config is not valid JSON at offset %1: %2</source>
        <translation>die Modellkonfiguration ist bei Offset %1 kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>the model config is not a JSON object</source>
        <translation>die Modellkonfiguration ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>erwartet wird ein Objekt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not AASIST</source>
        <translation>&quot;%1&quot; ist nicht AASIST</translation>
    </message>
    <message>
        <source>needs at least 3 sinc filters</source>
        <translation>braucht mindestens 3 Sinc-Filter</translation>
    </message>
    <message>
        <source>expected [in_channels, out_channels]</source>
        <translation>erwartet wird [in_channels, out_channels]</translation>
    </message>
    <message>
        <source>the first residual block takes 1 input channel</source>
        <translation>der erste Residualblock hat 1 Eingangskanal</translation>
    </message>
    <message>
        <source>input channels %1 differ from the previous block&apos;s output %2</source>
        <translation>die Eingangskanäle %1 weichen von der Ausgabe %2 des vorigen Blocks ab</translation>
    </message>
    <message>
        <source>is used for three blocks in a row, so input and output channels must be equal</source>
        <translation>wird für drei Blöcke hintereinander verwendet, daher müssen Eingangs- und Ausgangskanäle gleich sein</translation>
    </message>
    <message>
        <source>a ratio must be at most 1</source>
        <translation>ein Verhältnis darf höchstens 1 sein</translation>
    </message>
</context>
<context>
    <name>st::AasistModel</name>
    <message>
        <source>AASIST forward: all waveforms of a batch must have the same length (%1 and %2 samples)</source>
        <translation>AASIST-Vorwärtsdurchlauf: alle Wellenformen eines Batches müssen gleich lang sein (%1 und %2 Samples)</translation>
    </message>
    <message>
        <source>AASIST forward: a waveform of %1 samples is too short; the model needs at least %2 samples (%3 s at 16 kHz)</source>
        <translation>AASIST-Vorwärtsdurchlauf: eine Wellenform von %1 Samples ist zu kurz; das Modell braucht mindestens %2 Samples (%3 s bei 16 kHz)</translation>
    </message>
    <message>
        <source>the checkpoint has no 2-d out_layer.weight: not an AASIST state dict</source>
        <translation>der Checkpoint hat kein zweidimensionales out_layer.weight: kein AASIST-State-Dict</translation>
    </message>
    <message>
        <source>out_layer.weight has no rows</source>
        <translation>out_layer.weight hat keine Zeilen</translation>
    </message>
    <message>
        <source>%1 (file %2, model [%3])</source>
        <translation>%1 (Datei %2, Modell [%3])</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>fehlend: %1</translation>
    </message>
    <message>
        <source>unexpected: %1</source>
        <translation>unerwartet: %1</translation>
    </message>
    <message>
        <source>wrong shape: %1</source>
        <translation>falsche Form: %1</translation>
    </message>
    <message>
        <source>the checkpoint does not fit the AASIST config (%1 classes, gat_dims [%2, %3]): %4</source>
        <translation>der Checkpoint passt nicht zur AASIST-Konfiguration (%1 Klassen, gat_dims [%2, %3]): %4</translation>
    </message>
    <message>
        <source>tensor %1 is %2, expected floating point</source>
        <translation>Tensor %1 ist %2, erwartet wird Gleitkomma</translation>
    </message>
    <message>
        <source>input gradients need a native AASIST model</source>
        <translation>Eingangsgradienten brauchen ein natives AASIST-Modell</translation>
    </message>
    <message>
        <source>class index %1 is out of range (the model has %2 classes)</source>
        <translation>Klassenindex %1 liegt außerhalb des Bereichs (das Modell hat %2 Klassen)</translation>
    </message>
    <message>
        <source>all waveforms of a batch must have the same length</source>
        <translation>alle Wellenformen eines Batches müssen gleich lang sein</translation>
    </message>
    <message>
        <source>a waveform of %1 samples is too short (at least %2)</source>
        <translation>eine Wellenform von %1 Samples ist zu kurz (mindestens %2)</translation>
    </message>
    <message>
        <source>the manifest names %1 classes, the checkpoint %2 has %3 (rows of out_layer.weight)</source>
        <translation>das Manifest nennt %1 Klassen, der Checkpoint %2 hat %3 (Zeilen von out_layer.weight)</translation>
    </message>
    <message>
        <source>the manifest says embeddingDim %1, the AASIST config gives %2</source>
        <translation>das Manifest gibt embeddingDim %1 an, die AASIST-Konfiguration ergibt %2</translation>
    </message>
</context>
<context>
    <name>st::AboutDialog</name>
    <message>
        <source>About SourceTrace</source>
        <translation>Über SourceTrace</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Verwendet für</translation>
    </message>
    <message>
        <source>Copy build facts</source>
        <translation>Build-Angaben kopieren</translation>
    </message>
    <message>
        <source>&lt;h2&gt;SourceTrace %1&lt;/h2&gt;&lt;p&gt;Synthetic-speech detection, source tracing and explanations for forensic examination. Everything runs offline: SourceTrace never uses the network.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;SourceTrace %1&lt;/h2&gt;&lt;p&gt;Erkennung synthetischer Sprache, Quellenrückverfolgung und Erklärungen für die forensische Untersuchung. Alles läuft offline: SourceTrace verwendet nie das Netzwerk.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Debian package</source>
        <translation>Debian-Paket</translation>
    </message>
    <message>
        <source>What was used</source>
        <translation>Was verwendet wurde</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Model training material</source>
        <translation>Trainingsmaterial der Modelle</translation>
    </message>
    <message>
        <source>SourceTrace is free software under the GNU General Public License, version 3 or later (/usr/share/common-licenses/GPL-3 on Debian); it comes with NO WARRANTY. The components keep their own licences (above); their Debian packages carry the full texts under /usr/share/doc/&amp;lt;package&amp;gt;/copyright. The default model, its calibration and its library were computed by the project from the output of the synthesisers and from the recordings listed under &lt;i&gt;Model training material&lt;/i&gt;; none of that material itself is shipped. Third-party model weights are not part of SourceTrace: each manifest states its weights&apos; licence (Models menu). Help › Manual, &quot;licences.md&quot;, says more.</source>
        <translation>SourceTrace ist freie Software unter der GNU General Public License, Version 3 oder später (/usr/share/common-licenses/GPL-3 unter Debian); sie wird OHNE JEDE GEWÄHRLEISTUNG bereitgestellt. Die Komponenten behalten ihre eigenen Lizenzen (oben); ihre Debian-Pakete enthalten die vollständigen Texte unter /usr/share/doc/&amp;lt;package&amp;gt;/copyright. Das Standardmodell, seine Kalibrierung und seine Bibliothek wurden vom Projekt aus der Ausgabe der Synthesizer und aus den unter &lt;i&gt;Trainingsmaterial der Modelle&lt;/i&gt; aufgeführten Aufnahmen berechnet; nichts von diesem Material selbst wird mitgeliefert. Modellgewichte Dritter sind nicht Teil von SourceTrace: jedes Manifest nennt die Lizenz seiner Gewichte (Menü Modelle). Hilfe › Handbuch, &quot;licences.md&quot;, sagt mehr.</translation>
    </message>
    <message>
        <source>this application, its default model and library</source>
        <translation>diese Anwendung, ihr Standardmodell und ihre Bibliothek</translation>
    </message>
    <message>
        <source>the interface, SQLite access, images</source>
        <translation>die Oberfläche, SQLite-Zugriff, Bilder</translation>
    </message>
    <message>
        <source>evaluation and training charts</source>
        <translation>Auswertungs- und Trainingsdiagramme</translation>
    </message>
    <message>
        <source>case files, fingerprint libraries</source>
        <translation>Falldateien, Fingerabdruck-Bibliotheken</translation>
    </message>
    <message>
        <source>running and training the models</source>
        <translation>Ausführen und Trainieren der Modelle</translation>
    </message>
    <message>
        <source>decoding WAV, FLAC, Ogg, Opus, MP3</source>
        <translation>Dekodieren von WAV, FLAC, Ogg, Opus, MP3</translation>
    </message>
    <message>
        <source>resampling</source>
        <translation>Resampling</translation>
    </message>
    <message>
        <source>playback</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>spectrograms, quality measures</source>
        <translation>Spektrogramme, Qualitätsmaße</translation>
    </message>
    <message>
        <source>linear algebra of the tracing back-ends</source>
        <translation>lineare Algebra der Rückverfolgungs-Backends</translation>
    </message>
    <message>
        <source>synthetic training speech (harmonic and Klatt variants); the demo clip (en-gb voice)</source>
        <translation>synthetische Trainingssprache (harmonische und Klatt-Varianten); die Demo-Aufnahme (Stimme en-gb)</translation>
    </message>
    <message>
        <source>synthetic training speech</source>
        <translation>synthetische Trainingssprache</translation>
    </message>
    <message>
        <source>synthesis engine and English lexicons of the diphone voices</source>
        <translation>Synthese-Engine und englische Lexika der Diphon-Stimmen</translation>
    </message>
    <message>
        <source>synthetic training speech (kal and ked diphone voices)</source>
        <translation>synthetische Trainingssprache (Diphon-Stimmen kal und ked)</translation>
    </message>
    <message>
        <source>synthetic training speech (Italian diphone voices)</source>
        <translation>synthetische Trainingssprache (italienische Diphon-Stimmen)</translation>
    </message>
    <message>
        <source>synthetic training speech (Czech diphone voice)</source>
        <translation>synthetische Trainingssprache (tschechische Diphon-Stimme)</translation>
    </message>
    <message>
        <source>synthetic training speech (Finnish diphone voices)</source>
        <translation>synthetische Trainingssprache (finnische Diphon-Stimmen)</translation>
    </message>
    <message>
        <source>copy synthesis (MLSA and LPC vocoding) of the bona fide recordings</source>
        <translation>Kopiersynthese (MLSA- und LPC-Vocoding) der Bona-fide-Aufnahmen</translation>
    </message>
    <message>
        <source>bona fide speech: 258 English prompts (corpus/allison-training-prompts.txt)</source>
        <translation>Bona-fide-Sprache: 258 englische Prompts (corpus/allison-training-prompts.txt)</translation>
    </message>
    <message>
        <source>bona fide speech: Italian and Russian prompts</source>
        <translation>Bona-fide-Sprache: italienische und russische Prompts</translation>
    </message>
    <message>
        <source>bona fide speech: Italian prompts</source>
        <translation>Bona-fide-Sprache: italienische Prompts</translation>
    </message>
    <message>
        <source>bona fide speech: the natural recordings of its speaker database</source>
        <translation>Bona-fide-Sprache: die natürlichen Aufnahmen der zugehörigen Sprecherdatenbank</translation>
    </message>
    <message>
        <source>bona fide speech: spoken letters, words and game calls</source>
        <translation>Bona-fide-Sprache: gesprochene Buchstaben, Wörter und Spielansagen</translation>
    </message>
    <message>
        <source>bona fide speech: the game&apos;s dialogue</source>
        <translation>Bona-fide-Sprache: die Dialoge des Spiels</translation>
    </message>
    <message>
        <source>bona fide speech: its unprocessed speech samples</source>
        <translation>Bona-fide-Sprache: die zugehörigen unbearbeiteten Sprachbeispiele</translation>
    </message>
    <message>
        <source>bona fide speech: sa1.wav</source>
        <translation>Bona-fide-Sprache: sa1.wav</translation>
    </message>
    <message>
        <source>bona fide speech: hello*.wav</source>
        <translation>Bona-fide-Sprache: hello*.wav</translation>
    </message>
    <message>
        <source>bona fide speech: the spoken channel names</source>
        <translation>Bona-fide-Sprache: die gesprochenen Kanalnamen</translation>
    </message>
</context>
<context>
    <name>st::AnalysisSettingsDialog</name>
    <message>
        <source>Analyse %1</source>
        <translation>%1 analysieren</translation>
    </message>
    <message>
        <source>the default model</source>
        <translation>das Standardmodell</translation>
    </message>
    <message>
        <source>Trace the source</source>
        <translation>Quelle zurückverfolgen</translation>
    </message>
    <message>
        <source>the default library</source>
        <translation>die Standardbibliothek</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <source>Fingerprint library</source>
        <translation>Fingerabdruck-Bibliothek</translation>
    </message>
    <message>
        <source>Fingerprint library (*.db);;All files (*)</source>
        <translation>Fingerabdruck-Bibliothek (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>Kosinus</translation>
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
        <translation>Integrated Gradients des Erkennungsscores (langsam)</translation>
    </message>
    <message>
        <source>library default</source>
        <translation>Standard der Bibliothek</translation>
    </message>
    <message>
        <source>Detector:</source>
        <translation>Detektor:</translation>
    </message>
    <message>
        <source>Library:</source>
        <translation>Bibliothek:</translation>
    </message>
    <message>
        <source>Back-end:</source>
        <translation>Backend:</translation>
    </message>
    <message>
        <source>IG steps:</source>
        <translation>IG-Schritte:</translation>
    </message>
    <message>
        <source>Threads:</source>
        <translation>Threads:</translation>
    </message>
    <message>
        <source>The item is verified against its intake SHA-256 first; the quality thresholds are the case&apos;s. The result is stored in the case with these settings and its provenance.</source>
        <translation>Das Asservat wird zuerst gegen seinen Eingangs-SHA-256 verifiziert; die Qualitätsschwellenwerte sind die des Falls. Das Ergebnis wird mit diesen Einstellungen und seiner Provenienz im Fall gespeichert.</translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation>Analysieren</translation>
    </message>
</context>
<context>
    <name>st::Annotation</name>
    <message>
        <source>start and end must be finite numbers of seconds</source>
        <translation>Beginn und Ende müssen endliche Sekundenangaben sein</translation>
    </message>
    <message>
        <source>start %1 s is before the beginning of the item (negative)</source>
        <translation>Beginn %1 s liegt vor dem Anfang des Asservats (negativ)</translation>
    </message>
    <message>
        <source>end %1 s is not after start %2 s</source>
        <translation>Ende %1 s liegt nicht nach dem Beginn %2 s</translation>
    </message>
    <message>
        <source>the band&apos;s limits must be finite numbers of Hz</source>
        <translation>die Grenzen des Frequenzbands müssen endliche Hz-Angaben sein</translation>
    </message>
    <message>
        <source>band low %1 Hz is negative</source>
        <translation>untere Bandgrenze %1 Hz ist negativ</translation>
    </message>
    <message>
        <source>band high %1 Hz is not above band low %2 Hz</source>
        <translation>obere Bandgrenze %1 Hz liegt nicht über der unteren Bandgrenze %2 Hz</translation>
    </message>
    <message>
        <source>locality %1 is outside %2..%3</source>
        <translation>Lokalität %1 liegt außerhalb von %2..%3</translation>
    </message>
    <message>
        <source>a text of %1 characters (at most %2)</source>
        <translation>ein Text mit %1 Zeichen (höchstens %2)</translation>
    </message>
</context>
<context>
    <name>st::AnnotationCommand</name>
    <message>
        <source>%1 at %2–%3 s</source>
        <translation>%1 bei %2–%3 s</translation>
    </message>
    <message>
        <source>add annotation %1</source>
        <translation>Annotation %1 hinzufügen</translation>
    </message>
    <message>
        <source>edit annotation %1</source>
        <translation>Annotation %1 bearbeiten</translation>
    </message>
    <message>
        <source>delete annotation %1</source>
        <translation>Annotation %1 löschen</translation>
    </message>
</context>
<context>
    <name>st::AnnotationCsv</name>
    <message>
        <source>a quoted field opened on line %1 is never closed</source>
        <translation>ein in Zeile %1 geöffnetes Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>text after the closing quote of field %1 (a quote inside a quoted field is written as two quotes)</source>
        <translation>Text nach dem schließenden Anführungszeichen von Feld %1 (ein Anführungszeichen in einem Feld in Anführungszeichen wird als zwei Anführungszeichen geschrieben)</translation>
    </message>
    <message>
        <source>a quote inside unquoted field %1 (quote the whole field and write a quote inside it as two quotes)</source>
        <translation>ein Anführungszeichen im Feld %1 ohne Anführungszeichen (setzen Sie das ganze Feld in Anführungszeichen und schreiben Sie ein Anführungszeichen darin als zwei Anführungszeichen)</translation>
    </message>
    <message>
        <source>a carriage return inside unquoted field %1</source>
        <translation>ein Wagenrücklauf im Feld %1 ohne Anführungszeichen</translation>
    </message>
    <message>
        <source>not valid UTF-8 (save the file as UTF-8)</source>
        <translation>kein gültiges UTF-8 (speichern Sie die Datei als UTF-8)</translation>
    </message>
    <message>
        <source>the header is &apos;%1&apos;, expected &apos;%2&apos;</source>
        <translation>die Kopfzeile ist &apos;%1&apos;, erwartet wurde &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 fields, expected %2 (%3)</source>
        <translation>%1 Felder, erwartet wurden %2 (%3)</translation>
    </message>
    <message>
        <source>an empty file id</source>
        <translation>eine leere Datei-ID</translation>
    </message>
    <message>
        <source>evidence_sha256 &apos;%1&apos; is not 64 hex digits</source>
        <translation>evidence_sha256 &apos;%1&apos; besteht nicht aus 64 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>start_s &apos;%1&apos; is not a number of seconds</source>
        <translation>start_s &apos;%1&apos; ist keine Sekundenangabe</translation>
    </message>
    <message>
        <source>end_s &apos;%1&apos; is not a number of seconds</source>
        <translation>end_s &apos;%1&apos; ist keine Sekundenangabe</translation>
    </message>
    <message>
        <source>low_hz and high_hz must both be given or both be empty</source>
        <translation>low_hz und high_hz müssen entweder beide angegeben oder beide leer sein</translation>
    </message>
    <message>
        <source>low_hz &apos;%1&apos; / high_hz &apos;%2&apos; are not numbers of Hz</source>
        <translation>low_hz &apos;%1&apos; / high_hz &apos;%2&apos; sind keine Hz-Angaben</translation>
    </message>
    <message>
        <source>unknown cue &apos;%1&apos; (one of %2)</source>
        <translation>unbekanntes Merkmal &apos;%1&apos; (eines von %2)</translation>
    </message>
    <message>
        <source>locality &apos;%1&apos; is not a whole number 1..5</source>
        <translation>Lokalität &apos;%1&apos; ist keine ganze Zahl von 1 bis 5</translation>
    </message>
    <message>
        <source>audible &apos;%1&apos; is not yes or no</source>
        <translation>audible &apos;%1&apos; ist weder yes noch no</translation>
    </message>
    <message>
        <source>an empty file: expected the header &apos;%1&apos;</source>
        <translation>eine leere Datei: erwartet wurde die Kopfzeile &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more bad row(s)</source>
        <translation>
            <numerusform>... und %n weitere fehlerhafte Zeile</numerusform>
            <numerusform>... und %n weitere fehlerhafte Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read the annotations CSV: %1</source>
        <translation>die Annotationen-CSV kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>an annotations CSV of %1 bytes (at most %2 MiB)</source>
        <translation>eine Annotationen-CSV mit %1 Bytes (höchstens %2 MiB)</translation>
    </message>
    <message>
        <source>an annotations CSV over %1 MiB</source>
        <translation>eine Annotationen-CSV über %1 MiB</translation>
    </message>
</context>
<context>
    <name>st::AnnotationDialog</name>
    <message>
        <source>Edit annotation</source>
        <translation>Annotation bearbeiten</translation>
    </message>
    <message>
        <source>Annotate selection</source>
        <translation>Auswahl annotieren</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Beginn:</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Ende:</translation>
    </message>
    <message>
        <source>Cue:</source>
        <translation>Merkmal:</translation>
    </message>
    <message>
        <source>1: diffuse, spread over the region; 5: sharply localised</source>
        <translation>1: diffus, über den Bereich verteilt; 5: scharf lokalisiert</translation>
    </message>
    <message>
        <source>Locality (1 diffuse – 5 sharp):</source>
        <translation>Lokalität (1 diffus – 5 scharf):</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Audible:</source>
        <translation>Hörbar:</translation>
    </message>
    <message>
        <source>Frequency band</source>
        <translation>Frequenzband</translation>
    </message>
    <message>
        <source> Hz</source>
        <translation> Hz</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>What you see or hear here</source>
        <translation>Was Sie hier sehen oder hören</translation>
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
        <translation> · hörbar</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
</context>
<context>
    <name>st::AnnotationModel</name>
    <message>
        <source>Open a clip to annotate it.</source>
        <translation>Öffnen Sie eine Aufnahme, um sie zu annotieren.</translation>
    </message>
    <message>
        <source>Not saved: %1 is not an item of an open case. These annotations are kept for this session only, until the clip is added to a case (export them as CSV to keep them).</source>
        <translation>Nicht gespeichert: %1 ist kein Asservat eines geöffneten Falls. Diese Annotationen bleiben nur für diese Sitzung erhalten, bis die Aufnahme einem Fall hinzugefügt wird (exportieren Sie sie als CSV, um sie aufzubewahren).</translation>
    </message>
    <message>
        <source>Saved in case %1 (item %2); every change is logged in its audit log.</source>
        <translation>Gespeichert in Fall %1 (Asservat %2); jede Änderung wird in seinem Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>no clip is open</source>
        <translation>keine Aufnahme geöffnet</translation>
    </message>
    <message>
        <source>the case is read-only (%1): annotations are shown but cannot be changed</source>
        <translation>der Fall ist schreibgeschützt (%1): Annotationen werden angezeigt, können aber nicht geändert werden</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>this session</source>
        <translation>diese Sitzung</translation>
    </message>
    <message>
        <source>annotation %1 does not exist</source>
        <translation>Annotation %1 existiert nicht</translation>
    </message>
    <message>
        <source>the clip is not an item of a writable case</source>
        <translation>die Aufnahme ist kein Asservat eines beschreibbaren Falls</translation>
    </message>
    <message>
        <source>%1 (%2–%3 Hz)</source>
        <translation>%1 (%2–%3 Hz)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 s to %2 s, %3, locality %4, %5%6%7</source>
        <translation>%1 s bis %2 s, %3, Lokalität %4, %5%6%7</translation>
    </message>
    <message>
        <source>audible</source>
        <translation>hörbar</translation>
    </message>
    <message>
        <source>not audible</source>
        <translation>nicht hörbar</translation>
    </message>
    <message>
        <source>, by %1</source>
        <translation>, von %1</translation>
    </message>
    <message>
        <source>Start (s)</source>
        <translation>Beginn (s)</translation>
    </message>
    <message>
        <source>End (s)</source>
        <translation>Ende (s)</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Lokalität</translation>
    </message>
    <message>
        <source>Audible</source>
        <translation>Hörbar</translation>
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
        <translation>Auswahl annotieren...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Bearbeiten...</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Import CSV...</source>
        <translation>CSV importieren...</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>CSV exportieren...</translation>
    </message>
    <message>
        <source>Annotate the selected time range (A)</source>
        <translation>Den ausgewählten Zeitbereich annotieren (A)</translation>
    </message>
    <message>
        <source>Edit the chosen annotation</source>
        <translation>Die gewählte Annotation bearbeiten</translation>
    </message>
    <message>
        <source>Delete the chosen annotation (undoable)</source>
        <translation>Die gewählte Annotation löschen (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Import annotations of this clip from a CSV (case format)</source>
        <translation>Annotationen dieser Aufnahme aus einer CSV importieren (Fallformat)</translation>
    </message>
    <message numerus="yes">
        <source>Add the %n annotation(s) made before this clip was in the case</source>
        <translation>
            <numerusform>Die %n Annotation hinzufügen, die gemacht wurde, bevor diese Aufnahme im Fall war</numerusform>
            <numerusform>Die %n Annotationen hinzufügen, die gemacht wurden, bevor diese Aufnahme im Fall war</numerusform>
        </translation>
    </message>
    <message>
        <source>They were kept for this session only; this stores them in the case (each logged).</source>
        <translation>Sie wurden nur für diese Sitzung aufbewahrt; dies speichert sie im Fall (jede protokolliert).</translation>
    </message>
    <message numerus="yes">
        <source>Stored %n session annotation(s) in the case.</source>
        <translation>
            <numerusform>%n Sitzungsannotation im Fall gespeichert.</numerusform>
            <numerusform>%n Sitzungsannotationen im Fall gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>annotation %1 does not exist</source>
        <translation>Annotation %1 existiert nicht</translation>
    </message>
    <message>
        <source>Imported %1 annotation(s) from %2 into the case (logged).</source>
        <translation>%1 Annotation(en) aus %2 in den Fall importiert (protokolliert).</translation>
    </message>
    <message>
        <source>Nothing imported:
%1</source>
        <translation>Nichts importiert:
%1</translation>
    </message>
    <message>
        <source>%1: none of its %2 row(s) is for this clip (SHA-256 %3): nothing imported</source>
        <translation>%1: keine ihrer %2 Zeile(n) gehört zu dieser Aufnahme (SHA-256 %3): nichts importiert</translation>
    </message>
    <message>
        <source>import %1 annotation(s) from %2</source>
        <translation>%1 Annotation(en) aus %2 importieren</translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation>Nichts importiert: %1</translation>
    </message>
    <message>
        <source>Imported %1 annotation(s); %2 row(s) for other evidence skipped.</source>
        <translation>%1 Annotation(en) importiert; %2 Zeile(n) für andere Beweismittel übersprungen.</translation>
    </message>
    <message>
        <source>Imported %1 annotation(s).</source>
        <translation>%1 Annotation(en) importiert.</translation>
    </message>
    <message>
        <source>cannot write the annotations CSV: %1</source>
        <translation>die Annotationen-CSV kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>no clip is open</source>
        <translation>keine Aufnahme geöffnet</translation>
    </message>
    <message>
        <source>Wrote %1 annotation(s) to %2.</source>
        <translation>%1 Annotation(en) nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>The explanation&apos;s attribution is zero everywhere: no shares.</source>
        <translation>Die Attribution der Erklärung ist überall null: keine Anteile.</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>outside every annotation %1 %</source>
        <translation>außerhalb jeder Annotation %1 %</translation>
    </message>
    <message>
        <source>Run an explanation (Explain dock) to see how much of its attribution lies in each cue type&apos;s regions.</source>
        <translation>Führen Sie eine Erklärung aus (Dock Erklären), um zu sehen, wie viel ihrer Attribution in den Bereichen jedes Merkmalstyps liegt.</translation>
    </message>
    <message>
        <source>Share of |attribution| per cue%1: %2</source>
        <translation>Anteil der |Attribution| je Merkmal%1: %2</translation>
    </message>
</context>
<context>
    <name>st::ArtefactStats</name>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>not a JSON object: %1</source>
        <translation>kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>format is not &quot;sourcetrace-attribution&quot;</source>
        <translation>das Format ist nicht &quot;sourcetrace-attribution&quot;</translation>
    </message>
    <message>
        <source>evidence.sampleRate is missing or not a positive whole number</source>
        <translation>evidence.sampleRate fehlt oder ist keine positive ganze Zahl</translation>
    </message>
    <message>
        <source>frames.frameSamples is missing or not a positive whole number</source>
        <translation>frames.frameSamples fehlt oder ist keine positive ganze Zahl</translation>
    </message>
    <message>
        <source>expected one dimension [samples], found %1</source>
        <translation>erwartet wird eine Dimension [samples], gefunden: %1</translation>
    </message>
    <message>
        <source>no samples</source>
        <translation>keine Samples</translation>
    </message>
    <message>
        <source>%1 samples, but report.json says evidence.samples = %2</source>
        <translation>%1 Samples, aber report.json gibt evidence.samples = %2 an</translation>
    </message>
    <message>
        <source>expected shape [3, frames]</source>
        <translation>erwartet wird die Form [3, frames]</translation>
    </message>
    <message>
        <source>%1 frames, but %2 samples in frames of %3 make %4</source>
        <translation>%1 Frames, aber %2 Samples in Frames zu %3 ergeben %4</translation>
    </message>
    <message>
        <source>shape or report.json tfMap (fftSize, hop, bins) do not fit together</source>
        <translation>Form und tfMap in report.json (fftSize, hop, bins) passen nicht zusammen</translation>
    </message>
    <message>
        <source>the explanations folder does not exist</source>
        <translation>der Erklärungsordner existiert nicht</translation>
    </message>
    <message>
        <source>%1: no explanation folder (looked for %2/&lt;id&gt;/report.json)</source>
        <translation>%1: kein Erklärungsordner (gesucht wurde %2/&lt;id&gt;/report.json)</translation>
    </message>
    <message>
        <source>none of the protocol&apos;s %1 clips has a readable explanation (%2)</source>
        <translation>keine der %1 Aufnahmen des Protokolls hat eine lesbare Erklärung (%2)</translation>
    </message>
    <message>
        <source>clip &apos;%1&apos; is not in the protocol</source>
        <translation>die Aufnahme &apos;%1&apos; steht nicht im Protokoll</translation>
    </message>
    <message>
        <source>no explained clip of the protocol has SHA-256 %1 (its report.json&apos;s evidence.sha256)</source>
        <translation>keine erklärte Aufnahme des Protokolls hat den SHA-256 %1 (evidence.sha256 in ihrer report.json)</translation>
    </message>
    <message>
        <source>the region starts at %1 s, at or after the end of clip &apos;%2&apos; (%3 s)</source>
        <translation>der Bereich beginnt bei %1 s, am oder nach dem Ende der Aufnahme &apos;%2&apos; (%3 s)</translation>
    </message>
</context>
<context>
    <name>st::ArtefactStatsDialog</name>
    <message>
        <source>Artefact statistics</source>
        <translation>Artefaktstatistik</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protokoll:</translation>
    </message>
    <message>
        <source>Protocols (*.tsv *.txt *.csv);;All files (*)</source>
        <translation>Protokolle (*.tsv *.txt *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The clips and their labels (bona fide / spoof), any format evaluate reads</source>
        <translation>Die Aufnahmen und ihre Labels (bona fide / Spoof), jedes Format, das evaluate liest</translation>
    </message>
    <message>
        <source>Annotations CSV:</source>
        <translation>Annotationen-CSV:</translation>
    </message>
    <message>
        <source>CSV (*.csv);;All files (*)</source>
        <translation>CSV (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The case annotations CSV layout; first column evidence_sha256 or file (the protocol&apos;s file id)</source>
        <translation>Das CSV-Layout der Fallannotationen; erste Spalte evidence_sha256 oder file (die Datei-ID des Protokolls)</translation>
    </message>
    <message>
        <source>Explanations folder:</source>
        <translation>Erklärungsordner:</translation>
    </message>
    <message>
        <source>One folder per clip as `explain --out` writes it (named by the file id), or an explain --protocol job folder</source>
        <translation>Ein Ordner je Aufnahme, wie ihn `explain --out` schreibt (nach der Datei-ID benannt), oder ein Auftragsordner von explain --protocol</translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation>&amp;Berechnen</translation>
    </message>
    <message>
        <source>Skipped clips and refused annotation rows appear here.</source>
        <translation>Übersprungene Aufnahmen und abgewiesene Annotationszeilen erscheinen hier.</translation>
    </message>
    <message>
        <source>Export &amp;table (TSV)...</source>
        <translation>&amp;Tabelle exportieren (TSV)...</translation>
    </message>
    <message>
        <source>Export &amp;chart (PNG)...</source>
        <translation>&amp;Diagramm exportieren (PNG)...</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>TSV (*.tsv)</source>
        <translation>TSV (*.tsv)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>Explanations folder</source>
        <translation>Erklärungsordner</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Eine Datei wählen</translation>
    </message>
    <message>
        <source>Choose the protocol, the annotations CSV and the explanations folder.</source>
        <translation>Wählen Sie das Protokoll, die Annotationen-CSV und den Erklärungsordner.</translation>
    </message>
    <message>
        <source>%1 of %2 clips used (%3 bona fide, %4 spoof), %5 skipped; %6 annotations used, %7 refused.</source>
        <translation>%1 von %2 Aufnahmen verwendet (%3 bona fide, %4 Spoof), %5 übersprungen; %6 Annotationen verwendet, %7 abgewiesen.</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Clips (bona fide / spoof)</source>
        <translation>Aufnahmen (bona fide / Spoof)</translation>
    </message>
    <message>
        <source>Time share</source>
        <translation>Zeitanteil</translation>
    </message>
    <message>
        <source>Attribution share</source>
        <translation>Attributionsanteil</translation>
    </message>
    <message>
        <source>Per clip</source>
        <translation>Je Aufnahme</translation>
    </message>
    <message>
        <source>Enrichment</source>
        <translation>Anreicherung</translation>
    </message>
    <message>
        <source>r mean ± sd (n)</source>
        <translation>r Mittel ± sd (n)</translation>
    </message>
    <message>
        <source>r pooled</source>
        <translation>r gepoolt</translation>
    </message>
    <message>
        <source>EER presence</source>
        <translation>EER Vorkommen</translation>
    </message>
    <message>
        <source>EER coverage</source>
        <translation>EER Abdeckung</translation>
    </message>
    <message>
        <source>Band boxes: TF share / area (n)</source>
        <translation>Bandrahmen: TF-Anteil / Fläche (n)</translation>
    </message>
    <message>
        <source>share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>%1: enrichment %2, r %3 (pooled %4), EER presence %5, coverage %6</source>
        <translation>%1: Anreicherung %2, r %3 (gepoolt %4), EER Vorkommen %5, Abdeckung %6</translation>
    </message>
    <message>
        <source>time share</source>
        <translation>Zeitanteil</translation>
    </message>
    <message>
        <source>attribution share (pooled)</source>
        <translation>Attributionsanteil (gepoolt)</translation>
    </message>
    <message>
        <source>attribution share (mean per clip)</source>
        <translation>Attributionsanteil (Mittel je Aufnahme)</translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>not used: %1</source>
        <translation>nicht verwendet: %1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>nothing to export: compute the statistics first</source>
        <translation>nichts zu exportieren: berechnen Sie zuerst die Statistik</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>kann nicht schreiben: %1</translation>
    </message>
    <message>
        <source>cannot write the PNG</source>
        <translation>das PNG kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>st::AttributionColourKey</name>
    <message>
        <source>Map over the spectrogram: the model&apos;s feature bins (filterbank bands, drawn at the frequencies the baseline file gives), %1 per bin and frame: right (%2) %3, left (%4) %5</source>
        <translation>Karte über dem Spektrogramm: die Merkmals-Bins des Modells (Filterbankbänder, gezeichnet bei den Frequenzen, die die Baseline-Datei angibt), %1 je Bin und Frame: rechts (%2) %3, links (%4) %5</translation>
    </message>
    <message>
        <source>Map over the spectrogram: |attribution| in %1 per time-frequency bin</source>
        <translation>Karte über dem Spektrogramm: |Attribution| in %1 je Zeit-Frequenz-Bin</translation>
    </message>
    <message>
        <source>Map over the spectrogram, %1 per time-frequency bin: right (%2) %3, left (%4) %5%6</source>
        <translation>Karte über dem Spektrogramm, %1 je Zeit-Frequenz-Bin: rechts (%2) %3, links (%4) %5%6</translation>
    </message>
    <message>
        <source>Waveform tint, %1 per %2 ms feature frame (the sum over the frame&apos;s feature bins; per frame, not per sample: feature-space IG has no per-sample attributions): right (vermillion) %3, left (blue) %4</source>
        <translation>Tönung der Wellenform, %1 je %2-ms-Merkmalsframe (die Summe über die Merkmals-Bins des Frames; je Frame, nicht je Sample: IG im Merkmalsraum hat keine Attributionen je Sample): rechts (Zinnoberrot) %3, links (Blau) %4</translation>
    </message>
    <message>
        <source>Waveform tint, %1 per %2 ms frame (the sum of the per-sample attributions): right (vermillion) %3, left (blue) %4</source>
        <translation>Tönung der Wellenform, %1 je %2-ms-Frame (die Summe der Attributionen je Sample): rechts (Zinnoberrot) %3, links (Blau) %4</translation>
    </message>
    <message>
        <source>ticks: %1 %2 per bin</source>
        <translation>Teilstriche: %1 %2 je Bin</translation>
    </message>
    <message>
        <source>share of the change of the score: %1</source>
        <translation>Anteil an der Änderung des Scores: %1</translation>
    </message>
    <message>
        <source>Map %1</source>
        <translation>Karte %1</translation>
    </message>
    <message>
        <source>Waveform %1</source>
        <translation>Wellenform %1</translation>
    </message>
</context>
<context>
    <name>st::AttributionData</name>
    <message>
        <source>stale: %1</source>
        <translation>veraltet: %1</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>Kosinus</translation>
    </message>
    <message>
        <source>logit</source>
        <translation>Logit</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>clipped at the %1 percentile of |a| = %2 %3 per bin (%4 of the change of the score); stronger values are drawn at full strength</source>
        <translation>begrenzt beim %1 Perzentil von |a| = %2 %3 je Bin (%4 der Änderung des Scores); stärkere Werte werden mit voller Stärke gezeichnet</translation>
    </message>
    <message>
        <source>clipped at the %1 percentile of |a| = %2 %3 per %4 ms frame (%5 of the change of the score)</source>
        <translation>begrenzt beim %1 Perzentil von |a| = %2 %3 je %4-ms-Frame (%5 der Änderung des Scores)</translation>
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
        <translation>Zinnoberrot</translation>
    </message>
    <message>
        <source>red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>magenta</source>
        <translation>Magenta</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>sky blue</source>
        <translation>Himmelblau</translation>
    </message>
    <message>
        <source>cyan</source>
        <translation>Cyan</translation>
    </message>
    <message>
        <source>deep blue</source>
        <translation>Tiefblau</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Vorzeichenbehaftet</translation>
    </message>
    <message>
        <source>Absolute</source>
        <translation>Absolut</translation>
    </message>
    <message>
        <source>Positive only</source>
        <translation>Nur positiv</translation>
    </message>
    <message>
        <source>Negative only</source>
        <translation>Nur negativ</translation>
    </message>
    <message>
        <source>|a|</source>
        <translation>|a|</translation>
    </message>
    <message>
        <source>spoof</source>
        <translation>Spoof</translation>
    </message>
    <message>
        <source>for</source>
        <translation>für</translation>
    </message>
    <message>
        <source>bona fide</source>
        <translation>bona fide</translation>
    </message>
    <message>
        <source>against</source>
        <translation>gegen</translation>
    </message>
    <message>
        <source>%1 per bin, clip %2th pct</source>
        <translation>%1 je Bin, begrenzt beim %2. Perzentil</translation>
    </message>
    <message>
        <source>attribution map %1 at %2</source>
        <translation>Attributionskarte %1 bei %2</translation>
    </message>
    <message>
        <source>Attribution map</source>
        <translation>Attributionskarte</translation>
    </message>
</context>
<context>
    <name>st::AttributionLayer</name>
    <message>
        <source>attribution %1 (|a| %2): %3</source>
        <translation>Attribution %1 (|a| %2): %3</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
</context>
<context>
    <name>st::AttributionMaps</name>
    <message>
        <source>attribution frames need a positive length (got %1 ms)</source>
        <translation>Attributions-Frames brauchen eine positive Länge (erhalten: %1 ms)</translation>
    </message>
    <message>
        <source>the attribution map needs the input minus baseline of the same length (%1 and %2 samples)</source>
        <translation>die Attributionskarte braucht Eingabe minus Baseline gleicher Länge (%1 und %2 Samples)</translation>
    </message>
    <message>
        <source>voice activity frames need at least one sample</source>
        <translation>Sprachaktivitäts-Frames brauchen mindestens ein Sample</translation>
    </message>
    <message>
        <source>band shares need a linear-frequency attribution map</source>
        <translation>Bandanteile brauchen eine Attributionskarte mit linearer Frequenzachse</translation>
    </message>
</context>
<context>
    <name>st::AttributionReport</name>
    <message>
        <source>the clip (%1 samples) and its attributions (%2) differ in length</source>
        <translation>die Aufnahme (%1 Samples) und ihre Attributionen (%2) sind unterschiedlich lang</translation>
    </message>
    <message>
        <source>cannot create the output folder</source>
        <translation>der Ausgabeordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>kann nicht schreiben: %1</translation>
    </message>
</context>
<context>
    <name>st::AttributionTarget</name>
    <message>
        <source>unknown attribution target &quot;%1&quot;: use logit:K (class index K), bonafide, margin, or a fingerprint (cosine similarity)</source>
        <translation>unbekanntes Attributionsziel &quot;%1&quot;: verwenden Sie logit:K (Klassenindex K), bonafide, margin oder einen Fingerabdruck (Kosinus-Ähnlichkeit)</translation>
    </message>
    <message>
        <source>model %1 is not a detector (no bona fide class): name a class with logit:K (0..%2)</source>
        <translation>Modell %1 ist kein Detektor (keine Bona-fide-Klasse): nennen Sie eine Klasse mit logit:K (0..%2)</translation>
    </message>
    <message>
        <source>logit:%1 is out of range: model %2 has %3 classes (0..%4)</source>
        <translation>logit:%1 liegt außerhalb des Bereichs: Modell %2 hat %3 Klassen (0..%4)</translation>
    </message>
    <message>
        <source>the margin target needs a two-class detector; model %1 has %2 classes: use logit:K</source>
        <translation>das Ziel margin braucht einen Detektor mit zwei Klassen; Modell %1 hat %2 Klassen: verwenden Sie logit:K</translation>
    </message>
    <message>
        <source>the fingerprint &quot;%1&quot; has %2 values but model %3 makes %4-d embeddings</source>
        <translation>der Fingerabdruck &quot;%1&quot; hat %2 Werte, aber Modell %3 erzeugt %4-dimensionale Embeddings</translation>
    </message>
    <message>
        <source>the fingerprint &quot;%1&quot; has a value that is not finite</source>
        <translation>der Fingerabdruck &quot;%1&quot; hat einen Wert, der nicht endlich ist</translation>
    </message>
    <message>
        <source>the fingerprint &quot;%1&quot; is all zeros: a cosine similarity is undefined</source>
        <translation>der Fingerabdruck &quot;%1&quot; besteht nur aus Nullen: eine Kosinus-Ähnlichkeit ist nicht definiert</translation>
    </message>
</context>
<context>
    <name>st::AudioDocument</name>
    <message>
        <source>%1: decoding failed</source>
        <translation>%1: Dekodierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Waveform overview of %1</source>
        <translation>Wellenform-Übersicht von %1</translation>
    </message>
    <message>
        <source>Waveform overview of %1, channel %2</source>
        <translation>Wellenform-Übersicht von %1, Kanal %2</translation>
    </message>
    <message>
        <source>Levels of %1</source>
        <translation>Pegel von %1</translation>
    </message>
    <message>
        <source>SHA-256 of %1</source>
        <translation>SHA-256 von %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>no channel %1 (the file has %2 channel(s); use 1 to %2 or the mix-down)</source>
        <translation>kein Kanal %1 (die Datei hat %2 Kanal/Kanäle; verwenden Sie 1 bis %2 oder die Mischung)</translation>
    </message>
</context>
<context>
    <name>st::AudioFile</name>
    <message>
        <source>unsupported or unrecognised audio format (libsndfile: %1); supported: WAV, FLAC, OGG/Vorbis, OGG/Opus, MP3 and the other formats of libsndfile</source>
        <translation>nicht unterstütztes oder nicht erkanntes Audioformat (libsndfile: %1); unterstützt werden WAV, FLAC, OGG/Vorbis, OGG/Opus, MP3 und die übrigen Formate von libsndfile</translation>
    </message>
    <message>
        <source>unsupported audio encoding (libsndfile: %1)</source>
        <translation>nicht unterstützte Audiokodierung (libsndfile: %1)</translation>
    </message>
    <message>
        <source>cannot be opened (%1)</source>
        <translation>kann nicht geöffnet werden (%1)</translation>
    </message>
    <message>
        <source>corrupt or truncated header (libsndfile: %1)</source>
        <translation>beschädigter oder abgeschnittener Header (libsndfile: %1)</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>cannot be opened: a symbolic link on the path points back at itself (a link loop)</source>
        <translation>kann nicht geöffnet werden: ein symbolischer Link im Pfad verweist auf sich selbst zurück (eine Link-Schleife)</translation>
    </message>
    <message>
        <source>permission denied: no read permission on the file, or no search (x) permission on one of the folders of its path</source>
        <translation>Zugriff verweigert: keine Leseberechtigung für die Datei oder keine Suchberechtigung (x) für einen der Ordner ihres Pfads</translation>
    </message>
    <message>
        <source>the path is too long for the system (%1 bytes; at most %2 in all and 255 per name)</source>
        <translation>der Pfad ist für das System zu lang (%1 Bytes; höchstens %2 insgesamt und 255 je Name)</translation>
    </message>
    <message>
        <source>cannot be opened: a part of the path that should be a folder is a file</source>
        <translation>kann nicht geöffnet werden: ein Teil des Pfads, der ein Ordner sein sollte, ist eine Datei</translation>
    </message>
    <message>
        <source>cannot be opened: too many open files</source>
        <translation>kann nicht geöffnet werden: zu viele offene Dateien</translation>
    </message>
    <message>
        <source>is a folder, not an audio file</source>
        <translation>ist ein Ordner, keine Audiodatei</translation>
    </message>
    <message>
        <source>is a FIFO (named pipe), not a regular file: evidence must be a file that can be read twice and hashed; copy the stream into a file first</source>
        <translation>ist ein FIFO (benannte Pipe), keine reguläre Datei: Beweismittel müssen Dateien sein, die zweimal gelesen und gehasht werden können; kopieren Sie den Datenstrom zuerst in eine Datei</translation>
    </message>
    <message>
        <source>is a device, not a regular file: copy the recording into a file first</source>
        <translation>ist ein Gerät, keine reguläre Datei: kopieren Sie die Aufzeichnung zuerst in eine Datei</translation>
    </message>
    <message>
        <source>is a socket, not a regular file</source>
        <translation>ist ein Socket, keine reguläre Datei</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>cannot seek to frame %1 (libsndfile: %2)</source>
        <translation>Sprung zu Frame %1 nicht möglich (libsndfile: %2)</translation>
    </message>
    <message>
        <source>decoding stopped at frame %1 while skipping to frame %2: the file is truncated or corrupt</source>
        <translation>die Dekodierung brach bei Frame %1 ab, beim Vorspulen zu Frame %2: die Datei ist abgeschnitten oder beschädigt</translation>
    </message>
    <message>
        <source>decoding failed at frame %1 of %2: the file is truncated or corrupt%3</source>
        <translation>die Dekodierung schlug bei Frame %1 von %2 fehl: die Datei ist abgeschnitten oder beschädigt%3</translation>
    </message>
    <message>
        <source>sample %1 of channel %2 is NaN: the float data is corrupt</source>
        <translation>Sample %1 von Kanal %2 ist NaN: die Gleitkommadaten sind beschädigt</translation>
    </message>
    <message>
        <source>sample %1 of channel %2 is infinite: the float data is corrupt</source>
        <translation>Sample %1 von Kanal %2 ist unendlich: die Gleitkommadaten sind beschädigt</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>kein Dateiname angegeben</translation>
    </message>
    <message>
        <source>file is empty (0 bytes)</source>
        <translation>Datei ist leer (0 Bytes)</translation>
    </message>
    <message>
        <source>corrupt header: sample rate %1 Hz</source>
        <translation>beschädigter Header: Abtastrate %1 Hz</translation>
    </message>
    <message>
        <source>the header gives a sample rate of %1 Hz, outside the range SourceTrace accepts (%2 to %3 Hz): the header is corrupt or the file is not a recording</source>
        <translation>der Header nennt eine Abtastrate von %1 Hz, außerhalb des Bereichs, den SourceTrace annimmt (%2 bis %3 Hz): der Header ist beschädigt oder die Datei ist keine Aufzeichnung</translation>
    </message>
    <message>
        <source>corrupt header: %1 channels</source>
        <translation>beschädigter Header: %1 Kanäle</translation>
    </message>
    <message>
        <source>the header gives %1 channels, more than the %2 SourceTrace accepts: the header is corrupt</source>
        <translation>der Header nennt %1 Kanäle, mehr als die %2, die SourceTrace annimmt: der Header ist beschädigt</translation>
    </message>
    <message>
        <source>contains no audio samples (0 frames)</source>
        <translation>enthält keine Audio-Samples (0 Frames)</translation>
    </message>
    <message>
        <source>contains no decodable audio (the header gives no length)</source>
        <translation>enthält kein dekodierbares Audio (der Header nennt keine Länge)</translation>
    </message>
    <message>
        <source>contains no decodable audio (the header claims %1 frames in %2 bytes)</source>
        <translation>enthält kein dekodierbares Audio (der Header gibt %1 Frames in %2 Bytes an)</translation>
    </message>
    <message>
        <source>decodes to more frames than %1 bytes can hold: the file is corrupt</source>
        <translation>ergibt beim Dekodieren mehr Frames, als %1 Bytes enthalten können: die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>the container gives no length (the file may be cut short); %1 frames were decoded and are used</source>
        <translation>der Container nennt keine Länge (die Datei ist möglicherweise abgeschnitten); %1 Frames wurden dekodiert und werden verwendet</translation>
    </message>
    <message>
        <source>the header claims %1 frames, which %2 bytes cannot hold; %3 frames were decoded and are used</source>
        <translation>der Header gibt %1 Frames an, die %2 Bytes nicht enthalten können; %3 Frames wurden dekodiert und werden verwendet</translation>
    </message>
    <message>
        <source>header field disagrees with the file (%1): the file may be truncated or edited</source>
        <translation>ein Header-Feld widerspricht der Datei (%1): die Datei ist möglicherweise abgeschnitten oder bearbeitet</translation>
    </message>
    <message numerus="yes">
        <source>channel %1 does not exist (the file has %n channel(s))</source>
        <translation>
            <numerusform>Kanal %1 existiert nicht (die Datei hat %n Kanal)</numerusform>
            <numerusform>Kanal %1 existiert nicht (die Datei hat %n Kanäle)</numerusform>
        </translation>
    </message>
    <message>
        <source>decoding the whole recording (%1 s at %2 Hz)</source>
        <translation>Dekodieren der ganzen Aufzeichnung (%1 s bei %2 Hz)</translation>
    </message>
    <message>
        <source>decoding the whole recording (%1 s)</source>
        <translation>Dekodieren der ganzen Aufzeichnung (%1 s)</translation>
    </message>
    <message>
        <source>analyse it in windows (detect --timeline, --policy sliding-windows) or a part of it</source>
        <translation>analysieren Sie sie in Fenstern (detect --timeline, --policy sliding-windows) oder einen Teil davon</translation>
    </message>
</context>
<context>
    <name>st::AuditLog</name>
    <message>
        <source>an empty user name (every change is signed with the examiner&apos;s name)</source>
        <translation>ein leerer Benutzername (jede Änderung wird mit dem Namen des Sachverständigen gezeichnet)</translation>
    </message>
    <message>
        <source>a user name of %1 characters (at most 200)</source>
        <translation>ein Benutzername mit %1 Zeichen (höchstens 200)</translation>
    </message>
    <message>
        <source>a user name with a control character (a newline or tab) or invalid Unicode: &apos;%1&apos;</source>
        <translation>ein Benutzername mit einem Steuerzeichen (Zeilenumbruch oder Tabulator) oder ungültigem Unicode: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the audit log is empty (a case always starts with its case.created entry)</source>
        <translation>das Prüfprotokoll ist leer (ein Fall beginnt immer mit seinem Eintrag case.created)</translation>
    </message>
    <message>
        <source>entry 1 is missing: the log starts at entry %1</source>
        <translation>Eintrag 1 fehlt: das Protokoll beginnt bei Eintrag %1</translation>
    </message>
    <message>
        <source>entry %1 is missing: entry %2 follows entry %3</source>
        <translation>Eintrag %1 fehlt: auf Eintrag %3 folgt Eintrag %2</translation>
    </message>
    <message>
        <source>entry %1 is out of order or repeated (seq %2 where %1 was expected)</source>
        <translation>Eintrag %1 steht an falscher Stelle oder ist wiederholt (seq %2, wo %1 erwartet wurde)</translation>
    </message>
    <message>
        <source>entry %1 does not link to the entry before it (prevHash %2, expected %3)</source>
        <translation>Eintrag %1 ist nicht mit dem Eintrag davor verkettet (prevHash %2, erwartet %3)</translation>
    </message>
    <message>
        <source>entry %1 has a malformed time &apos;%2&apos; (expected UTC ISO 8601 with milliseconds and Z)</source>
        <translation>Eintrag %1 hat eine fehlerhafte Zeit &apos;%2&apos; (erwartet: UTC nach ISO 8601 mit Millisekunden und Z)</translation>
    </message>
    <message>
        <source>entry %1 has %2</source>
        <translation>Eintrag %1 hat %2</translation>
    </message>
    <message>
        <source>entry %1 has an empty action or one with control characters</source>
        <translation>Eintrag %1 hat eine leere Aktion oder eine mit Steuerzeichen</translation>
    </message>
    <message>
        <source>entry %1&apos;s details are not the canonical JSON text of an object</source>
        <translation>die Details von Eintrag %1 sind nicht der kanonische JSON-Text eines Objekts</translation>
    </message>
    <message>
        <source>entry %1&apos;s hash is not 64 lower-case hex digits</source>
        <translation>der Hash von Eintrag %1 besteht nicht aus 64 Hexadezimalziffern in Kleinbuchstaben</translation>
    </message>
    <message>
        <source>entry %1 (%2) was changed: its content hashes to %3, the chain says %4</source>
        <translation>Eintrag %1 (%2) wurde verändert: sein Inhalt ergibt den Hash %3, die Kette nennt %4</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>kein JSON-Objekt (%1)</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>ein anderer JSON-Wert</translation>
    </message>
    <message>
        <source>fields %1, expected exactly %2</source>
        <translation>Felder %1, erwartet wurden genau %2</translation>
    </message>
    <message>
        <source>seq is not a positive integer</source>
        <translation>seq ist keine positive ganze Zahl</translation>
    </message>
    <message>
        <source>%1 is not a string</source>
        <translation>%1 ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>details is not a JSON object</source>
        <translation>details ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>cannot read the audit log export: %1</source>
        <translation>der Export des Prüfprotokolls kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>an audit log export of %1 bytes (over 1 GiB) is not one SourceTrace wrote</source>
        <translation>ein Export des Prüfprotokolls mit %1 Bytes (über 1 GiB) stammt nicht von SourceTrace</translation>
    </message>
</context>
<context>
    <name>st::Augment</name>
    <message>
        <source>RawBoost: unknown algorithm %1 (0..8)</source>
        <translation>RawBoost: unbekannter Algorithmus %1 (0..8)</translation>
    </message>
    <message>
        <source>band-limit: the band %1..%2 Hz is empty</source>
        <translation>Bandbegrenzung: das Band %1..%2 Hz ist leer</translation>
    </message>
</context>
<context>
    <name>st::AugmentJson</name>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>%1: unknown setting (known: %2)</source>
        <translation>%1: unbekannte Einstellung (bekannt: %2)</translation>
    </message>
    <message>
        <source>%1: expected true or false, found %2</source>
        <translation>%1: erwartet true oder false, gefunden %2</translation>
    </message>
    <message>
        <source>%1: expected a number, found %2</source>
        <translation>%1: erwartet eine Zahl, gefunden %2</translation>
    </message>
    <message>
        <source>%1: %2 is out of range [%3, %4]</source>
        <translation>%1: %2 liegt außerhalb des Bereichs [%3, %4]</translation>
    </message>
    <message>
        <source>%1: expected a whole number, found %2</source>
        <translation>%1: erwartet eine ganze Zahl, gefunden %2</translation>
    </message>
    <message>
        <source>%1%2: %3 is above %1%4 (%5)</source>
        <translation>%1%2: %3 liegt über %1%4 (%5)</translation>
    </message>
    <message>
        <source>augment.rawboost: expected an object, found %1</source>
        <translation>augment.rawboost: erwartet ein Objekt, gefunden %1</translation>
    </message>
    <message>
        <source>augment.highCutMax: %1 Hz is above the Nyquist frequency (%2 Hz)</source>
        <translation>augment.highCutMax: %1 Hz liegt über der Nyquist-Frequenz (%2 Hz)</translation>
    </message>
    <message>
        <source>augment.rawboost.maxF: %1 Hz is above the Nyquist frequency (%2 Hz)</source>
        <translation>augment.rawboost.maxF: %1 Hz liegt über der Nyquist-Frequenz (%2 Hz)</translation>
    </message>
</context>
<context>
    <name>st::Baseline</name>
    <message>
        <source>the low-pass baseline needs an odd number of taps &gt;= 3 (got %1)</source>
        <translation>die Tiefpass-Baseline braucht eine ungerade Zahl von Taps &gt;= 3 (erhalten: %1)</translation>
    </message>
    <message>
        <source>the low-pass cut-off must lie between 0 and the Nyquist frequency %1 Hz (got %2 Hz)</source>
        <translation>die Tiefpass-Grenzfrequenz muss zwischen 0 und der Nyquist-Frequenz %1 Hz liegen (erhalten: %2 Hz)</translation>
    </message>
    <message>
        <source>the noise baseline needs at least one draw (got %1)</source>
        <translation>die Rausch-Baseline braucht mindestens eine Ziehung (erhalten: %1)</translation>
    </message>
</context>
<context>
    <name>st::BatchLoader</name>
    <message>
        <source>not enough memory to decode the clip</source>
        <translation>nicht genug Speicher, um die Aufnahme zu dekodieren</translation>
    </message>
    <message>
        <source>batch loader: the batch size must be at least 1, not %1</source>
        <translation>Batch-Lader: die Batch-Größe muss mindestens 1 sein, nicht %1</translation>
    </message>
    <message>
        <source>batch loader: the crop length must be at least 1 sample, not %1</source>
        <translation>Batch-Lader: die Ausschnittlänge muss mindestens 1 Sample sein, nicht %1</translation>
    </message>
</context>
<context>
    <name>st::CaseAnalysis</name>
    <message>
        <source>the case&apos;s quality thresholds are not a JSON object (%1)</source>
        <translation>die Qualitätsschwellenwerte des Falls sind kein JSON-Objekt (%1)</translation>
    </message>
    <message>
        <source>the case is open read-only (%1): nothing can be analysed or stored; use Save As</source>
        <translation>der Fall ist schreibgeschützt geöffnet (%1): es kann nichts analysiert oder gespeichert werden; verwenden Sie Speichern unter</translation>
    </message>
    <message>
        <source>evidence item %1 is not analysed: %2</source>
        <translation>Asservat %1 wird nicht analysiert: %2</translation>
    </message>
    <message>
        <source>analysis %1: its stored result is not a JSON object (%2)</source>
        <translation>Analyse %1: ihr gespeichertes Ergebnis ist kein JSON-Objekt (%2)</translation>
    </message>
</context>
<context>
    <name>st::CaseAnnotations</name>
    <message>
        <source>storing an annotation of item %1</source>
        <translation>Speichern einer Annotation von Asservat %1</translation>
    </message>
    <message>
        <source>reading annotation %1</source>
        <translation>Lesen von Annotation %1</translation>
    </message>
    <message>
        <source>the case has no annotation %1</source>
        <translation>der Fall hat keine Annotation %1</translation>
    </message>
    <message>
        <source>adding an annotation</source>
        <translation>Hinzufügen einer Annotation</translation>
    </message>
    <message>
        <source>invalid annotation: %1; nothing was stored</source>
        <translation>ungültige Annotation: %1; nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>changing an annotation</source>
        <translation>Ändern einer Annotation</translation>
    </message>
    <message>
        <source>annotation %1 belongs to item %2: it cannot move to item %3 (add a new one there)</source>
        <translation>Annotation %1 gehört zu Asservat %2: sie kann nicht zu Asservat %3 verschoben werden (fügen Sie dort eine neue hinzu)</translation>
    </message>
    <message>
        <source>invalid annotation: %1; annotation %2 was not changed</source>
        <translation>ungültige Annotation: %1; Annotation %2 wurde nicht geändert</translation>
    </message>
    <message>
        <source>changing annotation %1</source>
        <translation>Ändern von Annotation %1</translation>
    </message>
    <message>
        <source>removing an annotation</source>
        <translation>Entfernen einer Annotation</translation>
    </message>
    <message>
        <source>removing annotation %1</source>
        <translation>Entfernen von Annotation %1</translation>
    </message>
    <message>
        <source>listing annotations</source>
        <translation>Auflisten der Annotationen</translation>
    </message>
    <message>
        <source>a file of that name exists already (overwrite it explicitly, e.g. --force)</source>
        <translation>eine Datei dieses Namens existiert bereits (überschreiben Sie sie ausdrücklich, z. B. mit --force)</translation>
    </message>
    <message>
        <source>cannot write the annotations CSV: %1</source>
        <translation>die Annotationen-CSV kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>importing annotations</source>
        <translation>Importieren von Annotationen</translation>
    </message>
    <message>
        <source>cannot read the annotations CSV: %1</source>
        <translation>die Annotationen-CSV kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>an annotations CSV over %1 MiB</source>
        <translation>eine Annotationen-CSV über %1 MiB</translation>
    </message>
    <message>
        <source>no evidence item of this case has SHA-256 %1</source>
        <translation>kein Asservat dieses Falls hat den SHA-256 %1</translation>
    </message>
    <message>
        <source>recording a report</source>
        <translation>Festhalten eines Berichts</translation>
    </message>
    <message>
        <source>a report&apos;s SHA-256 must be 64 hex digits, not &apos;%1&apos;: nothing was recorded</source>
        <translation>der SHA-256 eines Berichts muss aus 64 Hexadezimalziffern bestehen, nicht &apos;%1&apos;: nichts wurde festgehalten</translation>
    </message>
    <message>
        <source>a report needs a file name and a format: nothing was recorded</source>
        <translation>ein Bericht braucht einen Dateinamen und ein Format: nichts wurde festgehalten</translation>
    </message>
    <message>
        <source>recording report %1</source>
        <translation>Festhalten des Berichts %1</translation>
    </message>
    <message>
        <source>report %1 was recorded but cannot be read back</source>
        <translation>Bericht %1 wurde festgehalten, kann aber nicht zurückgelesen werden</translation>
    </message>
    <message>
        <source>cannot hash the report: %1</source>
        <translation>der Bericht kann nicht gehasht werden: %1</translation>
    </message>
    <message>
        <source>listing report versions</source>
        <translation>Auflisten der Berichtsversionen</translation>
    </message>
</context>
<context>
    <name>st::CaseEvidence</name>
    <message>
        <source>item %1 (&apos;%2&apos;)</source>
        <translation>Asservat %1 (&apos;%2&apos;)</translation>
    </message>
    <message>
        <source>this is the case file itself (or its journal), not evidence</source>
        <translation>dies ist die Falldatei selbst (oder ihr Journal), kein Beweismittel</translation>
    </message>
    <message>
        <source>storing the verification of item %1</source>
        <translation>Speichern der Verifikation von Asservat %1</translation>
    </message>
    <message>
        <source>storing the state of item %1</source>
        <translation>Speichern des Zustands von Asservat %1</translation>
    </message>
    <message>
        <source>the analysis %1 are not valid JSON (%2 at offset %3): nothing was stored</source>
        <translation>die Analysedaten (%1) sind kein gültiges JSON (%2 bei Offset %3): nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>the analysis %1 must be a JSON object or array: nothing was stored</source>
        <translation>die Analysedaten (%1) müssen ein JSON-Objekt oder -Array sein: nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>reading evidence item %1</source>
        <translation>Lesen von Asservat %1</translation>
    </message>
    <message>
        <source>the case has no evidence item %1</source>
        <translation>der Fall hat kein Asservat %1</translation>
    </message>
    <message>
        <source>adding evidence</source>
        <translation>Hinzufügen von Beweismitteln</translation>
    </message>
    <message>
        <source>no such evidence file: nothing was added</source>
        <translation>keine solche Beweisdatei: nichts wurde hinzugefügt</translation>
    </message>
    <message>
        <source>the intake was cancelled: nothing was added</source>
        <translation>die Aufnahme in den Fall wurde abgebrochen: nichts wurde hinzugefügt</translation>
    </message>
    <message>
        <source>%1: nothing was added</source>
        <translation>%1: nichts wurde hinzugefügt</translation>
    </message>
    <message>
        <source>looking for the same content</source>
        <translation>Suche nach demselben Inhalt</translation>
    </message>
    <message>
        <source>the case already holds this content as %1, taken in from %2 (SHA-256 %3): nothing was added</source>
        <translation>der Fall enthält diesen Inhalt bereits als %1, aufgenommen aus %2 (SHA-256 %3): nichts wurde hinzugefügt</translation>
    </message>
    <message>
        <source>adding evidence %1</source>
        <translation>Hinzufügen des Beweismittels %1</translation>
    </message>
    <message>
        <source>listing the evidence</source>
        <translation>Auflisten der Beweismittel</translation>
    </message>
    <message>
        <source>looking up evidence by SHA-256</source>
        <translation>Suche von Beweismitteln nach SHA-256</translation>
    </message>
    <message>
        <source>the verification of %1 was cancelled</source>
        <translation>die Verifikation von %1 wurde abgebrochen</translation>
    </message>
    <message>
        <source>recording a verification</source>
        <translation>Festhalten einer Verifikation</translation>
    </message>
    <message>
        <source>recording the verification of item %1</source>
        <translation>Festhalten der Verifikation von Asservat %1</translation>
    </message>
    <message>
        <source>recording verifications</source>
        <translation>Festhalten von Verifikationen</translation>
    </message>
    <message>
        <source>reading the verifications of item %1</source>
        <translation>Lesen der Verifikationen von Asservat %1</translation>
    </message>
    <message>
        <source>%1 is blocked: its last verification (%2) found it missing; it must not be analysed until it verifies again or is relocated to a file with the intake hash</source>
        <translation>%1 ist gesperrt: seine letzte Verifikation (%2) fand es nicht vor; es darf nicht analysiert werden, bis es wieder verifiziert oder auf eine Datei mit dem Eingangs-Hash verwiesen wird</translation>
    </message>
    <message>
        <source>%1 is blocked: its last verification (%2) found it changed (SHA-256 mismatch); it must not be analysed until it verifies again or is relocated to a file with the intake hash</source>
        <translation>%1 ist gesperrt: seine letzte Verifikation (%2) fand es verändert (SHA-256 weicht ab); es darf nicht analysiert werden, bis es wieder verifiziert oder auf eine Datei mit dem Eingangs-Hash verwiesen wird</translation>
    </message>
    <message>
        <source>relocating evidence</source>
        <translation>Verweisen von Beweismitteln auf einen neuen Ort</translation>
    </message>
    <message>
        <source>cannot relocate %1 here: %2; nothing changed</source>
        <translation>%1 kann nicht hierher verwiesen werden: %2; nichts wurde geändert</translation>
    </message>
    <message>
        <source>not the content of %1: its SHA-256 is %2, the intake hash is %3; the item was not relocated</source>
        <translation>nicht der Inhalt von %1: sein SHA-256 ist %2, der Eingangs-Hash ist %3; das Asservat wurde nicht neu verwiesen</translation>
    </message>
    <message>
        <source>relocating item %1</source>
        <translation>Verweisen von Asservat %1 auf einen neuen Ort</translation>
    </message>
    <message>
        <source>storing an analysis</source>
        <translation>Speichern einer Analyse</translation>
    </message>
    <message>
        <source>%1 did not verify at its last verification (%2): verify it before storing an analysis; nothing was stored</source>
        <translation>%1 wurde bei seiner letzten Verifikation (%2) nicht bestätigt: verifizieren Sie es, bevor Sie eine Analyse speichern; nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>the analysis was made of content with SHA-256 &apos;%1&apos;, not %2&apos;s intake hash %3: nothing was stored</source>
        <translation>die Analyse wurde an Inhalt mit SHA-256 &apos;%1&apos; gemacht, nicht am Eingangs-Hash %3 von %2: nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>an analysis needs a kind (e.g. detection, tracing, full) of 1..100 characters without control characters: nothing was stored</source>
        <translation>eine Analyse braucht eine Art (z. B. detection, tracing, full) mit 1..100 Zeichen ohne Steuerzeichen: nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>storing an analysis of item %1</source>
        <translation>Speichern einer Analyse von Asservat %1</translation>
    </message>
    <message>
        <source>listing analyses</source>
        <translation>Auflisten der Analysen</translation>
    </message>
    <message>
        <source>reading analysis %1</source>
        <translation>Lesen von Analyse %1</translation>
    </message>
    <message>
        <source>the case has no analysis %1</source>
        <translation>der Fall hat keine Analyse %1</translation>
    </message>
    <message>
        <source>reading the latest analysis</source>
        <translation>Lesen der neuesten Analyse</translation>
    </message>
</context>
<context>
    <name>st::CaseFile</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>SQL failed (%1): %2</source>
        <translation>SQL fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <source>reading the audit log&apos;s head</source>
        <translation>Lesen des Kopfes des Prüfprotokolls</translation>
    </message>
    <message>
        <source>reading the audit log&apos;s last entry</source>
        <translation>Lesen des letzten Eintrags des Prüfprotokolls</translation>
    </message>
    <message>
        <source>the audit log&apos;s last entry (seq %1) no longer matches its hash: the log was changed outside SourceTrace since the case was opened; nothing was written (`sourcetrace-cli case verify` says more)</source>
        <translation>der letzte Eintrag des Prüfprotokolls (seq %1) passt nicht mehr zu seinem Hash: das Protokoll wurde außerhalb von SourceTrace verändert, seit der Fall geöffnet wurde; nichts wurde geschrieben (`sourcetrace-cli case verify` sagt mehr)</translation>
    </message>
    <message>
        <source>appending audit entry %1 (%2)</source>
        <translation>Anhängen des Prüfeintrags %1 (%2)</translation>
    </message>
    <message>
        <source>cannot open the case file: %1</source>
        <translation>die Falldatei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot switch the case to WAL mode (is it on a local disk?) %1</source>
        <translation>der Fall kann nicht in den WAL-Modus wechseln (liegt er auf einem lokalen Datenträger?) %1</translation>
    </message>
    <message>
        <source>writing the case&apos;s %1</source>
        <translation>Schreiben von %1 des Falls</translation>
    </message>
    <message>
        <source>reading the case&apos;s %1</source>
        <translation>Lesen von %1 des Falls</translation>
    </message>
    <message>
        <source>migration to case schema v%1 (%2) failed, nothing changed: %3</source>
        <translation>die Migration auf das Fallschema v%1 (%2) ist fehlgeschlagen, nichts wurde geändert: %3</translation>
    </message>
    <message>
        <source>recording schema v%1</source>
        <translation>Festhalten des Schemas v%1</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>Lesen des Prüfprotokolls</translation>
    </message>
    <message>
        <source>the audit log cannot be read: %1</source>
        <translation>das Prüfprotokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>not a SourceTrace case: SQLite cannot read it as a database (%1)</source>
        <translation>kein SourceTrace-Fall: SQLite kann die Datei nicht als Datenbank lesen (%1)</translation>
    </message>
    <message>
        <source>not a readable SQLite database</source>
        <translation>keine lesbare SQLite-Datenbank</translation>
    </message>
    <message>
        <source>cannot read the database schema (damaged?): %1</source>
        <translation>das Datenbankschema kann nicht gelesen werden (beschädigt?): %1</translation>
    </message>
    <message>
        <source>an empty database (or an empty file), not a SourceTrace case</source>
        <translation>eine leere Datenbank (oder eine leere Datei), kein SourceTrace-Fall</translation>
    </message>
    <message>
        <source>not a SourceTrace case: an SQLite database without the case&apos;s application id</source>
        <translation>kein SourceTrace-Fall: eine SQLite-Datenbank ohne die Anwendungs-ID des Falls</translation>
    </message>
    <message>
        <source>not a SourceTrace case: an SQLite database of another application (application_id 0x%1)</source>
        <translation>kein SourceTrace-Fall: eine SQLite-Datenbank einer anderen Anwendung (application_id 0x%1)</translation>
    </message>
    <message>
        <source>case schema version %1 is newer than this build understands (%2): use a newer SourceTrace</source>
        <translation>die Fallschema-Version %1 ist neuer, als dieser Build versteht (%2): verwenden Sie ein neueres SourceTrace</translation>
    </message>
    <message>
        <source>a SourceTrace case without a schema version (its creation was interrupted?)</source>
        <translation>ein SourceTrace-Fall ohne Schemaversion (wurde seine Erstellung unterbrochen?)</translation>
    </message>
    <message>
        <source>case schema v%1 is older than this build&apos;s v%2, and opening it read-only cannot migrate it: open it read-write once (this changes the file)</source>
        <translation>das Fallschema v%1 ist älter als v%2 dieses Builds, und schreibgeschützt geöffnet kann es nicht migriert werden: öffnen Sie es einmal mit Schreibzugriff (das verändert die Datei)</translation>
    </message>
    <message>
        <source>the case file is damaged: SQLite&apos;s quick_check reports %1</source>
        <translation>die Falldatei ist beschädigt: SQLites quick_check meldet %1</translation>
    </message>
    <message>
        <source>cannot read the columns of table %1: %2</source>
        <translation>die Spalten der Tabelle %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>a damaged case: table &apos;%1&apos; is missing</source>
        <translation>ein beschädigter Fall: Tabelle &apos;%1&apos; fehlt</translation>
    </message>
    <message>
        <source>a damaged case: table &apos;%1&apos; has no column &apos;%2&apos;</source>
        <translation>ein beschädigter Fall: Tabelle &apos;%1&apos; hat keine Spalte &apos;%2&apos;</translation>
    </message>
    <message>
        <source>cannot list the triggers: %1</source>
        <translation>die Trigger können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>the file holds a %1 &apos;%2&apos;, which a case never has (added outside SourceTrace)</source>
        <translation>die Datei enthält ein(en) %1 &apos;%2&apos;, was ein Fall nie hat (außerhalb von SourceTrace hinzugefügt)</translation>
    </message>
    <message>
        <source>the append-only trigger &apos;%1&apos; is missing (removed outside SourceTrace)</source>
        <translation>der Nur-Anhängen-Trigger &apos;%1&apos; fehlt (außerhalb von SourceTrace entfernt)</translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s), nothing was imported:</source>
        <translation>
            <numerusform>%n fehlerhafte Zeile, nichts wurde importiert:</numerusform>
            <numerusform>%n fehlerhafte Zeilen, nichts wurde importiert:</numerusform>
        </translation>
    </message>
    <message>
        <source>the case file was replaced by another one since it was opened (its case id or creation time differ): open it again</source>
        <translation>die Falldatei wurde seit dem Öffnen durch eine andere ersetzt (ihre Fall-ID oder Erstellungszeit weichen ab): öffnen Sie sie erneut</translation>
    </message>
    <message>
        <source>internal error: no connection to the case is open</source>
        <translation>interner Fehler: keine Verbindung zum Fall geöffnet</translation>
    </message>
    <message>
        <source>the case is read-only (%1): %2 would change it</source>
        <translation>der Fall ist schreibgeschützt (%1): %2 würde ihn verändern</translation>
    </message>
    <message>
        <source>cannot open the case for %1</source>
        <translation>der Fall kann nicht geöffnet werden für %1</translation>
    </message>
    <message>
        <source>no such case file (make one with `sourcetrace-cli case new FILE --number N --examiner NAME`)</source>
        <translation>keine solche Falldatei (legen Sie eine an mit `sourcetrace-cli case new FILE --number N --examiner NAME`)</translation>
    </message>
    <message>
        <source>not a case file (a folder or a device)</source>
        <translation>keine Falldatei (ein Ordner oder ein Gerät)</translation>
    </message>
    <message>
        <source>opened read-only</source>
        <translation>schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>the case file is write-protected</source>
        <translation>die Falldatei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the case file&apos;s folder is write-protected</source>
        <translation>der Ordner der Falldatei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the case is in a read-only folder with an unapplied write-ahead log (%1-wal): copy the case and its -wal file to a writable folder first</source>
        <translation>der Fall liegt in einem schreibgeschützten Ordner mit einem nicht angewandten Write-Ahead-Log (%1-wal): kopieren Sie den Fall und seine -wal-Datei zuerst in einen beschreibbaren Ordner</translation>
    </message>
    <message>
        <source>the schema migration</source>
        <translation>die Schemamigration</translation>
    </message>
    <message>
        <source>the audit log is broken at entry %1: %2</source>
        <translation>das Prüfprotokoll ist bei Eintrag %1 gebrochen: %2</translation>
    </message>
    <message>
        <source>logging the opening</source>
        <translation>Protokollieren des Öffnens</translation>
    </message>
    <message>
        <source>cannot make a case for %1</source>
        <translation>für %1 kann kein Fall angelegt werden</translation>
    </message>
    <message>
        <source>a file of that name exists already: a case is never overwritten (choose another name)</source>
        <translation>eine Datei dieses Namens existiert bereits: ein Fall wird nie überschrieben (wählen Sie einen anderen Namen)</translation>
    </message>
    <message>
        <source>a case needs a case number and an examiner</source>
        <translation>ein Fall braucht eine Fallnummer und einen Sachverständigen</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot put the new case in place (does a file of that name exist now?)</source>
        <translation>der neue Fall kann nicht an seinen Platz gebracht werden (existiert jetzt eine Datei dieses Namens?)</translation>
    </message>
    <message>
        <source>setting the quality thresholds</source>
        <translation>Setzen der Qualitätsschwellenwerte</translation>
    </message>
    <message>
        <source>the quality thresholds must be a JSON object (or empty to clear them); nothing was stored</source>
        <translation>die Qualitätsschwellenwerte müssen ein JSON-Objekt sein (oder leer, um sie zu löschen); nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>looking up an audit hash</source>
        <translation>Suche eines Prüf-Hashes</translation>
    </message>
    <message>
        <source>a file of that name exists already (overwrite it explicitly, e.g. --force)</source>
        <translation>eine Datei dieses Namens existiert bereits (überschreiben Sie sie ausdrücklich, z. B. mit --force)</translation>
    </message>
    <message>
        <source>cannot write the audit log export: %1</source>
        <translation>der Export des Prüfprotokolls kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>refusing to Save As a case whose audit log is broken (entry %1: %2); copy the file itself to preserve it as it is</source>
        <translation>Speichern unter wird für einen Fall mit gebrochenem Prüfprotokoll verweigert (Eintrag %1: %2); kopieren Sie die Datei selbst, um sie unverändert zu sichern</translation>
    </message>
    <message>
        <source>a file of that name exists already: Save As never overwrites (choose another name)</source>
        <translation>eine Datei dieses Namens existiert bereits: Speichern unter überschreibt nie (wählen Sie einen anderen Namen)</translation>
    </message>
    <message>
        <source>copying the case to %1</source>
        <translation>Kopieren des Falls nach %1</translation>
    </message>
    <message>
        <source>the copy does not verify (%1): nothing was saved</source>
        <translation>die Kopie lässt sich nicht verifizieren (%1): nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>its audit head differs from the original&apos;s</source>
        <translation>ihr Protokollkopf weicht von dem des Originals ab</translation>
    </message>
    <message>
        <source>logging the Save As</source>
        <translation>Protokollieren von Speichern unter</translation>
    </message>
    <message>
        <source>the copy&apos;s audit log does not verify (%1): nothing was saved</source>
        <translation>das Prüfprotokoll der Kopie lässt sich nicht verifizieren (%1): nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>cannot put the copy in place (does a file of that name exist now?)</source>
        <translation>die Kopie kann nicht an ihren Platz gebracht werden (existiert jetzt eine Datei dieses Namens?)</translation>
    </message>
    <message>
        <source>cannot begin a transaction for %1 (another process held the case&apos;s write lock for over a minute?): %2</source>
        <translation>für %1 kann keine Transaktion begonnen werden (hielt ein anderer Prozess die Schreibsperre des Falls länger als eine Minute?): %2</translation>
    </message>
    <message>
        <source>cannot commit %1: %2</source>
        <translation>%1 kann nicht abgeschlossen werden: %2</translation>
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
        <translation>Asservat</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifikation</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Erkennung</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Rückverfolgung</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>The intake SHA-256 (first 12 digits; the whole hash in the tooltip)</source>
        <translation>Der Eingangs-SHA-256 (erste 12 Stellen; der ganze Hash im Tooltip)</translation>
    </message>
    <message>
        <source>ok: verified in this session; changed / missing: blocked (not analysed); not verified: not hashed since the case was opened</source>
        <translation>ok: in dieser Sitzung verifiziert; geändert / fehlend: gesperrt (nicht analysiert); nicht verifiziert: seit dem Öffnen des Falls nicht gehasht</translation>
    </message>
    <message>
        <source>The quality gate of the latest analysis against the case&apos;s thresholds</source>
        <translation>Die Qualitätsprüfung der letzten Analyse gegen die Schwellenwerte des Falls</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beweismittel</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Load in viewer</source>
        <translation>Im Viewer laden</translation>
    </message>
    <message>
        <source>Verify the item&apos;s SHA-256, then show it in the viewer (double-click a row)</source>
        <translation>Den SHA-256 des Asservats verifizieren, dann im Viewer zeigen (Doppelklick auf eine Zeile)</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verifizieren</translation>
    </message>
    <message>
        <source>Hash the item&apos;s file again and compare it with the intake SHA-256</source>
        <translation>Die Datei des Asservats erneut hashen und mit dem Eingangs-SHA-256 vergleichen</translation>
    </message>
    <message>
        <source>Verify all</source>
        <translation>Alle verifizieren</translation>
    </message>
    <message>
        <source>Hash every item&apos;s file again</source>
        <translation>Die Datei jedes Asservats erneut hashen</translation>
    </message>
    <message>
        <source>Relocate...</source>
        <translation>Neu verorten...</translation>
    </message>
    <message>
        <source>Point a missing item at the file where it is now (its SHA-256 must be the intake hash)</source>
        <translation>Ein fehlendes Asservat auf die Datei verweisen, wo sie jetzt liegt (ihr SHA-256 muss der Eingangs-Hash sein)</translation>
    </message>
    <message>
        <source>Analyse...</source>
        <translation>Analysieren...</translation>
    </message>
    <message>
        <source>Verify, then run quality, detection and tracing on the item and store the result in the case</source>
        <translation>Verifizieren, dann Qualität, Erkennung und Rückverfolgung auf dem Asservat ausführen und das Ergebnis im Fall speichern</translation>
    </message>
    <message>
        <source>Show stored result</source>
        <translation>Gespeichertes Ergebnis zeigen</translation>
    </message>
    <message>
        <source>The item&apos;s stored analyses as they were stored (nothing is recomputed)</source>
        <translation>Die gespeicherten Analysen des Asservats, wie sie gespeichert wurden (nichts wird neu berechnet)</translation>
    </message>
    <message>
        <source>Export log...</source>
        <translation>Protokoll exportieren...</translation>
    </message>
    <message>
        <source>Write the audit log as JSON Lines (scripts/verify_audit_log.py checks it outside SourceTrace)</source>
        <translation>Das Prüfprotokoll als JSON Lines schreiben (scripts/verify_audit_log.py prüft es außerhalb von SourceTrace)</translation>
    </message>
    <message>
        <source>No case is open. File › New case... or File › Open case...</source>
        <translation>Kein Fall geöffnet. Datei › Neuer Fall... oder Datei › Fall öffnen...</translation>
    </message>
    <message>
        <source>The case cannot be read: %1</source>
        <translation>Der Fall kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1–%2 s %3 (locality %4): %5</source>
        <translation>%1–%2 s %3 (Lokalität %4): %5</translation>
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
aufgenommen am %2 durch %3 aus %4</translation>
    </message>
    <message>
        <source>In the viewer now
</source>
        <translation>Jetzt im Viewer
</translation>
    </message>
    <message>
        <source>intake SHA-256 %1
%2 bytes</source>
        <translation>Eingangs-SHA-256 %1
%2 Bytes</translation>
    </message>
    <message>
        <source>%1 (checked %2, not stored: the case is read-only)</source>
        <translation>%1 (geprüft %2, nicht gespeichert: der Fall ist schreibgeschützt)</translation>
    </message>
    <message>
        <source>last verification %1: %2</source>
        <translation>letzte Verifikation %1: %2</translation>
    </message>
    <message>
        <source>
SHA-256 found %1
intake SHA-256 %2</source>
        <translation>
Gefundener SHA-256 %1
Eingangs-SHA-256 %2</translation>
    </message>
    <message>
        <source>
BLOCKED: not analysed, not annotated. Restore the file and Verify, or Relocate it to a copy with the intake hash.</source>
        <translation>
GESPERRT: nicht analysiert, nicht annotiert. Stellen Sie die Datei wieder her und verifizieren Sie, oder verorten Sie es neu auf eine Kopie mit dem Eingangs-Hash.</translation>
    </message>
    <message>
        <source>
Not hashed since the case was opened (Verify).</source>
        <translation>
Seit dem Öffnen des Falls nicht gehasht (Verifizieren).</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <source>analysis %1 of %2 by %3</source>
        <translation>Analyse %1 vom %2 durch %3</translation>
    </message>
    <message>
        <source>not analysed</source>
        <translation>nicht analysiert</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Fall %1</translation>
    </message>
    <message>
        <source>Examiner %1 · %2 item(s) · file %3 · you are %4%5</source>
        <translation>Sachverständige(r) %1 · %2 Asservat(e) · Datei %3 · Sie sind %4%5</translation>
    </message>
    <message>
        <source> · READ-ONLY</source>
        <translation> · SCHREIBGESCHÜTZT</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only:&lt;/b&gt; %1. Nothing can be changed or analysed; File › Save case as... makes a copy.</source>
        <translation>&lt;b&gt;Schreibgeschützt:&lt;/b&gt; %1. Nichts kann geändert oder analysiert werden; Datei › Fall speichern unter... erstellt eine Kopie.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Integrity:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Integrität:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Blocked item(s):&lt;/b&gt; %1: missing or changed since intake, not analysed. Restore the file and Verify, or Relocate.</source>
        <translation>&lt;b&gt;Gesperrte(s) Asservat(e):&lt;/b&gt; %1: seit dem Eingang fehlend oder geändert, nicht analysiert. Stellen Sie die Datei wieder her und verifizieren Sie, oder verorten Sie neu.</translation>
    </message>
    <message>
        <source>hash %1
previous %2</source>
        <translation>Hash %1
vorheriger %2</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;&amp;#10004; Chain verified&lt;/span&gt;: %2 entries, head &lt;tt&gt;%3&lt;/tt&gt;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;&amp;#10004; Kette verifiziert&lt;/span&gt;: %2 Einträge, Kopf &lt;tt&gt;%3&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;&amp;#10008; Chain BROKEN at entry %2&lt;/b&gt;&lt;/span&gt;: %3 (%4 entries read; stored head &lt;tt&gt;%5&lt;/tt&gt;)</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;&amp;#10008; Kette GEBROCHEN bei Eintrag %2&lt;/b&gt;&lt;/span&gt;: %3 (%4 Einträge gelesen; gespeicherter Kopf &lt;tt&gt;%5&lt;/tt&gt;)</translation>
    </message>
    <message>
        <source>Recomputed from the file now; scripts/verify_audit_log.py checks an exported log independently.</source>
        <translation>Jetzt aus der Datei neu berechnet; scripts/verify_audit_log.py prüft ein exportiertes Protokoll unabhängig.</translation>
    </message>
    <message>
        <source>Hash the item&apos;s file again; the outcome is stored and logged</source>
        <translation>Die Datei des Asservats erneut hashen; das Ergebnis wird gespeichert und protokolliert</translation>
    </message>
    <message>
        <source>Hash the item&apos;s file again; the case is read-only, so the outcome is shown, not stored</source>
        <translation>Die Datei des Asservats erneut hashen; der Fall ist schreibgeschützt, daher wird das Ergebnis angezeigt, nicht gespeichert</translation>
    </message>
    <message>
        <source>Verify, then run quality, detection and tracing on the item and store the result</source>
        <translation>Verifizieren, dann Qualität, Erkennung und Rückverfolgung auf dem Asservat ausführen und das Ergebnis speichern</translation>
    </message>
    <message>
        <source>The case is read-only: nothing can be analysed or stored (File › Save case as...)</source>
        <translation>Der Fall ist schreibgeschützt: nichts kann analysiert oder gespeichert werden (Datei › Fall speichern unter...)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>No case is open.</source>
        <translation>Kein Fall geöffnet.</translation>
    </message>
    <message>
        <source>Choose an evidence item first.</source>
        <translation>Wählen Sie zuerst ein Asservat.</translation>
    </message>
    <message>
        <source>Verify item %1</source>
        <translation>Asservat %1 verifizieren</translation>
    </message>
    <message>
        <source>Item %1 verified: SHA-256 is the intake hash</source>
        <translation>Asservat %1 verifiziert: SHA-256 ist der Eingangs-Hash</translation>
    </message>
    <message>
        <source>Evidence item %1</source>
        <translation>Asservat %1</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Asservat %1: %2</translation>
    </message>
    <message>
        <source>Verify every item of case %1</source>
        <translation>Jedes Asservat von Fall %1 verifizieren</translation>
    </message>
    <message>
        <source>item %1: %2</source>
        <translation>Asservat %1: %2</translation>
    </message>
    <message>
        <source>%1 item(s) still do not match their intake SHA-256 (blocked)</source>
        <translation>%1 Asservat(e) stimmen weiterhin nicht mit ihrem Eingangs-SHA-256 überein (gesperrt)</translation>
    </message>
    <message>
        <source>Evidence items changed or missing</source>
        <translation>Asservate geändert oder fehlend</translation>
    </message>
    <message>
        <source>%1 of %2 item(s) do not match their intake SHA-256; they are blocked (not analysed):
%3</source>
        <translation>%1 von %2 Asservat(en) stimmen nicht mit ihrem Eingangs-SHA-256 überein; sie sind gesperrt (nicht analysiert):
%3</translation>
    </message>
    <message>
        <source>All %1 item(s) verified: every SHA-256 is the intake hash</source>
        <translation>Alle %1 Asservat(e) verifiziert: jeder SHA-256 ist der Eingangs-Hash</translation>
    </message>
    <message>
        <source>The case is read-only (%1): items cannot be relocated.</source>
        <translation>Der Fall ist schreibgeschützt (%1): Asservate können nicht neu verortet werden.</translation>
    </message>
    <message>
        <source>Relocate item %1</source>
        <translation>Asservat %1 neu verorten</translation>
    </message>
    <message>
        <source>Item %1 now points at %2 (SHA-256 verified)</source>
        <translation>Asservat %1 verweist jetzt auf %2 (SHA-256 verifiziert)</translation>
    </message>
    <message>
        <source>Relocate</source>
        <translation>Neu verorten</translation>
    </message>
    <message>
        <source>The case is read-only (%1): nothing can be analysed or stored. File › Save case as... makes a copy.</source>
        <translation>Der Fall ist schreibgeschützt (%1): nichts kann analysiert oder gespeichert werden. Datei › Fall speichern unter... erstellt eine Kopie.</translation>
    </message>
    <message>
        <source>Item %1 is not analysed: %2</source>
        <translation>Asservat %1 ist nicht analysiert: %2</translation>
    </message>
    <message>
        <source>Analyse item %1 (%2)</source>
        <translation>Asservat %1 analysieren (%2)</translation>
    </message>
    <message>
        <source>Item %1 analysed; stored as analysis %2</source>
        <translation>Asservat %1 analysiert; gespeichert als Analyse %2</translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation>Analysieren</translation>
    </message>
    <message>
        <source>Item %1 is not loaded: %2</source>
        <translation>Asservat %1 ist nicht geladen: %2</translation>
    </message>
    <message>
        <source>Verify and load item %1</source>
        <translation>Asservat %1 verifizieren und laden</translation>
    </message>
    <message>
        <source>Load item %1</source>
        <translation>Asservat %1 laden</translation>
    </message>
    <message>
        <source>No case is open: File › New case... or Open case... first.</source>
        <translation>Kein Fall geöffnet: zuerst Datei › Neuer Fall... oder Fall öffnen...</translation>
    </message>
    <message>
        <source>The case is read-only (%1): no evidence can be added.</source>
        <translation>Der Fall ist schreibgeschützt (%1): es können keine Beweismittel hinzugefügt werden.</translation>
    </message>
    <message>
        <source>No file was chosen.</source>
        <translation>Es wurde keine Datei gewählt.</translation>
    </message>
    <message>
        <source>Take in %1</source>
        <translation>%1 aufnehmen</translation>
    </message>
    <message>
        <source>Take in %1 evidence files</source>
        <translation>%1 Beweisdateien aufnehmen</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Beweismittel hinzufügen</translation>
    </message>
    <message>
        <source>%1 file(s) were not taken in:
%2</source>
        <translation>%1 Datei(en) wurden nicht aufgenommen:
%2</translation>
    </message>
    <message>
        <source>Took in %1 item(s); SHA-256 recorded</source>
        <translation>%1 Asservat(e) aufgenommen; SHA-256 festgehalten</translation>
    </message>
    <message>
        <source>The case is read-only (%1): a report is recorded in the case, so it cannot be exported from here. File › Save case as... makes a writable copy.</source>
        <translation>Der Fall ist schreibgeschützt (%1): ein Bericht wird im Fall festgehalten, daher kann er von hier nicht exportiert werden. Datei › Fall speichern unter... erstellt eine beschreibbare Kopie.</translation>
    </message>
    <message>
        <source>Write the report %1</source>
        <translation>Bericht %1 schreiben</translation>
    </message>
    <message>
        <source>Report written to %1
format %2, SHA-256 %3
recorded as report version %4 at audit entry %5 (head %6)</source>
        <translation>Bericht geschrieben nach %1
Format %2, SHA-256 %3
festgehalten als Berichtsversion %4 bei Protokolleintrag %5 (Kopf %6)</translation>
    </message>
    <message>
        <source>Report written to %1 (SHA-256 %2)</source>
        <translation>Bericht geschrieben nach %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Bericht exportiert</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Wrote %1 audit entries to %2</source>
        <translation>%1 Protokolleinträge nach %2 geschrieben</translation>
    </message>
    <message>
        <source>Export log</source>
        <translation>Protokoll exportieren</translation>
    </message>
    <message>
        <source>Where is item %1 (%2) now?</source>
        <translation>Wo liegt Asservat %1 (%2) jetzt?</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.ogg *.opus *.mp3 *.aif *.aiff *.au);;All files (*)</source>
        <translation>Audio (*.wav *.flac *.ogg *.opus *.mp3 *.aif *.aiff *.au);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Stored result</source>
        <translation>Gespeichertes Ergebnis</translation>
    </message>
    <message>
        <source>Item %1 has no stored analysis.</source>
        <translation>Asservat %1 hat keine gespeicherte Analyse.</translation>
    </message>
    <message>
        <source>Stored analyses of item %1</source>
        <translation>Gespeicherte Analysen von Asservat %1</translation>
    </message>
    <message>
        <source>analysis %1 (%2), %3 by %4</source>
        <translation>Analyse %1 (%2), %3 durch %4</translation>
    </message>
    <message>
        <source>This analysis cannot be read: %1</source>
        <translation>Diese Analyse kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>As stored in the case: nothing was recomputed and no model was loaded.</source>
        <translation>Wie im Fall gespeichert: nichts wurde neu berechnet und kein Modell geladen.</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>the case can no longer be written: %1</source>
        <translation>der Fall kann nicht mehr geschrieben werden: %1</translation>
    </message>
    <message>
        <source>item %1/%2</source>
        <translation>Asservat %1/%2</translation>
    </message>
    <message>
        <source>item %1 is not loaded: %2</source>
        <translation>Asservat %1 ist nicht geladen: %2</translation>
    </message>
    <message>
        <source>hashing %1/%2</source>
        <translation>hashe %1/%2</translation>
    </message>
</context>
<context>
    <name>st::CaseRecords</name>
    <message>
        <source>%1: the table holds &apos;%2&apos;, the audit log says &apos;%3&apos;</source>
        <translation>%1: die Tabelle enthält &apos;%2&apos;, das Prüfprotokoll sagt &apos;%3&apos;</translation>
    </message>
    <message>
        <source>cannot read the audit log: %1</source>
        <translation>das Prüfprotokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>audit entry %1 (%2) names item %3, which no evidence.added entry took in</source>
        <translation>Prüfeintrag %1 (%2) nennt Asservat %3, das kein Eintrag evidence.added aufgenommen hat</translation>
    </message>
    <message>
        <source>the audit log has no case.created entry</source>
        <translation>das Prüfprotokoll hat keinen Eintrag case.created</translation>
    </message>
    <message>
        <source>the case&apos;s %1</source>
        <translation>%1 des Falls</translation>
    </message>
    <message>
        <source>the quality thresholds</source>
        <translation>die Qualitätsschwellenwerte</translation>
    </message>
    <message>
        <source>evidence item %1 is in the table but the audit log never took it in</source>
        <translation>Asservat %1 steht in der Tabelle, aber das Prüfprotokoll hat es nie aufgenommen</translation>
    </message>
    <message>
        <source>item %1&apos;s %2</source>
        <translation>%2 von Asservat %1</translation>
    </message>
    <message>
        <source>original path</source>
        <translation>ursprünglicher Pfad</translation>
    </message>
    <message>
        <source>current path</source>
        <translation>aktueller Pfad</translation>
    </message>
    <message>
        <source>intake SHA-256</source>
        <translation>Eingangs-SHA-256</translation>
    </message>
    <message>
        <source>last state</source>
        <translation>letzter Zustand</translation>
    </message>
    <message>
        <source>last SHA-256 found</source>
        <translation>zuletzt gefundener SHA-256</translation>
    </message>
    <message>
        <source>evidence item %1 was taken in (audit log) but is not in the table</source>
        <translation>Asservat %1 wurde aufgenommen (Prüfprotokoll), steht aber nicht in der Tabelle</translation>
    </message>
    <message>
        <source>cannot read the evidence table: %1</source>
        <translation>die Beweismitteltabelle kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>item %1&apos;s verifications</source>
        <translation>Verifikationen von Asservat %1</translation>
    </message>
    <message>
        <source>verifications of item %1, which the audit log never took in</source>
        <translation>Verifikationen von Asservat %1, das das Prüfprotokoll nie aufgenommen hat</translation>
    </message>
    <message>
        <source>analysis %1 is in the table but the audit log never stored it</source>
        <translation>Analyse %1 steht in der Tabelle, aber das Prüfprotokoll hat sie nie gespeichert</translation>
    </message>
    <message>
        <source>analysis %1&apos;s item, kind or evidence SHA-256 differ from its audit entry</source>
        <translation>Asservat, Art oder Beweismittel-SHA-256 von Analyse %1 weichen von ihrem Prüfeintrag ab</translation>
    </message>
    <message>
        <source>analysis %1&apos;s settings differ from those logged (SHA-256 %2, logged %3)</source>
        <translation>die Einstellungen von Analyse %1 weichen von den protokollierten ab (SHA-256 %2, protokolliert %3)</translation>
    </message>
    <message>
        <source>analysis %1&apos;s result differs from the one logged (SHA-256 %2, logged %3)</source>
        <translation>das Ergebnis von Analyse %1 weicht vom protokollierten ab (SHA-256 %2, protokolliert %3)</translation>
    </message>
    <message>
        <source>analysis %1 was stored (audit log) but is not in the table</source>
        <translation>Analyse %1 wurde gespeichert (Prüfprotokoll), steht aber nicht in der Tabelle</translation>
    </message>
    <message>
        <source>annotation %1 is in the table but the audit log has no such annotation</source>
        <translation>Annotation %1 steht in der Tabelle, aber das Prüfprotokoll kennt keine solche Annotation</translation>
    </message>
    <message>
        <source>annotation %1</source>
        <translation>Annotation %1</translation>
    </message>
    <message>
        <source>annotation %1 exists according to the audit log but is not in the table</source>
        <translation>Annotation %1 existiert laut Prüfprotokoll, steht aber nicht in der Tabelle</translation>
    </message>
    <message>
        <source>report version %1 is in the table but the audit log never recorded it</source>
        <translation>Berichtsversion %1 steht in der Tabelle, aber das Prüfprotokoll hat sie nie festgehalten</translation>
    </message>
    <message>
        <source>report version %1 differs from its report.exported entry</source>
        <translation>Berichtsversion %1 weicht von ihrem Eintrag report.exported ab</translation>
    </message>
    <message>
        <source>report version %1 was recorded (audit log) but is not in the table</source>
        <translation>Berichtsversion %1 wurde festgehalten (Prüfprotokoll), steht aber nicht in der Tabelle</translation>
    </message>
</context>
<context>
    <name>st::CaseReport</name>
    <message>
        <source>the report needs a QGuiApplication (its fonts and images); none is running</source>
        <translation>der Bericht braucht eine QGuiApplication (für Schriften und Bilder); keine läuft</translation>
    </message>
    <message>
        <source>exists already: a report is never overwritten; choose another file name</source>
        <translation>existiert bereits: ein Bericht wird nie überschrieben; wählen Sie einen anderen Dateinamen</translation>
    </message>
    <message>
        <source>its folder %1 does not exist</source>
        <translation>sein Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot be written: a temporary file in %1 could not be made (%2)</source>
        <translation>kann nicht geschrieben werden: eine temporäre Datei in %1 konnte nicht angelegt werden (%2)</translation>
    </message>
    <message>
        <source>the case kept changing while the report was written; try again</source>
        <translation>der Fall hat sich während des Schreibens des Berichts fortlaufend geändert; versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the report could not be moved into place</source>
        <translation>der Bericht konnte nicht an seinen Platz verschoben werden</translation>
    </message>
    <message>
        <source>the case has no evidence item %1 to report</source>
        <translation>der Fall hat kein Asservat %1 für den Bericht</translation>
    </message>
    <message>
        <source>cannot be written (the PDF writer could not open it)</source>
        <translation>kann nicht geschrieben werden (der PDF-Writer konnte die Datei nicht öffnen)</translation>
    </message>
    <message>
        <source>the PDF could not be completed</source>
        <translation>das PDF konnte nicht fertiggestellt werden</translation>
    </message>
    <message>
        <source>the PDF writer left no file (is the folder writable, is the disk full?)</source>
        <translation>der PDF-Writer hinterließ keine Datei (ist der Ordner beschreibbar, ist die Festplatte voll?)</translation>
    </message>
    <message>
        <source>figure %1 could not be encoded as PNG</source>
        <translation>Abbildung %1 konnte nicht als PNG kodiert werden</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>could not be written completely: %1</source>
        <translation>konnte nicht vollständig geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>st::CaseSession</name>
    <message>
        <source>no case is open</source>
        <translation>kein Fall geöffnet</translation>
    </message>
    <message>
        <source>the case is read-only (%1)</source>
        <translation>der Fall ist schreibgeschützt (%1)</translation>
    </message>
    <message>
        <source>item %1 (%2) is missing: its file is gone from %3 (Relocate it)</source>
        <translation>Asservat %1 (%2) fehlt: seine Datei ist aus %3 verschwunden (verorten Sie es neu)</translation>
    </message>
    <message>
        <source>item %1 (%2) has changed since intake: SHA-256 %3, intake was %4</source>
        <translation>Asservat %1 (%2) wurde seit dem Eingang geändert: SHA-256 %3, beim Eingang %4</translation>
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
        <translation>geändert</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht verifiziert</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>kein Score</translation>
    </message>
    <message>
        <source>bona fide side</source>
        <translation>Seite bona fide</translation>
    </message>
    <message>
        <source>spoof side</source>
        <translation>Seite Spoof</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>DURCHGEFALLEN</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>FLAGGED (%1)</source>
        <translation>MARKIERT (%1)</translation>
    </message>
    <message numerus="yes">
        <source>passed, %n warning(s)</source>
        <translation>
            <numerusform>bestanden, %n Warnung</numerusform>
            <numerusform>bestanden, %n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>Every measure is within the case&apos;s thresholds.</source>
        <translation>Jede Messgröße liegt innerhalb der Schwellenwerte des Falls.</translation>
    </message>
    <message>
        <source>score %1 (%2)</source>
        <translation>Score %1 (%2)</translation>
    </message>
    <message>
        <source>Detection score %1 (%2)
%3</source>
        <translation>Erkennungsscore %1 (%2)
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
Kalibrierung: %4</translation>
    </message>
    <message>
        <source>, withheld: %1</source>
        <translation>, zurückgehalten: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>Likelihood ratio withheld:
- %1</source>
        <translation>Likelihood-Quotient zurückgehalten:
- %1</translation>
    </message>
    <message>
        <source>The model states no calibration: no likelihood ratio.</source>
        <translation>Das Modell nennt keine Kalibrierung: kein Likelihood-Quotient.</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>(LR %1)</source>
        <translation>(LR %1)</translation>
    </message>
    <message>
        <source>(LR withheld: %1)</source>
        <translation>(LR zurückgehalten: %1)</translation>
    </message>
    <message>
        <source>Back-end %1, library %2
%3</source>
        <translation>Backend %1, Bibliothek %2
%3</translation>
    </message>
    <message>
        <source>no decision</source>
        <translation>keine Entscheidung</translation>
    </message>
    <message>
        <source>Problems:
- %1</source>
        <translation>Probleme:
- %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Asservat %1: %2</translation>
    </message>
    <message>
        <source>file: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>intake SHA-256: %1</source>
        <translation>Eingangs-SHA-256: %1</translation>
    </message>
    <message>
        <source>Analysis %1 (%2), stored %3 by %4</source>
        <translation>Analyse %1 (%2), gespeichert %3 durch %4</translation>
    </message>
    <message>
        <source>evidence SHA-256 verified just before: %1%2</source>
        <translation>SHA-256 des Beweismittels unmittelbar zuvor verifiziert: %1%2</translation>
    </message>
    <message>
        <source>(DIFFERS from the intake hash)</source>
        <translation>(WEICHT vom Eingangs-Hash AB)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenienz</translation>
    </message>
    <message>
        <source>evidence: %1 (%2 bytes, SHA-256 %3)</source>
        <translation>Beweismittel: %1 (%2 Bytes, SHA-256 %3)</translation>
    </message>
    <message>
        <source>model: %1 (%2), weights SHA-256 %3, manifest SHA-256 %4</source>
        <translation>Modell: %1 (%2), Gewichte SHA-256 %3, Manifest SHA-256 %4</translation>
    </message>
    <message>
        <source>library: %1 (SHA-256 %2)</source>
        <translation>Bibliothek: %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>calibration: %1</source>
        <translation>Kalibrierung: %1</translation>
    </message>
    <message>
        <source>SourceTrace %1 (commit %2, %3)</source>
        <translation>SourceTrace %1 (Commit %2, %3)</translation>
    </message>
    <message>
        <source>run %1 by %2 on %3, device %4</source>
        <translation>Lauf %1 durch %2 auf %3, Gerät %4</translation>
    </message>
    <message>
        <source>Quality: %1</source>
        <translation>Qualität: %1</translation>
    </message>
    <message>
        <source>Detection: score %1 (%2)</source>
        <translation>Erkennung: Score %1 (%2)</translation>
    </message>
    <message>
        <source>convention: %1</source>
        <translation>Konvention: %1</translation>
    </message>
    <message>
        <source>timeline: %1 windows of %2 samples every %3 at %4 Hz</source>
        <translation>Zeitverlauf: %1 Fenster zu %2 Samples alle %3 bei %4 Hz</translation>
    </message>
    <message>
        <source>likelihood ratio %1 (log10 %2): %3</source>
        <translation>Likelihood-Quotient %1 (log10 %2): %3</translation>
    </message>
    <message>
        <source>likelihood ratio WITHHELD:</source>
        <translation>Likelihood-Quotient ZURÜCKGEHALTEN:</translation>
    </message>
    <message>
        <source>no likelihood ratio (the model states no calibration)</source>
        <translation>kein Likelihood-Quotient (das Modell nennt keine Kalibrierung)</translation>
    </message>
    <message>
        <source>Detection: not run</source>
        <translation>Erkennung: nicht ausgeführt</translation>
    </message>
    <message>
        <source>Tracing: back-end %1, library %2 (SHA-256 %3)</source>
        <translation>Rückverfolgung: Backend %1, Bibliothek %2 (SHA-256 %3)</translation>
    </message>
    <message>
        <source>(open-set threshold %1)</source>
        <translation>(Open-Set-Schwellenwert %1)</translation>
    </message>
    <message>
        <source>LR %1 (log10 %2): %3</source>
        <translation>LR %1 (log10 %2): %3</translation>
    </message>
    <message>
        <source>LR withheld: %1</source>
        <translation>LR zurückgehalten: %1</translation>
    </message>
    <message>
        <source>Tracing: not run</source>
        <translation>Rückverfolgung: nicht ausgeführt</translation>
    </message>
    <message>
        <source>Explanation: %1, %2 steps, baseline %3, completeness gap %4 %</source>
        <translation>Erklärung: %1, %2 Schritte, Baseline %3, Vollständigkeitslücke %4 %</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
</context>
<context>
    <name>st::ChartExport</name>
    <message>
        <source>cannot write the PNG image: %1</source>
        <translation>das PNG-Bild kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot write the SVG image: %1</source>
        <translation>das SVG-Bild kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>the SVG image was not written</source>
        <translation>das SVG-Bild wurde nicht geschrieben</translation>
    </message>
    <message>
        <source>cannot write the CSV file: %1</source>
        <translation>die CSV-Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>unknown export format &apos;.%1&apos; (use .png, .svg or .csv)</source>
        <translation>unbekanntes Exportformat &apos;.%1&apos; (verwenden Sie .png, .svg oder .csv)</translation>
    </message>
</context>
<context>
    <name>st::ClassificationReport</name>
    <message>
        <source>%1 true labels but %2 predictions</source>
        <translation>%1 wahre Labels, aber %2 Vorhersagen</translation>
    </message>
    <message>
        <source>no clips to score: attribution metrics need at least one prediction</source>
        <translation>keine Aufnahmen zu bewerten: Attributionsmetriken benötigen mindestens eine Vorhersage</translation>
    </message>
    <message>
        <source>clip %1: label &apos;%2&apos; is not one of the classes (%3)</source>
        <translation>Aufnahme %1: Label &apos;%2&apos; gehört zu keiner der Klassen (%3)</translation>
    </message>
</context>
<context>
    <name>st::ColourMap</name>
    <message>
        <source>Greyscale</source>
        <translation>Graustufen</translation>
    </message>
    <message>
        <source>Inverted greyscale</source>
        <translation>Invertierte Graustufen</translation>
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
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <source>Confusion matrix (no closed-set result)</source>
        <translation>Konfusionsmatrix (kein Closed-Set-Ergebnis)</translation>
    </message>
    <message>
        <source>Confusion matrix: accuracy %1 %, macro-F1 %2 %</source>
        <translation>Konfusionsmatrix: Genauigkeit %1 %, Makro-F1 %2 %</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>vorhergesagt</translation>
    </message>
    <message>
        <source>true</source>
        <translation>wahr</translation>
    </message>
</context>
<context>
    <name>st::ConsoleProgress</name>
    <message>
        <source>job %1</source>
        <translation>Auftrag %1</translation>
    </message>
</context>
<context>
    <name>st::CorpusExplain</name>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>not a JSON object: %1 at byte %2</source>
        <translation>kein JSON-Objekt: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>kann nicht schreiben: %1</translation>
    </message>
    <message>
        <source>%1: was %2, now %3</source>
        <translation>%1: war %2, jetzt %3</translation>
    </message>
    <message>
        <source>no such protocol file or folder</source>
        <translation>Protokolldatei oder -ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>the folder holds no audio files (.wav, .flac, .ogg, .mp3, .opus, .m4a, .aiff)</source>
        <translation>der Ordner enthält keine Audiodateien (.wav, .flac, .ogg, .mp3, .opus, .m4a, .aiff)</translation>
    </message>
    <message>
        <source>clip &quot;%1&quot; does not exist (looked for %2%3; give the audio folder with --audio-root)</source>
        <translation>die Aufnahme &quot;%1&quot; existiert nicht (gesucht wurde %2%3; geben Sie den Audioordner mit --audio-root an)</translation>
    </message>
    <message>
        <source>not an attribution report: clip.bandShares, frames.absolute or frames.speech is missing</source>
        <translation>kein Attributionsbericht: clip.bandShares, frames.absolute oder frames.speech fehlt</translation>
    </message>
    <message>
        <source>no model to explain</source>
        <translation>kein Modell zum Erklären</translation>
    </message>
    <message>
        <source>cannot create the output folder</source>
        <translation>der Ausgabeordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the folder holds results made with other settings (%1); refusing to mix them: use another output folder or --restart</source>
        <translation>der Ordner enthält Ergebnisse mit anderen Einstellungen (%1); sie werden nicht vermischt: verwenden Sie einen anderen Ausgabeordner oder --restart</translation>
    </message>
    <message>
        <source>clip %1/%2 %3</source>
        <translation>Aufnahme %1/%2 %3</translation>
    </message>
    <message>
        <source>no samples</source>
        <translation>keine Samples</translation>
    </message>
    <message>
        <source>clip %1/%2 %3: %4</source>
        <translation>Aufnahme %1/%2 %3: %4</translation>
    </message>
    <message>
        <source>done %1 (%2/%3)</source>
        <translation>fertig: %1 (%2/%3)</translation>
    </message>
    <message>
        <source>failed %1: %2</source>
        <translation>fehlgeschlagen: %1: %2</translation>
    </message>
    <message>
        <source>summaries</source>
        <translation>Zusammenfassungen</translation>
    </message>
    <message>
        <source>not a corpus explanation job</source>
        <translation>kein Korpus-Erklärungsauftrag</translation>
    </message>
    <message>
        <source>no column &quot;%1&quot; to group by (the clips have: %2)</source>
        <translation>keine Spalte &quot;%1&quot; zum Gruppieren (die Aufnahmen haben: %2)</translation>
    </message>
    <message>
        <source>none; a folder has only the group &quot;all&quot;</source>
        <translation>keine; ein Ordner hat nur die Gruppe &quot;all&quot;</translation>
    </message>
    <message>
        <source>bands %1 differ from the other clips&apos; %2</source>
        <translation>die Bänder %1 weichen von denen der anderen Aufnahmen ab (%2)</translation>
    </message>
    <message>
        <source>expected a 2-d map</source>
        <translation>2-D-Karte erwartet</translation>
    </message>
    <message>
        <source>not a corpus explanation summary (format &quot;%1&quot;)</source>
        <translation>keine Zusammenfassung einer Korpus-Erklärung (Format &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot replace the file</source>
        <translation>die Datei kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>cannot copy to %1: %2</source>
        <translation>kann nicht nach %1 kopieren: %2</translation>
    </message>
    <message>
        <source>already exists: the folder holds a corpus job&apos;s results, and a merge writes a new output (remove job.json, summary.* and clips/ there, not the shards)</source>
        <translation>existiert bereits: der Ordner enthält die Ergebnisse eines Korpus-Erklärungsauftrags, und eine Zusammenführung schreibt eine neue Ausgabe (entfernen Sie dort job.json, summary.* und clips/, nicht die Shards)</translation>
    </message>
    <message>
        <source>no parts to merge</source>
        <translation>keine Teile zum Zusammenführen</translation>
    </message>
    <message>
        <source>not a corpus explanation job (format &quot;%1&quot;)</source>
        <translation>kein Korpus-Erklärungsauftrag (Format &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>made from another version of %1 (SHA-256 %2, now %3): rerun the shard</source>
        <translation>aus einer anderen Fassung von %1 erstellt (SHA-256 %2, jetzt %3): führen Sie den Shard erneut aus</translation>
    </message>
    <message>
        <source>%1 clip(s) failed: rerun the shard</source>
        <translation>%1 Aufnahme(n) fehlgeschlagen: führen Sie den Shard erneut aus</translation>
    </message>
    <message>
        <source>its %1 differ from those of %2%3</source>
        <translation>seine Angaben unter %1 weichen von denen in %2 ab%3</translation>
    </message>
    <message>
        <source>clip &quot;%1&quot; belongs to no part (%2)</source>
        <translation>Aufnahme &quot;%1&quot; gehört zu keinem Teil (%2)</translation>
    </message>
    <message>
        <source>does not list clip &quot;%1&quot; (id %2), which belongs to this shard: rerun the shard</source>
        <translation>führt die Aufnahme &quot;%1&quot; (ID %2) nicht auf, die zu diesem Shard gehört: führen Sie den Shard erneut aus</translation>
    </message>
    <message>
        <source>lists clip %1 otherwise than the merge reads it from %2 (%3): run the merge with the shards&apos; protocol, --audio-root and working directory</source>
        <translation>führt die Aufnahme %1 anders auf, als die Zusammenführung sie aus %2 liest (%3): führen Sie die Zusammenführung mit Protokoll, --audio-root und Arbeitsverzeichnis der Shards aus</translation>
    </message>
    <message>
        <source>missing: clip &quot;%1&quot; has no results in its shard: rerun the shard</source>
        <translation>fehlt: Aufnahme &quot;%1&quot; hat in ihrem Shard keine Ergebnisse: führen Sie den Shard erneut aus</translation>
    </message>
    <message>
        <source>the shards list %1 clips, the corpus has %2: were they run with another --limit or protocol?</source>
        <translation>die Shards führen %1 Aufnahmen auf, das Korpus hat %2: liefen sie mit einem anderen --limit oder Protokoll?</translation>
    </message>
</context>
<context>
    <name>st::CorpusExplainDialog</name>
    <message>
        <source>Explain a corpus</source>
        <translation>Einen Korpus erklären</translation>
    </message>
    <message>
        <source>protocol file (groups by its columns) or a folder of audio files</source>
        <translation>Protokolldatei (gruppiert nach ihren Spalten) oder ein Ordner mit Audiodateien</translation>
    </message>
    <message>
        <source>Protocol…</source>
        <translation>Protokoll…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Ordner…</translation>
    </message>
    <message>
        <source>Input:</source>
        <translation>Eingabe:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <source>all clips</source>
        <translation>alle Aufnahmen</translation>
    </message>
    <message>
        <source>Limit:</source>
        <translation>Begrenzung:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Output folder:</source>
        <translation>Ausgabeordner:</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>Auftrag abbrechen</translation>
    </message>
    <message>
        <source>Open results…</source>
        <translation>Ergebnisse öffnen…</translation>
    </message>
    <message>
        <source>A re-run into the same folder resumes; other settings are refused.</source>
        <translation>Ein erneuter Lauf in denselben Ordner setzt fort; andere Einstellungen werden abgewiesen.</translation>
    </message>
    <message>
        <source>Mean |attribution| over relative time (left to right) and frequency bins (low at the bottom); each clip&apos;s map normalised to sum 1.</source>
        <translation>Mittlere |Attribution| über relative Zeit (von links nach rechts) und Frequenz-Bins (tiefe unten); die Karte jeder Aufnahme ist auf die Summe 1 normiert.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>Bänder</translation>
    </message>
    <message>
        <source>Speech / silence</source>
        <translation>Sprache / Stille</translation>
    </message>
    <message>
        <source>Mean TF map</source>
        <translation>Mittlere TF-Karte</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Gruppieren nach:</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Protocols (*.tsv *.txt *.csv);;All files (*)</source>
        <translation>Protokolle (*.tsv *.txt *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Folder of audio files</source>
        <translation>Ordner mit Audiodateien</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <source>Corpus explanation folder (with summary.json)</source>
        <translation>Ordner einer Korpuserklärung (mit summary.json)</translation>
    </message>
    <message>
        <source>a corpus explanation is already running</source>
        <translation>eine Korpuserklärung läuft bereits</translation>
    </message>
    <message>
        <source>choose an input (protocol or folder) and an output folder</source>
        <translation>wählen Sie eine Eingabe (Protokoll oder Ordner) und einen Ausgabeordner</translation>
    </message>
    <message>
        <source>no model to explain with</source>
        <translation>kein Modell zum Erklären</translation>
    </message>
    <message>
        <source>explain corpus %1</source>
        <translation>Korpus erklären %1</translation>
    </message>
    <message>
        <source>cancelled; the clips done so far are kept and a re-run resumes</source>
        <translation>abgebrochen; die bisher erledigten Aufnahmen bleiben erhalten und ein erneuter Lauf setzt fort</translation>
    </message>
    <message>
        <source>column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>speech</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>leading silence</source>
        <translation>Stille am Anfang</translation>
    </message>
    <message>
        <source>trailing silence</source>
        <translation>Stille am Ende</translation>
    </message>
    <message>
        <source>completeness gap</source>
        <translation>Vollständigkeitslücke</translation>
    </message>
    <message>
        <source>%1: %2 clips, %3 explained, %4 failed</source>
        <translation>%1: %2 Aufnahmen, %3 erklärt, %4 fehlgeschlagen</translation>
    </message>
    <message>
        <source>% of |attribution|</source>
        <translation>% der |Attribution|</translation>
    </message>
    <message>
        <source>Share of |attribution| per frequency band, by %1 (mean over clips)</source>
        <translation>Anteil der |Attribution| je Frequenzband, nach %1 (Mittel über Aufnahmen)</translation>
    </message>
    <message>
        <source>Speech and silence shares, by %1 (mean over clips)</source>
        <translation>Anteile von Sprache und Stille, nach %1 (Mittel über Aufnahmen)</translation>
    </message>
    <message>
        <source>%1 clips: %2 explained, %3 resumed, %4 failed</source>
        <translation>%1 Aufnahmen: %2 erklärt, %3 fortgesetzt, %4 fehlgeschlagen</translation>
    </message>
    <message>
        <source>expected a 2-d map</source>
        <translation>2-D-Karte erwartet</translation>
    </message>
</context>
<context>
    <name>st::DamageBanner</name>
    <message>
        <source>Damaged evidence — what is drawn is incomplete: %1</source>
        <translation>Beschädigtes Beweismittel — die Darstellung ist unvollständig: %1</translation>
    </message>
</context>
<context>
    <name>st::DetChart</name>
    <message>
        <source>DET curve</source>
        <translation>DET-Kurve</translation>
    </message>
    <message>
        <source>False alarm rate (%)</source>
        <translation>Falschalarmrate (%)</translation>
    </message>
    <message>
        <source>Miss rate (%)</source>
        <translation>Fehlrate (%)</translation>
    </message>
    <message>
        <source>EER line</source>
        <translation>EER-Linie</translation>
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
        <translation>Aufnahme lesen</translation>
    </message>
    <message>
        <source>model &quot;%1&quot; is not a detector (%2); choose a detector such as aasist</source>
        <translation>Modell &quot;%1&quot; ist kein Detektor (%2); wählen Sie einen Detektor wie aasist</translation>
    </message>
    <message>
        <source>loading model %1</source>
        <translation>Modell %1 laden</translation>
    </message>
    <message>
        <source>whole-clip score</source>
        <translation>Score der ganzen Aufnahme</translation>
    </message>
    <message>
        <source>window %1/%2</source>
        <translation>Fenster %1/%2</translation>
    </message>
    <message>
        <source>validated conditions</source>
        <translation>validierte Bedingungen</translation>
    </message>
</context>
<context>
    <name>st::DetectionPanel</name>
    <message>
        <source>Score:</source>
        <translation>Score:</translation>
    </message>
    <message>
        <source>Likelihood ratio:</source>
        <translation>Likelihood-Quotient:</translation>
    </message>
    <message>
        <source>Propositions:</source>
        <translation>Hypothesen:</translation>
    </message>
    <message>
        <source>Calibration:</source>
        <translation>Kalibrierung:</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>Bedingungen:</translation>
    </message>
    <message>
        <source>Convention:</source>
        <translation>Konvention:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Weights:</source>
        <translation>Gewichte:</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Lauf:</translation>
    </message>
    <message>
        <source>start (s)</source>
        <translation>Beginn (s)</translation>
    </message>
    <message>
        <source>end (s)</source>
        <translation>Ende (s)</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Score</translation>
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
        <translation>Wählen Sie ein Modell und drücken Sie Erkennen (Strg+D), um die geöffnete Aufnahme zu bewerten.</translation>
    </message>
    <message>
        <source>above 0: bona fide side (uncalibrated logit, not a likelihood ratio)</source>
        <translation>über 0: Seite bona fide (unkalibrierter Logit, kein Likelihood-Quotient)</translation>
    </message>
    <message>
        <source>at or below 0: spoof side (uncalibrated logit, not a likelihood ratio)</source>
        <translation>bei oder unter 0: Seite Spoof (unkalibrierter Logit, kein Likelihood-Quotient)</translation>
    </message>
    <message>
        <source>%1; input %2%3</source>
        <translation>%1; Eingabe %2%3</translation>
    </message>
    <message>
        <source>%1 (%2) on %3</source>
        <translation>%1 (%2) auf %3</translation>
    </message>
    <message>
        <source>load %1 s, run %2 s; %3 windows of %4 every %5 samples at %6 Hz</source>
        <translation>Laden %1 s, Lauf %2 s; %3 Fenster zu %4 alle %5 Samples bei %6 Hz</translation>
    </message>
    <message>
        <source>%1 s (active %2 s), bandwidth %3 Hz, codec %4, in-distribution (kNN cosine) %5</source>
        <translation>%1 s (aktiv %2 s), Bandbreite %3 Hz, Codec %4, In-Distribution (kNN-Kosinus) %5</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>Validated (%1): at least %2 s, bandwidth at least %3 Hz, codecs %4, kNN cosine at least %5 (k = %6)</source>
        <translation>Validiert (%1): mindestens %2 s, Bandbreite mindestens %3 Hz, Codecs %4, kNN-Kosinus mindestens %5 (k = %6)</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>LR = p(score | bona fide) / p(score | spoofed), from the model&apos;s calibration log LR = %1 × score + %2 (natural log)</source>
        <translation>LR = p(score | bona fide) / p(score | gefälscht), aus der Kalibrierung des Modells log LR = %1 × score + %2 (natürlicher Logarithmus)</translation>
    </message>
    <message>
        <source>proposition: bona fide speech; alternative: spoofed (synthetic or converted) speech</source>
        <translation>Hypothese: Bona-fide-Sprache; Alternative: gefälschte (synthetische oder konvertierte) Sprache</translation>
    </message>
    <message>
        <source>calibrated on %1, %2 bona fide / %3 spoofed clips, Cllr %4</source>
        <translation>kalibriert auf %1, %2 bona fide / %3 gefälschte Aufnahmen, Cllr %4</translation>
    </message>
    <message>
        <source>an unnamed protocol</source>
        <translation>ein unbenanntes Protokoll</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>%1
protocol SHA-256 %2
minCllr %3, EER %4; made %5; verbal scale after ENFSI (2015)</source>
        <translation>%1
Protokoll SHA-256 %2
minCllr %3, EER %4; erstellt %5; verbale Skala nach ENFSI (2015)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>The clip is outside the conditions %1 was validated under, so its score is not turned into a likelihood ratio (the score above is the model&apos;s raw output):</source>
        <translation>Die Aufnahme liegt außerhalb der Bedingungen, unter denen %1 validiert wurde, daher wird ihr Score nicht in einen Likelihood-Quotienten umgerechnet (der Score oben ist die Rohausgabe des Modells):</translation>
    </message>
    <message>
        <source>Take care: %1</source>
        <translation>Achtung: %1</translation>
    </message>
</context>
<context>
    <name>st::DifferentiableModel</name>
    <message>
        <source>cannot load the TorchScript file for attributions: %1</source>
        <translation>die TorchScript-Datei kann für Attributionen nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>the model failed under autograd: %1</source>
        <translation>das Modell ist unter Autograd fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the output &quot;%1&quot; named by the manifest is not a tensor the model returns</source>
        <translation>die vom Manifest genannte Ausgabe &quot;%1&quot; ist kein Tensor, den das Modell zurückgibt</translation>
    </message>
    <message>
        <source>no model to explain</source>
        <translation>kein Modell zum Erklären</translation>
    </message>
    <message>
        <source>model %1 is of kind &quot;%2&quot;: attributions need a native AASIST, a native spectral or a TorchScript model</source>
        <translation>Modell %1 ist vom Typ &quot;%2&quot;: Attributionen brauchen ein natives AASIST-, ein natives spektrales oder ein TorchScript-Modell</translation>
    </message>
</context>
<context>
    <name>st::EmbeddingMapView</name>
    <message>
        <source>All levels (colour by level)</source>
        <translation>Alle Ebenen (Farbe nach Ebene)</translation>
    </message>
    <message>
        <source>%1 (colour by source)</source>
        <translation>%1 (Farbe nach Quelle)</translation>
    </message>
    <message>
        <source>Open a library with enrolled sources to see its map.</source>
        <translation>Öffnen Sie eine Bibliothek mit registrierten Quellen, um ihre Karte zu sehen.</translation>
    </message>
    <message>
        <source>enrolment clips</source>
        <translation>Registrierungsaufnahmen</translation>
    </message>
    <message>
        <source>traced clip</source>
        <translation>zurückverfolgte Aufnahme</translation>
    </message>
    <message>
        <source>No sources at this level.</source>
        <translation>Keine Quellen auf dieser Ebene.</translation>
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
        <translation>Quadrate: Fingerabdrücke (Mittelwerte der Quellen); Punkte: Registrierungs-Embeddings; Achsen angepasst auf %1 verschiedene Embeddings%2.</translation>
    </message>
    <message>
        <source> (%1 dots not drawn)</source>
        <translation> (%1 Punkte nicht gezeichnet)</translation>
    </message>
</context>
<context>
    <name>st::EmbeddingStore</name>
    <message>
        <source>a clip key must be non-empty and on one line: &quot;%1&quot; (rename the file)</source>
        <translation>ein Aufnahmeschlüssel muss nicht leer und einzeilig sein: &quot;%1&quot; (benennen Sie die Datei um)</translation>
    </message>
    <message>
        <source>the clip key &quot;%1&quot; holds a control character, which the line-based outputs cannot store: rename the file</source>
        <translation>der Aufnahmeschlüssel &quot;%1&quot; enthält ein Steuerzeichen, das die zeilenbasierten Ausgaben nicht speichern können: benennen Sie die Datei um</translation>
    </message>
    <message>
        <source>the CSV format cannot store the key &quot;%1&quot; (it has a comma or quote): use --format npy</source>
        <translation>das CSV-Format kann den Schlüssel &quot;%1&quot; nicht speichern (er enthält ein Komma oder Anführungszeichen): verwenden Sie --format npy</translation>
    </message>
    <message>
        <source>embedding size must be positive</source>
        <translation>die Embedding-Größe muss positiv sein</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the key is not valid UTF-8</source>
        <translation>der Schlüssel ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is listed twice</source>
        <translation>der Schlüssel &quot;%1&quot; steht zweimal in der Liste</translation>
    </message>
    <message>
        <source>exists and is not a folder (the npy format writes a folder)</source>
        <translation>existiert und ist kein Ordner (das npy-Format schreibt einen Ordner)</translation>
    </message>
    <message>
        <source>cannot create the output folder</source>
        <translation>der Ausgabeordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>holds embeddings of model &quot;%1&quot; (weights %2), not of &quot;%3&quot; (weights %4): choose another output folder</source>
        <translation>enthält Embeddings des Modells &quot;%1&quot; (Gewichte %2), nicht von &quot;%3&quot; (Gewichte %4): wählen Sie einen anderen Ausgabeordner</translation>
    </message>
    <message>
        <source>holds embeddings of another size (expected N x %1)</source>
        <translation>enthält Embeddings einer anderen Größe (erwartet N x %1)</translation>
    </message>
    <message>
        <source>holds logits of another size (expected N x %1)</source>
        <translation>enthält Logits einer anderen Größe (erwartet N x %1)</translation>
    </message>
    <message>
        <source>is a folder (the csv format writes one file)</source>
        <translation>ist ein Ordner (das csv-Format schreibt eine Datei)</translation>
    </message>
    <message>
        <source>cannot create the folder of the output file</source>
        <translation>der Ordner der Ausgabedatei kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>exists with another header (expected &quot;file,0,...,%1&quot;): choose another output file</source>
        <translation>existiert mit einer anderen Kopfzeile (erwartet &quot;file,0,...,%1&quot;): wählen Sie eine andere Ausgabedatei</translation>
    </message>
    <message>
        <source>column %1 of the row of &quot;%2&quot; is not a finite number (&quot;%3&quot;): the file is damaged; choose another output file</source>
        <translation>Spalte %1 der Zeile von &quot;%2&quot; ist keine endliche Zahl (&quot;%3&quot;): die Datei ist beschädigt; wählen Sie eine andere Ausgabedatei</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>kann nicht schreiben: %1</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; is already stored</source>
        <translation>der Schlüssel &quot;%1&quot; ist bereits gespeichert</translation>
    </message>
    <message>
        <source>embedding of &quot;%1&quot; has %2 values, expected %3</source>
        <translation>das Embedding von &quot;%1&quot; hat %2 Werte, erwartet %3</translation>
    </message>
    <message>
        <source>the embedding of &quot;%1&quot; holds a non-finite value (NaN or infinity): not stored</source>
        <translation>das Embedding von &quot;%1&quot; enthält einen nicht endlichen Wert (NaN oder unendlich): nicht gespeichert</translation>
    </message>
    <message>
        <source>the logits of &quot;%1&quot; hold a non-finite value (NaN or infinity): not stored</source>
        <translation>die Logits von &quot;%1&quot; enthalten einen nicht endlichen Wert (NaN oder unendlich): nicht gespeichert</translation>
    </message>
    <message>
        <source>logits of &quot;%1&quot; have %2 values, expected %3</source>
        <translation>die Logits von &quot;%1&quot; haben %2 Werte, erwartet %3</translation>
    </message>
</context>
<context>
    <name>st::EmbeddingTable</name>
    <message>
        <source>cannot open the embedding table: %1</source>
        <translation>die Embedding-Tabelle kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>expected a header &apos;file,0,1,...&apos; with at least one dimension</source>
        <translation>erwartet wurde eine Kopfzeile &apos;file,0,1,...&apos; mit mindestens einer Dimension</translation>
    </message>
    <message>
        <source>expected %1 comma-separated fields as in the header on line %2, found %3</source>
        <translation>erwartet wurden %1 durch Kommas getrennte Felder wie in der Kopfzeile in Zeile %2, gefunden: %3</translation>
    </message>
    <message>
        <source>empty name in field 1</source>
        <translation>leerer Name in Feld 1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed twice (first on line %2)</source>
        <translation>&apos;%1&apos; ist doppelt aufgeführt (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>field %1 (dimension %2: &apos;%3&apos;) is not a finite number in float32 range</source>
        <translation>Feld %1 (Dimension %2: &apos;%3&apos;) ist keine endliche Zahl im float32-Bereich</translation>
    </message>
    <message>
        <source>field %1 (dimension %2: &apos;%3&apos;) is not a finite number</source>
        <translation>Feld %1 (Dimension %2: &apos;%3&apos;) ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>the embedding table is empty</source>
        <translation>die Embedding-Tabelle ist leer</translation>
    </message>
    <message>
        <source>the embedding table has a header (line %1) and no rows</source>
        <translation>die Embedding-Tabelle hat eine Kopfzeile (Zeile %1) und keine Zeilen</translation>
    </message>
</context>
<context>
    <name>st::EnrolClipsDialog</name>
    <message numerus="yes">
        <source>Enrol %n clip(s)</source>
        <translation>
            <numerusform>%n Aufnahme registrieren</numerusform>
            <numerusform>%n Aufnahmen registrieren</numerusform>
        </translation>
    </message>
    <message>
        <source>
... and %1 more</source>
        <translation>
... und %1 weitere</translation>
    </message>
    <message>
        <source>e.g. A01 (leave empty to skip this level)</source>
        <translation>z. B. A01 (leer lassen, um diese Ebene zu überspringen)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Registrieren</translation>
    </message>
</context>
<context>
    <name>st::EvaluationDetection</name>
    <message>
        <source>detection needs a protocol (--protocol) and a score file (--scores)</source>
        <translation>die Detektion benötigt ein Protokoll (--protocol) und eine Score-Datei (--scores)</translation>
    </message>
    <message>
        <source>reading the protocol</source>
        <translation>Protokoll wird gelesen</translation>
    </message>
    <message>
        <source>reading the scores</source>
        <translation>Scores werden gelesen</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation>%1 wird geschrieben</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
</context>
<context>
    <name>st::EvaluationInputs</name>
    <message>
        <source>row %1 (key &apos;%2&apos;), %3 %4 is NaN: the file is corrupt</source>
        <translation>Zeile %1 (Schlüssel &apos;%2&apos;), %3 %4 ist NaN: die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>row %1 (key &apos;%2&apos;), %3 %4 is infinite: the file is corrupt</source>
        <translation>Zeile %1 (Schlüssel &apos;%2&apos;), %3 %4 ist unendlich: die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>an embedding folder needs embeddings.npy and keys.txt (as written by `sourcetrace-cli embed --format npy`)</source>
        <translation>ein Embedding-Ordner benötigt embeddings.npy und keys.txt (wie von `sourcetrace-cli embed --format npy` geschrieben)</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; is listed twice (first on line %2)</source>
        <translation>Schlüssel &apos;%1&apos; ist doppelt aufgeführt (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>expected a 2-D array (clips x dimensions), found %1-D</source>
        <translation>erwartet wurde ein 2-D-Array (Aufnahmen x Dimensionen), gefunden: %1-D</translation>
    </message>
    <message>
        <source>the embeddings have dimension 0 (shape %1 x 0)</source>
        <translation>die Embeddings haben die Dimension 0 (Form %1 x 0)</translation>
    </message>
    <message>
        <source>%1 keys for %2 embedding rows in embeddings.npy: the folder is inconsistent (an interrupted run? rerun `embed` to resume)</source>
        <translation>%1 Schlüssel für %2 Embedding-Zeilen in embeddings.npy: der Ordner ist inkonsistent (ein abgebrochener Lauf? führen Sie `embed` erneut aus, um fortzusetzen)</translation>
    </message>
    <message>
        <source>dimension</source>
        <comment>row 3 (key &apos;x&apos;), dimension 5 is NaN</comment>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>expected a %1 x C array of logits (one row per embedding), found shape %2: the folder is inconsistent</source>
        <translation>erwartet wurde ein %1 x C-Array von Logits (eine Zeile je Embedding), gefunden Form %2: der Ordner ist inkonsistent</translation>
    </message>
    <message>
        <source>class</source>
        <comment>row 3 (key &apos;x&apos;), class 5 is NaN</comment>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>no such embedding file or folder</source>
        <translation>keine solche Embedding-Datei und kein solcher Ordner</translation>
    </message>
    <message>
        <source>cannot open the score file: %1</source>
        <translation>die Score-Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>kein JSON-Objekt (%1)</translation>
    </message>
    <message>
        <source>the object has no &quot;file&quot;</source>
        <translation>das Objekt hat kein &quot;file&quot;</translation>
    </message>
    <message>
        <source>&quot;score&quot; of &apos;%1&apos; is null, not a number</source>
        <translation>&quot;score&quot; von &apos;%1&apos; ist null, keine Zahl</translation>
    </message>
    <message>
        <source>&quot;score&quot; of &apos;%1&apos; is missing or not numeric, not a number</source>
        <translation>&quot;score&quot; von &apos;%1&apos; fehlt oder ist nicht numerisch, keine Zahl</translation>
    </message>
    <message>
        <source>&quot;score&quot; of &apos;%1&apos; is not a finite number</source>
        <translation>&quot;score&quot; von &apos;%1&apos; ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is scored twice (first on line %2)</source>
        <translation>&apos;%1&apos; hat zwei Scores (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>the score file has no scores</source>
        <translation>die Score-Datei enthält keine Scores</translation>
    </message>
</context>
<context>
    <name>st::EvaluationOutput</name>
    <message>
        <source>cannot write: %1</source>
        <translation>kann nicht schreiben: %1</translation>
    </message>
    <message>
        <source>cannot remove this output of an earlier run</source>
        <translation>diese Ausgabe eines früheren Laufs kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>the output folder exists and is not a folder</source>
        <translation>der Ausgabeordner existiert und ist kein Ordner</translation>
    </message>
    <message>
        <source>cannot create the output folder</source>
        <translation>der Ausgabeordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the output folder holds &apos;%1&apos;, which is not an output of `evaluate`: refusing to write into it (give a new or empty folder, or one an earlier evaluate run wrote)</source>
        <translation>der Ausgabeordner enthält &apos;%1&apos;, das keine Ausgabe von `evaluate` ist: es wird nicht hineingeschrieben (geben Sie einen neuen oder leeren Ordner an oder einen, den ein früherer evaluate-Lauf geschrieben hat)</translation>
    </message>
    <message>
        <source>cannot replace the metrics of an earlier run (no write permission in the folder?)</source>
        <translation>die Metriken eines früheren Laufs können nicht ersetzt werden (keine Schreibberechtigung im Ordner?)</translation>
    </message>
</context>
<context>
    <name>st::EvaluationPanel</name>
    <message>
        <source>Run an evaluation</source>
        <translation>Eine Auswertung ausführen</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>DET</source>
        <translation>DET</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation>Konfusion</translation>
    </message>
    <message>
        <source>Tippett</source>
        <translation>Tippett</translation>
    </message>
    <message>
        <source>Export plot…</source>
        <translation>Diagramm exportieren…</translation>
    </message>
    <message>
        <source>Save the current plot as PNG or SVG, or its data as CSV</source>
        <translation>Das aktuelle Diagramm als PNG oder SVG speichern, oder seine Daten als CSV</translation>
    </message>
    <message>
        <source>Source tracing (embeddings)</source>
        <translation>Quellenrückverfolgung (Embeddings)</translation>
    </message>
    <message>
        <source>Detection (scores)</source>
        <translation>Erkennung (Scores)</translation>
    </message>
    <message>
        <source>STOPA trials (scored trial list)</source>
        <translation>STOPA-Trials (bewertete Trial-Liste)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Protocols (*.tsv *.txt *.csv);;All files (*)</source>
        <translation>Protokolle (*.tsv *.txt *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Embeddings / scores / trials</source>
        <translation>Embeddings / Scores / Trials</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <source>attack = file name up to the first &apos;_&apos; (no protocol)</source>
        <translation>Angriff = Dateiname bis zum ersten &apos;_&apos; (kein Protokoll)</translation>
    </message>
    <message>
        <source>e.g. A05,A09</source>
        <translation>z. B. A05,A09</translation>
    </message>
    <message>
        <source>Unknown attacks</source>
        <translation>Unbekannte Angriffe</translation>
    </message>
    <message>
        <source>calibrate on dev</source>
        <translation>auf dev kalibrieren</translation>
    </message>
    <message>
        <source>Back-end</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Enrol fraction</source>
        <translation>Registrierungsanteil</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Tracing</source>
        <translation>Rückverfolgung</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Einen Ordner wählen</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Eine Datei wählen</translation>
    </message>
    <message>
        <source>Evaluate (%1)</source>
        <translation>Auswerten (%1)</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Done: %1 files written.</source>
        <translation>Fertig: %1 Dateien geschrieben.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starte…</translation>
    </message>
    <message>
        <source>bona fide</source>
        <translation>bona fide</translation>
    </message>
    <message>
        <source>spoof</source>
        <translation>Spoof</translation>
    </message>
    <message>
        <source>Clips (bona fide / spoof)</source>
        <translation>Aufnahmen (bona fide / Spoof)</translation>
    </message>
    <message>
        <source>Pooled EER</source>
        <translation>Gepoolte EER</translation>
    </message>
    <message>
        <source>Pooled ROCCH-EER</source>
        <translation>Gepoolte ROCCH-EER</translation>
    </message>
    <message>
        <source>minDCF</source>
        <translation>minDCF</translation>
    </message>
    <message>
        <source>Cllr / minCllr (bits)</source>
        <translation>Cllr / minCllr (Bit)</translation>
    </message>
    <message>
        <source>EER %1</source>
        <translation>EER %1</translation>
    </message>
    <message>
        <source>EER codec %1</source>
        <translation>EER Codec %1</translation>
    </message>
    <message>
        <source>Known attacks</source>
        <translation>Bekannte Angriffe</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Clips (enrol / test / dev)</source>
        <translation>Aufnahmen (Registrierung / Test / dev)</translation>
    </message>
    <message>
        <source>Pooled EER %1 %2</source>
        <translation>Gepoolte EER %1 %2</translation>
    </message>
    <message>
        <source>minDCF known %1</source>
        <translation>minDCF bekannt %1</translation>
    </message>
    <message>
        <source>Cllr / minCllr known %1 (bits)</source>
        <translation>Cllr / minCllr bekannt %1 (Bit)</translation>
    </message>
    <message>
        <source>Calibrated Cllr %1 (bits)</source>
        <translation>Kalibrierter Cllr %1 (Bit)</translation>
    </message>
    <message>
        <source>Closed-set accuracy</source>
        <translation>Closed-Set-Genauigkeit</translation>
    </message>
    <message>
        <source>Closed-set macro-F1</source>
        <translation>Closed-Set-Makro-F1</translation>
    </message>
    <message>
        <source>OOD AUROC</source>
        <translation>OOD-AUROC</translation>
    </message>
    <message>
        <source>OOD FPR@95%TPR</source>
        <translation>OOD-FPR@95%TPR</translation>
    </message>
    <message>
        <source>OOD EER</source>
        <translation>OOD-EER</translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;CSV data (*.csv)</source>
        <translation>PNG-Bild (*.png);;SVG-Bild (*.svg);;CSV-Daten (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>the evaluation panel holds no result yet</source>
        <translation>das Auswertungspanel enthält noch kein Ergebnis</translation>
    </message>
</context>
<context>
    <name>st::EvaluationPlots</name>
    <message>
        <source>a histogram needs at least one bin (got %1)</source>
        <translation>ein Histogramm benötigt mindestens ein Bin (erhalten: %1)</translation>
    </message>
</context>
<context>
    <name>st::EvaluationRun</name>
    <message>
        <source>unknown evaluation mode</source>
        <translation>unbekannter Evaluierungsmodus</translation>
    </message>
</context>
<context>
    <name>st::EvaluationTrace</name>
    <message>
        <source>unknown scoring back-end &apos;%1&apos; (use cosine, mahalanobis or knn)</source>
        <translation>unbekanntes Scoring-Backend &apos;%1&apos; (verwenden Sie cosine, mahalanobis oder knn)</translation>
    </message>
    <message>
        <source>trace needs embeddings (--embeddings: an `embed` npy folder or a CSV)</source>
        <translation>trace benötigt Embeddings (--embeddings: einen npy-Ordner von `embed` oder eine CSV)</translation>
    </message>
    <message>
        <source>trace needs a protocol (--protocol) or --attack-from-filename</source>
        <translation>trace benötigt ein Protokoll (--protocol) oder --attack-from-filename</translation>
    </message>
    <message>
        <source>the enrolment fraction must lie strictly between 0 and 1 (got %1)</source>
        <translation>der Registrierungsanteil muss echt zwischen 0 und 1 liegen (erhalten: %1)</translation>
    </message>
    <message>
        <source>the dev fraction must lie strictly between 0 and 1 (got %1)</source>
        <translation>der Dev-Anteil muss echt zwischen 0 und 1 liegen (erhalten: %1)</translation>
    </message>
    <message>
        <source>clip &apos;%1&apos; of the protocol has no embedding of that exact name and its base name &apos;%2&apos; matches several: use the protocol&apos;s names</source>
        <translation>Aufnahme &apos;%1&apos; des Protokolls hat kein Embedding mit genau diesem Namen, und ihr Basisname &apos;%2&apos; passt auf mehrere: verwenden Sie die Namen des Protokolls</translation>
    </message>
    <message>
        <source>embedding &apos;%1&apos; would count for two clips of the protocol (&apos;%2&apos; and &apos;%3&apos;): use the protocol&apos;s names</source>
        <translation>Embedding &apos;%1&apos; würde für zwei Aufnahmen des Protokolls zählen (&apos;%2&apos; und &apos;%3&apos;): verwenden Sie die Namen des Protokolls</translation>
    </message>
    <message>
        <source>none of the protocol&apos;s %1 spoofed clips has an embedding here (first: &apos;%2&apos;); do the names match the protocol&apos;s file column?</source>
        <translation>keine der %1 gefälschten Aufnahmen des Protokolls hat hier ein Embedding (erste: &apos;%2&apos;); passen die Namen zur file-Spalte des Protokolls?</translation>
    </message>
    <message>
        <source>%1 protocol clips have no embedding: left out</source>
        <translation>%1 Aufnahmen des Protokolls haben kein Embedding: ausgelassen</translation>
    </message>
    <message>
        <source>--attack-from-filename: &apos;%1&apos; has no &apos;_&apos; after an attack name (expected e.g. A05_LA_T_123.flac)</source>
        <translation>--attack-from-filename: &apos;%1&apos; hat kein &apos;_&apos; nach einem Angriffsnamen (erwartet z. B. A05_LA_T_123.flac)</translation>
    </message>
    <message>
        <source>unknown attack &apos;%1&apos; does not occur among the evaluated clips (attacks: %2)</source>
        <translation>der unbekannte Angriff &apos;%1&apos; kommt unter den evaluierten Aufnahmen nicht vor (Angriffe: %2)</translation>
    </message>
    <message>
        <source>every attack is held out as unknown: at least one must be known (enrolled)</source>
        <translation>jeder Angriff wird als unbekannt zurückgehalten: mindestens einer muss bekannt (registriert) sein</translation>
    </message>
    <message numerus="yes">
        <source>attack &apos;%1&apos; has %n clip(s): a known attack needs at least 2 (enrolment and test)</source>
        <translation>
            <numerusform>Angriff &apos;%1&apos; hat %n Aufnahme: ein bekannter Angriff benötigt mindestens 2 (Registrierung und Test)</numerusform>
            <numerusform>Angriff &apos;%1&apos; hat %n Aufnahmen: ein bekannter Angriff benötigt mindestens 2 (Registrierung und Test)</numerusform>
        </translation>
    </message>
    <message>
        <source>enrolling %1 sources at %2</source>
        <translation>%1 Quellen auf Ebene %2 werden registriert</translation>
    </message>
    <message>
        <source>scoring %1</source>
        <translation>Bewertung %1</translation>
    </message>
    <message>
        <source>no test clips: every clip went to enrolment</source>
        <translation>keine Testaufnahmen: jede Aufnahme ging in die Registrierung</translation>
    </message>
    <message>
        <source>calibration needs target and non-target trials of known attacks in both the dev and the eval part at some level: too few clips (lower --enrol-fraction?)</source>
        <translation>die Kalibrierung benötigt auf irgendeiner Ebene Ziel- und Nicht-Ziel-Trials bekannter Angriffe sowohl im Dev- als auch im Eval-Teil: zu wenige Aufnahmen (--enrol-fraction verringern?)</translation>
    </message>
    <message>
        <source>reading embeddings</source>
        <translation>Embeddings werden gelesen</translation>
    </message>
    <message>
        <source>no embeddings in the file</source>
        <translation>keine Embeddings in der Datei</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation>%1 wird geschrieben</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
</context>
<context>
    <name>st::EvaluationTrials</name>
    <message>
        <source>trials mode needs a STOPA trial list (--trials)</source>
        <translation>der Modus trials benötigt eine STOPA-Trial-Liste (--trials)</translation>
    </message>
    <message>
        <source>reading the trial list</source>
        <translation>Trial-Liste wird gelesen</translation>
    </message>
    <message>
        <source>the trial list has no score column (CosScore or score)</source>
        <translation>die Trial-Liste hat keine Score-Spalte (CosScore oder score)</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
</context>
<context>
    <name>st::EvidenceAnalysis</name>
    <message>
        <source>analysis settings: unknown member &quot;%1&quot; (known: %2)</source>
        <translation>Analyseeinstellungen: unbekanntes Element &quot;%1&quot; (bekannt: %2)</translation>
    </message>
    <message>
        <source>analysis settings: igSteps must be between 2 and 4096, not %1</source>
        <translation>Analyseeinstellungen: igSteps muss zwischen 2 und 4096 liegen, nicht %1</translation>
    </message>
    <message>
        <source>analysis settings: threads must be between 0 and 1024, not %1</source>
        <translation>Analyseeinstellungen: threads muss zwischen 0 und 1024 liegen, nicht %1</translation>
    </message>
    <message>
        <source>analysis settings: backend is empty</source>
        <translation>Analyseeinstellungen: backend ist leer</translation>
    </message>
    <message>
        <source>analysis: format &quot;%1&quot; is not one this build reads (sourcetrace-analysis/1)</source>
        <translation>Analyse: das Format &quot;%1&quot; liest dieser Build nicht (sourcetrace-analysis/1)</translation>
    </message>
    <message>
        <source>%1: %2 entries then %3</source>
        <translation>%1: %2 Einträge, dann %3</translation>
    </message>
    <message>
        <source>%1: %2 then %3</source>
        <translation>%1: %2, dann %3</translation>
    </message>
    <message>
        <source>hashing the evidence</source>
        <translation>Beweismittel hashen</translation>
    </message>
    <message>
        <source>has changed since intake: its SHA-256 is %1, the case recorded %2; it is not analysed</source>
        <translation>hat sich seit dem Eingang verändert: sein SHA-256 ist %1, der Fall hat %2 festgehalten; es wird nicht analysiert</translation>
    </message>
    <message>
        <source>decoding</source>
        <translation>Dekodieren</translation>
    </message>
    <message>
        <source>quality thresholds: %1</source>
        <translation>Qualitätsschwellenwerte: %1</translation>
    </message>
    <message>
        <source>quality measures</source>
        <translation>Qualitätsmessungen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
</context>
<context>
    <name>st::ExplainPanel</name>
    <message>
        <source>Fingerprint CSV…</source>
        <translation>Fingerabdruck-CSV…</translation>
    </message>
    <message>
        <source>Load fingerprints (STOPA layout: file,0,...,D-1) as cosine-similarity targets</source>
        <translation>Fingerabdrücke (STOPA-Layout: file,0,...,D-1) als Ziele der Kosinus-Ähnlichkeit laden</translation>
    </message>
    <message>
        <source>Silence (zeros)</source>
        <translation>Stille (Nullen)</translation>
    </message>
    <message>
        <source>Noise, -60 dBFS, 4 draws</source>
        <translation>Rauschen, -60 dBFS, 4 Ziehungen</translation>
    </message>
    <message>
        <source>Low-pass copy, 1 kHz</source>
        <translation>Tiefpass-Kopie, 1 kHz</translation>
    </message>
    <message>
        <source>Noise, -50 dBFS, 4 draws (spectral models)</source>
        <translation>Rauschen, -50 dBFS, 4 Ziehungen (spektrale Modelle)</translation>
    </message>
    <message>
        <source>Bona fide mean (file…)</source>
        <translation>Bona-fide-Mittelwert (Datei…)</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Datei…</translation>
    </message>
    <message>
        <source>Choose the mean-feature baseline file (made by `sourcetrace-cli explain baseline --protocol REF --out F.json`)</source>
        <translation>Die Datei der Mittelwert-Merkmal-Baseline wählen (erstellt von `sourcetrace-cli explain baseline --protocol REF --out F.json`)</translation>
    </message>
    <message>
        <source>Gauss-Legendre</source>
        <translation>Gauß-Legendre</translation>
    </message>
    <message>
        <source>Trapezoid</source>
        <translation>Trapez</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Attribute the model&apos;s jumps</source>
        <translation>Die Sprünge des Modells zuordnen</translation>
    </message>
    <message>
        <source>AASIST&apos;s graph pooling keeps the top-scoring nodes, so its output jumps where the kept nodes change along the path. On: each jump is located and attributed through the score crossing that caused it, so the attributions add up to the change of the target (slower). Off: plain Integrated Gradients; the jumps stay in the completeness gap.</source>
        <translation>Das Graph-Pooling von AASIST behält die Knoten mit den höchsten Scores, daher springt seine Ausgabe dort, wo sich die behaltenen Knoten entlang des Pfades ändern. Ein: jeder Sprung wird lokalisiert und über die Score-Kreuzung zugeordnet, die ihn verursacht hat, sodass sich die Attributionen zur Änderung des Ziels aufsummieren (langsamer). Aus: einfache Integrated Gradients; die Sprünge bleiben in der Vollständigkeitslücke.</translation>
    </message>
    <message>
        <source>LibTorch threads for the run (default: all %1 cores of this machine)</source>
        <translation>LibTorch-Threads für den Lauf (Standard: alle %1 Kerne dieses Rechners)</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Coarse result first (%1 steps, plain IG)</source>
        <translation>Zuerst ein grobes Ergebnis (%1 Schritte, einfaches IG)</translation>
    </message>
    <message>
        <source>Shows a quick result of %1 steps without the jump search at once, marked coarse; the full run replaces it. On by default for models whose run takes longer than %2 s.</source>
        <translation>Zeigt sofort ein schnelles Ergebnis mit %1 Schritten ohne die Sprungsuche, als grob markiert; der volle Lauf ersetzt es. Standardmäßig ein für Modelle, deren Lauf länger als %2 s dauert.</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Erklären</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The completeness gap is above 5 %: run again with four times the steps</source>
        <translation>Die Vollständigkeitslücke liegt über 5 %: erneut mit der vierfachen Schrittzahl ausführen</translation>
    </message>
    <message>
        <source> th percentile</source>
        <translation>. Perzentil</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Deckkraft</translation>
    </message>
    <message>
        <source>Clip at</source>
        <translation>Begrenzen bei</translation>
    </message>
    <message>
        <source>Colour spectrogram under the map</source>
        <translation>Farbiges Spektrogramm unter der Karte</translation>
    </message>
    <message>
        <source>Off: the spectrogram is drawn in greyscale while the map is over it, so that both of the map&apos;s colours stay visible. On: the spectrogram keeps its colour map; the map&apos;s colours are then chosen to stand apart from it, and its strongest regions are outlined.</source>
        <translation>Aus: das Spektrogramm wird in Graustufen gezeichnet, solange die Karte darüber liegt, damit beide Farben der Karte sichtbar bleiben. Ein: das Spektrogramm behält seine Farbskala; die Farben der Karte werden dann so gewählt, dass sie sich davon abheben, und ihre stärksten Bereiche werden umrandet.</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>SVG exportieren…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON exportieren…</translation>
    </message>
    <message>
        <source>Fingerprint CSV</source>
        <translation>Fingerabdruck-CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1: cannot read</source>
        <translation>%1: nicht lesbar</translation>
    </message>
    <message>
        <source>Export attribution PNG</source>
        <translation>Attributions-PNG exportieren</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>Export attribution SVG</source>
        <translation>Attributions-SVG exportieren</translation>
    </message>
    <message>
        <source>SVG (*.svg)</source>
        <translation>SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export attribution JSON</source>
        <translation>Attributions-JSON exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>choose a model first</source>
        <translation>wählen Sie zuerst ein Modell</translation>
    </message>
    <message>
        <source>%1 (%2) exposes no front-end features, so a mean-feature baseline cannot be used with it; choose a SourceTrace spectral model (e.g. sourcetrace-default)</source>
        <translation>%1 (%2) stellt keine Front-End-Merkmale bereit, daher kann damit keine Mittelwert-Merkmal-Baseline verwendet werden; wählen Sie ein spektrales SourceTrace-Modell (z. B. sourcetrace-default)</translation>
    </message>
    <message>
        <source>Bona fide mean (%1)</source>
        <translation>Bona-fide-Mittelwert (%1)</translation>
    </message>
    <message>
        <source>Feature-space IG from the mean feature of bona fide clips: choose the file with File…</source>
        <translation>IG im Merkmalsraum vom mittleren Merkmal der Bona-fide-Aufnahmen: wählen Sie die Datei mit Datei…</translation>
    </message>
    <message>
        <source>Feature-space IG from the mean feature of bona fide clips in %1</source>
        <translation>IG im Merkmalsraum vom mittleren Merkmal der Bona-fide-Aufnahmen in %1</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>Nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Choose the mean-feature baseline file (made by `sourcetrace-cli explain baseline`)</source>
        <translation>Die Datei der Mittelwert-Merkmal-Baseline wählen (erstellt von `sourcetrace-cli explain baseline`)</translation>
    </message>
    <message>
        <source>Mean-feature baseline</source>
        <translation>Mittelwert-Merkmal-Baseline</translation>
    </message>
    <message>
        <source>Baseline JSON (*.json)</source>
        <translation>Baseline-JSON (*.json)</translation>
    </message>
    <message>
        <source>Bona fide logit (detection score)</source>
        <translation>Bona-fide-Logit (Erkennungsscore)</translation>
    </message>
    <message>
        <source>Margin spoof − bona fide</source>
        <translation>Differenz Spoof − bona fide</translation>
    </message>
    <message>
        <source>Logit %1: %2</source>
        <translation>Logit %1: %2</translation>
    </message>
    <message>
        <source>Similarity to fingerprint %1</source>
        <translation>Ähnlichkeit zu Fingerabdruck %1</translation>
    </message>
    <message>
        <source>%1 is a fused detector: it cannot be explained (a fusion of scores has no embedding and no gradient); choose one of its component models</source>
        <translation>%1 ist ein fusionierter Detektor: er kann nicht erklärt werden (eine Fusion von Scores hat kein Embedding und keinen Gradienten); wählen Sie eines seiner Komponentenmodelle</translation>
    </message>
    <message>
        <source>Ready: choose a target and press Explain</source>
        <translation>Bereit: wählen Sie ein Ziel und drücken Sie Erklären</translation>
    </message>
    <message>
        <source>Open a clip and choose a model first</source>
        <translation>Öffnen Sie zuerst eine Aufnahme und wählen Sie ein Modell</translation>
    </message>
    <message>
        <source>Bona fide mean baseline: %1</source>
        <translation>Bona-fide-Mittelwert-Baseline: %1</translation>
    </message>
    <message>
        <source>Bona fide mean baseline: choose its file with File… first</source>
        <translation>Bona-fide-Mittelwert-Baseline: wählen Sie zuerst ihre Datei mit Datei…</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgewiesen: %1</translation>
    </message>
    <message>
        <source>a new run is under way</source>
        <translation>ein neuer Lauf ist im Gange</translation>
    </message>
    <message>
        <source>settings changed, a new run is under way</source>
        <translation>Einstellungen geändert, ein neuer Lauf ist im Gange</translation>
    </message>
    <message>
        <source>Integrated Gradients (%1, %2 steps) of %3</source>
        <translation>Integrated Gradients (%1, %2 Schritte) von %3</translation>
    </message>
    <message>
        <source>loading %1</source>
        <translation>lade %1</translation>
    </message>
    <message>
        <source>reading the clip</source>
        <translation>lese die Aufnahme</translation>
    </message>
    <message>
        <source>coarse pass: %1</source>
        <translation>grober Durchlauf: %1</translation>
    </message>
    <message>
        <source>Running… (%1)</source>
        <translation>Läuft… (%1)</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>coarse (%1 steps, completeness gap %2): the full run follows</source>
        <translation>grob (%1 Schritte, Vollständigkeitslücke %2): der volle Lauf folgt</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>Zeit unbekannt</translation>
    </message>
    <message>
        <source>under a second</source>
        <translation>unter einer Sekunde</translation>
    </message>
    <message>
        <source>about %1 s</source>
        <translation>etwa %1 s</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>etwa %1 min</translation>
    </message>
    <message>
        <source>about %1 h</source>
        <translation>etwa %1 h</translation>
    </message>
    <message>
        <source>%1 — %2 s elapsed, %3 left</source>
        <translation>%1 — %2 s vergangen, %3 verbleibend</translation>
    </message>
    <message>
        <source>%1 — %2 s elapsed</source>
        <translation>%1 — %2 s vergangen</translation>
    </message>
    <message numerus="yes">
        <source>
%n jump(s) of the model located and attributed (%1 of the change)</source>
        <translation>
            <numerusform>
%n Sprung des Modells lokalisiert und zugeordnet (%1 der Änderung)</numerusform>
            <numerusform>
%n Sprünge des Modells lokalisiert und zugeordnet (%1 der Änderung)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
%n jump(s) of the model not attributed (%1 of the change)</source>
        <translation>
            <numerusform>
%n Sprung des Modells nicht zugeordnet (%1 der Änderung)</numerusform>
            <numerusform>
%n Sprünge des Modells nicht zugeordnet (%1 der Änderung)</numerusform>
        </translation>
    </message>
    <message>
        <source>the model jumps along the path and no gradient sees a jump, so more steps will not close the gap: tick &quot;Attribute the model&apos;s jumps&quot; and press Explain again</source>
        <translation>das Modell springt entlang des Pfades und kein Gradient sieht einen Sprung, daher schließen mehr Schritte die Lücke nicht: kreuzen Sie &quot;Die Sprünge des Modells zuordnen&quot; an und drücken Sie erneut Erklären</translation>
    </message>
    <message>
        <source>the path integral has not converged: press &quot;Run again with %1 steps&quot; below</source>
        <translation>das Pfadintegral ist nicht konvergiert: drücken Sie unten &quot;Erneut mit %1 Schritten ausführen&quot;</translation>
    </message>
    <message>
        <source>the path integral has not converged even at the most steps offered</source>
        <translation>das Pfadintegral ist selbst bei der größten angebotenen Schrittzahl nicht konvergiert</translation>
    </message>
    <message>
        <source>or choose the Gauss-Legendre rule</source>
        <translation>oder wählen Sie die Gauß-Legendre-Regel</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of the model&apos;s choices could not be located and stay in the gap</source>
        <translation>
            <numerusform>%n Änderung der Entscheidungen des Modells konnte nicht lokalisiert werden und bleibt in der Lücke</numerusform>
            <numerusform>%n Änderungen der Entscheidungen des Modells konnten nicht lokalisiert werden und bleiben in der Lücke</numerusform>
        </translation>
    </message>
    <message>
        <source>the score hardly changes between the baseline and the clip: choose another Baseline above</source>
        <translation>der Score ändert sich zwischen Baseline und Aufnahme kaum: wählen Sie oben eine andere Baseline</translation>
    </message>
    <message>
        <source> (feature-space IG from the %1)</source>
        <translation> (IG im Merkmalsraum vom %1)</translation>
    </message>
    <message>
        <source>%1Completeness gap %2: %3.%4%5</source>
        <translation>%1Vollständigkeitslücke %2: %3.%4%5</translation>
    </message>
    <message>
        <source>Coarse result (%1 steps, plain IG). </source>
        <translation>Grobes Ergebnis (%1 Schritte, einfaches IG). </translation>
    </message>
    <message>
        <source>
Warning: %1.</source>
        <translation>
Warnung: %1.</translation>
    </message>
    <message>
        <source>Done in %1 s (estimated %2; %3 threads): %4; baseline %5; %6 steps (%7)</source>
        <translation>Fertig in %1 s (geschätzt %2; %3 Threads): %4; Baseline %5; %6 Schritte (%7)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>coarse (%1 steps): the full run was cancelled</source>
        <translation>grob (%1 Schritte): der volle Lauf wurde abgebrochen</translation>
    </message>
    <message>
        <source>coarse (%1 steps): the full run failed</source>
        <translation>grob (%1 Schritte): der volle Lauf ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>run cancelled; this is the earlier result</source>
        <translation>Lauf abgebrochen; dies ist das frühere Ergebnis</translation>
    </message>
    <message>
        <source>run failed; this is the earlier result</source>
        <translation>Lauf fehlgeschlagen; dies ist das frühere Ergebnis</translation>
    </message>
    <message>
        <source>time not estimated for the bona fide mean baseline (feature-space IG, one path of the whole clip)</source>
        <translation>Zeit für die Bona-fide-Mittelwert-Baseline nicht geschätzt (IG im Merkmalsraum, ein Pfad der ganzen Aufnahme)</translation>
    </message>
    <message>
        <source>time unknown until the first run of this model</source>
        <translation>Zeit unbekannt bis zum ersten Lauf dieses Modells</translation>
    </message>
    <message>
        <source>%1 on 1 thread</source>
        <translation>%1 auf 1 Thread</translation>
    </message>
    <message>
        <source>%1 on %2 threads</source>
        <translation>%1 auf %2 Threads</translation>
    </message>
    <message>
        <source> (measured in its last run)</source>
        <translation> (in seinem letzten Lauf gemessen)</translation>
    </message>
    <message>
        <source> (rough: documented figure)</source>
        <translation> (grob: dokumentierter Wert)</translation>
    </message>
    <message>
        <source>Seconds per forward+backward row x rows (steps x baseline draws x windows, plus the jump search and the coarse pass)</source>
        <translation>Sekunden je Vorwärts+Rückwärts-Zeile x Zeilen (Schritte x Baseline-Ziehungen x Fenster, plus die Sprungsuche und der grobe Durchlauf)</translation>
    </message>
    <message>
        <source>Feature-space result (bona fide mean baseline): attributions per model feature bin and frame; there are no per-sample attributions, so selection statistics are not computed. The waveform shows each frame&apos;s sum.</source>
        <translation>Ergebnis im Merkmalsraum (Bona-fide-Mittelwert-Baseline): Attributionen je Merkmals-Bin und Frame des Modells; es gibt keine Attributionen je Sample, daher werden keine Auswahlstatistiken berechnet. Die Wellenform zeigt die Summe jedes Frames.</translation>
    </message>
    <message>
        <source>%1 %2–%3 s: sum %4 (%5), |a| %6 = %7 of the clip
Bands: %8
Speech %9, pauses %10 (speech is %11 of the time)</source>
        <translation>%1 %2–%3 s: Summe %4 (%5), |a| %6 = %7 der Aufnahme
Bänder: %8
Sprache %9, Pausen %10 (Sprache ist %11 der Zeit)</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <source>Run again with %1 steps</source>
        <translation>Erneut mit %1 Schritten ausführen</translation>
    </message>
    <message>
        <source>nothing to export: run an explanation first</source>
        <translation>nichts zu exportieren: führen Sie zuerst eine Erklärung aus</translation>
    </message>
    <message>
        <source>cannot write the PNG</source>
        <translation>das PNG kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Integrated Gradients of %1 (%2) on %3</source>
        <translation>Integrated Gradients von %1 (%2) auf %3</translation>
    </message>
    <message>
        <source>cannot write the SVG (check that the folder exists and is writable)</source>
        <translation>das SVG kann nicht geschrieben werden (prüfen Sie, ob der Ordner existiert und beschreibbar ist)</translation>
    </message>
    <message>
        <source>cannot write the SVG</source>
        <translation>das SVG kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>kann nicht schreiben: %1</translation>
    </message>
    <message>
        <source>; the gradient steps scaled by %1 to the change between the jumps (their sum missed it by %2)</source>
        <translation>; die Gradientenschritte mit %1 auf die Änderung zwischen den Sprüngen skaliert (ihre Summe verfehlte sie um %2)</translation>
    </message>
</context>
<context>
    <name>st::ExportStamp</name>
    <message>
        <source>cannot read back the SVG to stamp it: %1</source>
        <translation>das SVG kann zum Stempeln nicht zurückgelesen werden: %1</translation>
    </message>
    <message>
        <source>not an SVG document: cannot add the export stamp</source>
        <translation>kein SVG-Dokument: der Exportstempel kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>could not write the stamped SVG: %1</source>
        <translation>das gestempelte SVG konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot read back the export to stamp it: %1</source>
        <translation>der Export kann zum Stempeln nicht zurückgelesen werden: %1</translation>
    </message>
    <message>
        <source>could not write the stamped export: %1</source>
        <translation>der gestempelte Export konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>the sidecar is not a JSON object (%1): cannot add the export stamp</source>
        <translation>die Begleitdatei ist kein JSON-Objekt (%1): der Exportstempel kann nicht hinzugefügt werden</translation>
    </message>
</context>
<context>
    <name>st::FeatureIntegratedGradients</name>
    <message>
        <source>the clip has %1 samples; the model needs at least %2</source>
        <translation>die Aufnahme hat %1 Samples; das Modell braucht mindestens %2</translation>
    </message>
    <message>
        <source>model %1 does not expose front-end features</source>
        <translation>Modell %1 stellt keine Front-End-Merkmale bereit</translation>
    </message>
    <message>
        <source>no model</source>
        <translation>kein Modell</translation>
    </message>
    <message>
        <source>model %1 (kind %2) does not expose front-end features: the mean-feature baseline needs a model that does (SourceTrace&apos;s spectral models)</source>
        <translation>Modell %1 (Typ %2) stellt keine Front-End-Merkmale bereit: die Mittelwert-Merkmal-Baseline braucht ein Modell, das dies tut (die spektralen Modelle von SourceTrace)</translation>
    </message>
    <message>
        <source>no bona fide reference clips to average</source>
        <translation>keine Bona-fide-Referenzaufnahmen zum Mitteln</translation>
    </message>
    <message>
        <source>features %1/%2</source>
        <translation>Merkmale %1/%2</translation>
    </message>
    <message>
        <source>no samples</source>
        <translation>keine Samples</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>kann nicht schreiben: %1</translation>
    </message>
    <message>
        <source>cannot read the baseline file: %1</source>
        <translation>die Baseline-Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>not a JSON object: %1 at byte %2</source>
        <translation>kein JSON-Objekt: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>incomplete baseline: it needs model.name, mean and binHz of &quot;bins&quot; values, sampleRate and hop</source>
        <translation>unvollständige Baseline: sie braucht model.name, mean und binHz mit je &quot;bins&quot; Werten, sampleRate und hop</translation>
    </message>
    <message>
        <source>the mean holds a value that is not a finite number</source>
        <translation>der Mittelwert enthält einen Wert, der keine endliche Zahl ist</translation>
    </message>
    <message>
        <source>the baseline was made with model %1 (weights %2); this is model %3 (weights %4): compute one for this model with `sourcetrace-cli explain baseline`</source>
        <translation>die Baseline wurde mit Modell %1 (Gewichte %2) erstellt; dies ist Modell %3 (Gewichte %4): berechnen Sie eine für dieses Modell mit `sourcetrace-cli explain baseline`</translation>
    </message>
    <message>
        <source>the baseline has %1 bins; the model&apos;s features have %2</source>
        <translation>die Baseline hat %1 Bins; die Merkmale des Modells haben %2</translation>
    </message>
    <message>
        <source>feature path %1/%2</source>
        <translation>Merkmalspfad %1/%2</translation>
    </message>
    <message>
        <source>cannot create the output folder</source>
        <translation>der Ausgabeordner kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>st::FingerprintLibrary</name>
    <message>
        <source>damaged library: %1 has %2 bytes, not %3 float32 values (`sourcetrace-cli library verify` lists the problems)</source>
        <translation>beschädigte Bibliothek: %1 hat %2 Bytes, nicht %3 float32-Werte (`sourcetrace-cli library verify` listet die Probleme auf)</translation>
    </message>
    <message>
        <source>damaged library: %1 holds a non-finite value (`sourcetrace-cli library verify` lists the problems)</source>
        <translation>beschädigte Bibliothek: %1 enthält einen nicht endlichen Wert (`sourcetrace-cli library verify` listet die Probleme auf)</translation>
    </message>
    <message>
        <source>cannot switch the library to WAL mode (is it on a local disk?) %1</source>
        <translation>die Bibliothek kann nicht in den WAL-Modus geschaltet werden (liegt sie auf einer lokalen Festplatte?) %1</translation>
    </message>
    <message>
        <source>cannot open the library database: %1</source>
        <translation>die Bibliotheksdatenbank kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the library file was replaced by another one since it was opened (its model binding or creation date differ): open it again</source>
        <translation>die Bibliotheksdatei wurde seit dem Öffnen durch eine andere ersetzt (Modellbindung oder Erstellungsdatum weichen ab): öffnen Sie sie erneut</translation>
    </message>
    <message>
        <source>opened read-only: it cannot be changed</source>
        <translation>schreibgeschützt geöffnet: sie kann nicht geändert werden</translation>
    </message>
    <message numerus="yes">
        <source>refusing to write into a damaged library: %1 (and %n more); `sourcetrace-cli library verify %2` lists the problems</source>
        <translation>
            <numerusform>in eine beschädigte Bibliothek wird nicht geschrieben: %1 (und %n weiteres); `sourcetrace-cli library verify %2` listet die Probleme auf</numerusform>
            <numerusform>in eine beschädigte Bibliothek wird nicht geschrieben: %1 (und %n weitere); `sourcetrace-cli library verify %2` listet die Probleme auf</numerusform>
        </translation>
    </message>
    <message>
        <source>refusing to write into a damaged library: %1; `sourcetrace-cli library verify %2` lists the problems</source>
        <translation>in eine beschädigte Bibliothek wird nicht geschrieben: %1; `sourcetrace-cli library verify %2` listet die Probleme auf</translation>
    </message>
    <message>
        <source>a file of that name exists already: choose another name or delete it</source>
        <translation>eine Datei dieses Namens existiert bereits: wählen Sie einen anderen Namen oder löschen Sie sie</translation>
    </message>
    <message>
        <source>a library needs a model name and an embedding dimension (1 to %1)</source>
        <translation>eine Bibliothek benötigt einen Modellnamen und eine Embedding-Dimension (1 bis %1)</translation>
    </message>
    <message>
        <source>cannot begin the creating transaction: %1</source>
        <translation>die Transaktion zum Anlegen kann nicht begonnen werden: %1</translation>
    </message>
    <message>
        <source>cannot commit the new library: %1</source>
        <translation>die neue Bibliothek kann nicht festgeschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot put the new library in place (does a file of that name exist now?)</source>
        <translation>die neue Bibliothek kann nicht an ihren Platz gelegt werden (existiert inzwischen eine Datei dieses Namens?)</translation>
    </message>
    <message>
        <source>no such library (make one with `sourcetrace-cli library create --model M --out %1`)</source>
        <translation>keine solche Bibliothek (legen Sie eine mit `sourcetrace-cli library create --model M --out %1` an)</translation>
    </message>
    <message>
        <source>not a library file (a folder or a device)</source>
        <translation>keine Bibliotheksdatei (ein Ordner oder ein Gerät)</translation>
    </message>
    <message>
        <source>the library file is read-only: it can be listed, verified and traced against, not changed</source>
        <translation>die Bibliotheksdatei ist schreibgeschützt: sie kann aufgelistet, verifiziert und zur Rückverfolgung verwendet, aber nicht geändert werden</translation>
    </message>
    <message>
        <source>the library is in a read-only folder with an unapplied write-ahead log (%1-wal): copy the library and its -wal file to a writable folder first</source>
        <translation>die Bibliothek liegt in einem schreibgeschützten Ordner mit einem nicht angewendeten Write-Ahead-Log (%1-wal): kopieren Sie die Bibliothek und ihre -wal-Datei zuerst in einen beschreibbaren Ordner</translation>
    </message>
    <message>
        <source>internal error: no connection open</source>
        <translation>interner Fehler: keine Verbindung offen</translation>
    </message>
    <message>
        <source>not a SourceTrace library: SQLite cannot read it as a database (%1)</source>
        <translation>keine SourceTrace-Bibliothek: SQLite kann sie nicht als Datenbank lesen (%1)</translation>
    </message>
    <message>
        <source>not a readable SQLite database: %1</source>
        <translation>keine lesbare SQLite-Datenbank: %1</translation>
    </message>
    <message>
        <source>cannot read the database schema (damaged? `sourcetrace-cli library verify` says more): %1</source>
        <translation>das Datenbankschema kann nicht gelesen werden (beschädigt? `sourcetrace-cli library verify` sagt mehr): %1</translation>
    </message>
    <message>
        <source>empty database, not a SourceTrace library (make one with `library create`)</source>
        <translation>leere Datenbank, keine SourceTrace-Bibliothek (legen Sie eine mit `library create` an)</translation>
    </message>
    <message>
        <source>not a SourceTrace library: an SQLite database of another application (application_id 0x%1)</source>
        <translation>keine SourceTrace-Bibliothek: eine SQLite-Datenbank einer anderen Anwendung (application_id 0x%1)</translation>
    </message>
    <message>
        <source>not a SourceTrace library (an SQLite database without the library&apos;s schema version and meta table)</source>
        <translation>keine SourceTrace-Bibliothek (eine SQLite-Datenbank ohne die Schemaversion und meta-Tabelle der Bibliothek)</translation>
    </message>
    <message>
        <source>library schema version %1 is newer than this build understands (%2): use a newer SourceTrace</source>
        <translation>die Bibliotheks-Schemaversion %1 ist neuer, als dieser Build versteht (%2): verwenden Sie ein neueres SourceTrace</translation>
    </message>
    <message>
        <source>a SourceTrace library without a schema version (its creation was interrupted?): make it again with `library create`</source>
        <translation>eine SourceTrace-Bibliothek ohne Schemaversion (wurde ihr Anlegen unterbrochen?): legen Sie sie mit `library create` neu an</translation>
    </message>
    <message>
        <source>library schema v%1 is older than this build&apos;s v%2, and opening it read-only cannot migrate it: `sourcetrace-cli library upgrade %3` migrates it (this changes the file)</source>
        <translation>das Bibliotheksschema v%1 ist älter als v%2 dieses Builds, und schreibgeschütztes Öffnen kann es nicht migrieren: `sourcetrace-cli library upgrade %3` migriert es (dies ändert die Datei)</translation>
    </message>
    <message>
        <source>cannot read the library&apos;s meta table (`sourcetrace-cli library verify %1` says more): %2</source>
        <translation>die meta-Tabelle der Bibliothek kann nicht gelesen werden (`sourcetrace-cli library verify %1` sagt mehr): %2</translation>
    </message>
    <message>
        <source>the library names no model (meta model_name / embedding_dim missing or invalid; `sourcetrace-cli library verify %1` says more)</source>
        <translation>die Bibliothek nennt kein Modell (meta model_name / embedding_dim fehlt oder ist ungültig; `sourcetrace-cli library verify %1` sagt mehr)</translation>
    </message>
    <message>
        <source>this library is bound to model %1; refusing to use it with model %2 (embeddings of different models are not comparable: make a library for %3 with `sourcetrace-cli library create --model %3`)</source>
        <translation>diese Bibliothek ist an das Modell %1 gebunden; sie wird nicht mit dem Modell %2 verwendet (Embeddings verschiedener Modelle sind nicht vergleichbar: legen Sie mit `sourcetrace-cli library create --model %3` eine Bibliothek für %3 an)</translation>
    </message>
</context>
<context>
    <name>st::FingerprintMatrixScoring</name>
    <message>
        <source>cosine scoring: %1 names for %2 fingerprints</source>
        <translation>Kosinus-Bewertung: %1 Namen für %2 Fingerabdrücke</translation>
    </message>
    <message>
        <source>cosine scoring: empty fingerprint</source>
        <translation>Kosinus-Bewertung: leerer Fingerabdruck</translation>
    </message>
    <message>
        <source>cosine scoring: fingerprint &apos;%1&apos; has dimension %2, expected %3</source>
        <translation>Kosinus-Bewertung: Fingerabdruck &apos;%1&apos; hat die Dimension %2, erwartet %3</translation>
    </message>
</context>
<context>
    <name>st::FirstRunNote</name>
    <message>
        <source>SourceTrace: privacy and storage</source>
        <translation>SourceTrace: Datenschutz und Speicherung</translation>
    </message>
</context>
<context>
    <name>st::FusedDetection</name>
    <message>
        <source>the fusion&apos;s system(s) %1 name no model of the registry (known: %2); a system is named by its model, or as model#suffix</source>
        <translation>das System / die Systeme %1 der Fusion nennen kein Modell des Verzeichnisses (bekannt: %2); ein System wird nach seinem Modell benannt oder als model#suffix</translation>
    </message>
    <message>
        <source>the fusion&apos;s system(s) %1 are not detectors</source>
        <translation>das System / die Systeme %1 der Fusion sind keine Detektoren</translation>
    </message>
</context>
<context>
    <name>st::FusedDetectorBox</name>
    <message>
        <source>Fusion models (sourcetrace-fusion/1, `sourcetrace-cli fuse train`) whose systems are registry detectors</source>
        <translation>Fusionsmodelle (sourcetrace-fusion/1, `sourcetrace-cli fuse train`), deren Systeme Detektoren der Registry sind</translation>
    </message>
    <message>
        <source>Add fusion model...</source>
        <translation>Fusionsmodell hinzufügen...</translation>
    </message>
    <message>
        <source>Add fusion model</source>
        <translation>Fusionsmodell hinzufügen</translation>
    </message>
    <message>
        <source>Fusion models (*.json)</source>
        <translation>Fusionsmodelle (*.json)</translation>
    </message>
    <message>
        <source>Run fused</source>
        <translation>Fusioniert ausführen</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fused detectors&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fusionierte Detektoren&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Fused: %1</source>
        <translation>Fusioniert: %1</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>Add a fusion model first</source>
        <translation>Fügen Sie zuerst ein Fusionsmodell hinzu</translation>
    </message>
    <message>
        <source>Open a clip first</source>
        <translation>Öffnen Sie zuerst eine Aufnahme</translation>
    </message>
    <message>
        <source>A fused detection is running</source>
        <translation>Eine fusionierte Erkennung läuft</translation>
    </message>
    <message>
        <source>Fused detection (%1) on %2</source>
        <translation>Fusionierte Erkennung (%1) auf %2</translation>
    </message>
    <message>
        <source>Running %1 detectors...</source>
        <translation>%1 Detektoren laufen...</translation>
    </message>
    <message>
        <source>Fused detection cancelled.</source>
        <translation>Fusionierte Erkennung abgebrochen.</translation>
    </message>
    <message>
        <source>Fused log-LR: &gt; 0 favours bona fide (calibrated only as far as the fusion&apos;s training data allow)</source>
        <translation>Fusionierter Log-LR: &gt; 0 spricht für bona fide (kalibriert nur so weit, wie es die Trainingsdaten der Fusion erlauben)</translation>
    </message>
    <message>
        <source>Fusion %1 (SHA-256 %2), offset %3, trained on %4</source>
        <translation>Fusion %1 (SHA-256 %2), Offset %3, trainiert auf %4</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(nicht angegeben)</translation>
    </message>
</context>
<context>
    <name>st::IntegratedGradients</name>
    <message>
        <source>the clip has no samples to explain</source>
        <translation>die Aufnahme enthält keine Samples, die erklärt werden könnten</translation>
    </message>
    <message>
        <source>steps must lie in 1..100000 (got %1)</source>
        <translation>die Schrittzahl muss zwischen 1 und 100000 liegen (angegeben: %1)</translation>
    </message>
    <message>
        <source>the model needs inputs of at least %1 samples (%2 s); this one has %3</source>
        <translation>das Modell braucht Eingaben von mindestens %1 Samples (%2 s); diese hat %3</translation>
    </message>
    <message>
        <source>window %1/%2, baseline %3/%4, steps %5-%6 of %7</source>
        <translation>Fenster %1/%2, Baseline %3/%4, Schritte %5-%6 von %7</translation>
    </message>
    <message>
        <source>window %1/%2, baseline %3/%4: locating the jumps of the model along the path</source>
        <translation>Fenster %1/%2, Baseline %3/%4: die Sprünge des Modells entlang des Pfads werden lokalisiert</translation>
    </message>
    <message>
        <source>window %1/%2, baseline %3/%4: locating the jumps of the model (%5 intervals searched, %6 jumps located)</source>
        <translation>Fenster %1/%2, Baseline %3/%4: die Sprünge des Modells werden lokalisiert (%5 Intervalle durchsucht, %6 Sprünge lokalisiert)</translation>
    </message>
    <message>
        <source>window %1/%2, baseline %3/%4: attributing jumps %5-%6 of %7</source>
        <translation>Fenster %1/%2, Baseline %3/%4: Sprünge %5-%6 von %7 werden zugeordnet</translation>
    </message>
    <message>
        <source>the model&apos;s target or its gradients are not finite (NaN or infinity) along the path: the input is outside what the model can process, so there is no attribution</source>
        <translation>das Ziel des Modells oder seine Gradienten sind entlang des Pfads nicht endlich (NaN oder unendlich): die Eingabe liegt außerhalb dessen, was das Modell verarbeiten kann, daher gibt es keine Attribution</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
</context>
<context>
    <name>st::JobManager</name>
    <message>
        <source>out of memory: the work was abandoned</source>
        <translation>Speicher erschöpft: die Arbeit wurde abgebrochen</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>dependency &apos;%1&apos; failed</source>
        <translation>Abhängigkeit &apos;%1&apos; ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>dependency &apos;%1&apos; cancelled</source>
        <translation>Abhängigkeit &apos;%1&apos; wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>st::JobsPanel</name>
    <message>
        <source>No background jobs.</source>
        <translation>Keine Hintergrundaufträge.</translation>
    </message>
    <message>
        <source>Cancel this job</source>
        <translation>Diesen Auftrag abbrechen</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
</context>
<context>
    <name>st::JsonFieldReader</name>
    <message>
        <source>unknown field (known: %1)</source>
        <translation>unbekanntes Feld (bekannt: %1)</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be in [%1, %2] (it is %3)</source>
        <translation>muss in [%1, %2] liegen (ist %3)</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be one of %1 (it is &quot;%2&quot;)</source>
        <translation>muss eines von %1 sein (ist &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>must be a string or an array of strings</source>
        <translation>muss eine Zeichenkette oder ein Array von Zeichenketten sein</translation>
    </message>
    <message>
        <source>every entry must be a non-empty string</source>
        <translation>jeder Eintrag muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
</context>
<context>
    <name>st::JsonRead</name>
    <message>
        <source>%1: not base64 of float32 values</source>
        <translation>%1: kein Base64 von float32-Werten</translation>
    </message>
    <message>
        <source>%1: member &quot;%2&quot; is of the wrong type, expected %3</source>
        <translation>%1: Element &quot;%2&quot; hat den falschen Typ, erwartet %3</translation>
    </message>
    <message>
        <source>%1: member &quot;%2&quot; is missing, expected %3</source>
        <translation>%1: Element &quot;%2&quot; fehlt, erwartet %3</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number or null</source>
        <translation>eine Zahl oder null</translation>
    </message>
    <message>
        <source>an array of numbers</source>
        <translation>ein Array von Zahlen</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>ein Array von Zeichenketten</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
</context>
<context>
    <name>st::LibraryCalibration</name>
    <message>
        <source>refusing to store a non-finite %1 threshold for %2 (threshold %3, EER %4): the development scores were not finite</source>
        <translation>ein nicht endlicher %1-Schwellenwert für %2 wird nicht gespeichert (Schwellenwert %3, EER %4): die Entwicklungs-Scores waren nicht endlich</translation>
    </message>
    <message>
        <source>reading thresholds: %1</source>
        <translation>Lesen der Schwellenwerte: %1</translation>
    </message>
    <message>
        <source>damaged library: a threshold has an invalid level &apos;%1&apos; (`sourcetrace-cli library verify` lists the problems)</source>
        <translation>beschädigte Bibliothek: ein Schwellenwert hat eine ungültige Ebene &apos;%1&apos; (`sourcetrace-cli library verify` listet die Probleme auf)</translation>
    </message>
    <message>
        <source>storing %1 fits: one is of back-end %2</source>
        <translation>Speichern von %1-Anpassungen: eine gehört zum Backend %2</translation>
    </message>
    <message>
        <source>refusing to store the %1 fit of level %2: %3</source>
        <translation>die %1-Anpassung der Ebene %2 wird nicht gespeichert: %3</translation>
    </message>
    <message>
        <source>refusing to store the %1 fit of level %2: a training loss is not finite</source>
        <translation>die %1-Anpassung der Ebene %2 wird nicht gespeichert: ein Trainingsverlust ist nicht endlich</translation>
    </message>
    <message>
        <source>damaged library: a stored %1 fit has an invalid level &apos;%2&apos; (`sourcetrace-cli library verify` lists the problems)</source>
        <translation>beschädigte Bibliothek: eine gespeicherte %1-Anpassung hat eine ungültige Ebene &apos;%2&apos; (`sourcetrace-cli library verify` listet die Probleme auf)</translation>
    </message>
    <message>
        <source>damaged library: the stored %1 fit of level %2 does not match its SHA-256 (`sourcetrace-cli library verify` lists the problems)</source>
        <translation>beschädigte Bibliothek: die gespeicherte %1-Anpassung der Ebene %2 passt nicht zu ihrem SHA-256 (`sourcetrace-cli library verify` listet die Probleme auf)</translation>
    </message>
    <message>
        <source>refusing to store a non-finite %1 LR calibration for %2 (a %3, b %4)</source>
        <translation>eine nicht endliche %1-LR-Kalibrierung für %2 wird nicht gespeichert (a %3, b %4)</translation>
    </message>
    <message>
        <source>reading LR calibrations: %1</source>
        <translation>Lesen der LR-Kalibrierungen: %1</translation>
    </message>
    <message>
        <source>meta entry &apos;%1&apos; is not a readable LR calibration</source>
        <translation>meta-Eintrag &apos;%1&apos; ist keine lesbare LR-Kalibrierung</translation>
    </message>
</context>
<context>
    <name>st::LibraryEnroller</name>
    <message>
        <source>is the library itself (or its journal), not a clip</source>
        <translation>ist die Bibliothek selbst (oder ihr Journal), keine Aufnahme</translation>
    </message>
    <message>
        <source>no embedding given and no model to compute one</source>
        <translation>kein Embedding angegeben und kein Modell, um eines zu berechnen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>enrol %1 clips into %2</source>
        <translation>%1 Aufnahmen in %2 registrieren</translation>
    </message>
</context>
<context>
    <name>st::LibraryExchange</name>
    <message>
        <source>fingerprints of dimension %1, but the library&apos;s model %2 gives %3</source>
        <translation>Fingerabdrücke der Dimension %1, aber das Modell %2 der Bibliothek liefert %3</translation>
    </message>
    <message>
        <source>the fingerprint of %1 %2</source>
        <translation>der Fingerabdruck von %1 %2</translation>
    </message>
    <message>
        <source>an enrolment embedding of %1 %2</source>
        <translation>ein Registrierungs-Embedding von %1 %2</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>kann nicht schreiben: %1</translation>
    </message>
</context>
<context>
    <name>st::LibraryPanel</name>
    <message>
        <source>delete %1 %2</source>
        <translation>%1 %2 löschen</translation>
    </message>
    <message>
        <source>New...</source>
        <translation>Neu...</translation>
    </message>
    <message>
        <source>Create a library bound to one embedding model</source>
        <translation>Eine Bibliothek anlegen, die an ein Embedding-Modell gebunden ist</translation>
    </message>
    <message>
        <source>Open...</source>
        <translation>Öffnen...</translation>
    </message>
    <message>
        <source>Open a library (.db)</source>
        <translation>Eine Bibliothek öffnen (.db)</translation>
    </message>
    <message>
        <source>Enrol...</source>
        <translation>Registrieren...</translation>
    </message>
    <message>
        <source>Enrol a folder of clips with its protocol TSV (or drop the folder here)</source>
        <translation>Einen Ordner mit Aufnahmen samt Protokoll-TSV registrieren (oder den Ordner hierher ziehen)</translation>
    </message>
    <message>
        <source>Enrol clips...</source>
        <translation>Aufnahmen registrieren...</translation>
    </message>
    <message>
        <source>Pick clips and give their labels (attack, acoustic model, vocoder, codec)</source>
        <translation>Aufnahmen auswählen und ihre Labels angeben (Angriff, akustisches Modell, Vocoder, Codec)</translation>
    </message>
    <message>
        <source>Enrol open clip...</source>
        <translation>Geöffnete Aufnahme registrieren...</translation>
    </message>
    <message>
        <source>Enrol the clip open in the window, with labels you give</source>
        <translation>Die im Fenster geöffnete Aufnahme mit von Ihnen angegebenen Labels registrieren</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>1 source</source>
        <translation>1 Quelle</translation>
    </message>
    <message>
        <source>%1 sources</source>
        <translation>%1 Quellen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;model %2; %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Modell %2; %3</translation>
    </message>
    <message>
        <source>No library open: tracing uses the default library &lt;b&gt;%1&lt;/b&gt; (read-only, model %2). Open or create one (a .db file) to trace against your own.</source>
        <translation>Keine Bibliothek geöffnet: die Rückverfolgung verwendet die Standardbibliothek &lt;b&gt;%1&lt;/b&gt; (schreibgeschützt, Modell %2). Öffnen oder erstellen Sie eine (eine .db-Datei), um gegen Ihre eigene zurückzuverfolgen.</translation>
    </message>
    <message>
        <source>No library open. Open or create one (a .db file).</source>
        <translation>Keine Bibliothek geöffnet. Öffnen oder erstellen Sie eine (eine .db-Datei).</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>Bibliothek öffnen</translation>
    </message>
    <message>
        <source>New library</source>
        <translation>Neue Bibliothek</translation>
    </message>
    <message>
        <source>model &quot;%1&quot; is not a usable model (see the Models menu)</source>
        <translation>Modell &quot;%1&quot; ist kein nutzbares Modell (siehe das Menü Modelle)</translation>
    </message>
    <message>
        <source>a source needs a new, non-empty name</source>
        <translation>eine Quelle braucht einen neuen, nicht leeren Namen</translation>
    </message>
    <message>
        <source>Rename source</source>
        <translation>Quelle umbenennen</translation>
    </message>
    <message>
        <source>Merge sources</source>
        <translation>Quellen zusammenführen</translation>
    </message>
    <message>
        <source>Delete source</source>
        <translation>Quelle löschen</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Registrieren</translation>
    </message>
    <message>
        <source>Open or create a library first.</source>
        <translation>Öffnen oder erstellen Sie zuerst eine Bibliothek.</translation>
    </message>
    <message>
        <source>%1: no labelled clips</source>
        <translation>%1: keine gelabelten Aufnahmen</translation>
    </message>
    <message>
        <source>%1: %2 clips, %3 added, %4 already enrolled, %5 failed</source>
        <translation>%1: %2 Aufnahmen, %3 hinzugefügt, %4 bereits registriert, %5 fehlgeschlagen</translation>
    </message>
    <message>
        <source>No clips to enrol.</source>
        <translation>Keine Aufnahmen zu registrieren.</translation>
    </message>
    <message>
        <source>Give a label at one level at least (attack, acoustic model, vocoder or codec).</source>
        <translation>Geben Sie mindestens auf einer Ebene ein Label an (Angriff, akustisches Modell, Vocoder oder Codec).</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>%1 picked clips</source>
        <translation>%1 ausgewählte Aufnahmen</translation>
    </message>
    <message>
        <source>No clip is open</source>
        <translation>Keine Aufnahme geöffnet</translation>
    </message>
    <message>
        <source>Enrol %1 with labels you give</source>
        <translation>%1 mit von Ihnen angegebenen Labels registrieren</translation>
    </message>
    <message>
        <source>Clips to enrol</source>
        <translation>Zu registrierende Aufnahmen</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.ogg *.mp3 *.opus);;All files (*)</source>
        <translation>Audio (*.wav *.flac *.ogg *.mp3 *.opus);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Protocol of %1</source>
        <translation>Protokoll von %1</translation>
    </message>
    <message>
        <source>Protocol (*.tsv)</source>
        <translation>Protokoll (*.tsv)</translation>
    </message>
    <message>
        <source>%1: no protocol.tsv (or single .tsv) found; use Enrol... to choose one</source>
        <translation>%1: keine protocol.tsv (oder einzelne .tsv) gefunden; wählen Sie eine mit Registrieren...</translation>
    </message>
    <message>
        <source>Open a library first</source>
        <translation>Öffnen Sie zuerst eine Bibliothek</translation>
    </message>
    <message>
        <source>Open a library first (the default library cannot be used: %1)</source>
        <translation>Öffnen Sie zuerst eine Bibliothek (die Standardbibliothek kann nicht verwendet werden: %1)</translation>
    </message>
    <message>
        <source>Open a clip first</source>
        <translation>Öffnen Sie zuerst eine Aufnahme</translation>
    </message>
    <message>
        <source>Checking the models...</source>
        <translation>Prüfe die Modelle...</translation>
    </message>
    <message>
        <source>The library has no sources yet: enrol some first</source>
        <translation>Die Bibliothek hat noch keine Quellen: registrieren Sie zuerst welche</translation>
    </message>
    <message>
        <source>Trace cancelled.</source>
        <translation>Rückverfolgung abgebrochen.</translation>
    </message>
    <message>
        <source>Library map (PCA)</source>
        <translation>Bibliothekskarte (PCA)</translation>
    </message>
    <message>
        <source>Rename %1...</source>
        <translation>%1 umbenennen...</translation>
    </message>
    <message>
        <source>Merge %1 into...</source>
        <translation>%1 zusammenführen mit...</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>New name of %1 %2:</source>
        <translation>Neuer Name von %1 %2:</translation>
    </message>
    <message>
        <source>Merge source</source>
        <translation>Quelle zusammenführen</translation>
    </message>
    <message>
        <source>Move the enrolments of %1 into:</source>
        <translation>Die Registrierungen von %1 verschieben nach:</translation>
    </message>
    <message>
        <source>Fingerprint library (*.db);;All files (*)</source>
        <translation>Fingerabdruck-Bibliothek (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No usable model: a library is bound to an embedding model (see the Models menu).</source>
        <translation>Kein nutzbares Modell: eine Bibliothek ist an ein Embedding-Modell gebunden (siehe das Menü Modelle).</translation>
    </message>
    <message>
        <source>Embedding model of the library:</source>
        <translation>Embedding-Modell der Bibliothek:</translation>
    </message>
    <message>
        <source>Fingerprint library (*.db)</source>
        <translation>Fingerabdruck-Bibliothek (*.db)</translation>
    </message>
    <message>
        <source>Folder of clips to enrol</source>
        <translation>Ordner mit zu registrierenden Aufnahmen</translation>
    </message>
    <message>
        <source>Protocol (file, attack, acoustic_model, waveform_generator, codec)</source>
        <translation>Protokoll (file, attack, acoustic_model, waveform_generator, codec)</translation>
    </message>
    <message>
        <source>merge %1 %2 into %3</source>
        <translation>%1 %2 mit %3 zusammenführen</translation>
    </message>
    <message>
        <source>rename %1 %2 to %3</source>
        <translation>%1 %2 in %3 umbenennen</translation>
    </message>
</context>
<context>
    <name>st::LibrarySchema</name>
    <message>
        <source>migration to v2: %1</source>
        <translation>Migration auf v2: %1</translation>
    </message>
    <message>
        <source>refusing to migrate a damaged library: SQLite&apos;s quick_check fails (%1); `sourcetrace-cli library verify %2` lists the problems</source>
        <translation>eine beschädigte Bibliothek wird nicht migriert: quick_check von SQLite schlägt fehl (%1); `sourcetrace-cli library verify %2` listet die Probleme auf</translation>
    </message>
    <message>
        <source>refusing to migrate: the file has a %1 &apos;%2&apos;, which a library never has; `sourcetrace-cli library verify %3` lists the problems</source>
        <translation>es wird nicht migriert: die Datei hat ein %1 &apos;%2&apos;, das eine Bibliothek nie hat; `sourcetrace-cli library verify %3` listet die Probleme auf</translation>
    </message>
    <message>
        <source>migration to schema v%1 (%2) failed, nothing changed: %3</source>
        <translation>Migration auf Schema v%1 (%2) fehlgeschlagen, nichts wurde geändert: %3</translation>
    </message>
</context>
<context>
    <name>st::LibrarySourceModel</name>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Clips</source>
        <translation>Aufnahmen</translation>
    </message>
    <message>
        <source>attack</source>
        <translation>Angriff</translation>
    </message>
    <message>
        <source>acoustic model</source>
        <translation>akustisches Modell</translation>
    </message>
    <message>
        <source>vocoder</source>
        <translation>Vocoder</translation>
    </message>
    <message>
        <source>codec</source>
        <translation>Codec</translation>
    </message>
    <message>
        <source>%1 %2: %3 enrolment clips</source>
        <translation>%1 %2: %3 Registrierungsaufnahmen</translation>
    </message>
    <message>
        <source>created %1, modified %2</source>
        <translation>angelegt %1, geändert %2</translation>
    </message>
    <message>
        <source>%1 (1 source)</source>
        <translation>%1 (1 Quelle)</translation>
    </message>
    <message>
        <source>%1 (%2 sources)</source>
        <translation>%1 (%2 Quellen)</translation>
    </message>
</context>
<context>
    <name>st::LibrarySources</name>
    <message>
        <source>no source &apos;%1&apos; at level %2</source>
        <translation>keine Quelle &apos;%1&apos; auf Ebene %2</translation>
    </message>
    <message>
        <source>clip %1 has an embedding of dimension %2, the library&apos;s model %3 gives %4: nothing was enrolled</source>
        <translation>Aufnahme %1 hat ein Embedding der Dimension %2, das Modell %3 der Bibliothek liefert %4: nichts wurde registriert</translation>
    </message>
    <message>
        <source>clip %1 has a non-finite embedding value: nothing was enrolled</source>
        <translation>Aufnahme %1 hat einen nicht endlichen Embedding-Wert: nichts wurde registriert</translation>
    </message>
    <message>
        <source>clip %1 has no SHA-256: nothing was enrolled</source>
        <translation>Aufnahme %1 hat keinen SHA-256: nichts wurde registriert</translation>
    </message>
    <message>
        <source>reading attributes: %1</source>
        <translation>Lesen der Attribute: %1</translation>
    </message>
    <message>
        <source>damaged library: source &apos;%1&apos; has an invalid level &apos;%2&apos; (`sourcetrace-cli library verify` lists the problems)</source>
        <translation>beschädigte Bibliothek: Quelle &apos;%1&apos; hat eine ungültige Ebene &apos;%2&apos; (`sourcetrace-cli library verify` listet die Probleme auf)</translation>
    </message>
    <message>
        <source>the fingerprint of %1 %2</source>
        <translation>der Fingerabdruck von %1 %2</translation>
    </message>
    <message>
        <source>an enrolment embedding of %1 %2 (%3)</source>
        <translation>ein Registrierungs-Embedding von %1 %2 (%3)</translation>
    </message>
    <message>
        <source>listing levels: %1</source>
        <translation>Auflisten der Ebenen: %1</translation>
    </message>
    <message>
        <source>a source name cannot be empty</source>
        <translation>ein Quellenname darf nicht leer sein</translation>
    </message>
    <message>
        <source>cannot rename &apos;%1&apos; to &apos;%2&apos; at level %3: that name exists (merge them instead)</source>
        <translation>&apos;%1&apos; kann auf Ebene %3 nicht in &apos;%2&apos; umbenannt werden: dieser Name existiert (führen Sie sie stattdessen zusammen)</translation>
    </message>
    <message>
        <source>cannot merge source &apos;%1&apos; into itself</source>
        <translation>Quelle &apos;%1&apos; kann nicht mit sich selbst zusammengeführt werden</translation>
    </message>
    <message>
        <source>cannot restore an empty snapshot</source>
        <translation>ein leerer Schnappschuss kann nicht wiederhergestellt werden</translation>
    </message>
</context>
<context>
    <name>st::LibraryVerify</name>
    <message>
        <source>SQLite&apos;s %1 fails: %2</source>
        <translation>%1 von SQLite schlägt fehl: %2</translation>
    </message>
    <message>
        <source>SQLite&apos;s %1 reports: %2</source>
        <translation>%1 von SQLite meldet: %2</translation>
    </message>
    <message>
        <source>the file is %1 bytes, not a whole number of %2-byte pages: it was cut or extended</source>
        <translation>die Datei hat %1 Bytes, keine ganze Zahl von %2-Byte-Seiten: sie wurde gekürzt oder verlängert</translation>
    </message>
    <message>
        <source>the file is %1 bytes but holds %2 pages of %3 bytes: it was cut</source>
        <translation>die Datei hat %1 Bytes, enthält aber %2 Seiten zu %3 Bytes: sie wurde gekürzt</translation>
    </message>
    <message>
        <source>table %1 is missing</source>
        <translation>Tabelle %1 fehlt</translation>
    </message>
    <message>
        <source>table %1 lacks column(s) %2</source>
        <translation>Tabelle %1 fehlen die Spalte(n) %2</translation>
    </message>
    <message>
        <source>unexpected %1 &apos;%2&apos; (a library has none)</source>
        <translation>unerwartetes %1 &apos;%2&apos; (eine Bibliothek hat keines)</translation>
    </message>
    <message>
        <source>%1 row(s) of %2 refer to a source that does not exist</source>
        <translation>%1 Zeile(n) von %2 verweisen auf eine nicht existierende Quelle</translation>
    </message>
    <message>
        <source>the model binding names no model (meta model_name)</source>
        <translation>die Modellbindung nennt kein Modell (meta model_name)</translation>
    </message>
    <message>
        <source>the model binding has no weights SHA-256 (meta model_sha256)</source>
        <translation>die Modellbindung hat keinen SHA-256 der Gewichte (meta model_sha256)</translation>
    </message>
    <message>
        <source>the model binding&apos;s weights SHA-256 &apos;%1&apos; is not lower-case hex</source>
        <translation>der SHA-256 der Gewichte &apos;%1&apos; in der Modellbindung ist kein Hex in Kleinbuchstaben</translation>
    </message>
    <message>
        <source>the model binding&apos;s embedding dimension &apos;%1&apos; is not a number from 1 to %2</source>
        <translation>die Embedding-Dimension &apos;%1&apos; der Modellbindung ist keine Zahl von 1 bis %2</translation>
    </message>
    <message>
        <source>cannot read the enrolments: %1</source>
        <translation>die Registrierungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read the sources: %1</source>
        <translation>die Quellen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; has an invalid level &apos;%2&apos; (levels: attack, acoustic_model, vocoder, codec)</source>
        <translation>Quelle &apos;%1&apos; hat eine ungültige Ebene &apos;%2&apos; (Ebenen: attack, acoustic_model, vocoder, codec)</translation>
    </message>
    <message>
        <source>a source with an empty name (id %1)</source>
        <translation>eine Quelle mit leerem Namen (id %1)</translation>
    </message>
    <message>
        <source>%1 enrolment embeddings are not %2 float32 values (the bound dimension)</source>
        <translation>%1 Registrierungs-Embeddings sind nicht %2 float32-Werte (die gebundene Dimension)</translation>
    </message>
    <message>
        <source>%1 enrolment embeddings hold non-finite values (NaN or infinity)</source>
        <translation>%1 Registrierungs-Embeddings enthalten nicht endliche Werte (NaN oder unendlich)</translation>
    </message>
    <message>
        <source>%1 enrolments have no clip SHA-256</source>
        <translation>%1 Registrierungen haben keinen SHA-256 der Aufnahme</translation>
    </message>
    <message>
        <source>stored count %1 but %2 enrolment rows</source>
        <translation>gespeicherte Anzahl %1, aber %2 Registrierungszeilen</translation>
    </message>
    <message>
        <source>a fingerprint but no enrolments</source>
        <translation>ein Fingerabdruck, aber keine Registrierungen</translation>
    </message>
    <message>
        <source>stored fingerprint has %1 bytes, not %2 float32 values</source>
        <translation>gespeicherter Fingerabdruck hat %1 Bytes, nicht %2 float32-Werte</translation>
    </message>
    <message>
        <source>stored fingerprint holds non-finite values</source>
        <translation>gespeicherter Fingerabdruck enthält nicht endliche Werte</translation>
    </message>
    <message>
        <source>stored fingerprint differs from the mean of its enrolments by %1</source>
        <translation>gespeicherter Fingerabdruck weicht um %1 vom Mittelwert seiner Registrierungen ab</translation>
    </message>
    <message>
        <source>a threshold of back-end &apos;%1&apos; has an invalid level &apos;%2&apos;</source>
        <translation>ein Schwellenwert des Backends &apos;%1&apos; hat eine ungültige Ebene &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the %1 threshold of back-end &apos;%2&apos; is not a finite number</source>
        <translation>der %1-Schwellenwert des Backends &apos;%2&apos; ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>the stored %1 fit of level &apos;%2&apos;</source>
        <translation>die gespeicherte %1-Anpassung der Ebene &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 has an invalid level</source>
        <translation>%1 hat eine ungültige Ebene</translation>
    </message>
    <message>
        <source>%1: its state is over 1 GiB</source>
        <translation>%1: ihr Zustand ist größer als 1 GiB</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: its state&apos;s SHA-256 is not the one stored with it (changed or damaged)</source>
        <translation>%1: der SHA-256 ihres Zustands ist nicht der mitgespeicherte (geändert oder beschädigt)</translation>
    </message>
    <message>
        <source>%1: its losses are not a list of finite numbers</source>
        <translation>%1: ihre Verluste sind keine Liste endlicher Zahlen</translation>
    </message>
    <message>
        <source>%1: its parameters are not a JSON object</source>
        <translation>%1: ihre Parameter sind kein JSON-Objekt</translation>
    </message>
    <message>
        <source>meta entry &apos;%1&apos; is not a valid LR calibration (level, back-end, finite a and b)</source>
        <translation>meta-Eintrag &apos;%1&apos; ist keine gültige LR-Kalibrierung (Ebene, Backend, endliche a und b)</translation>
    </message>
</context>
<context>
    <name>st::LinearCalibration</name>
    <message>
        <source>calibration needs finite scores: target score %1 is %2</source>
        <translation>die Kalibrierung benötigt endliche Scores: Ziel-Score %1 ist %2</translation>
    </message>
    <message>
        <source>calibration needs finite scores: non-target score %1 is %2</source>
        <translation>die Kalibrierung benötigt endliche Scores: Nicht-Ziel-Score %1 ist %2</translation>
    </message>
    <message>
        <source>calibration prior must lie strictly between 0 and 1, not %1</source>
        <translation>die A-priori-Wahrscheinlichkeit der Kalibrierung muss echt zwischen 0 und 1 liegen, nicht %1</translation>
    </message>
</context>
<context>
    <name>st::LocaleFormat</name>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>st::MahalanobisScoring</name>
    <message>
        <source>mahalanobis scoring: shrinkage must be in [0, 1], not %1</source>
        <translation>Mahalanobis-Bewertung: shrinkage muss in [0, 1] liegen, nicht %1</translation>
    </message>
    <message>
        <source>mahalanobis scoring: the within-source covariance is singular; use a shrinkage &gt; 0</source>
        <translation>Mahalanobis-Bewertung: die Kovarianz innerhalb der Quellen ist singulär; verwenden Sie ein shrinkage &gt; 0</translation>
    </message>
</context>
<context>
    <name>st::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>&amp;Fenster</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>Ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open &amp;demo clip</source>
        <translation>&amp;Demo-Aufnahme öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit all</source>
        <translation>&amp;Alles zeigen</translation>
    </message>
    <message>
        <source>Zoom to &amp;selection</source>
        <translation>Auf Auswahl &amp;zoomen</translation>
    </message>
    <message>
        <source>&amp;Play / pause</source>
        <translation>&amp;Wiedergabe / Pause</translation>
    </message>
    <message>
        <source>Play s&amp;election</source>
        <translation>&amp;Auswahl abspielen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>&amp;Loop</source>
        <translation>Sch&amp;leife</translation>
    </message>
    <message>
        <source>Output &amp;device</source>
        <translation>Ausgabe&amp;gerät</translation>
    </message>
    <message>
        <source>No selection</source>
        <translation>Keine Auswahl</translation>
    </message>
    <message>
        <source>No audio output</source>
        <translation>Keine Audioausgabe</translation>
    </message>
    <message>
        <source>SourceTrace</source>
        <translation>SourceTrace</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>Ka&amp;nal</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>&amp;Modelle</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Spectrogram</source>
        <translation>Spektrogramm</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>Anal&amp;yse</translation>
    </message>
    <message>
        <source>Explain a &amp;corpus…</source>
        <translation>Einen &amp;Korpus erklären…</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Clip view</source>
        <translation>&amp;Aufnahmeansicht</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Evaluation</source>
        <translation>Aus&amp;wertung</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>Annotationen importieren</translation>
    </message>
    <message>
        <source>Annotations CSV (*.csv);;All files (*)</source>
        <translation>Annotationen-CSV (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export annotations</source>
        <translation>Annotationen exportieren</translation>
    </message>
    <message>
        <source>Annotations CSV (*.csv)</source>
        <translation>Annotationen-CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo annotation</source>
        <translation>Annotation &amp;rückgängig</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Z</source>
        <translation>Ctrl+Alt+Z</translation>
    </message>
    <message>
        <source>&amp;Redo annotation</source>
        <translation>Annotation &amp;wiederholen</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Y</source>
        <translation>Ctrl+Alt+Y</translation>
    </message>
    <message>
        <source>&amp;Annotate selection...</source>
        <translation>Auswahl &amp;annotieren...</translation>
    </message>
    <message>
        <source>&amp;Edit annotation...</source>
        <translation>Annotation &amp;bearbeiten...</translation>
    </message>
    <message>
        <source>Shift+A</source>
        <translation>Shift+A</translation>
    </message>
    <message>
        <source>&amp;Delete annotation</source>
        <translation>Annotation &amp;löschen</translation>
    </message>
    <message>
        <source>Annotate the selected time range</source>
        <translation>Den ausgewählten Zeitbereich annotieren</translation>
    </message>
    <message>
        <source>Select a time range first (drag across a pane)</source>
        <translation>Wählen Sie zuerst einen Zeitbereich (über einen Bereich ziehen)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Annotate selection</source>
        <translation>Auswahl annotieren</translation>
    </message>
    <message>
        <source>Select a time range first (drag across a pane).</source>
        <translation>Wählen Sie zuerst einen Zeitbereich (über einen Bereich ziehen).</translation>
    </message>
    <message>
        <source>Edit annotation</source>
        <translation>Annotation bearbeiten</translation>
    </message>
    <message>
        <source>Artefact &amp;statistics...</source>
        <translation>Artefakt&amp;statistik...</translation>
    </message>
    <message>
        <source>Per cue type: attribution inside annotated regions against their share of time, correlation, EER</source>
        <translation>Je Merkmalstyp: Attribution innerhalb annotierter Bereiche gegen ihren Zeitanteil, Korrelation, EER</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;New case...</source>
        <translation>&amp;Neuer Fall...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Open &amp;case...</source>
        <translation>Fa&amp;ll öffnen...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open case read-on&amp;ly...</source>
        <translation>Fall schreib&amp;geschützt öffnen...</translation>
    </message>
    <message>
        <source>&amp;Add evidence...</source>
        <translation>Beweismittel &amp;hinzufügen...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Export &amp;report (PDF/HTML)...</source>
        <translation>Bericht &amp;exportieren (PDF/HTML)...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Save case &amp;as...</source>
        <translation>Fall speichern &amp;unter...</translation>
    </message>
    <message>
        <source>C&amp;lose case</source>
        <translation>Fall s&amp;chließen</translation>
    </message>
    <message>
        <source>Case &amp;quality thresholds...</source>
        <translation>&amp;Qualitätsschwellenwerte des Falls...</translation>
    </message>
    <message>
        <source>The limits below which the case&apos;s evidence is flagged (stored in the case, logged)</source>
        <translation>Die Grenzen, unterhalb derer die Beweismittel des Falls markiert werden (im Fall gespeichert, protokolliert)</translation>
    </message>
    <message>
        <source>Take evidence files into the case: each is hashed (SHA-256, read-only) and logged</source>
        <translation>Beweisdateien in den Fall aufnehmen: jede wird gehasht (SHA-256, schreibgeschützt) und protokolliert</translation>
    </message>
    <message>
        <source>Write the case report (PDF, or HTML by the file name) and record its version in the case</source>
        <translation>Das Gutachten schreiben (PDF, oder HTML nach dem Dateinamen) und seine Version im Fall festhalten</translation>
    </message>
    <message>
        <source>Recent cases</source>
        <translation>Zuletzt geöffnete Fälle</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About SourceTrace</source>
        <translation>&amp;Über SourceTrace</translation>
    </message>
    <message>
        <source>The case is read-only: %1</source>
        <translation>Der Fall ist schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>Case %1 (read-only)</source>
        <translation>Fall %1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Fall %1</translation>
    </message>
    <message>
        <source>demo clip</source>
        <translation>Demo-Aufnahme</translation>
    </message>
    <message>
        <source> (item %1)</source>
        <translation> (Asservat %1)</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <source>Made case %1 in %2</source>
        <translation>Fall %1 in %2 angelegt</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Fall öffnen</translation>
    </message>
    <message>
        <source>The case is open READ-ONLY: %1. Nothing can be changed or analysed; File › Save case as... makes a copy.</source>
        <translation>Der Fall ist SCHREIBGESCHÜTZT geöffnet: %1. Nichts kann geändert oder analysiert werden; Datei › Fall speichern unter... erstellt eine Kopie.</translation>
    </message>
    <message>
        <source>Integrity problem: %1</source>
        <translation>Integritätsproblem: %1</translation>
    </message>
    <message>
        <source>item %1 (%2): %3</source>
        <translation>Asservat %1 (%2): %3</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>changed since intake</source>
        <translation>seit dem Eingang geändert</translation>
    </message>
    <message>
        <source>Blocked at the last verification (not analysed until restored and verified, or relocated):
%1</source>
        <translation>Bei der letzten Verifikation gesperrt (nicht analysiert, bis wiederhergestellt und verifiziert oder neu verortet):
%1</translation>
    </message>
    <message>
        <source>Opened case %1; verifying its evidence</source>
        <translation>Fall %1 geöffnet; seine Beweismittel werden verifiziert</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Fall geschlossen</translation>
    </message>
    <message>
        <source>No case is open.</source>
        <translation>Kein Fall geöffnet.</translation>
    </message>
    <message>
        <source>Save case as</source>
        <translation>Fall speichern unter</translation>
    </message>
    <message>
        <source>Saved %1 as %2; now working on the copy</source>
        <translation>%1 als %2 gespeichert; es wird jetzt an der Kopie gearbeitet</translation>
    </message>
    <message>
        <source>%1: a file of that name exists; a case is never made over another file</source>
        <translation>%1: eine Datei dieses Namens existiert; ein Fall wird nie über einer anderen Datei angelegt</translation>
    </message>
    <message>
        <source>Open case read-only</source>
        <translation>Fall schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>SourceTrace case (*.stcase);;All files (*)</source>
        <translation>SourceTrace-Fall (*.stcase);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Add evidence to the case</source>
        <translation>Beweismittel zum Fall hinzufügen</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.ogg *.opus *.mp3 *.aif *.aiff *.au);;All files (*)</source>
        <translation>Audio (*.wav *.flac *.ogg *.opus *.mp3 *.aif *.aiff *.au);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export case report</source>
        <translation>Gutachten exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html)</source>
        <translation>PDF (*.pdf);;HTML (*.html)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>%1: a report is never written over an existing file; choose a new name</source>
        <translation>%1: ein Bericht wird nie über eine vorhandene Datei geschrieben; wählen Sie einen neuen Namen</translation>
    </message>
    <message>
        <source>SourceTrace case (*.stcase)</source>
        <translation>SourceTrace-Fall (*.stcase)</translation>
    </message>
    <message>
        <source>Quality thresholds of the case changed (logged); they apply to the next analyses</source>
        <translation>Qualitätsschwellenwerte des Falls geändert (protokolliert); sie gelten für die nächsten Analysen</translation>
    </message>
    <message>
        <source>Quality thresholds</source>
        <translation>Qualitätsschwellenwerte</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Erkennung</translation>
    </message>
    <message>
        <source>Open a clip first</source>
        <translation>Öffnen Sie zuerst eine Aufnahme</translation>
    </message>
    <message>
        <source>Run the fused detector %1 on the open clip: every component detector, the fused score in the Detection panel (Ctrl+D)</source>
        <translation>Den fusionierten Detektor %1 auf die geöffnete Aufnahme anwenden: jeden Komponentendetektor, den fusionierten Score im Panel Erkennung (Strg+D)</translation>
    </message>
    <message>
        <source>No usable model: see the Models menu</source>
        <translation>Kein nutzbares Modell: siehe das Menü Modelle</translation>
    </message>
    <message>
        <source>Checking the models...</source>
        <translation>Prüfe die Modelle...</translation>
    </message>
    <message>
        <source>%1 is not a detector (%2)</source>
        <translation>%1 ist kein Detektor (%2)</translation>
    </message>
    <message>
        <source>A detection is running (cancel it in the Jobs panel)</source>
        <translation>Eine Erkennung läuft (im Panel Aufträge abbrechen)</translation>
    </message>
    <message>
        <source>Run %1 on the open clip: whole-clip score and score timeline (Ctrl+D)</source>
        <translation>%1 auf die geöffnete Aufnahme anwenden: Score der ganzen Aufnahme und Score-Zeitverlauf (Strg+D)</translation>
    </message>
    <message>
        <source>The fused detector %1 is no longer listed</source>
        <translation>Der fusionierte Detektor %1 ist nicht mehr aufgeführt</translation>
    </message>
    <message>
        <source>%1: see the fused detector below</source>
        <translation>%1: siehe den fusionierten Detektor unten</translation>
    </message>
    <message>
        <source>Running %1...</source>
        <translation>%1 läuft...</translation>
    </message>
    <message>
        <source>Detection cancelled.</source>
        <translation>Erkennung abgebrochen.</translation>
    </message>
    <message>
        <source>%1: score %2 (%3)</source>
        <translation>%1: Score %2 (%3)</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Attributions ready: %1</source>
        <translation>Attributionen bereit: %1</translation>
    </message>
    <message>
        <source>Export view as &amp;image (PNG/SVG)...</source>
        <translation>Ansicht als B&amp;ild exportieren (PNG/SVG)...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Export &amp;spectrogram of selection (CSV/npy)...</source>
        <translation>&amp;Spektrogramm der Auswahl exportieren (CSV/npy)...</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Background work failed</source>
        <translation>Hintergrundarbeit fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cannot decode the file</source>
        <translation>Die Datei kann nicht dekodiert werden</translation>
    </message>
    <message>
        <source>Opened %1 (read-only)</source>
        <translation>%1 geöffnet (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Demo clip</source>
        <translation>Demo-Aufnahme</translation>
    </message>
    <message>
        <source>This build has no demo clip compiled in.</source>
        <translation>In diesen Build ist keine Demo-Aufnahme einkompiliert.</translation>
    </message>
    <message>
        <source>%1: could not extract the demo clip</source>
        <translation>%1: die Demo-Aufnahme konnte nicht entpackt werden</translation>
    </message>
    <message>
        <source>Open evidence</source>
        <translation>Beweismittel öffnen</translation>
    </message>
    <message>
        <source>Export view</source>
        <translation>Ansicht exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Export spectrogram</source>
        <translation>Spektrogramm exportieren</translation>
    </message>
    <message>
        <source>Export spectrogram of selection</source>
        <translation>Spektrogramm der Auswahl exportieren</translation>
    </message>
    <message>
        <source>CSV table (*.csv);;NumPy array + JSON sidecar (*.npy)</source>
        <translation>CSV-Tabelle (*.csv);;NumPy-Array + JSON-Begleitdatei (*.npy)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Export spectrogram to %1</source>
        <translation>Spektrogramm nach %1 exportieren</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 frames)</source>
        <translation>%1 geschrieben (%2 Frames)</translation>
    </message>
    <message>
        <source>&amp;Detect</source>
        <translation>&amp;Erkennen</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Rescan models</source>
        <translation>Modelle neu ein&amp;lesen</translation>
    </message>
    <message>
        <source> Model </source>
        <translation> Modell </translation>
    </message>
    <message>
        <source>The model Detect runs</source>
        <translation>Das Modell, das Erkennen ausführt</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Check models</source>
        <translation>Modelle prüfen</translation>
    </message>
    <message>
        <source>(checking models...)</source>
        <translation>(Modelle werden geprüft...)</translation>
    </message>
    <message>
        <source>(no models found)</source>
        <translation>(keine Modelle gefunden)</translation>
    </message>
    <message>
        <source>Searched: %1</source>
        <translation>Durchsucht: %1</translation>
    </message>
    <message>
        <source> (refused)</source>
        <translation> (abgewiesen)</translation>
    </message>
    <message>
        <source> (not a detector)</source>
        <translation> (kein Detektor)</translation>
    </message>
    <message>
        <source>Fused detector (fusion model %1): Detect runs every component detector and fuses their scores; it cannot trace or explain (a fusion has no embedding and no gradient)</source>
        <translation>Fusionierter Detektor (Fusionsmodell %1): Erkennen führt jeden Komponentendetektor aus und fusioniert ihre Scores; er kann nicht zurückverfolgen oder erklären (eine Fusion hat kein Embedding und keinen Gradienten)</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>(no output device found)</source>
        <translation>(kein Ausgabegerät gefunden)</translation>
    </message>
    <message>
        <source>Playing</source>
        <translation>Wiedergabe läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Rückverfolgung</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Library map</source>
        <translation>Bibliothekskarte</translation>
    </message>
    <message>
        <source>Enrolled: %1</source>
        <translation>Registriert: %1</translation>
    </message>
    <message>
        <source>traced clip</source>
        <translation>zurückverfolgte Aufnahme</translation>
    </message>
    <message>
        <source>Trace (%1): %2</source>
        <translation>Rückverfolgung (%1): %2</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>Bib&amp;liothek</translation>
    </message>
    <message>
        <source>&amp;New library...</source>
        <translation>&amp;Neue Bibliothek...</translation>
    </message>
    <message>
        <source>&amp;Open library...</source>
        <translation>Bibliothek ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>Bibliothek öffnen</translation>
    </message>
    <message>
        <source>Fingerprint library (*.db);;All files (*)</source>
        <translation>Fingerabdruck-Bibliothek (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Enrol...</source>
        <translation>Re&amp;gistrieren...</translation>
    </message>
    <message>
        <source>&amp;Trace the clip</source>
        <translation>Aufnahme &amp;zurückverfolgen</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>Opened library %1</source>
        <translation>Bibliothek %1 geöffnet</translation>
    </message>
    <message>
        <source>A trace is running</source>
        <translation>Eine Rückverfolgung läuft</translation>
    </message>
    <message>
        <source>Trace the open clip to the library&apos;s sources (Ctrl+T)</source>
        <translation>Die geöffnete Aufnahme zu den Quellen der Bibliothek zurückverfolgen (Strg+T)</translation>
    </message>
    <message>
        <source>Tracing with %1...</source>
        <translation>Rückverfolgung mit %1...</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Pan left</source>
        <translation>Nach links schwenken</translation>
    </message>
    <message>
        <source>Pan right</source>
        <translation>Nach rechts schwenken</translation>
    </message>
    <message>
        <source>Go to start</source>
        <translation>Zum Anfang</translation>
    </message>
    <message>
        <source>Go to end</source>
        <translation>Zum Ende</translation>
    </message>
    <message>
        <source>Waveform gain &amp;up</source>
        <translation>Wellenform-Verstärkung &amp;erhöhen</translation>
    </message>
    <message>
        <source>Shift+Up</source>
        <translation>Shift+Up</translation>
    </message>
    <message>
        <source>Waveform gain &amp;down</source>
        <translation>Wellenform-Verstärkung &amp;verringern</translation>
    </message>
    <message>
        <source>Shift+Down</source>
        <translation>Shift+Down</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Alles aus&amp;wählen</translation>
    </message>
    <message>
        <source>&amp;Clear selection</source>
        <translation>Auswahl a&amp;ufheben</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>&amp;Mix-down</source>
        <translation>&amp;Mischung</translation>
    </message>
    <message>
        <source>Channel &amp;%1</source>
        <translation>Kanal &amp;%1</translation>
    </message>
    <message>
        <source>Open a file first.</source>
        <translation>Öffnen Sie zuerst eine Datei.</translation>
    </message>
    <message>
        <source>Showing the mix-down of all channels</source>
        <translation>Anzeige der Mischung aller Kanäle</translation>
    </message>
    <message>
        <source>Showing channel %1</source>
        <translation>Anzeige von Kanal %1</translation>
    </message>
    <message>
        <source>Selection %1 – %2 (%3 s)</source>
        <translation>Auswahl %1 – %2 (%3 s)</translation>
    </message>
    <message>
        <source>Spectrogram settings</source>
        <translation>Spektrogramm-Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Handbuch</translation>
    </message>
    <message>
        <source>The offline manual: every page of SourceTrace&apos;s documentation, without a network</source>
        <translation>Das Offline-Handbuch: jede Seite der Dokumentation von SourceTrace, ohne Netzwerk</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>&amp;Privacy and storage</source>
        <translation>&amp;Datenschutz und Speicherung</translation>
    </message>
    <message>
        <source>%1 is not a page of the manual</source>
        <translation>%1 ist keine Seite des Handbuchs</translation>
    </message>
    <message>
        <source>The language is changed at the next start of SourceTrace.</source>
        <translation>Die Sprache wird beim nächsten Start von SourceTrace geändert.</translation>
    </message>
</context>
<context>
    <name>st::ManualBrowser</name>
    <message>
        <source>SourceTrace manual</source>
        <translation>SourceTrace-Handbuch</translation>
    </message>
    <message>
        <source>The project&apos;s documentation, carried by the program: it works without a network, and SourceTrace never opens one. F1 opens this window; Back and Forward (Alt+Left, Alt+Right) move through the pages read.</source>
        <translation>Die Dokumentation des Projekts, vom Programm mitgeführt: sie funktioniert ohne Netzwerk, und SourceTrace öffnet nie eines. F1 öffnet dieses Fenster; Zurück und Vor (Alt+Links, Alt+Rechts) blättern durch die gelesenen Seiten.</translation>
    </message>
    <message>
        <source>%1 is a network address: SourceTrace never opens the network, so the manual does not follow it.</source>
        <translation>%1 ist eine Netzwerkadresse: SourceTrace öffnet nie das Netzwerk, daher folgt das Handbuch ihr nicht.</translation>
    </message>
    <message>
        <source>%1 is not part of the manual (a file of the source tree or of the system).</source>
        <translation>%1 ist nicht Teil des Handbuchs (eine Datei des Quellbaums oder des Systems).</translation>
    </message>
</context>
<context>
    <name>st::ManualWindow</name>
    <message>
        <source>SourceTrace manual</source>
        <translation>SourceTrace-Handbuch</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Find in page (Enter: next)</source>
        <translation>Auf der Seite suchen (Eingabe: nächster Treffer)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not on this page.</source>
        <translation>&quot;%1&quot; steht nicht auf dieser Seite.</translation>
    </message>
    <message>
        <source>This build carries no manual, and no docs folder was found beside the program.</source>
        <translation>Dieser Build führt kein Handbuch mit, und neben dem Programm wurde kein Ordner docs gefunden.</translation>
    </message>
</context>
<context>
    <name>st::Memory</name>
    <message>
        <source>more than 9 EB</source>
        <translation>mehr als 9 EB</translation>
    </message>
    <message>
        <source>%1 needs %2 of memory; %3 is available</source>
        <translation>%1 benötigt %2 Arbeitsspeicher; %3 ist verfügbar</translation>
    </message>
    <message>
        <source>%1 needs %2 of memory; %3 are available</source>
        <translation>%1 benötigt %2 Arbeitsspeicher; %3 sind verfügbar</translation>
    </message>
</context>
<context>
    <name>st::MetadataPanel</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Sample rate</source>
        <translation>Abtastrate</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Frames</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Spitze</translation>
    </message>
    <message>
        <source>RMS</source>
        <translation>RMS</translation>
    </message>
    <message>
        <source>Clipped samples</source>
        <translation>Übersteuerte Samples</translation>
    </message>
    <message>
        <source>shown mixed down</source>
        <translation>als Mischung angezeigt</translation>
    </message>
    <message>
        <source>showing channel %1</source>
        <translation>Anzeige von Kanal %1</translation>
    </message>
    <message>
        <source>1 (mono)</source>
        <translation>1 (Mono)</translation>
    </message>
    <message>
        <source>2 (stereo; %1)</source>
        <translation>2 (Stereo; %1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>not computed: %1</source>
        <translation>nicht berechnet: %1</translation>
    </message>
    <message>
        <source>computing... %1%</source>
        <translation>berechne... %1%</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>not measured: %1</source>
        <translation>nicht gemessen: %1</translation>
    </message>
    <message>
        <source>measuring...</source>
        <translation>messe...</translation>
    </message>
</context>
<context>
    <name>st::Metrics</name>
    <message>
        <source>DCF parameters out of range (need 0 &lt; p_target &lt; 1, C_miss &gt; 0, C_fa &gt; 0): p_target=%1 C_miss=%2 C_fa=%3</source>
        <translation>DCF-Parameter außerhalb des Bereichs (erforderlich: 0 &lt; p_target &lt; 1, C_miss &gt; 0, C_fa &gt; 0): p_target=%1 C_miss=%2 C_fa=%3</translation>
    </message>
    <message>
        <source>no target scores: a detection metric needs at least one target and one non-target score</source>
        <translation>keine Ziel-Scores: eine Detektionsmetrik benötigt mindestens einen Ziel- und einen Nicht-Ziel-Score</translation>
    </message>
    <message>
        <source>no non-target scores: a detection metric needs at least one target and one non-target score</source>
        <translation>keine Nicht-Ziel-Scores: eine Detektionsmetrik benötigt mindestens einen Ziel- und einen Nicht-Ziel-Score</translation>
    </message>
</context>
<context>
    <name>st::ModelCatalog</name>
    <message>
        <source>Check models</source>
        <translation>Modelle prüfen</translation>
    </message>
    <message>
        <source>hashing weights</source>
        <translation>hashe Gewichte</translation>
    </message>
</context>
<context>
    <name>st::ModelManifest</name>
    <message>
        <source>manifest field &quot;%1&quot; %2</source>
        <translation>Manifestfeld &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be at least %1 (it is %2)</source>
        <translation>muss mindestens %1 sein (ist %2)</translation>
    </message>
    <message>
        <source>must be at most %1 (it is %2)</source>
        <translation>darf höchstens %1 sein (ist %2)</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>muss ein Array von Zeichenketten sein</translation>
    </message>
    <message>
        <source>must be an array of non-empty strings</source>
        <translation>muss ein Array von nicht leeren Zeichenketten sein</translation>
    </message>
    <message>
        <source>is empty (one name per logit is needed)</source>
        <translation>ist leer (je Logit wird ein Name gebraucht)</translation>
    </message>
    <message>
        <source>is missing (a tuple index such as 0, or a dict key)</source>
        <translation>fehlt (ein Tupelindex wie 0 oder ein Dict-Schlüssel)</translation>
    </message>
    <message>
        <source>must be a tuple index &gt;= 0 or a dict key</source>
        <translation>muss ein Tupelindex &gt;= 0 oder ein Dict-Schlüssel sein</translation>
    </message>
    <message>
        <source>model manifest not found</source>
        <translation>Modellmanifest nicht gefunden</translation>
    </message>
    <message>
        <source>is a folder, not a model manifest (a .json file)</source>
        <translation>ist ein Ordner, kein Modellmanifest (eine .json-Datei)</translation>
    </message>
    <message>
        <source>cannot read the model manifest: %1</source>
        <translation>das Modellmanifest kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>is %1 bytes: a model manifest is a small JSON file (at most 1 MiB)</source>
        <translation>ist %1 Byte groß: ein Modellmanifest ist eine kleine JSON-Datei (höchstens 1 MiB)</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>a model manifest must be a JSON object</source>
        <translation>ein Modellmanifest muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>is %1, but this build reads manifests up to version %2: update SourceTrace</source>
        <translation>ist %1, aber dieser Build liest Manifeste bis Version %2: aktualisieren Sie SourceTrace</translation>
    </message>
    <message>
        <source>must be letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;+&apos; or &apos;-&apos; (it is &quot;%1&quot;)</source>
        <translation>darf nur aus Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;+&apos; oder &apos;-&apos; bestehen (ist &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>must be &quot;native-aasist&quot;, &quot;native-spectral&quot; or &quot;torchscript&quot; (it is &quot;%1&quot;)</source>
        <translation>muss &quot;native-aasist&quot;, &quot;native-spectral&quot; oder &quot;torchscript&quot; sein (ist &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>must be 64 hexadecimal digits (a SHA-256)</source>
        <translation>muss aus 64 Hexadezimalziffern bestehen (ein SHA-256)</translation>
    </message>
    <message>
        <source>must be &quot;whole-clip&quot;, &quot;fixed-length&quot; or &quot;sliding-windows&quot; (it is &quot;%1&quot;)</source>
        <translation>muss &quot;whole-clip&quot;, &quot;fixed-length&quot; oder &quot;sliding-windows&quot; sein (ist &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>must be &quot;repeat&quot; or &quot;zeros&quot; (it is &quot;%1&quot;)</source>
        <translation>muss &quot;repeat&quot; oder &quot;zeros&quot; sein (ist &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>has %1 names; at most 100000 are accepted</source>
        <translation>hat %1 Namen; höchstens 100000 werden angenommen</translation>
    </message>
    <message>
        <source>is %1 but there are only %2 class names (use -1 for a model that is not a detector)</source>
        <translation>ist %1, aber es gibt nur %2 Klassennamen (verwenden Sie -1 für ein Modell, das kein Detektor ist)</translation>
    </message>
</context>
<context>
    <name>st::ModelRegistry</name>
    <message>
        <source>no model named &quot;%1&quot;: known models are %2 (searched %3); give a registry name or the path of a manifest .json</source>
        <translation>kein Modell namens &quot;%1&quot;: bekannte Modelle sind %2 (durchsucht: %3); geben Sie einen Registry-Namen oder den Pfad einer Manifest-.json an</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>no folders</source>
        <translation>keine Ordner</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>the weightsFile &quot;%1&quot; of model &quot;%2&quot; (manifest %3) names a folder, not a weights file</source>
        <translation>die weightsFile &quot;%1&quot; des Modells &quot;%2&quot; (Manifest %3) nennt einen Ordner, keine Gewichtsdatei</translation>
    </message>
    <message>
        <source>weights file of model &quot;%1&quot; not found (manifest %2, weightsFile &quot;%3&quot;); put the file there or correct the manifest</source>
        <translation>Gewichtsdatei des Modells &quot;%1&quot; nicht gefunden (Manifest %2, weightsFile &quot;%3&quot;); legen Sie die Datei dort ab oder korrigieren Sie das Manifest</translation>
    </message>
    <message>
        <source>model &quot;%1&quot; is refused: its manifest %2 pins no weightsSha256; the file&apos;s SHA-256 is %3 (add it to the manifest if this is the file you mean)</source>
        <translation>Modell &quot;%1&quot; wird abgelehnt: sein Manifest %2 legt kein weightsSha256 fest; der SHA-256 der Datei ist %3 (tragen Sie ihn in das Manifest ein, wenn dies die gemeinte Datei ist)</translation>
    </message>
    <message>
        <source>model &quot;%1&quot; is refused: the weights&apos; SHA-256 is %2 but the manifest %3 pins %4 (a different or altered file)</source>
        <translation>Modell &quot;%1&quot; wird abgelehnt: der SHA-256 der Gewichte ist %2, aber das Manifest %3 legt %4 fest (eine andere oder veränderte Datei)</translation>
    </message>
    <message>
        <source>model &quot;%1&quot; has unknown kind &quot;%2&quot;</source>
        <translation>Modell &quot;%1&quot; hat den unbekannten Typ &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>st::ModelRunner</name>
    <message>
        <source>model %1 gave a non-finite result (NaN or infinity) for this input: the input is outside what the model can process (for example sample values far beyond full scale), so there is no score</source>
        <translation>Modell %1 lieferte für diese Eingabe ein nicht endliches Ergebnis (NaN oder unendlich): die Eingabe liegt außerhalb dessen, was das Modell verarbeiten kann (zum Beispiel Samplewerte weit jenseits der Vollaussteuerung), daher gibt es keinen Score</translation>
    </message>
    <message>
        <source>ModelRunner needs a model</source>
        <translation>ModelRunner braucht ein Modell</translation>
    </message>
    <message>
        <source>model %1 returned %2 outputs for a batch of %3</source>
        <translation>Modell %1 lieferte %2 Ausgaben für einen Batch von %3</translation>
    </message>
    <message>
        <source>an empty clip (no samples) cannot go through model %1</source>
        <translation>eine leere Aufnahme (keine Samples) kann nicht durch Modell %1 laufen</translation>
    </message>
    <message>
        <source>an empty clip (no samples) has no score timeline</source>
        <translation>eine leere Aufnahme (keine Samples) hat keinen Score-Verlauf</translation>
    </message>
    <message numerus="yes">
        <source>too short to judge: %n sample(s) (%1 ms) at %2 Hz; model %3 needs at least %4 (0.1 s)</source>
        <translation>
            <numerusform>zu kurz für eine Beurteilung: %n Sample (%1 ms) bei %2 Hz; Modell %3 braucht mindestens %4 (0.1 s)</numerusform>
            <numerusform>zu kurz für eine Beurteilung: %n Samples (%1 ms) bei %2 Hz; Modell %3 braucht mindestens %4 (0.1 s)</numerusform>
        </translation>
    </message>
    <message>
        <source>the analysed audio is digital silence (every sample is 0): there is no speech for model %1 to judge</source>
        <translation>das analysierte Audio ist digitale Stille (jedes Sample ist 0): es gibt keine Sprache, die Modell %1 beurteilen könnte</translation>
    </message>
    <message>
        <source>model %1 on the whole %2 recording (whole-clip input)</source>
        <translation>Modell %1 auf der ganzen Aufnahme von %2 (Eingabe der ganzen Aufnahme)</translation>
    </message>
    <message>
        <source>use --policy sliding-windows (or fixed-length) for long recordings</source>
        <translation>verwenden Sie --policy sliding-windows (oder fixed-length) für lange Aufnahmen</translation>
    </message>
</context>
<context>
    <name>st::NativeArgs</name>
    <message>
        <source>the name &quot;%1&quot; is not valid UTF-8; the file is read through %2</source>
        <translation>der Name &quot;%1&quot; ist kein gültiges UTF-8; die Datei wird über %2 gelesen</translation>
    </message>
</context>
<context>
    <name>st::NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <source>required, e.g. 2025-0142</source>
        <translation>erforderlich, z. B. 2025-0142</translation>
    </message>
    <message>
        <source>required: who examines the evidence</source>
        <translation>erforderlich: wer die Beweismittel untersucht</translation>
    </message>
    <message>
        <source>where the case file (.stcase) is made; never overwritten</source>
        <translation>wo die Falldatei (.stcase) angelegt wird; wird nie überschrieben</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Falldatei</translation>
    </message>
    <message>
        <source>SourceTrace case (*.stcase)</source>
        <translation>SourceTrace-Fall (*.stcase)</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>&amp;Aktenzeichen:</translation>
    </message>
    <message>
        <source>&amp;Examiner:</source>
        <translation>&amp;Sachverständige(r):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>Case &amp;file:</source>
        <translation>&amp;Falldatei:</translation>
    </message>
    <message>
        <source>Create case</source>
        <translation>Fall anlegen</translation>
    </message>
    <message>
        <source>Every change to the case is recorded in its hash-chained audit log under your user name.</source>
        <translation>Jede Änderung am Fall wird unter Ihrem Benutzernamen in seinem hashverketteten Prüfprotokoll festgehalten.</translation>
    </message>
</context>
<context>
    <name>st::Npy</name>
    <message>
        <source>cannot write a .npy file with a negative dimension %1</source>
        <translation>eine .npy-Datei mit der negativen Dimension %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>no data given for a .npy file of %1 values</source>
        <translation>keine Daten für eine .npy-Datei mit %1 Werten angegeben</translation>
    </message>
    <message>
        <source>shape too long for a version 1.0 .npy header</source>
        <translation>Form zu lang für eine .npy-Kopfzeile der Version 1.0</translation>
    </message>
    <message>
        <source>cannot open for writing: %1</source>
        <translation>kann nicht zum Schreiben geöffnet werden: %1</translation>
    </message>
    <message>
        <source>write failed: %1</source>
        <translation>Schreiben fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>could not finish writing: %1</source>
        <translation>Schreiben konnte nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>cannot open for reading: %1</source>
        <translation>kann nicht zum Lesen geöffnet werden: %1</translation>
    </message>
    <message>
        <source>not a NumPy .npy file (the magic string \x93NUMPY is missing)</source>
        <translation>keine NumPy-.npy-Datei (die Kennung \x93NUMPY fehlt)</translation>
    </message>
    <message>
        <source>truncated .npy header</source>
        <translation>abgeschnittene .npy-Kopfzeile</translation>
    </message>
    <message>
        <source>unsupported .npy format version %1.%2</source>
        <translation>nicht unterstützte .npy-Formatversion %1.%2</translation>
    </message>
    <message>
        <source>truncated .npy header (%1 bytes announced, %2 present)</source>
        <translation>abgeschnittene .npy-Kopfzeile (%1 Bytes angekündigt, %2 vorhanden)</translation>
    </message>
    <message>
        <source>truncated .npy header (%1 of %2 bytes)</source>
        <translation>abgeschnittene .npy-Kopfzeile (%1 von %2 Bytes)</translation>
    </message>
    <message>
        <source>the .npy header has no &apos;descr&apos; (data type)</source>
        <translation>die .npy-Kopfzeile hat kein &apos;descr&apos; (Datentyp)</translation>
    </message>
    <message>
        <source>unsupported .npy data type &apos;%1&apos; (only little-endian float32 &apos;&lt;f4&apos; and float64 &apos;&lt;f8&apos; are read)</source>
        <translation>nicht unterstützter .npy-Datentyp &apos;%1&apos; (gelesen werden nur Little-Endian float32 &apos;&lt;f4&apos; und float64 &apos;&lt;f8&apos;)</translation>
    </message>
    <message>
        <source>the .npy header has no &apos;fortran_order&apos;</source>
        <translation>die .npy-Kopfzeile hat kein &apos;fortran_order&apos;</translation>
    </message>
    <message>
        <source>Fortran-order .npy arrays are not supported (save it with numpy.ascontiguousarray first)</source>
        <translation>.npy-Arrays in Fortran-Reihenfolge werden nicht unterstützt (speichern Sie es zuerst mit numpy.ascontiguousarray)</translation>
    </message>
    <message>
        <source>the .npy header has no valid &apos;shape&apos;</source>
        <translation>die .npy-Kopfzeile hat kein gültiges &apos;shape&apos;</translation>
    </message>
    <message>
        <source>bad dimension &apos;%1&apos; in the .npy shape</source>
        <translation>ungültige Dimension &apos;%1&apos; in der .npy-Form</translation>
    </message>
    <message>
        <source>the .npy shape has more than 32 dimensions</source>
        <translation>die .npy-Form hat mehr als 32 Dimensionen</translation>
    </message>
    <message>
        <source>the .npy shape %1 is too large (its byte count overflows)</source>
        <translation>die .npy-Form %1 ist zu groß (ihre Byteanzahl läuft über)</translation>
    </message>
    <message>
        <source>truncated .npy data: %1 bytes expected for shape %2, %3 present</source>
        <translation>abgeschnittene .npy-Daten: %1 Bytes für die Form %2 erwartet, %3 vorhanden</translation>
    </message>
    <message>
        <source>read failed: %1</source>
        <translation>Lesen fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>st::OodScores</name>
    <message>
        <source>OOD scores need the model&apos;s logits (this model has no class head)</source>
        <translation>OOD-Scores benötigen die Logits des Modells (dieses Modell hat keinen Klassenkopf)</translation>
    </message>
    <message>
        <source>OOD scorer: no reference embeddings fitted</source>
        <translation>OOD-Bewerter: keine Referenz-Embeddings angepasst</translation>
    </message>
    <message>
        <source>OOD scorer: embedding of dimension %1, expected %2</source>
        <translation>OOD-Bewerter: Embedding der Dimension %1, erwartet %2</translation>
    </message>
</context>
<context>
    <name>st::OpenSet</name>
    <message>
        <source>the score of %1 %2 is not finite (%3): no answer at any level</source>
        <translation>der Score von %1 %2 ist nicht endlich (%3): auf keiner Ebene eine Antwort</translation>
    </message>
    <message>
        <source>a false-alarm threshold needs non-target scores</source>
        <translation>ein Fehlalarm-Schwellenwert benötigt Nicht-Ziel-Scores</translation>
    </message>
    <message>
        <source>the target false-alarm rate must be in [0, 1), not %1</source>
        <translation>die angestrebte Fehlalarmrate muss in [0, 1) liegen, nicht %1</translation>
    </message>
    <message>
        <source>threshold rule must be &apos;eer&apos; or &apos;far&apos;, not &apos;%1&apos;</source>
        <translation>die Schwellenwertregel muss &apos;eer&apos; oder &apos;far&apos; sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the trial list has no scores (column CosScore or score): score the trials before computing pooled EERs</source>
        <translation>die Trial-Liste hat keine Scores (Spalte CosScore oder score): bewerten Sie die Trials, bevor gepoolte EERs berechnet werden</translation>
    </message>
</context>
<context>
    <name>st::Pca</name>
    <message>
        <source>PCA needs at least one embedding</source>
        <translation>die PCA benötigt mindestens ein Embedding</translation>
    </message>
    <message>
        <source>PCA of empty embeddings (dimension 0)</source>
        <translation>PCA leerer Embeddings (Dimension 0)</translation>
    </message>
    <message>
        <source>PCA: %1 components asked of %2-d embeddings</source>
        <translation>PCA: %1 Komponenten von %2-dimensionalen Embeddings verlangt</translation>
    </message>
    <message>
        <source>PCA: embedding %1 has %2 values, the first has %3</source>
        <translation>PCA: Embedding %1 hat %2 Werte, das erste hat %3</translation>
    </message>
    <message>
        <source>PCA: a %1-d embedding projected on %2-d axes</source>
        <translation>PCA: ein %1-dimensionales Embedding auf %2-dimensionale Achsen projiziert</translation>
    </message>
</context>
<context>
    <name>st::PooledEer</name>
    <message>
        <source>the trial list has no scores (column CosScore or score): score the trials before computing pooled EERs</source>
        <translation>die Trial-Liste hat keine Scores (Spalte CosScore oder score): bewerten Sie die Trials, bevor gepoolte EERs berechnet werden</translation>
    </message>
    <message>
        <source>trial %1 (0-based) has a NaN score: remove or fix that trial</source>
        <translation>Trial %1 (ab 0 gezählt) hat einen NaN-Score: entfernen oder korrigieren Sie dieses Trial</translation>
    </message>
    <message>
        <source>cannot write the EER table: %1</source>
        <translation>die EER-Tabelle kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot open the EER table: %1</source>
        <translation>die EER-Tabelle kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>unterminated quote</source>
        <translation>nicht geschlossenes Anführungszeichen</translation>
    </message>
    <message>
        <source>expected the header &apos;,EER&apos;, found &apos;%1&apos;</source>
        <translation>erwartet wurde die Kopfzeile &apos;,EER&apos;, gefunden: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected &apos;label,EER%&apos; with a finite number (or nan), found &apos;%1&apos;</source>
        <translation>erwartet wurde &apos;label,EER%&apos; mit einer endlichen Zahl (oder nan), gefunden: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>empty EER table (expected the header &apos;,EER&apos;)</source>
        <translation>leere EER-Tabelle (erwartet wurde die Kopfzeile &apos;,EER&apos;)</translation>
    </message>
    <message>
        <source>cannot create the output folder</source>
        <translation>der Ausgabeordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 clips but %2 scores: every clip needs one detection score</source>
        <translation>%1 Aufnahmen, aber %2 Scores: jede Aufnahme benötigt einen Detektions-Score</translation>
    </message>
    <message>
        <source>detection EER needs bona fide and spoofed clips: found %1 bona fide and %2 spoofed</source>
        <translation>die Detektions-EER benötigt Bona-fide- und gefälschte Aufnahmen: gefunden %1 bona fide und %2 gefälschte</translation>
    </message>
</context>
<context>
    <name>st::PortAudioOutput</name>
    <message>
        <source>PortAudio could not start: %1</source>
        <translation>PortAudio konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>No audio output device was found, so playback is off. Everything else works.</source>
        <translation>Es wurde kein Audio-Ausgabegerät gefunden, daher ist die Wiedergabe aus. Alles andere funktioniert.</translation>
    </message>
    <message>
        <source>The device &quot;%1&quot; cannot play %2 Hz audio: %3</source>
        <translation>Das Gerät &quot;%1&quot; kann kein Audio mit %2 Hz wiedergeben: %3</translation>
    </message>
    <message>
        <source>Playback could not start: %1</source>
        <translation>Die Wiedergabe konnte nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>st::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and messages. Numbers and dates shown follow it; files written (CSV, JSON, reports&apos; data) always use the C locale.</source>
        <translation>Die Sprache von Menüs, Dialogen und Meldungen. Angezeigte Zahlen und Daten folgen ihr; geschriebene Dateien (CSV, JSON, Daten von Berichten) verwenden immer das C-Locale.</translation>
    </message>
    <message>
        <source>A new language takes effect at the next start of SourceTrace.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von SourceTrace wirksam.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>st::Protocol</name>
    <message>
        <source>NUL byte in the line (a binary file, or UTF-16 text?): expected UTF-8 text</source>
        <translation>NUL-Byte in der Zeile (eine Binärdatei oder UTF-16-Text?): erwartet wurde UTF-8-Text</translation>
    </message>
    <message>
        <source>invalid UTF-8 at byte %1 of the line (0x%2): labels and file names must be UTF-8</source>
        <translation>ungültiges UTF-8 bei Byte %1 der Zeile (0x%2): Labels und Dateinamen müssen UTF-8 sein</translation>
    </message>
    <message>
        <source>cannot open the protocol file: %1</source>
        <translation>die Protokolldatei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>the header has no column %1 (columns found: %2)</source>
        <translation>die Kopfzeile hat keine Spalte %1 (gefundene Spalten: %2)</translation>
    </message>
    <message>
        <source>the header names column &apos;%1&apos; twice (columns %2 and %3)</source>
        <translation>die Kopfzeile nennt die Spalte &apos;%1&apos; zweimal (Spalten %2 und %3)</translation>
    </message>
    <message>
        <source>the trial list has a header (line %1) and no rows</source>
        <translation>die Trial-Liste hat eine Kopfzeile (Zeile %1) und keine Zeilen</translation>
    </message>
    <message>
        <source>the protocol file has a header (line %1) and no rows</source>
        <translation>die Protokolldatei hat eine Kopfzeile (Zeile %1) und keine Zeilen</translation>
    </message>
    <message>
        <source>expected %1 tab-separated fields as in the header on line %2 (%3), found %4</source>
        <translation>erwartet wurden %1 durch Tabulatoren getrennte Felder wie in der Kopfzeile in Zeile %2 (%3), gefunden: %4</translation>
    </message>
    <message>
        <source>empty &apos;file&apos; or &apos;attack&apos; field</source>
        <translation>leeres Feld &apos;file&apos; oder &apos;attack&apos;</translation>
    </message>
    <message>
        <source>file &apos;%1&apos; is listed twice (first on line %2)</source>
        <translation>Datei &apos;%1&apos; ist doppelt aufgeführt (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>the protocol is empty (expected a header line: file attack ...)</source>
        <translation>das Protokoll ist leer (erwartet wurde eine Kopfzeile: file attack ...)</translation>
    </message>
    <message>
        <source>expected 5 fields &apos;speaker file - attack key&apos; (ASVspoof 2019 LA) or 8 fields &apos;speaker file codec transmission attack key trim phase&apos; (ASVspoof 2021 LA), found %1</source>
        <translation>erwartet wurden 5 Felder &apos;speaker file - attack key&apos; (ASVspoof 2019 LA) oder 8 Felder &apos;speaker file codec transmission attack key trim phase&apos; (ASVspoof 2021 LA), gefunden: %1</translation>
    </message>
    <message>
        <source>key must be &apos;bonafide&apos; or &apos;spoof&apos;, not &apos;%1&apos;</source>
        <translation>key muss &apos;bonafide&apos; oder &apos;spoof&apos; sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a spoof row needs an attack id (e.g. A01) in place of &apos;-&apos;</source>
        <translation>eine spoof-Zeile benötigt eine Angriffs-ID (z. B. A01) anstelle von &apos;-&apos;</translation>
    </message>
    <message>
        <source>the protocol is empty (no clip lines)</source>
        <translation>das Protokoll ist leer (keine Aufnahmezeilen)</translation>
    </message>
    <message>
        <source>unterminated quote in the header</source>
        <translation>nicht geschlossenes Anführungszeichen in der Kopfzeile</translation>
    </message>
    <message>
        <source>unterminated quote (a field opened with &quot; is never closed)</source>
        <translation>nicht geschlossenes Anführungszeichen (ein mit &quot; geöffnetes Feld wird nie geschlossen)</translation>
    </message>
    <message>
        <source>expected %1 &apos;%2&apos;-separated fields as in the header (%3), found %4</source>
        <translation>erwartet wurden %1 durch &apos;%2&apos; getrennte Felder wie in der Kopfzeile (%3), gefunden: %4</translation>
    </message>
    <message>
        <source>empty &apos;path&apos; or &apos;model_name&apos; field</source>
        <translation>leeres Feld &apos;path&apos; oder &apos;model_name&apos;</translation>
    </message>
    <message>
        <source>the protocol is empty (expected a header with path and model_name)</source>
        <translation>das Protokoll ist leer (erwartet wurde eine Kopfzeile mit path und model_name)</translation>
    </message>
    <message>
        <source>this is a STOPA trial list (trial vs fingerprint), not a clip protocol: read it as trials</source>
        <translation>dies ist eine STOPA-Trial-Liste (Trial gegen Fingerabdruck), kein Aufnahmeprotokoll: lesen Sie sie als trials</translation>
    </message>
    <message>
        <source>the protocol file is empty (no non-blank line)</source>
        <translation>die Protokolldatei ist leer (keine nicht leere Zeile)</translation>
    </message>
    <message>
        <source>unknown protocol format: expected a SourceTrace TSV (header with file and attack), an ASVspoof LA protocol or an MLAAD CSV (header with path and model_name); see docs/protocols.md</source>
        <translation>unbekanntes Protokollformat: erwartet wurde eine SourceTrace-TSV (Kopfzeile mit file und attack), ein ASVspoof-LA-Protokoll oder eine MLAAD-CSV (Kopfzeile mit path und model_name); siehe docs/protocols.md</translation>
    </message>
    <message>
        <source>unterminated quote</source>
        <translation>nicht geschlossenes Anführungszeichen</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header on line %2, found %3</source>
        <translation>erwartet wurden %1 Felder wie in der Kopfzeile in Zeile %2, gefunden: %3</translation>
    </message>
    <message>
        <source>column %1 must be True/False or 1/0, not &apos;%2&apos;</source>
        <translation>Spalte %1 muss True/False oder 1/0 sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>empty %1 field</source>
        <translation>leeres Feld %1</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a finite number</source>
        <translation>%1 &apos;%2&apos; ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>the trial list is empty (expected a header with FileName, AbstractModel, ATK, IsTargetATK, IsTargetAcousticModel, IsTargetVocoderModel)</source>
        <translation>die Trial-Liste ist leer (erwartet wurde eine Kopfzeile mit FileName, AbstractModel, ATK, IsTargetATK, IsTargetAcousticModel, IsTargetVocoderModel)</translation>
    </message>
    <message>
        <source>trial &apos;%1&apos; vs &apos;%2&apos; is listed twice (first on line %3)</source>
        <translation>Trial &apos;%1&apos; gegen &apos;%2&apos; ist doppelt aufgeführt (zuerst in Zeile %3)</translation>
    </message>
    <message>
        <source>the header line has no column `file` (columns are tab-separated)</source>
        <translation>die Kopfzeile hat keine Spalte `file` (Spalten sind durch Tabulatoren getrennt)</translation>
    </message>
    <message>
        <source>no `file` value in this row</source>
        <translation>kein `file`-Wert in dieser Zeile</translation>
    </message>
    <message>
        <source>the protocol is empty (a header line with a column `file` is needed)</source>
        <translation>das Protokoll ist leer (eine Kopfzeile mit einer Spalte `file` wird benötigt)</translation>
    </message>
</context>
<context>
    <name>st::PthReader</name>
    <message>
        <source>data.pkl ends without a STOP opcode (file truncated?)</source>
        <translation>data.pkl endet ohne STOP-Opcode (Datei abgeschnitten?)</translation>
    </message>
    <message>
        <source>data.pkl refers to %1 at byte %2, which is not part of a plain state dict of tensors</source>
        <translation>data.pkl verweist bei Byte %2 auf %1, das nicht zu einem einfachen State-Dict aus Tensoren gehört</translation>
    </message>
    <message>
        <source>BUILD on a %1 at byte %2 (expected the state dict)</source>
        <translation>BUILD auf ein %1 bei Byte %2 (erwartet wurde das State-Dict)</translation>
    </message>
    <message>
        <source>stack underflow at byte %1</source>
        <translation>Stapelunterlauf bei Byte %1</translation>
    </message>
    <message>
        <source>SETITEMS with an odd number of items at byte %1</source>
        <translation>SETITEMS mit einer ungeraden Anzahl von Einträgen bei Byte %1</translation>
    </message>
    <message>
        <source>STOP with %1 values on the stack</source>
        <translation>STOP mit %1 Werten auf dem Stapel</translation>
    </message>
    <message>
        <source>data.pkl uses pickle opcode 0x%1 at byte %2, which this reader does not support (a plain state dict of tensors is expected)</source>
        <translation>data.pkl verwendet bei Byte %2 den Pickle-Opcode 0x%1, den dieser Leser nicht unterstützt (erwartet wird ein einfaches State-Dict aus Tensoren)</translation>
    </message>
    <message>
        <source>data.pkl ends in the middle of an opcode (file truncated?)</source>
        <translation>data.pkl endet mitten in einem Opcode (Datei abgeschnitten?)</translation>
    </message>
    <message>
        <source>data.pkl ends inside a GLOBAL opcode (file truncated?)</source>
        <translation>data.pkl endet innerhalb eines GLOBAL-Opcodes (Datei abgeschnitten?)</translation>
    </message>
    <message>
        <source>pickle stack underflow at byte %1</source>
        <translation>Pickle-Stapelunterlauf bei Byte %1</translation>
    </message>
    <message>
        <source>no MARK before byte %1</source>
        <translation>kein MARK vor Byte %1</translation>
    </message>
    <message>
        <source>memo entry %1 used before it was set (byte %2)</source>
        <translation>Memo-Eintrag %1 wird verwendet, bevor er gesetzt wurde (Byte %2)</translation>
    </message>
    <message>
        <source>SETITEM(S) on a %1 at byte %2</source>
        <translation>SETITEM(S) auf ein %1 bei Byte %2</translation>
    </message>
    <message>
        <source>REDUCE of a %1 at byte %2</source>
        <translation>REDUCE eines %1 bei Byte %2</translation>
    </message>
    <message>
        <source>OrderedDict built with arguments at byte %1</source>
        <translation>OrderedDict mit Argumenten erzeugt bei Byte %1</translation>
    </message>
    <message>
        <source>malformed _rebuild_tensor_v2 arguments at byte %1</source>
        <translation>fehlerhafte _rebuild_tensor_v2-Argumente bei Byte %1</translation>
    </message>
    <message>
        <source>negative size or stride in a tensor at byte %1</source>
        <translation>negative Größe oder Schrittweite in einem Tensor bei Byte %1</translation>
    </message>
    <message>
        <source>a tensor at byte %1 has an impossible shape (more than %2 elements or an overflowing stride)</source>
        <translation>ein Tensor bei Byte %1 hat eine unmögliche Form (mehr als %2 Elemente oder eine überlaufende Schrittweite)</translation>
    </message>
    <message>
        <source>a tensor at byte %1 views %2 elements of a storage of %3 (an overlapping or broadcast view, which state dicts never hold)</source>
        <translation>ein Tensor bei Byte %1 zeigt %2 Elemente eines Speichers von %3 (eine überlappende oder per Broadcasting erweiterte Sicht, die State-Dicts nie enthalten)</translation>
    </message>
    <message>
        <source>a tensor at byte %1 reaches past the end of its storage %2</source>
        <translation>ein Tensor bei Byte %1 reicht über das Ende seines Speichers %2 hinaus</translation>
    </message>
    <message>
        <source>REDUCE of %1 at byte %2 is not supported</source>
        <translation>REDUCE von %1 bei Byte %2 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>unexpected persistent id at byte %1 (expected a storage record)</source>
        <translation>unerwartete persistente ID bei Byte %1 (erwartet wurde ein Speichereintrag)</translation>
    </message>
    <message>
        <source>the archive has no record %1 for a storage</source>
        <translation>das Archiv hat keinen Eintrag %1 für einen Speicher</translation>
    </message>
    <message>
        <source>cannot read record %1: %2</source>
        <translation>Eintrag %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>record %1 holds %2 bytes, too few for its storage of %3 elements</source>
        <translation>Eintrag %1 enthält %2 Byte, zu wenige für seinen Speicher von %3 Elementen</translation>
    </message>
    <message>
        <source>record %1 holds %2 bytes, its storage needs %3</source>
        <translation>Eintrag %1 enthält %2 Byte, sein Speicher braucht %3</translation>
    </message>
    <message>
        <source>tensor %1 is %2, not an integer type</source>
        <translation>Tensor %1 ist %2, kein Ganzzahltyp</translation>
    </message>
    <message>
        <source>the checkpoint file does not exist</source>
        <translation>die Checkpoint-Datei existiert nicht</translation>
    </message>
    <message>
        <source>the checkpoint is not a readable file</source>
        <translation>der Checkpoint ist keine lesbare Datei</translation>
    </message>
    <message>
        <source>the checkpoint file is empty</source>
        <translation>die Checkpoint-Datei ist leer</translation>
    </message>
    <message>
        <source>not a readable PyTorch zip checkpoint (truncated, or saved in another format?): %1</source>
        <translation>kein lesbarer PyTorch-Zip-Checkpoint (abgeschnitten oder in einem anderen Format gespeichert?): %1</translation>
    </message>
    <message>
        <source>not a readable PyTorch zip checkpoint: %1</source>
        <translation>kein lesbarer PyTorch-Zip-Checkpoint: %1</translation>
    </message>
    <message>
        <source>tensors are stored %1-endian; only little-endian is supported</source>
        <translation>die Tensoren sind als %1-Endian gespeichert; nur Little-Endian wird unterstützt</translation>
    </message>
    <message>
        <source>the archive has no data.pkl record: not a torch.save checkpoint</source>
        <translation>das Archiv hat keinen Eintrag data.pkl: kein torch.save-Checkpoint</translation>
    </message>
    <message>
        <source>data.pkl holds a %1, not a state dict</source>
        <translation>data.pkl enthält ein %1, kein State-Dict</translation>
    </message>
    <message>
        <source>the state dict has an entry that is not name -&gt; tensor (%1 -&gt; %2)</source>
        <translation>das State-Dict hat einen Eintrag, der nicht Name -&gt; Tensor ist (%1 -&gt; %2)</translation>
    </message>
    <message>
        <source>cannot read the checkpoint archive: %1</source>
        <translation>das Checkpoint-Archiv kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>st::Quadrature</name>
    <message>
        <source>Gauss-Legendre needs at least 1 node (got %1)</source>
        <translation>Gauß-Legendre braucht mindestens 1 Stützstelle (erhalten: %1)</translation>
    </message>
    <message>
        <source>the trapezoidal rule needs at least 2 steps (got %1)</source>
        <translation>die Trapezregel braucht mindestens 2 Schritte (erhalten: %1)</translation>
    </message>
    <message>
        <source>Gauss-Legendre needs at least 1 step (got %1)</source>
        <translation>Gauß-Legendre braucht mindestens 1 Schritt (erhalten: %1)</translation>
    </message>
</context>
<context>
    <name>st::QualityMeasures</name>
    <message>
        <source>lossy codec (%1): its artefacts can mask or mimic those of a synthesiser</source>
        <translation>verlustbehafteter Codec (%1): seine Artefakte können die eines Synthesizers verdecken oder nachahmen</translation>
    </message>
    <message>
        <source>band-limited to ~%1 kHz: telephone-band or narrowband codec likely</source>
        <translation>bandbegrenzt auf ~%1 kHz: Telefonband- oder Schmalband-Codec wahrscheinlich</translation>
    </message>
    <message>
        <source>band-limited to ~%1 kHz: a wideband codec (G.722, AMR-WB) or a 16 kHz source likely</source>
        <translation>bandbegrenzt auf ~%1 kHz: ein Breitband-Codec (G.722, AMR-WB) oder eine 16-kHz-Quelle wahrscheinlich</translation>
    </message>
    <message>
        <source>band-limited to ~%1 kHz: possibly decoded from a lossy codec (MP3 and AAC encoders low-pass there) or resampled</source>
        <translation>bandbegrenzt auf ~%1 kHz: möglicherweise aus einem verlustbehafteten Codec dekodiert (MP3- und AAC-Encoder filtern dort per Tiefpass) oder umgetastet</translation>
    </message>
    <message>
        <source>sampled at %1 kHz: narrowband (telephone rate), nothing above %2 kHz can be present</source>
        <translation>abgetastet mit %1 kHz: Schmalband (Telefonrate), nichts über %2 kHz kann vorhanden sein</translation>
    </message>
    <message>
        <source>sampled at %1 kHz: narrowband, nothing above %2 kHz can be present</source>
        <translation>abgetastet mit %1 kHz: Schmalband, nichts über %2 kHz kann vorhanden sein</translation>
    </message>
    <message>
        <source>content reaches only %1 kHz of the %2 kHz a %3 kHz rate allows: upsampled from %4 kHz (or low-pass filtered) likely</source>
        <translation>der Inhalt reicht nur bis %1 kHz der %2 kHz, die eine Rate von %3 kHz erlaubt: von %4 kHz hochgetastet (oder tiefpassgefiltert) wahrscheinlich</translation>
    </message>
    <message>
        <source>content reaches only %1 kHz of the %2 kHz a %3 kHz rate allows: low-pass filtered</source>
        <translation>der Inhalt reicht nur bis %1 kHz der %2 kHz, die eine Rate von %3 kHz erlaubt: tiefpassgefiltert</translation>
    </message>
    <message numerus="yes">
        <source>%n non-finite sample(s) were taken as 0</source>
        <translation>
            <numerusform>%n nicht endliches Sample wurde als 0 genommen</numerusform>
            <numerusform>%n nicht endliche Samples wurden als 0 genommen</numerusform>
        </translation>
    </message>
    <message>
        <source>the selection&apos;s start and end must be numbers of seconds</source>
        <translation>Beginn und Ende der Auswahl müssen Sekundenangaben sein</translation>
    </message>
    <message>
        <source>the selection starts at %1 s, before the start of the recording</source>
        <translation>die Auswahl beginnt bei %1 s, vor dem Anfang der Aufzeichnung</translation>
    </message>
    <message>
        <source>the selection is empty: it ends at %1 s, not after its start at %2 s</source>
        <translation>die Auswahl ist leer: sie endet bei %1 s, nicht nach ihrem Beginn bei %2 s</translation>
    </message>
    <message>
        <source>the selection starts at %1 s, after the end of the recording (%2 s)</source>
        <translation>die Auswahl beginnt bei %1 s, nach dem Ende der Aufzeichnung (%2 s)</translation>
    </message>
    <message>
        <source>the selection %1-%2 s holds no sample</source>
        <translation>die Auswahl %1-%2 s enthält kein Sample</translation>
    </message>
    <message>
        <source>G.711 mu-law, telephone companding</source>
        <translation>G.711 µ-law, Telefon-Kompandierung</translation>
    </message>
    <message>
        <source>G.711 A-law, telephone companding</source>
        <translation>G.711 A-law, Telefon-Kompandierung</translation>
    </message>
    <message>
        <source>GSM 06.10, telephone</source>
        <translation>GSM 06.10, Telefon</translation>
    </message>
    <message>
        <source>G.72x ADPCM, telephone</source>
        <translation>G.72x ADPCM, Telefon</translation>
    </message>
    <message>
        <source>NMS ADPCM, telephone</source>
        <translation>NMS ADPCM, Telefon</translation>
    </message>
    <message>
        <source>cannot measure quality: the sample rate must be positive (it is %1)</source>
        <translation>die Qualität kann nicht gemessen werden: die Abtastrate muss positiv sein (sie ist %1)</translation>
    </message>
    <message>
        <source>measuring the quality</source>
        <translation>Messen der Qualität</translation>
    </message>
    <message>
        <source>measure a shorter selection (--start/--end)</source>
        <translation>messen Sie eine kürzere Auswahl (--start/--end)</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>muss ein Array von Zeichenketten sein</translation>
    </message>
    <message>
        <source>must be an array of [start, end] pairs</source>
        <translation>muss ein Array von Paaren [Beginn, Ende] sein</translation>
    </message>
</context>
<context>
    <name>st::QualityThresholds</name>
    <message>
        <source>quality thresholds are not valid JSON (%1 at offset %2)</source>
        <translation>die Qualitätsschwellenwerte sind kein gültiges JSON (%1 bei Offset %2)</translation>
    </message>
    <message>
        <source>quality thresholds must be a JSON object, e.g. {&quot;minSnrDb&quot;: 15}</source>
        <translation>die Qualitätsschwellenwerte müssen ein JSON-Objekt sein, z. B. {&quot;minSnrDb&quot;: 15}</translation>
    </message>
    <message>
        <source>cannot open the quality thresholds: %1</source>
        <translation>die Qualitätsschwellenwerte können nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>quality thresholds over 1 MB: not a thresholds file</source>
        <translation>Qualitätsschwellenwerte über 1 MB: keine Schwellenwertdatei</translation>
    </message>
</context>
<context>
    <name>st::QualityThresholdsDialog</name>
    <message>
        <source>Quality thresholds of the case</source>
        <translation>Qualitätsschwellenwerte des Falls</translation>
    </message>
    <message>
        <source>Evidence below these limits is flagged in the Case dock and the report. The limits in force are stored with every analysis; a change is logged in the audit log. The default model&apos;s LR needs a bandwidth of at least 3562.5 Hz whatever is set here (docs/quality.md).</source>
        <translation>Beweismittel unterhalb dieser Grenzen werden im Dock Fall und im Bericht markiert. Die geltenden Grenzen werden mit jeder Analyse gespeichert; eine Änderung wird im Prüfprotokoll festgehalten. Der LR des Standardmodells braucht unabhängig von der Einstellung hier eine Bandbreite von mindestens 3562,5 Hz (docs/quality.md).</translation>
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
        <translation>Sprache-Rausch-Verhältnis mindestens</translation>
    </message>
    <message>
        <source>Net speech at least</source>
        <translation>Netto-Sprache mindestens</translation>
    </message>
    <message>
        <source>Clipped samples at most (fraction)</source>
        <translation>Übersteuerte Samples höchstens (Anteil)</translation>
    </message>
    <message>
        <source>|DC offset| at most (full scale)</source>
        <translation>|DC-Offset| höchstens (Vollaussteuerung)</translation>
    </message>
    <message>
        <source>Effective bandwidth at least</source>
        <translation>Effektive Bandbreite mindestens</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Standardwerte</translation>
    </message>
</context>
<context>
    <name>st::QualityVerdict</name>
    <message>
        <source>The selection holds no samples: there is nothing to examine</source>
        <translation>Die Auswahl enthält keine Samples: es gibt nichts zu untersuchen</translation>
    </message>
    <message>
        <source>The recording holds no samples: there is nothing to examine</source>
        <translation>Die Aufzeichnung enthält keine Samples: es gibt nichts zu untersuchen</translation>
    </message>
    <message>
        <source>The selection is digitally silent (every sample is 0): there is no speech to examine</source>
        <translation>Die Auswahl ist digital stumm (jedes Sample ist 0): es gibt keine Sprache zu untersuchen</translation>
    </message>
    <message>
        <source>The recording is digitally silent (every sample is 0): there is no speech to examine</source>
        <translation>Die Aufzeichnung ist digital stumm (jedes Sample ist 0): es gibt keine Sprache zu untersuchen</translation>
    </message>
    <message>
        <source>No speech was found in the selection (net speech 0.0 s; the case requires %1 s)</source>
        <translation>In der Auswahl wurde keine Sprache gefunden (Netto-Sprache 0.0 s; der Fall verlangt %1 s)</translation>
    </message>
    <message>
        <source>No speech was found in the recording (net speech 0.0 s; the case requires %1 s)</source>
        <translation>In der Aufzeichnung wurde keine Sprache gefunden (Netto-Sprache 0.0 s; der Fall verlangt %1 s)</translation>
    </message>
    <message>
        <source>The signal-to-noise ratio cannot be measured: no speech was found</source>
        <translation>Das Signal-Rausch-Verhältnis kann nicht gemessen werden: es wurde keine Sprache gefunden</translation>
    </message>
    <message>
        <source>Net speech is %1 s, below the %2 s the case requires</source>
        <translation>Die Netto-Sprache beträgt %1 s, unter den %2 s, die der Fall verlangt</translation>
    </message>
    <message>
        <source>The signal-to-noise ratio is %1 dB, below the %2 dB the case requires</source>
        <translation>Das Signal-Rausch-Verhältnis beträgt %1 dB, unter den %2 dB, die der Fall verlangt</translation>
    </message>
    <message>
        <source>The signal-to-noise ratio is %1 dB, below the %2 dB the case requires (a lower bound: the selection has no pause to measure the noise in)</source>
        <translation>Das Signal-Rausch-Verhältnis beträgt %1 dB, unter den %2 dB, die der Fall verlangt (eine Untergrenze: die Auswahl hat keine Pause, in der sich das Rauschen messen ließe)</translation>
    </message>
    <message>
        <source>The signal-to-noise ratio is %1 dB, below the %2 dB the case requires (a lower bound: the recording has no pause to measure the noise in)</source>
        <translation>Das Signal-Rausch-Verhältnis beträgt %1 dB, unter den %2 dB, die der Fall verlangt (eine Untergrenze: die Aufzeichnung hat keine Pause, in der sich das Rauschen messen ließe)</translation>
    </message>
    <message>
        <source>The effective bandwidth is %1 Hz, below the %2 Hz the case requires</source>
        <translation>Die effektive Bandbreite beträgt %1 Hz, unter den %2 Hz, die der Fall verlangt</translation>
    </message>
    <message>
        <source>The effective bandwidth cannot be measured (the selection is too short or too quiet: no 512-sample block within 40 dB of its loudest 10 ms); the case requires %1 Hz</source>
        <translation>Die effektive Bandbreite kann nicht gemessen werden (die Auswahl ist zu kurz oder zu leise: kein Block von 512 Samples liegt innerhalb von 40 dB ihrer lautesten 10 ms); der Fall verlangt %1 Hz</translation>
    </message>
    <message>
        <source>The effective bandwidth cannot be measured (the recording is too short or too quiet: no 512-sample block within 40 dB of its loudest 10 ms); the case requires %1 Hz</source>
        <translation>Die effektive Bandbreite kann nicht gemessen werden (die Aufzeichnung ist zu kurz oder zu leise: kein Block von 512 Samples liegt innerhalb von 40 dB ihrer lautesten 10 ms); der Fall verlangt %1 Hz</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the samples of channel %2 are clipped (%n run(s) at full scale, the longest %3 samples = %4 ms), above the %5 the case allows</source>
        <translation>
            <numerusform>%1 der Samples von Kanal %2 sind übersteuert (%n Folge bei Vollaussteuerung, die längste %3 Samples = %4 ms), über den %5, die der Fall zulässt</numerusform>
            <numerusform>%1 der Samples von Kanal %2 sind übersteuert (%n Folgen bei Vollaussteuerung, die längste %3 Samples = %4 ms), über den %5, die der Fall zulässt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the samples are clipped (%n run(s) at full scale, the longest %2 samples = %3 ms), above the %4 the case allows</source>
        <translation>
            <numerusform>%1 der Samples sind übersteuert (%n Folge bei Vollaussteuerung, die längste %2 Samples = %3 ms), über den %4, die der Fall zulässt</numerusform>
            <numerusform>%1 der Samples sind übersteuert (%n Folgen bei Vollaussteuerung, die längste %2 Samples = %3 ms), über den %4, die der Fall zulässt</numerusform>
        </translation>
    </message>
    <message>
        <source>The DC offset is %1%2 of full scale, above the %3 the case allows</source>
        <translation>Der DC-Offset beträgt %1%2 der Vollaussteuerung, über den %3, die der Fall zulässt</translation>
    </message>
    <message>
        <source>Codec: %1</source>
        <translation>Codec: %1</translation>
    </message>
    <message>
        <source>Sample rate: %1</source>
        <translation>Abtastrate: %1</translation>
    </message>
    <message>
        <source>The file: %1</source>
        <translation>Die Datei: %1</translation>
    </message>
</context>
<context>
    <name>st::RecentFilesMenu</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Liste leeren</translation>
    </message>
</context>
<context>
    <name>st::Resampler</name>
    <message>
        <source>cannot resample from %1 Hz to %2 Hz: rates must be positive</source>
        <translation>Umtasten von %1 Hz auf %2 Hz nicht möglich: die Raten müssen positiv sein</translation>
    </message>
    <message>
        <source>resampling from %1 Hz to %2 Hz failed (libsoxr: %3)</source>
        <translation>das Umtasten von %1 Hz auf %2 Hz ist fehlgeschlagen (libsoxr: %3)</translation>
    </message>
    <message>
        <source>resampling failed (libsoxr: %1)</source>
        <translation>das Umtasten ist fehlgeschlagen (libsoxr: %1)</translation>
    </message>
</context>
<context>
    <name>st::SafeApplication</name>
    <message>
        <source>out of memory while handling an event; the last action was abandoned</source>
        <translation>Speicher erschöpft bei der Verarbeitung eines Ereignisses; die letzte Aktion wurde verworfen</translation>
    </message>
    <message>
        <source>an unknown error occurred while handling an event; the last action was abandoned</source>
        <translation>bei der Verarbeitung eines Ereignisses ist ein unbekannter Fehler aufgetreten; die letzte Aktion wurde verworfen</translation>
    </message>
    <message>
        <source>SourceTrace</source>
        <translation>SourceTrace</translation>
    </message>
    <message>
        <source>An action failed and was abandoned; SourceTrace keeps running.

%1</source>
        <translation>Eine Aktion ist fehlgeschlagen und wurde verworfen; SourceTrace läuft weiter.

%1</translation>
    </message>
</context>
<context>
    <name>st::Safetensors</name>
    <message>
        <source>cannot write weights: the tensor name &quot;%1&quot; appears twice</source>
        <translation>Gewichte können nicht geschrieben werden: der Tensorname &quot;%1&quot; kommt zweimal vor</translation>
    </message>
    <message>
        <source>cannot write weights: tensor &quot;%1&quot; has a negative dimension</source>
        <translation>Gewichte können nicht geschrieben werden: Tensor &quot;%1&quot; hat eine negative Dimension</translation>
    </message>
    <message>
        <source>cannot write weights: tensor &quot;%1&quot; has %2 values for a shape of %3</source>
        <translation>Gewichte können nicht geschrieben werden: Tensor &quot;%1&quot; hat %2 Werte für die Form %3</translation>
    </message>
    <message>
        <source>cannot write weights: %1</source>
        <translation>Gewichte können nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot read the weights: %1</source>
        <translation>die Gewichte können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>not a safetensors file: %1 bytes, shorter than its 8-byte header length</source>
        <translation>keine safetensors-Datei: %1 Byte, kürzer als ihre 8 Byte lange Header-Längenangabe</translation>
    </message>
    <message>
        <source>not a safetensors file or truncated: its header claims %1 bytes, the file has %2</source>
        <translation>keine safetensors-Datei oder abgeschnitten: ihr Header gibt %1 Byte an, die Datei hat %2</translation>
    </message>
    <message>
        <source>the safetensors header is not a JSON object (%1)</source>
        <translation>der safetensors-Header ist kein JSON-Objekt (%1)</translation>
    </message>
    <message>
        <source>cannot read the tensor data (%1 of %2 bytes)</source>
        <translation>die Tensordaten können nicht gelesen werden (%1 von %2 Byte)</translation>
    </message>
    <message>
        <source>__metadata__ must be an object of strings</source>
        <translation>__metadata__ muss ein Objekt aus Zeichenketten sein</translation>
    </message>
    <message>
        <source>__metadata__.%1 must be a string</source>
        <translation>__metadata__.%1 muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: its header entry is not an object</source>
        <translation>Tensor &quot;%1&quot;: sein Header-Eintrag ist kein Objekt</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: unsupported dtype &quot;%2&quot;</source>
        <translation>Tensor &quot;%1&quot;: nicht unterstützter dtype &quot;%2&quot;</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: needs a shape array and two data_offsets</source>
        <translation>Tensor &quot;%1&quot;: braucht ein shape-Array und zwei data_offsets</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: a dimension is not a non-negative integer</source>
        <translation>Tensor &quot;%1&quot;: eine Dimension ist keine nicht negative ganze Zahl</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: its shape is too large</source>
        <translation>Tensor &quot;%1&quot;: seine Form ist zu groß</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: data_offsets [%2, %3] lie outside the %4 bytes of data</source>
        <translation>Tensor &quot;%1&quot;: data_offsets [%2, %3] liegen außerhalb der %4 Byte Daten</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: %2 bytes for a shape of %3 %4 values</source>
        <translation>Tensor &quot;%1&quot;: %2 Byte für eine Form von %3 %4-Werten</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: its data are not aligned to its element size</source>
        <translation>Tensor &quot;%1&quot;: seine Daten sind nicht an seiner Elementgröße ausgerichtet</translation>
    </message>
    <message>
        <source>the tensors&apos; data ranges overlap or leave gaps (at byte %1)</source>
        <translation>die Datenbereiche der Tensoren überlappen sich oder lassen Lücken (bei Byte %1)</translation>
    </message>
    <message>
        <source>%1 bytes of data follow the last tensor</source>
        <translation>%1 Byte Daten folgen auf den letzten Tensor</translation>
    </message>
</context>
<context>
    <name>st::SampleSource</name>
    <message>
        <source>channel %1 does not exist (the file has %2)</source>
        <translation>Kanal %1 existiert nicht (die Datei hat %2)</translation>
    </message>
</context>
<context>
    <name>st::ScoreFile</name>
    <message>
        <source>cannot open the score file: %1</source>
        <translation>die Score-Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>unterminated quote in the header</source>
        <translation>nicht geschlossenes Anführungszeichen in der Kopfzeile</translation>
    </message>
    <message>
        <source>the header has two %1 columns (%2 and %3)</source>
        <translation>die Kopfzeile hat zwei %1-Spalten (%2 und %3)</translation>
    </message>
    <message>
        <source>a CSV score file needs a header with &apos;file&apos; and &apos;score&apos; columns</source>
        <translation>eine CSV-Score-Datei benötigt eine Kopfzeile mit den Spalten &apos;file&apos; und &apos;score&apos;</translation>
    </message>
    <message>
        <source>unterminated quote</source>
        <translation>nicht geschlossenes Anführungszeichen</translation>
    </message>
    <message>
        <source>expected %1 comma-separated fields as in the header on line %2, found %3</source>
        <translation>erwartet wurden %1 durch Kommas getrennte Felder wie in der Kopfzeile in Zeile %2, gefunden: %3</translation>
    </message>
    <message>
        <source>expected &apos;file score&apos;, found %1 fields</source>
        <translation>erwartet wurde &apos;file score&apos;, gefunden: %1 Felder</translation>
    </message>
    <message>
        <source>score &apos;%1&apos; is not a finite number</source>
        <translation>Score &apos;%1&apos; ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>empty file name</source>
        <translation>leerer Dateiname</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is scored twice (first on line %2)</source>
        <translation>&apos;%1&apos; hat zwei Scores (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>the score file is empty</source>
        <translation>die Score-Datei ist leer</translation>
    </message>
    <message>
        <source>the score file has a header (line %1) and no rows</source>
        <translation>die Score-Datei hat eine Kopfzeile (Zeile %1) und keine Zeilen</translation>
    </message>
    <message>
        <source>no score for clip &apos;%1&apos; of the protocol</source>
        <translation>kein Score für die Aufnahme &apos;%1&apos; des Protokolls</translation>
    </message>
    <message>
        <source>clip &apos;%1&apos; of the protocol has no exact score line and its base name &apos;%2&apos; matches several scored files: use the protocol&apos;s names</source>
        <translation>Aufnahme &apos;%1&apos; des Protokolls hat keine exakte Score-Zeile, und ihr Basisname &apos;%2&apos; passt auf mehrere bewertete Dateien: verwenden Sie die Namen des Protokolls</translation>
    </message>
    <message>
        <source>the score of &apos;%1&apos; would count for two clips of the protocol (&apos;%2&apos; and &apos;%3&apos;): use the protocol&apos;s names</source>
        <translation>der Score von &apos;%1&apos; würde für zwei Aufnahmen des Protokolls zählen (&apos;%2&apos; und &apos;%3&apos;): verwenden Sie die Namen des Protokolls</translation>
    </message>
</context>
<context>
    <name>st::ScoreFusion</name>
    <message>
        <source>fusion needs at least one detector</source>
        <translation>die Fusion benötigt mindestens einen Detektor</translation>
    </message>
    <message>
        <source>fusion: %1 detector names for %2 score lists</source>
        <translation>Fusion: %1 Detektornamen für %2 Score-Listen</translation>
    </message>
    <message>
        <source>fusion: detector %1 has an empty name</source>
        <translation>Fusion: Detektor %1 hat einen leeren Namen</translation>
    </message>
    <message>
        <source>fusion: detector &apos;%1&apos; is named twice</source>
        <translation>Fusion: Detektor &apos;%1&apos; ist doppelt genannt</translation>
    </message>
    <message>
        <source>fusion: detector &apos;%1&apos; scores %2 trials, &apos;%3&apos; scores %4 (every trial needs every detector)</source>
        <translation>Fusion: Detektor &apos;%1&apos; bewertet %2 Trials, &apos;%3&apos; bewertet %4 (jedes Trial benötigt jeden Detektor)</translation>
    </message>
    <message>
        <source>fusion needs finite scores: detector &apos;%1&apos;, trial %2 is %3</source>
        <translation>die Fusion benötigt endliche Scores: Detektor &apos;%1&apos;, Trial %2 ist %3</translation>
    </message>
    <message>
        <source>fusion prior must lie strictly between 0 and 1, not %1</source>
        <translation>die A-priori-Wahrscheinlichkeit der Fusion muss echt zwischen 0 und 1 liegen, nicht %1</translation>
    </message>
    <message>
        <source>fusion regulariser must be a finite number &gt;= 0, not %1</source>
        <translation>der Regularisierer der Fusion muss eine endliche Zahl &gt;= 0 sein, nicht %1</translation>
    </message>
    <message>
        <source>fusion: %1 labels for %2 trials</source>
        <translation>Fusion: %1 Labels für %2 Trials</translation>
    </message>
    <message>
        <source>fusion needs at least 2 target and 2 non-target trials, not %1 and %2</source>
        <translation>die Fusion benötigt mindestens 2 Ziel- und 2 Nicht-Ziel-Trials, nicht %1 und %2</translation>
    </message>
    <message>
        <source>fusion model takes %1 scores, not %2</source>
        <translation>das Fusionsmodell nimmt %1 Scores, nicht %2</translation>
    </message>
    <message>
        <source>the fusion model fuses detectors %1; missing: %2; not in the model: %3</source>
        <translation>das Fusionsmodell fusioniert die Detektoren %1; fehlend: %2; nicht im Modell: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>fusion model key &apos;%1&apos;: %2</source>
        <translation>Schlüssel &apos;%1&apos; des Fusionsmodells: %2</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>unbekannter Schlüssel</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;</source>
        <translation>erwartet wurde &quot;%1&quot;</translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation>keine endliche Zahl</translation>
    </message>
    <message>
        <source>not a count</source>
        <translation>keine Anzahl</translation>
    </message>
    <message>
        <source>not a string</source>
        <translation>keine Zeichenkette</translation>
    </message>
    <message>
        <source>not an array</source>
        <translation>kein Array</translation>
    </message>
    <message>
        <source>every entry must be a non-empty name</source>
        <translation>jeder Eintrag muss ein nicht leerer Name sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed twice</source>
        <translation>&apos;%1&apos; ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>every entry must be a finite number</source>
        <translation>jeder Eintrag muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>%1 weights for %2 detectors</source>
        <translation>%1 Gewichte für %2 Detektoren</translation>
    </message>
    <message>
        <source>must lie strictly between 0 and 1</source>
        <translation>muss echt zwischen 0 und 1 liegen</translation>
    </message>
    <message>
        <source>must be &gt;= 0</source>
        <translation>muss &gt;= 0 sein</translation>
    </message>
    <message>
        <source>not true/false</source>
        <translation>nicht true/false</translation>
    </message>
    <message>
        <source>the fusion model file exists already (refusing to overwrite it)</source>
        <translation>die Fusionsmodelldatei existiert bereits (sie wird nicht überschrieben)</translation>
    </message>
    <message>
        <source>cannot write the fusion model: %1</source>
        <translation>das Fusionsmodell kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot open the fusion model: %1</source>
        <translation>das Fusionsmodell kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>kein gültiges JSON bei Offset %1: %2</translation>
    </message>
    <message>
        <source>a fusion model is a JSON object</source>
        <translation>ein Fusionsmodell ist ein JSON-Objekt</translation>
    </message>
    <message>
        <source>fusion: %1 detector names for %2 score files</source>
        <translation>Fusion: %1 Detektornamen für %2 Score-Dateien</translation>
    </message>
    <message>
        <source>detector &apos;%1&apos; is given twice</source>
        <translation>Detektor &apos;%1&apos; ist doppelt angegeben</translation>
    </message>
    <message>
        <source>the score of %1 is %2: fusion needs finite scores</source>
        <translation>der Score von %1 ist %2: die Fusion benötigt endliche Scores</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>fusion: the evaluation needs bona fide and spoofed clips (%1 and %2)</source>
        <translation>Fusion: die Evaluierung benötigt Bona-fide- und gefälschte Aufnahmen (%1 und %2)</translation>
    </message>
    <message>
        <source>fusion: the score of detector &apos;%1&apos; is %2</source>
        <translation>Fusion: der Score von Detektor &apos;%1&apos; ist %2</translation>
    </message>
</context>
<context>
    <name>st::ScoreHistogramChart</name>
    <message>
        <source>Score distributions</source>
        <translation>Score-Verteilungen</translation>
    </message>
    <message>
        <source>Score histogram</source>
        <translation>Score-Histogramm</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Dichte</translation>
    </message>
    <message>
        <source>Score distributions: %1</source>
        <translation>Score-Verteilungen: %1</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>non-target</source>
        <translation>Nichtziel</translation>
    </message>
</context>
<context>
    <name>st::ScoreTimelineLayer</name>
    <message>
        <source>No detection yet: choose a model and press Detect</source>
        <translation>Noch keine Erkennung: wählen Sie ein Modell und drücken Sie Erkennen</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>↑ bona fide</source>
        <translation>↑ bona fide</translation>
    </message>
    <message>
        <source>↑ spoof</source>
        <translation>↑ Spoof</translation>
    </message>
    <message>
        <source>↓ spoof</source>
        <translation>↓ Spoof</translation>
    </message>
    <message>
        <source>↓ bona fide</source>
        <translation>↓ bona fide</translation>
    </message>
    <message>
        <source>window %1/%2 %3–%4 s: score %5 (%6)</source>
        <translation>Fenster %1/%2 %3–%4 s: Score %5 (%6)</translation>
    </message>
    <message>
        <source>bona fide side</source>
        <translation>Seite bona fide</translation>
    </message>
    <message>
        <source>spoof side</source>
        <translation>Seite Spoof</translation>
    </message>
    <message>
        <source>Detection score</source>
        <translation>Erkennungsscore</translation>
    </message>
</context>
<context>
    <name>st::ScoringBackend</name>
    <message>
        <source>nothing to enrol: the enrolment set has no sources</source>
        <translation>nichts zu registrieren: die Registrierungsmenge hat keine Quellen</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; has no enrolment embeddings</source>
        <translation>Quelle &apos;%1&apos; hat keine Registrierungs-Embeddings</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; has an embedding of dimension %2, expected %3</source>
        <translation>Quelle &apos;%1&apos; hat ein Embedding der Dimension %2, erwartet %3</translation>
    </message>
    <message>
        <source>%1 scoring: no sources enrolled</source>
        <translation>%1-Bewertung: keine Quellen registriert</translation>
    </message>
    <message>
        <source>%1 scoring: the embedding has dimension %2 but the enrolled sources have %3</source>
        <translation>%1-Bewertung: das Embedding hat die Dimension %2, die registrierten Quellen aber %3</translation>
    </message>
</context>
<context>
    <name>st::Sha256</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>read error after %1 bytes: %2</source>
        <translation>Lesefehler nach %1 Bytes: %2</translation>
    </message>
    <message>
        <source>file changed while hashing (%1 bytes read, %2 expected)</source>
        <translation>die Datei hat sich während des Hashens verändert (%1 Bytes gelesen, %2 erwartet)</translation>
    </message>
</context>
<context>
    <name>st::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Search actions, keys or menus</source>
        <translation>Aktionen, Tasten oder Menüs suchen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Another action has this shortcut too</source>
        <translation>Eine andere Aktion hat ebenfalls dieses Tastenkürzel</translation>
    </message>
    <message>
        <source>Shortcuts in red are used by more than one action.</source>
        <translation>Rot dargestellte Tastenkürzel werden von mehr als einer Aktion verwendet.</translation>
    </message>
    <message>
        <source>Made from the window&apos;s actions. Mouse gestures (wheel zoom, drag to select, Shift+drag to pan) are listed in docs/gui.md.</source>
        <translation>Aus den Aktionen des Fensters erstellt. Mausgesten (Rad-Zoom, Ziehen zum Auswählen, Umschalt+Ziehen zum Schwenken) sind in docs/gui.md aufgeführt.</translation>
    </message>
</context>
<context>
    <name>st::Slurm</name>
    <message>
        <source>no command to run (cluster submit COMMAND ARGS... --shards N)</source>
        <translation>kein Befehl zum Ausführen (cluster submit COMMAND ARGS... --shards N)</translation>
    </message>
    <message>
        <source>--shards must be between 1 and 100000 (got %1)</source>
        <translation>--shards muss zwischen 1 und 100000 liegen (erhalten: %1)</translation>
    </message>
    <message>
        <source>train runs as one job: --shards must be 1 (got %1)</source>
        <translation>train läuft als ein Job: --shards muss 1 sein (erhalten: %1)</translation>
    </message>
    <message>
        <source>--cpus must be between 1 and 4096 (got %1)</source>
        <translation>--cpus muss zwischen 1 und 4096 liegen (erhalten: %1)</translation>
    </message>
    <message>
        <source>--gpus must be between 0 and 64 (got %1)</source>
        <translation>--gpus muss zwischen 0 und 64 liegen (erhalten: %1)</translation>
    </message>
    <message>
        <source>--job-name may hold letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only (got &quot;%1&quot;)</source>
        <translation>--job-name darf nur Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos; enthalten (erhalten: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; cannot go into an #SBATCH line (spaces, quotes, &apos;#&apos; or control characters)</source>
        <translation>--%1 &quot;%2&quot; kann nicht in eine #SBATCH-Zeile aufgenommen werden (Leerzeichen, Anführungszeichen, &apos;#&apos; oder Steuerzeichen)</translation>
    </message>
    <message>
        <source>the path of sourcetrace-cli and the working directory must be known</source>
        <translation>der Pfad von sourcetrace-cli und das Arbeitsverzeichnis müssen bekannt sein</translation>
    </message>
    <message>
        <source>give --shards N to cluster submit, not --shard (each task gets its own)</source>
        <translation>geben Sie cluster submit --shards N an, nicht --shard (jede Task erhält ihr eigenes)</translation>
    </message>
    <message>
        <source>empty array range &quot;%1&quot;</source>
        <translation>leerer Array-Bereich &quot;%1&quot;</translation>
    </message>
    <message>
        <source>not an array range: &quot;%1&quot;</source>
        <translation>kein Array-Bereich: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>sbatch printed no job id (its output: &quot;%1&quot;)</source>
        <translation>sbatch hat keine Job-ID ausgegeben (seine Ausgabe: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>cannot write (%1)</source>
        <translation>kann nicht schreiben (%1)</translation>
    </message>
    <message>
        <source>absent: is %1 a folder written by `sourcetrace-cli cluster submit`?</source>
        <translation>nicht vorhanden: ist %1 ein von `sourcetrace-cli cluster submit` geschriebener Ordner?</translation>
    </message>
    <message>
        <source>cannot read (%1)</source>
        <translation>kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>kein JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>format: not &quot;sourcetrace-cluster-1&quot;</source>
        <translation>format: nicht &quot;sourcetrace-cluster-1&quot;</translation>
    </message>
    <message>
        <source>%1: missing or not a string</source>
        <translation>%1: fehlt oder ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>%1: missing or not an integer in [%2, %3]</source>
        <translation>%1: fehlt oder ist keine ganze Zahl in [%2, %3]</translation>
    </message>
    <message>
        <source>arguments: missing or not an array</source>
        <translation>arguments: fehlt oder ist kein Array</translation>
    </message>
    <message>
        <source>arguments: an element is not a string</source>
        <translation>arguments: ein Element ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>submissions: missing or not an array</source>
        <translation>submissions: fehlt oder ist kein Array</translation>
    </message>
    <message>
        <source>%1: not an object</source>
        <translation>%1: kein Objekt</translation>
    </message>
    <message>
        <source>arrayJob: &quot;%1&quot; is not a Slurm job id</source>
        <translation>arrayJob: &quot;%1&quot; ist keine Slurm-Job-ID</translation>
    </message>
    <message>
        <source>mergeJob: &quot;%1&quot; is not a Slurm job id</source>
        <translation>mergeJob: &quot;%1&quot; ist keine Slurm-Job-ID</translation>
    </message>
    <message>
        <source>array: shard %1 is not below shards (%2)</source>
        <translation>array: Shard %1 liegt nicht unter shards (%2)</translation>
    </message>
    <message>
        <source>not a &quot;%1&quot; line: &quot;%2&quot;</source>
        <translation>keine &quot;%1&quot;-Zeile: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Slurm job id</source>
        <translation>&quot;%1&quot; ist keine Slurm-Job-ID</translation>
    </message>
</context>
<context>
    <name>st::SortedScores</name>
    <message>
        <source>no target scores: a detection metric needs at least one target and one non-target score</source>
        <translation>keine Ziel-Scores: eine Detektionsmetrik benötigt mindestens einen Ziel- und einen Nicht-Ziel-Score</translation>
    </message>
    <message>
        <source>no non-target scores: a detection metric needs at least one target and one non-target score</source>
        <translation>keine Nicht-Ziel-Scores: eine Detektionsmetrik benötigt mindestens einen Ziel- und einen Nicht-Ziel-Score</translation>
    </message>
    <message>
        <source>target score %1 (0-based) is NaN: remove or fix that trial</source>
        <translation>Ziel-Score %1 (ab 0 gezählt) ist NaN: entfernen oder korrigieren Sie dieses Trial</translation>
    </message>
    <message>
        <source>non-target score %1 (0-based) is NaN: remove or fix that trial</source>
        <translation>Nicht-Ziel-Score %1 (ab 0 gezählt) ist NaN: entfernen oder korrigieren Sie dieses Trial</translation>
    </message>
</context>
<context>
    <name>st::SourceLevel</name>
    <message>
        <source>unknown source level &apos;%1&apos; (use attack, acoustic_model, vocoder or codec)</source>
        <translation>unbekannte Quellenebene &apos;%1&apos; (verwenden Sie attack, acoustic_model, vocoder oder codec)</translation>
    </message>
</context>
<context>
    <name>st::SpectralConfig</name>
    <message>
        <source>cannot read the network config: %1</source>
        <translation>die Netzkonfiguration kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>a network config is a small JSON file (at most 1 MiB)</source>
        <translation>eine Netzkonfiguration ist eine kleine JSON-Datei (höchstens 1 MiB)</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>a network config must be a JSON object</source>
        <translation>eine Netzkonfiguration muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>must be an array of 1 to 6 channel counts</source>
        <translation>muss ein Array von 1 bis 6 Kanalzahlen sein</translation>
    </message>
    <message>
        <source>every entry must be an integer in [2, 1024]</source>
        <translation>jeder Eintrag muss eine ganze Zahl in [2, 1024] sein</translation>
    </message>
    <message>
        <source>must be a non-empty array of heads</source>
        <translation>muss ein nicht leeres Array von Heads sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by two heads</source>
        <translation>&quot;%1&quot; wird von zwei Heads verwendet</translation>
    </message>
    <message>
        <source>must be an array of class names</source>
        <translation>muss ein Array von Klassennamen sein</translation>
    </message>
    <message>
        <source>every class name must be a non-empty string</source>
        <translation>jeder Klassenname muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>a head needs at least two classes (it has %1)</source>
        <translation>ein Head braucht mindestens zwei Klassen (er hat %1)</translation>
    </message>
    <message>
        <source>class names must be unique</source>
        <translation>Klassennamen müssen eindeutig sein</translation>
    </message>
    <message>
        <source>ocsoftmax needs exactly two classes (bona fide first)</source>
        <translation>ocsoftmax braucht genau zwei Klassen (bona fide zuerst)</translation>
    </message>
    <message>
        <source>%1 filters need at least as many STFT bins (there are %2)</source>
        <translation>%1 Filter brauchen mindestens ebenso viele STFT-Bins (es gibt %2)</translation>
    </message>
</context>
<context>
    <name>st::SpectralNet</name>
    <message>
        <source>network config: %1 features per frame cannot pass %2 pooling stages (each halves the frequency axis)</source>
        <translation>Netzkonfiguration: %1 Merkmale je Frame können nicht %2 Pooling-Stufen durchlaufen (jede halbiert die Frequenzachse)</translation>
    </message>
    <message>
        <source>%1 (file %2, network [%3])</source>
        <translation>%1 (Datei %2, Netz [%3])</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>fehlend: %1</translation>
    </message>
    <message>
        <source>wrong shape: %1</source>
        <translation>falsche Form: %1</translation>
    </message>
    <message>
        <source>unexpected: %1</source>
        <translation>unerwartet: %1</translation>
    </message>
    <message>
        <source>the weights do not fit the network (%1)</source>
        <translation>die Gewichte passen nicht zum Netz (%1)</translation>
    </message>
    <message>
        <source>forward: all waveforms of a batch must have the same length (%1 and %2 samples)</source>
        <translation>Vorwärtsdurchlauf: alle Wellenformen eines Batches müssen gleich lang sein (%1 und %2 Samples)</translation>
    </message>
    <message>
        <source>forward: a waveform of %1 samples is too short; the model needs at least %2 samples</source>
        <translation>Vorwärtsdurchlauf: eine Wellenform von %1 Samples ist zu kurz; das Modell braucht mindestens %2 Samples</translation>
    </message>
    <message>
        <source>model &quot;%1&quot;: a native-spectral model needs a configFile (the network config JSON)</source>
        <translation>Modell &quot;%1&quot;: ein native-spectral-Modell braucht eine configFile (die JSON-Netzkonfiguration)</translation>
    </message>
    <message>
        <source>model &quot;%1&quot;: classNames (%2) differ from the primary head&apos;s classes in %3 (%4)</source>
        <translation>Modell &quot;%1&quot;: classNames (%2) weichen von den Klassen des primären Heads in %3 ab (%4)</translation>
    </message>
    <message>
        <source>model &quot;%1&quot;: embeddingDim is %2 but the network config gives %3</source>
        <translation>Modell &quot;%1&quot;: embeddingDim ist %2, aber die Netzkonfiguration ergibt %3</translation>
    </message>
</context>
<context>
    <name>st::Spectrogram</name>
    <message>
        <source>spectrogram fftSize must be a power of two from 256 to 8192 (got %1)</source>
        <translation>fftSize des Spektrogramms muss eine Zweierpotenz von 256 bis 8192 sein (erhalten: %1)</translation>
    </message>
    <message>
        <source>spectrogram hop must be at least 1 sample (got %1)</source>
        <translation>hop des Spektrogramms muss mindestens 1 Sample sein (erhalten: %1)</translation>
    </message>
    <message>
        <source>spectrogram melBands must be from 1 to fftSize/2+1 = %1 (got %2)</source>
        <translation>melBands des Spektrogramms muss von 1 bis fftSize/2+1 = %1 reichen (erhalten: %2)</translation>
    </message>
    <message>
        <source>melFilterbank: need 0 &lt;= fmin &lt; fmax (got %1, %2)</source>
        <translation>melFilterbank: benötigt 0 &lt;= fmin &lt; fmax (erhalten: %1, %2)</translation>
    </message>
    <message>
        <source>spectrogram sample rate must be positive (got %1)</source>
        <translation>die Abtastrate des Spektrogramms muss positiv sein (erhalten: %1)</translation>
    </message>
    <message>
        <source>FFTW could not make a plan for an FFT of size %1</source>
        <translation>FFTW konnte keinen Plan für eine FFT der Größe %1 erstellen</translation>
    </message>
</context>
<context>
    <name>st::SpectrogramExport</name>
    <message>
        <source>spectrogram export: the matrix has %1 values, not frames x bins = %2 x %3</source>
        <translation>Spektrogramm-Export: die Matrix hat %1 Werte, nicht Frames x Bins = %2 x %3</translation>
    </message>
    <message>
        <source>spectrogram export: %1 bins, but the parameters give %2</source>
        <translation>Spektrogramm-Export: %1 Bins, aber die Parameter ergeben %2</translation>
    </message>
    <message>
        <source>spectrogram export: sample rate must be positive</source>
        <translation>Spektrogramm-Export: die Abtastrate muss positiv sein</translation>
    </message>
    <message>
        <source>cannot open for writing: %1</source>
        <translation>kann nicht zum Schreiben geöffnet werden: %1</translation>
    </message>
    <message>
        <source>write failed: %1</source>
        <translation>Schreiben fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>could not finish writing: %1</source>
        <translation>Schreiben konnte nicht abgeschlossen werden: %1</translation>
    </message>
</context>
<context>
    <name>st::SpectrogramLayer</name>
    <message>
        <source>%1 Hz (bin %2, centre %3 Hz)</source>
        <translation>%1 Hz (Bin %2, Mitte %3 Hz)</translation>
    </message>
    <message>
        <source>: %1 dB</source>
        <translation>: %1 dB</translation>
    </message>
    <message>
        <source>Spectrogram</source>
        <translation>Spektrogramm</translation>
    </message>
    <message>
        <source>dB auto</source>
        <translation>dB automatisch</translation>
    </message>
</context>
<context>
    <name>st::SpectrogramSettingsPanel</name>
    <message>
        <source>Window length in samples: longer = finer frequency, coarser time.</source>
        <translation>Fensterlänge in Samples: länger = feinere Frequenz, gröbere Zeit.</translation>
    </message>
    <message>
        <source>1/%1 window</source>
        <translation>1/%1 Fenster</translation>
    </message>
    <message>
        <source>Step between analysis frames, as a fraction of the window.</source>
        <translation>Schritt zwischen Analyseframes, als Bruchteil des Fensters.</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Linear</translation>
    </message>
    <message>
        <source>Mel</source>
        <translation>Mel</translation>
    </message>
    <message>
        <source>Fixed dB range</source>
        <translation>Fester dB-Bereich</translation>
    </message>
    <message>
        <source>On: a colour always means the same level, in every file and view.
Off: the ceiling follows the loudest visible value (the range stays).</source>
        <translation>Ein: eine Farbe bedeutet immer denselben Pegel, in jeder Datei und Ansicht.
Aus: die Obergrenze folgt dem lautesten sichtbaren Wert (der Bereich bleibt).</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Fenster:</translation>
    </message>
    <message>
        <source>FFT size:</source>
        <translation>FFT-Größe:</translation>
    </message>
    <message>
        <source>Hop:</source>
        <translation>Hop:</translation>
    </message>
    <message>
        <source>Frequency:</source>
        <translation>Frequenz:</translation>
    </message>
    <message>
        <source>Mel bands:</source>
        <translation>Mel-Bänder:</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Farben:</translation>
    </message>
    <message>
        <source>Floor:</source>
        <translation>Untergrenze:</translation>
    </message>
    <message>
        <source>Ceiling:</source>
        <translation>Obergrenze:</translation>
    </message>
    <message>
        <source>Gain:</source>
        <translation>Verstärkung:</translation>
    </message>
</context>
<context>
    <name>st::SpectrogramTiles</name>
    <message>
        <source>spectrogram tiles: the sample source is not valid (rate %1)</source>
        <translation>Spektrogramm-Kacheln: die Sample-Quelle ist ungültig (Rate %1)</translation>
    </message>
    <message>
        <source>spectrogram tiles: framesPerTile must be at least 1 (got %1)</source>
        <translation>Spektrogramm-Kacheln: framesPerTile muss mindestens 1 sein (erhalten: %1)</translation>
    </message>
</context>
<context>
    <name>st::StopaFingerprintCsv</name>
    <message>
        <source>cannot open the fingerprint CSV: %1</source>
        <translation>die Fingerabdruck-CSV kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>%1 bytes: larger than any fingerprint CSV this reader takes (%2 MiB)</source>
        <translation>%1 Bytes: größer als jede Fingerabdruck-CSV, die dieser Leser annimmt (%2 MiB)</translation>
    </message>
    <message>
        <source>larger than any fingerprint CSV this reader takes (%1 MiB)</source>
        <translation>größer als jede Fingerabdruck-CSV, die dieser Leser annimmt (%1 MiB)</translation>
    </message>
    <message>
        <source>empty file: expected a header &apos;file,0,1,...&apos;</source>
        <translation>leere Datei: erwartet wurde eine Kopfzeile &apos;file,0,1,...&apos;</translation>
    </message>
    <message>
        <source>header must be &apos;file,0,1,...,D-1&apos; (STOPA fingerprint CSV)</source>
        <translation>die Kopfzeile muss &apos;file,0,1,...,D-1&apos; lauten (STOPA-Fingerabdruck-CSV)</translation>
    </message>
    <message>
        <source>header column %1 must be &apos;%2&apos;, not &apos;%3&apos;</source>
        <translation>Kopfzeilenspalte %1 muss &apos;%2&apos; sein, nicht &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1 fields, expected %2 (name and %3 values)</source>
        <translation>%1 Felder, erwartet wurden %2 (Name und %3 Werte)</translation>
    </message>
    <message>
        <source>empty source name in column &apos;file&apos;</source>
        <translation>leerer Quellenname in der Spalte &apos;file&apos;</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; appears twice</source>
        <translation>Quelle &apos;%1&apos; kommt zweimal vor</translation>
    </message>
    <message>
        <source>column %1 (&apos;%2&apos;) is not a finite float32 number</source>
        <translation>Spalte %1 (&apos;%2&apos;) ist keine endliche float32-Zahl</translation>
    </message>
    <message>
        <source>fingerprints of different dimensions cannot share one CSV</source>
        <translation>Fingerabdrücke verschiedener Dimensionen können nicht in einer CSV stehen</translation>
    </message>
    <message>
        <source>source name &apos;%1&apos; cannot be written to a STOPA CSV (no commas, line breaks or empty names; the format has no quoting): rename the source first</source>
        <translation>der Quellenname &apos;%1&apos; kann nicht in eine STOPA-CSV geschrieben werden (keine Kommas, Zeilenumbrüche oder leeren Namen; das Format kennt keine Anführungszeichen): benennen Sie die Quelle zuerst um</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>kann nicht schreiben: %1</translation>
    </message>
</context>
<context>
    <name>st::TippettChart</name>
    <message>
        <source>Tippett plot</source>
        <translation>Tippett-Diagramm</translation>
    </message>
    <message>
        <source>log10 LR (x)</source>
        <translation>log10 LR (x)</translation>
    </message>
    <message>
        <source>Proportion of LRs &gt;= x</source>
        <translation>Anteil der LRs &gt;= x</translation>
    </message>
    <message>
        <source>Tippett plot: %1</source>
        <translation>Tippett-Diagramm: %1</translation>
    </message>
    <message>
        <source>Tippett plot: %1 (uncalibrated scores taken as LLRs)</source>
        <translation>Tippett-Diagramm: %1 (unkalibrierte Scores als LLRs genommen)</translation>
    </message>
    <message>
        <source>target (%1)</source>
        <translation>Ziel (%1)</translation>
    </message>
    <message>
        <source>non-target (%1)</source>
        <translation>Nichtziel (%1)</translation>
    </message>
</context>
<context>
    <name>st::TorchScriptModel</name>
    <message>
        <source>%1 (manifest %2)</source>
        <translation>%1 (Manifest %2)</translation>
    </message>
    <message>
        <source>the model returns a %1 of %2 outputs; the manifest&apos;s %3 &quot;%4&quot; is not an index in it</source>
        <translation>das Modell liefert ein %1 aus %2 Ausgaben; %3 &quot;%4&quot; des Manifests ist kein Index darin</translation>
    </message>
    <message>
        <source>output %1 (%2) is a %3, not a tensor</source>
        <translation>Ausgabe %1 (%2) ist ein %3, kein Tensor</translation>
    </message>
    <message>
        <source>output &quot;%1&quot; (%2) is a %3, not a tensor</source>
        <translation>Ausgabe &quot;%1&quot; (%2) ist ein %3, kein Tensor</translation>
    </message>
    <message>
        <source>the model returns a dict with keys {%1}; the manifest&apos;s %2 &quot;%3&quot; is not one of them</source>
        <translation>das Modell liefert ein Dict mit den Schlüsseln {%1}; %2 &quot;%3&quot; des Manifests ist keiner davon</translation>
    </message>
    <message>
        <source>the model returns a single tensor; a tuple (embedding, logits) or a dict is needed</source>
        <translation>das Modell liefert einen einzelnen Tensor; gebraucht wird ein Tupel (embedding, logits) oder ein Dict</translation>
    </message>
    <message>
        <source>the model returns a %1; a tuple or dict of tensors is needed</source>
        <translation>das Modell liefert ein %1; gebraucht wird ein Tupel oder Dict aus Tensoren</translation>
    </message>
    <message>
        <source>the model failed on an input of shape %1: %2</source>
        <translation>das Modell ist bei einer Eingabe der Form %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the embedding output has shape %1 for a batch of %2, but the manifest declares [%2,%3] (embeddingDim)</source>
        <translation>die Embedding-Ausgabe hat die Form %1 für einen Batch von %2, aber das Manifest gibt [%2,%3] an (embeddingDim)</translation>
    </message>
    <message>
        <source>the logits output has shape %1 for a batch of %2, but the manifest declares [%2,%3] (one per class name)</source>
        <translation>die Logit-Ausgabe hat die Form %1 für einen Batch von %2, aber das Manifest gibt [%2,%3] an (eins je Klassenname)</translation>
    </message>
    <message>
        <source>the manifest&apos;s kind is &quot;%1&quot;, not &quot;torchscript&quot;</source>
        <translation>der Typ im Manifest ist &quot;%1&quot;, nicht &quot;torchscript&quot;</translation>
    </message>
    <message>
        <source>TorchScript file not found</source>
        <translation>TorchScript-Datei nicht gefunden</translation>
    </message>
    <message>
        <source>not a loadable TorchScript file: %1</source>
        <translation>keine ladbare TorchScript-Datei: %1</translation>
    </message>
    <message>
        <source>the embedding is not finite on the test input</source>
        <translation>das Embedding ist bei der Testeingabe nicht endlich</translation>
    </message>
    <message>
        <source>the logits are not finite on the test input</source>
        <translation>die Logits sind bei der Testeingabe nicht endlich</translation>
    </message>
    <message>
        <source>forward() needs waveforms of equal length (got %1 and %2)</source>
        <translation>forward() braucht gleich lange Wellenformen (erhalten: %1 und %2)</translation>
    </message>
    <message>
        <source>forward() got an empty waveform</source>
        <translation>forward() erhielt eine leere Wellenform</translation>
    </message>
</context>
<context>
    <name>st::TraceAnalysis</name>
    <message>
        <source>the embedding holds a non-finite value: no answer for this clip</source>
        <translation>das Embedding enthält einen nicht endlichen Wert: keine Antwort für diese Aufnahme</translation>
    </message>
    <message>
        <source>the %1 score of %2 %3 is not finite (%4): no answer for this clip</source>
        <translation>der %1-Score von %2 %3 ist nicht endlich (%4): keine Antwort für diese Aufnahme</translation>
    </message>
    <message>
        <source>the log LR of %1 %2 is not finite (calibration a %3, b %4): no answer for this clip</source>
        <translation>der Log-LR von %1 %2 ist nicht endlich (Kalibrierung a %3, b %4): keine Antwort für diese Aufnahme</translation>
    </message>
    <message>
        <source>the library is bound to model %1, which is not among the installed models; install its manifest and weights (docs/models.md)</source>
        <translation>die Bibliothek ist an das Modell %1 gebunden, das nicht unter den installierten Modellen ist; installieren Sie sein Manifest und seine Gewichte (docs/models.md)</translation>
    </message>
    <message>
        <source>opening library</source>
        <translation>Bibliothek öffnen</translation>
    </message>
    <message>
        <source>embedding with %1</source>
        <translation>Embedding mit %1</translation>
    </message>
    <message>
        <source>scoring (%1)</source>
        <translation>Scoring (%1)</translation>
    </message>
    <message>
        <source>validated conditions</source>
        <translation>validierte Bedingungen</translation>
    </message>
</context>
<context>
    <name>st::TraceBackend</name>
    <message>
        <source>%1 back-end: parameter %2 must be a number, not &apos;%3&apos;</source>
        <translation>Backend %1: Parameter %2 muss eine Zahl sein, nicht &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1 back-end: unknown parameter &apos;%2&apos; (known: %3)</source>
        <translation>Backend %1: unbekannter Parameter &apos;%2&apos; (bekannt: %3)</translation>
    </message>
    <message>
        <source>knn back-end: k must be at least 1, not %1</source>
        <translation>Backend knn: k muss mindestens 1 sein, nicht %1</translation>
    </message>
    <message>
        <source>the library has no enrolled sources to score against</source>
        <translation>die Bibliothek hat keine registrierten Quellen, gegen die bewertet werden kann</translation>
    </message>
    <message>
        <source>%1 back-end, level %2: %3</source>
        <translation>Backend %1, Ebene %2: %3</translation>
    </message>
    <message>
        <source>%1 back-end: nothing to store (it is not trained; it is fitted when tracing)</source>
        <translation>Backend %1: nichts zu speichern (es ist nicht trainiert; es wird bei der Rückverfolgung angepasst)</translation>
    </message>
    <message>
        <source>%1 back-end: not fitted</source>
        <translation>Backend %1: nicht angepasst</translation>
    </message>
    <message>
        <source>the %1 back-end is trained and this library holds no fit of it: run %2 first</source>
        <translation>das Backend %1 ist trainiert, und diese Bibliothek enthält keine Anpassung davon: führen Sie zuerst %2 aus</translation>
    </message>
    <message>
        <source>the stored %1 fit of level %2 (%3) was trained on other enrolments than the library holds now (sources or clips changed since): run %4 again</source>
        <translation>die gespeicherte %1-Anpassung der Ebene %2 (%3) wurde mit anderen Registrierungen trainiert, als die Bibliothek jetzt enthält (Quellen oder Aufnahmen haben sich seitdem geändert): führen Sie %4 erneut aus</translation>
    </message>
    <message>
        <source>the stored %1 fit of level %2 cannot be used: %3; run %4 again</source>
        <translation>die gespeicherte %1-Anpassung der Ebene %2 kann nicht verwendet werden: %3; führen Sie %4 erneut aus</translation>
    </message>
    <message>
        <source>the stored %1 fit covers no level that has sources now: run %2 again</source>
        <translation>die gespeicherte %1-Anpassung deckt keine Ebene ab, die jetzt Quellen hat: führen Sie %2 erneut aus</translation>
    </message>
    <message>
        <source>%1 back-end: level %2 is not fitted (no sources at that level?)</source>
        <translation>Backend %1: Ebene %2 ist nicht angepasst (keine Quellen auf dieser Ebene?)</translation>
    </message>
    <message>
        <source>unknown scoring back-end &apos;%1&apos; (known: %2)</source>
        <translation>unbekanntes Scoring-Backend &apos;%1&apos; (bekannt: %2)</translation>
    </message>
</context>
<context>
    <name>st::TracePanel</name>
    <message>
        <source>Back-end</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>Kosinus</translation>
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
        <translation>MLP (trainiert)</translation>
    </message>
    <message>
        <source>Siamese, BCE (trained)</source>
        <translation>Siamesisch, BCE (trainiert)</translation>
    </message>
    <message>
        <source>Siamese, contrastive (trained)</source>
        <translation>Siamesisch, kontrastiv (trainiert)</translation>
    </message>
    <message>
        <source>Siamese, zero-shot (trained)</source>
        <translation>Siamesisch, Zero-Shot (trainiert)</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Zurückverfolgen</translation>
    </message>
    <message>
        <source>Level / candidate</source>
        <translation>Ebene / Kandidat</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Open a clip, then Trace (Ctrl+T): against the open library, or the default library when none is open.</source>
        <translation>Öffnen Sie eine Aufnahme, dann Zurückverfolgen (Strg+T): gegen die geöffnete Bibliothek, oder die Standardbibliothek, wenn keine geöffnet ist.</translation>
    </message>
    <message>
        <source>LR withheld: %1</source>
        <translation>LR zurückgehalten: %1</translation>
    </message>
    <message>
        <source>LR %1 (log10 LR %2): %3 that the clip comes from %4 rather than another enrolled source. Calibrated on %5 (%6 target / %7 non-target trials, %8)</source>
        <translation>LR %1 (log10 LR %2): %3, dass die Aufnahme von %4 stammt und nicht von einer anderen registrierten Quelle. Kalibriert auf %5 (%6 Ziel- / %7 Nichtziel-Trials, %8)</translation>
    </message>
    <message>
        <source>unknown source</source>
        <translation>unbekannte Quelle</translation>
    </message>
    <message>
        <source>no LR (the library holds no LR calibration for this level and back-end)</source>
        <translation>kein LR (die Bibliothek enthält keine LR-Kalibrierung für diese Ebene und dieses Backend)</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>kein Grund festgehalten</translation>
    </message>
    <message>
        <source>LR %1 (log10 LR %2) for %3: %4</source>
        <translation>LR %1 (log10 LR %2) für %3: %4</translation>
    </message>
    <message>
        <source>%1 with %2 against the default library (%3 of %4, read-only). Scores: higher = more likely that source.</source>
        <translation>%1 mit %2 gegen die Standardbibliothek (%3 von %4, schreibgeschützt). Scores: höher = wahrscheinlicher diese Quelle.</translation>
    </message>
    <message>
        <source>%1 with %2 against %3 (model %4). Scores: higher = more likely that source.</source>
        <translation>%1 mit %2 gegen %3 (Modell %4). Scores: höher = wahrscheinlicher diese Quelle.</translation>
    </message>
    <message>
        <source>%1
The default library ships with the default model; open or create a library to trace against your own sources.</source>
        <translation>%1
Die Standardbibliothek wird mit dem Standardmodell ausgeliefert; öffnen oder erstellen Sie eine Bibliothek, um gegen Ihre eigenen Quellen zurückzuverfolgen.</translation>
    </message>
    <message>
        <source>   (threshold %1)</source>
        <translation>   (Schwellenwert %1)</translation>
    </message>
    <message>
        <source>   (no threshold)</source>
        <translation>   (kein Schwellenwert)</translation>
    </message>
    <message>
        <source>The best score is at or below the library&apos;s threshold for this level and back-end: the clip&apos;s source is taken to be none of the enrolled ones.</source>
        <translation>Der beste Score liegt auf oder unter dem Schwellenwert der Bibliothek für diese Ebene und dieses Backend: die Quelle der Aufnahme gilt als keine der registrierten.</translation>
    </message>
    <message>
        <source>The best score is above the library&apos;s threshold.</source>
        <translation>Der beste Score liegt über dem Schwellenwert der Bibliothek.</translation>
    </message>
    <message>
        <source>No open-set threshold is stored for this level and back-end (sourcetrace-cli library calibrate): the best candidate is shown.</source>
        <translation>Für diese Ebene und dieses Backend ist kein Open-Set-Schwellenwert gespeichert (sourcetrace-cli library calibrate): der beste Kandidat wird angezeigt.</translation>
    </message>
    <message>
        <source>The clip is outside the conditions the model was validated under:
%1</source>
        <translation>Die Aufnahme liegt außerhalb der Bedingungen, unter denen das Modell validiert wurde:
%1</translation>
    </message>
    <message>
        <source>Likelihood ratio from the logistic-regression calibration stored with the library (protocol %1, SHA-256 %2); verbal scale after ENFSI (2015).</source>
        <translation>Likelihood-Quotient aus der mit der Bibliothek gespeicherten logistischen Regressionskalibrierung (Protokoll %1, SHA-256 %2); verbale Skala nach ENFSI (2015).</translation>
    </message>
    <message>
        <source>The clip is outside the validated conditions of %1: ranking and decisions are shown, likelihood ratios are not:</source>
        <translation>Die Aufnahme liegt außerhalb der validierten Bedingungen von %1: Rangfolge und Entscheidungen werden angezeigt, Likelihood-Quotienten nicht:</translation>
    </message>
</context>
<context>
    <name>st::TrainConfig</name>
    <message>
        <source>run configuration not found</source>
        <translation>Laufkonfiguration nicht gefunden</translation>
    </message>
    <message>
        <source>cannot read the run configuration: %1</source>
        <translation>die Laufkonfiguration kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>a run configuration is a small JSON file (at most 4 MiB)</source>
        <translation>eine Laufkonfiguration ist eine kleine JSON-Datei (höchstens 4 MiB)</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>a run configuration must be a JSON object</source>
        <translation>eine Laufkonfiguration muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>must be an array of heads</source>
        <translation>muss ein Array von Heads sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must name a level (bonafide, attack, acoustic_model, vocoder, codec or a protocol column)</source>
        <translation>muss eine Ebene nennen (bonafide, attack, acoustic_model, vocoder, codec oder eine Protokollspalte)</translation>
    </message>
    <message>
        <source>must be a non-negative integer (or a string of one)</source>
        <translation>muss eine nicht negative ganze Zahl sein (oder eine Zeichenkette mit einer solchen)</translation>
    </message>
    <message>
        <source>must be letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;+&apos; or &apos;-&apos; (it is &quot;%1&quot;)</source>
        <translation>darf nur aus Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;+&apos; oder &apos;-&apos; bestehen (ist &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>is %1 but there are %2 heads</source>
        <translation>ist %1, aber es gibt %2 Heads</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has two heads</source>
        <translation>&quot;%1&quot; hat zwei Heads</translation>
    </message>
    <message>
        <source>ocsoftmax learns bona fide vs spoof: its level must be &quot;bonafide&quot;</source>
        <translation>ocsoftmax lernt bona fide gegen Spoof: seine Ebene muss &quot;bonafide&quot; sein</translation>
    </message>
    <message>
        <source>an AASIST network&apos;s primary head is its out_layer: its loss must be &quot;ce&quot;</source>
        <translation>der primäre Head eines AASIST-Netzes ist sein out_layer: sein Loss muss &quot;ce&quot; sein</translation>
    </message>
    <message>
        <source>must be auto, loss, eer:&lt;head&gt;, accuracy:&lt;head&gt; or pooled-eer:&lt;head&gt; (it is &quot;%1&quot;)</source>
        <translation>muss auto, loss, eer:&lt;head&gt;, accuracy:&lt;head&gt; oder pooled-eer:&lt;head&gt; sein (ist &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>names the head &quot;%1&quot;, which is not trained</source>
        <translation>nennt den Head &quot;%1&quot;, der nicht trainiert wird</translation>
    </message>
</context>
<context>
    <name>st::TrainJob</name>
    <message>
        <source>epoch %1/%2, batch %3/%4, loss %5</source>
        <translation>Epoche %1/%2, Batch %3/%4, Loss %5</translation>
    </message>
    <message>
        <source>epoch %1/%2, validating</source>
        <translation>Epoche %1/%2, Validierung</translation>
    </message>
    <message>
        <source>epoch %1/%2, exporting</source>
        <translation>Epoche %1/%2, Export</translation>
    </message>
    <message>
        <source>epoch %1/%2, %3</source>
        <translation>Epoche %1/%2, %3</translation>
    </message>
    <message>
        <source>%1, about %2 left</source>
        <translation>%1, noch etwa %2</translation>
    </message>
</context>
<context>
    <name>st::TrainedBackends</name>
    <message>
        <source>expected the 6 tensors of a Siamese tower (3 linear layers: encoder.net.{0,2,4}.{weight,bias}), found %1 weight/bias tensors</source>
        <translation>erwartet wurden die 6 Tensoren eines Siamese-Turms (3 lineare Schichten: encoder.net.{0,2,4}.{weight,bias}), gefunden: %1 Gewichts-/Bias-Tensoren</translation>
    </message>
    <message>
        <source>layer %1: expected NAME.weight then NAME.bias, found %2 and %3</source>
        <translation>Schicht %1: erwartet wurde NAME.weight, dann NAME.bias, gefunden: %2 und %3</translation>
    </message>
    <message>
        <source>layer %1 (%2): weight %3 and bias %4 are not a linear layer</source>
        <translation>Schicht %1 (%2): Gewicht %3 und Bias %4 sind keine lineare Schicht</translation>
    </message>
    <message>
        <source>layer %1 (%2) takes %3 inputs but the previous layer gives %4</source>
        <translation>Schicht %1 (%2) nimmt %3 Eingaben, die vorige Schicht liefert aber %4</translation>
    </message>
    <message>
        <source>layer %1 (%2) holds a non-finite weight</source>
        <translation>Schicht %1 (%2) enthält ein nicht endliches Gewicht</translation>
    </message>
    <message>
        <source>%1 back-end: parameter %2 must be a number, not &apos;%3&apos;</source>
        <translation>Backend %1: Parameter %2 muss eine Zahl sein, nicht &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1 back-end: %2 must be a whole number from %3 to %4, not &apos;%5&apos;</source>
        <translation>Backend %1: %2 muss eine ganze Zahl von %3 bis %4 sein, nicht &apos;%5&apos;</translation>
    </message>
    <message>
        <source>%1 back-end: unknown parameter &apos;%2&apos; (known: %3)</source>
        <translation>Backend %1: unbekannter Parameter &apos;%2&apos; (bekannt: %3)</translation>
    </message>
    <message>
        <source>%1 back-end: lr must be positive</source>
        <translation>Backend %1: lr muss positiv sein</translation>
    </message>
    <message>
        <source>%1 back-end: seed must be a whole number of at least 0</source>
        <translation>Backend %1: seed muss eine ganze Zahl von mindestens 0 sein</translation>
    </message>
    <message>
        <source>%1 back-end: margin must be positive</source>
        <translation>Backend %1: margin muss positiv sein</translation>
    </message>
    <message>
        <source>a vector of the state is cut or too long</source>
        <translation>ein Vektor des Zustands ist abgeschnitten oder zu lang</translation>
    </message>
    <message>
        <source>not a trained back-end state</source>
        <translation>kein Zustand eines trainierten Backends</translation>
    </message>
    <message>
        <source>trained back-end state of version %1; this build reads version %2</source>
        <translation>Zustand eines trainierten Backends in Version %1; dieser Build liest Version %2</translation>
    </message>
    <message>
        <source>the state&apos;s header is damaged</source>
        <translation>der Kopf des Zustands ist beschädigt</translation>
    </message>
    <message>
        <source>the state names a layer of %1 units</source>
        <translation>der Zustand nennt eine Schicht mit %1 Einheiten</translation>
    </message>
    <message>
        <source>the state&apos;s network takes %1-d input, its embeddings are %2-d</source>
        <translation>das Netz des Zustands nimmt %1-dimensionale Eingaben, seine Embeddings sind %2-dimensional</translation>
    </message>
    <message>
        <source>the state holds %1 parameters for a network of %2</source>
        <translation>der Zustand enthält %1 Parameter für ein Netz mit %2</translation>
    </message>
    <message>
        <source>the state is cut or has bytes after its end</source>
        <translation>der Zustand ist abgeschnitten oder hat Bytes nach seinem Ende</translation>
    </message>
    <message>
        <source>the state holds a non-finite parameter</source>
        <translation>der Zustand enthält einen nicht endlichen Parameter</translation>
    </message>
    <message>
        <source>%1 back-end: training needs at least 2 sources, the level has %2</source>
        <translation>Backend %1: das Training benötigt mindestens 2 Quellen, die Ebene hat %2</translation>
    </message>
    <message>
        <source>the stored state is of back-end %1, not %2</source>
        <translation>der gespeicherte Zustand gehört zum Backend %1, nicht %2</translation>
    </message>
    <message>
        <source>%1 back-end: the stored fit was trained on sources %2, the level now has %3; fit it again</source>
        <translation>Backend %1: die gespeicherte Anpassung wurde mit den Quellen %2 trainiert, die Ebene hat jetzt %3; passen Sie es erneut an</translation>
    </message>
    <message>
        <source>%1 back-end: the stored fit takes %2-d embeddings, the library&apos;s are %3-d</source>
        <translation>Backend %1: die gespeicherte Anpassung nimmt %2-dimensionale Embeddings, die der Bibliothek sind %3-dimensional</translation>
    </message>
    <message>
        <source>mlp back-end: the stored state does not fit its %1 sources</source>
        <translation>Backend mlp: der gespeicherte Zustand passt nicht zu seinen %1 Quellen</translation>
    </message>
    <message>
        <source>the tower takes %1-d embeddings; the enrolments are %2-d</source>
        <translation>der Turm nimmt %1-dimensionale Embeddings; die Registrierungen sind %2-dimensional</translation>
    </message>
    <message>
        <source>%1 back-end: the stored state is not a Siamese tower of this kind</source>
        <translation>Backend %1: der gespeicherte Zustand ist kein Siamese-Turm dieser Art</translation>
    </message>
    <message>
        <source>%1 back-end: the training loss became %2 at epoch %3 (try a smaller lr)</source>
        <translation>Backend %1: der Trainingsverlust wurde in Epoche %3 zu %2 (versuchen Sie ein kleineres lr)</translation>
    </message>
    <message>
        <source>the state is of back-end %1</source>
        <translation>der Zustand gehört zum Backend %1</translation>
    </message>
    <message>
        <source>the state takes %1-d embeddings, the library&apos;s are %2-d</source>
        <translation>der Zustand nimmt %1-dimensionale Embeddings, die der Bibliothek sind %2-dimensional</translation>
    </message>
    <message>
        <source>the MLP&apos;s standardisation or classes do not match its network</source>
        <translation>Standardisierung oder Klassen des MLP passen nicht zu seinem Netz</translation>
    </message>
    <message>
        <source>the Siamese head does not match its tower</source>
        <translation>der Siamese-Kopf passt nicht zu seinem Turm</translation>
    </message>
</context>
<context>
    <name>st::Trainer</name>
    <message>
        <source>cannot write: %1</source>
        <translation>kann nicht schreiben: %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>not a valid JSON object (%1)</source>
        <translation>kein gültiges JSON-Objekt (%1)</translation>
    </message>
    <message>
        <source>protocols: a training run needs at least one protocol</source>
        <translation>protocols: ein Trainingslauf braucht mindestens ein Protokoll</translation>
    </message>
    <message>
        <source>no training clips</source>
        <translation>keine Trainingsaufnahmen</translation>
    </message>
    <message>
        <source>no validation clips</source>
        <translation>keine Validierungsaufnahmen</translation>
    </message>
    <message>
        <source>heads[%1].level: &quot;%2&quot; is not a level of the protocols</source>
        <translation>heads[%1].level: &quot;%2&quot; ist keine Ebene der Protokolle</translation>
    </message>
    <message numerus="yes">
        <source>heads[%1].level: &quot;%2&quot; has %n class(es) in the protocols; a head needs two or more</source>
        <translation>
            <numerusform>heads[%1].level: &quot;%2&quot; hat in den Protokollen %n Klasse; ein Head braucht zwei oder mehr</numerusform>
            <numerusform>heads[%1].level: &quot;%2&quot; hat in den Protokollen %n Klassen; ein Head braucht zwei oder mehr</numerusform>
        </translation>
    </message>
    <message>
        <source>heads[%1].loss: ocsoftmax needs the level &quot;bonafide&quot;</source>
        <translation>heads[%1].loss: ocsoftmax braucht die Ebene &quot;bonafide&quot;</translation>
    </message>
    <message>
        <source>primaryHead: %1 but there are %2 heads</source>
        <translation>primaryHead: %1, aber es gibt %2 Heads</translation>
    </message>
    <message>
        <source>selectMetric: the detection EER is measured on the &quot;bonafide&quot; head only</source>
        <translation>selectMetric: die Detektions-EER wird nur am Head &quot;bonafide&quot; gemessen</translation>
    </message>
    <message>
        <source>device: &quot;cuda&quot; was asked for, but this LibTorch build has no CUDA or no GPU is present</source>
        <translation>device: &quot;cuda&quot; wurde verlangt, aber dieser LibTorch-Build hat kein CUDA oder es ist keine GPU vorhanden</translation>
    </message>
    <message>
        <source>the checkpoint has %1 classes, the primary head needs %2</source>
        <translation>der Checkpoint hat %1 Klassen, der primäre Head braucht %2</translation>
    </message>
    <message>
        <source>cannot write the training log: %1</source>
        <translation>das Trainingsprotokoll kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot create the checkpoint folder</source>
        <translation>der Checkpoint-Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot move the new checkpoint into place</source>
        <translation>der neue Checkpoint kann nicht an seinen Platz verschoben werden</translation>
    </message>
    <message>
        <source>no complete checkpoint to resume from (the run was stopped before its first epoch ended: start it again)</source>
        <translation>kein vollständiger Checkpoint zum Fortsetzen (der Lauf wurde vor dem Ende seiner ersten Epoche angehalten: starten Sie ihn neu)</translation>
    </message>
    <message>
        <source>the training loss became %1 at epoch %2, batch %3: lower the learning rate or enable gradient clipping</source>
        <translation>der Trainings-Loss wurde in Epoche %2, Batch %3 zu %1: senken Sie die Lernrate oder aktivieren Sie Gradient Clipping</translation>
    </message>
    <message>
        <source>outputDir: a training run needs an output folder</source>
        <translation>outputDir: ein Trainingslauf braucht einen Ausgabeordner</translation>
    </message>
    <message>
        <source>holds another training run (run.json): resume that run, or choose a new folder</source>
        <translation>enthält einen anderen Trainingslauf (run.json): setzen Sie diesen Lauf fort oder wählen Sie einen neuen Ordner</translation>
    </message>
    <message>
        <source>cannot create the run folder</source>
        <translation>der Laufordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>is not a training run folder (no run.json)</source>
        <translation>ist kein Trainingslaufordner (keine run.json)</translation>
    </message>
    <message>
        <source>config: missing</source>
        <translation>config: fehlt</translation>
    </message>
    <message>
        <source>changed since the run started (SHA-256 differs from run.json): a resumed run must see the same data</source>
        <translation>seit dem Start des Laufs geändert (SHA-256 weicht von run.json ab): ein fortgesetzter Lauf muss dieselben Daten sehen</translation>
    </message>
    <message>
        <source>cannot read the training log: %1</source>
        <translation>das Trainingsprotokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 Felder, wo die Kopfzeile %2 hat</translation>
    </message>
    <message>
        <source>column %1: &quot;%2&quot; is not a finite number</source>
        <translation>Spalte %1: &quot;%2&quot; ist keine endliche Zahl</translation>
    </message>
</context>
<context>
    <name>st::TrainingChart</name>
    <message>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <source>Validation: detection EER, accuracy</source>
        <translation>Validierung: EER, Genauigkeit</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoche</translation>
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
        <translation>Gen. %1</translation>
    </message>
    <message>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
</context>
<context>
    <name>st::TrainingData</name>
    <message>
        <source>training data: no protocol given</source>
        <translation>Trainingsdaten: kein Protokoll angegeben</translation>
    </message>
    <message>
        <source>a STOPA trial list pairs trial clips with fingerprints and names no clip labels: training needs a clip protocol (SourceTrace TSV, ASVspoof LA, MLAAD)</source>
        <translation>eine STOPA-Trial-Liste paart Trial-Aufnahmen mit Fingerabdrücken und nennt keine Labels für Aufnahmen: das Training braucht ein Aufnahmeprotokoll (SourceTrace-TSV, ASVspoof LA, MLAAD)</translation>
    </message>
    <message>
        <source>level &apos;%1&apos;: the protocol gives no %2 labels (it labels: %3)</source>
        <translation>Ebene &apos;%1&apos;: das Protokoll gibt keine %2-Labels an (es labelt: %3)</translation>
    </message>
    <message>
        <source>unknown level &apos;%1&apos;: not &apos;bonafide&apos;, a source level (attack, acoustic_model, vocoder, codec) or a column of the protocol (its columns: %2)</source>
        <translation>unbekannte Ebene &apos;%1&apos;: weder &apos;bonafide&apos; noch eine Quellebene (attack, acoustic_model, vocoder, codec) noch eine Spalte des Protokolls (seine Spalten: %2)</translation>
    </message>
    <message>
        <source>level &apos;%1&apos; is asked for twice</source>
        <translation>Ebene &apos;%1&apos; ist zweimal angefordert</translation>
    </message>
    <message>
        <source>clip &apos;%1&apos; (%2) is also listed in %3</source>
        <translation>Aufnahme &apos;%1&apos; (%2) ist auch in %3 aufgeführt</translation>
    </message>
    <message>
        <source>training data: clip index %1 is out of range (%2 clips)</source>
        <translation>Trainingsdaten: Aufnahmeindex %1 liegt außerhalb des Bereichs (%2 Aufnahmen)</translation>
    </message>
    <message>
        <source>training data: level %1 is out of range (%2 levels)</source>
        <translation>Trainingsdaten: Ebene %1 liegt außerhalb des Bereichs (%2 Ebenen)</translation>
    </message>
    <message>
        <source>split by &apos;%1&apos;: the validation fraction must be in (0, 1), not %2</source>
        <translation>Aufteilung nach &apos;%1&apos;: der Validierungsanteil muss in (0, 1) liegen, nicht %2</translation>
    </message>
    <message>
        <source>cannot split by &apos;%1&apos;: the protocol has no such column (its columns: %2)</source>
        <translation>Aufteilung nach &apos;%1&apos; nicht möglich: das Protokoll hat keine solche Spalte (seine Spalten: %2)</translation>
    </message>
    <message numerus="yes">
        <source>cannot split by &apos;%1&apos;: it has %n group(s), at least 2 are needed</source>
        <translation>
            <numerusform>Aufteilung nach &apos;%1&apos; nicht möglich: sie hat %n Gruppe, mindestens 2 werden gebraucht</numerusform>
            <numerusform>Aufteilung nach &apos;%1&apos; nicht möglich: sie hat %n Gruppen, mindestens 2 werden gebraucht</numerusform>
        </translation>
    </message>
    <message>
        <source>epoch order: balance level %1 is out of range (%2 levels)</source>
        <translation>Epochenreihenfolge: Ausgleichsebene %1 liegt außerhalb des Bereichs (%2 Ebenen)</translation>
    </message>
    <message>
        <source>epoch order: no clip has a label at level &apos;%1&apos; to balance over</source>
        <translation>Epochenreihenfolge: keine Aufnahme hat ein Label auf Ebene &apos;%1&apos;, über das ausgeglichen werden könnte</translation>
    </message>
</context>
<context>
    <name>st::TrainingPanel</name>
    <message>
        <source>Training protocols (SourceTrace TSV, ASVspoof 2019/2021 LA, MLAAD)</source>
        <translation>Trainingsprotokolle (SourceTrace-TSV, ASVspoof 2019/2021 LA, MLAAD)</translation>
    </message>
    <message>
        <source>Add...</source>
        <translation>Hinzufügen...</translation>
    </message>
    <message>
        <source>Add training protocols</source>
        <translation>Trainingsprotokolle hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected protocols</source>
        <translation>Die ausgewählten Protokolle entfernen</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>none: split off the training clips</source>
        <translation>keines: von den Trainingsaufnahmen abtrennen</translation>
    </message>
    <message>
        <source>Validation protocol(s), separated by &apos;;&apos;. Empty: a share of the training clips is split off by the &apos;split by&apos; column (never by clip alone).</source>
        <translation>Validierungsprotokoll(e), getrennt durch &apos;;&apos;. Leer: ein Anteil der Trainingsaufnahmen wird nach der Spalte &apos;Aufteilen nach&apos; abgetrennt (nie nach einzelner Aufnahme).</translation>
    </message>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <source>Choose a validation protocol</source>
        <translation>Ein Validierungsprotokoll wählen</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Protocol column whose groups never straddle training and validation (text = the sentence, speaker)</source>
        <translation>Protokollspalte, deren Gruppen nie zugleich in Training und Validierung liegen (text = der Satz, speaker)</translation>
    </message>
    <message>
        <source>Share of the clips split off for validation</source>
        <translation>Anteil der für die Validierung abgetrennten Aufnahmen</translation>
    </message>
    <message>
        <source>share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Split by</source>
        <translation>Aufteilen nach</translation>
    </message>
    <message>
        <source>each protocol&apos;s folder</source>
        <translation>der Ordner des jeweiligen Protokolls</translation>
    </message>
    <message>
        <source>Choose the folder the protocols&apos; clip paths are relative to</source>
        <translation>Den Ordner wählen, auf den sich die Aufnahmepfade der Protokolle beziehen</translation>
    </message>
    <message>
        <source>Clip root</source>
        <translation>Wurzel der Aufnahmen</translation>
    </message>
    <message>
        <source>Add a protocol to see its levels and clips.</source>
        <translation>Fügen Sie ein Protokoll hinzu, um seine Ebenen und Aufnahmen zu sehen.</translation>
    </message>
    <message>
        <source>The model&apos;s name in the model chooser (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;+&apos;, &apos;-&apos;)</source>
        <translation>Der Name des Modells in der Modellauswahl (Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;+&apos;, &apos;-&apos;)</translation>
    </message>
    <message>
        <source>Model name</source>
        <translation>Modellname</translation>
    </message>
    <message>
        <source>a new, empty folder</source>
        <translation>ein neuer, leerer Ordner</translation>
    </message>
    <message>
        <source>Where the run writes run.json, log.csv, its checkpoint and the model</source>
        <translation>Wohin der Lauf run.json, log.csv, seinen Checkpoint und das Modell schreibt</translation>
    </message>
    <message>
        <source>Choose the run folder</source>
        <translation>Den Laufordner wählen</translation>
    </message>
    <message>
        <source>Run folder</source>
        <translation>Laufordner</translation>
    </message>
    <message>
        <source>Load settings...</source>
        <translation>Einstellungen laden...</translation>
    </message>
    <message>
        <source>Read a run configuration (JSON) into the form</source>
        <translation>Eine Laufkonfiguration (JSON) in das Formular einlesen</translation>
    </message>
    <message>
        <source>Save settings...</source>
        <translation>Einstellungen speichern...</translation>
    </message>
    <message>
        <source>Write the form as a run configuration (JSON), for sourcetrace-cli train --config</source>
        <translation>Das Formular als Laufkonfiguration (JSON) schreiben, für sourcetrace-cli train --config</translation>
    </message>
    <message>
        <source>spectral (LFCC + light CNN, fast)</source>
        <translation>spektral (LFCC + leichtes CNN, schnell)</translation>
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
        <translation>Architektur</translation>
    </message>
    <message>
        <source>none: train from scratch</source>
        <translation>keiner: von Grund auf trainieren</translation>
    </message>
    <message>
        <source>AASIST: a published checkpoint (.pth) or safetensors to fine-tune from</source>
        <translation>AASIST: ein veröffentlichter Checkpoint (.pth) oder safetensors zum Feinabstimmen</translation>
    </message>
    <message>
        <source>Choose a checkpoint to fine-tune</source>
        <translation>Einen Checkpoint zum Feinabstimmen wählen</translation>
    </message>
    <message>
        <source>Fine-tune from</source>
        <translation>Feinabstimmen von</translation>
    </message>
    <message>
        <source>Spectral network: output channels of each stage (1 to 6 stages)</source>
        <translation>Spektrales Netz: Ausgabekanäle jeder Stufe (1 bis 6 Stufen)</translation>
    </message>
    <message>
        <source>Spectral network: embedding size</source>
        <translation>Spektrales Netz: Embedding-Größe</translation>
    </message>
    <message>
        <source>embedding</source>
        <translation>Embedding</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>One head per level it learns; the primary head&apos;s scores are the model&apos;s scores (the first head, unless loaded settings name another with primaryHead)</source>
        <translation>Ein Kopf je gelernter Ebene; die Scores des primären Kopfes sind die Scores des Modells (der erste Kopf, sofern geladene Einstellungen nicht mit primaryHead einen anderen nennen)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a head (the next level not trained yet)</source>
        <translation>Einen Kopf hinzufügen (die nächste noch nicht trainierte Ebene)</translation>
    </message>
    <message>
        <source>Remove the selected heads</source>
        <translation>Die ausgewählten Köpfe entfernen</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Alle Ebenen</translation>
    </message>
    <message>
        <source>One ce head per level of the protocols</source>
        <translation>Ein ce-Kopf je Ebene der Protokolle</translation>
    </message>
    <message>
        <source>Heads</source>
        <translation>Köpfe</translation>
    </message>
    <message>
        <source>Draw every class of this level equally often</source>
        <translation>Jede Klasse dieser Ebene gleich oft ziehen</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Ausgleichen</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Augmentierung</translation>
    </message>
    <message>
        <source>Augment training clips</source>
        <translation>Trainingsaufnahmen augmentieren</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>1: convolutive noise</source>
        <translation>1: konvolutives Rauschen</translation>
    </message>
    <message>
        <source>2: impulsive noise</source>
        <translation>2: impulsives Rauschen</translation>
    </message>
    <message>
        <source>3: stationary noise</source>
        <translation>3: stationäres Rauschen</translation>
    </message>
    <message>
        <source>4: 1 + 2 + 3 in series</source>
        <translation>4: 1 + 2 + 3 in Serie</translation>
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
        <translation>8: 1 und 2 parallel</translation>
    </message>
    <message>
        <source>RawBoost (Tak et al., ICASSP 2022); its other settings come from a loaded configuration (docs/training.md)</source>
        <translation>RawBoost (Tak et al., ICASSP 2022); seine übrigen Einstellungen stammen aus einer geladenen Konfiguration (docs/training.md)</translation>
    </message>
    <message>
        <source>RawBoost</source>
        <translation>RawBoost</translation>
    </message>
    <message>
        <source>Chance of additive noise (SNR drawn in the configuration&apos;s range)</source>
        <translation>Wahrscheinlichkeit additiven Rauschens (SNR aus dem Bereich der Konfiguration gezogen)</translation>
    </message>
    <message>
        <source>Noise probability</source>
        <translation>Rauschwahrscheinlichkeit</translation>
    </message>
    <message>
        <source>RegMixup (clean CE + mixup CE)</source>
        <translation>RegMixup (sauberes CE + Mixup-CE)</translation>
    </message>
    <message>
        <source>Optimisation</source>
        <translation>Optimierung</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>LibTorch threads</source>
        <translation>LibTorch-Threads</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>Ausschnitt</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Data and run</source>
        <translation>Daten und Lauf</translation>
    </message>
    <message>
        <source>Network and heads</source>
        <translation>Netz und Köpfe</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Train a new model with these settings</source>
        <translation>Ein neues Modell mit diesen Einstellungen trainieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Write a checkpoint and stop (Resume continues)</source>
        <translation>Einen Checkpoint schreiben und anhalten (Fortsetzen setzt fort)</translation>
    </message>
    <message>
        <source>Resume...</source>
        <translation>Fortsetzen...</translation>
    </message>
    <message>
        <source>Continue a run folder from its last checkpoint</source>
        <translation>Einen Laufordner ab seinem letzten Checkpoint fortsetzen</translation>
    </message>
    <message>
        <source>Open run...</source>
        <translation>Lauf öffnen...</translation>
    </message>
    <message>
        <source>Show the curves and settings of a run folder</source>
        <translation>Die Kurven und Einstellungen eines Laufordners zeigen</translation>
    </message>
    <message>
        <source>A level of the protocols, or any protocol column (speaker, ...)</source>
        <translation>Eine Ebene der Protokolle oder eine beliebige Protokollspalte (speaker, ...)</translation>
    </message>
    <message>
        <source>ce: softmax cross-entropy; aam: additive angular margin; ocsoftmax: one-class (bona fide only); ge2e: generalised end-to-end</source>
        <translation>ce: Softmax-Kreuzentropie; aam: additiver Winkelabstand; ocsoftmax: Ein-Klassen (nur bona fide); ge2e: generalisiert End-to-End</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Training settings</source>
        <translation>Trainingseinstellungen</translation>
    </message>
    <message>
        <source>Settings read from %1</source>
        <translation>Einstellungen aus %1 gelesen</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: nicht schreibbar (%2)</translation>
    </message>
    <message>
        <source>Settings written to %1</source>
        <translation>Einstellungen nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Read training protocols</source>
        <translation>Trainingsprotokolle einlesen</translation>
    </message>
    <message>
        <source>Training protocol</source>
        <translation>Trainingsprotokoll</translation>
    </message>
    <message>
        <source>training settings</source>
        <translation>Trainingseinstellungen</translation>
    </message>
    <message>
        <source>%1: network.channels: &quot;%2&quot; is not a list of positive whole numbers</source>
        <translation>%1: network.channels: &quot;%2&quot; ist keine Liste positiver ganzer Zahlen</translation>
    </message>
    <message>
        <source>%1: protocols: add at least one training protocol</source>
        <translation>%1: protocols: fügen Sie mindestens ein Trainingsprotokoll hinzu</translation>
    </message>
    <message>
        <source>%1: outputDir: choose a run folder</source>
        <translation>%1: outputDir: wählen Sie einen Laufordner</translation>
    </message>
    <message>
        <source>%1: name: a model named &quot;%2&quot; is already offered (%3); choose another model name</source>
        <translation>%1: name: ein Modell namens &quot;%2&quot; wird bereits angeboten (%3); wählen Sie einen anderen Modellnamen</translation>
    </message>
    <message>
        <source>Train %1</source>
        <translation>%1 trainieren</translation>
    </message>
    <message>
        <source>Resume training</source>
        <translation>Training fortsetzen</translation>
    </message>
    <message>
        <source>%1: is not a training run folder (no run.json)</source>
        <translation>%1: ist kein Trainingslaufordner (keine run.json)</translation>
    </message>
    <message>
        <source>Resume training in %1</source>
        <translation>Training in %1 fortsetzen</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>starte</translation>
    </message>
    <message>
        <source>Training into %1</source>
        <translation>Training nach %1</translation>
    </message>
    <message>
        <source>writing a checkpoint and stopping...</source>
        <translation>schreibe einen Checkpoint und halte an...</translation>
    </message>
    <message>
        <source>The run finished (model in %1) but could not be added to the model chooser: %2</source>
        <translation>Der Lauf ist fertig (Modell in %1), konnte aber nicht zur Modellauswahl hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>done: best epoch %1 of %2</source>
        <translation>fertig: beste Epoche %1 von %2</translation>
    </message>
    <message>
        <source>Model &quot;%1&quot; is in the model chooser; its files are in %2 (run folder %3)</source>
        <translation>Modell &quot;%1&quot; steht in der Modellauswahl; seine Dateien liegen in %2 (Laufordner %3)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Stopped: the checkpoint is in %1 (Resume continues the run)</source>
        <translation>Angehalten: der Checkpoint liegt in %1 (Fortsetzen setzt den Lauf fort)</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: cannot create the model folder</source>
        <translation>%1: der Modellordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: cannot copy to %2</source>
        <translation>%1: kann nicht nach %2 kopiert werden</translation>
    </message>
    <message>
        <source>%1: cannot rename to %2</source>
        <translation>%1: kann nicht in %2 umbenannt werden</translation>
    </message>
    <message>
        <source>Open run</source>
        <translation>Lauf öffnen</translation>
    </message>
    <message>
        <source>%1: is not a training run folder (no run.json, no epochs logged)</source>
        <translation>%1: ist kein Trainingslaufordner (keine run.json, keine Epochen protokolliert)</translation>
    </message>
    <message>
        <source>%1 epochs logged, best epoch %2</source>
        <translation>%1 Epochen protokolliert, beste Epoche %2</translation>
    </message>
    <message>
        <source>%1 epochs logged</source>
        <translation>%1 Epochen protokolliert</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>Protocols (*.tsv *.txt *.csv);;All files (*)</source>
        <translation>Protokolle (*.tsv *.txt *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Validation protocol</source>
        <translation>Validierungsprotokoll</translation>
    </message>
    <message>
        <source>Run folder (a new, empty folder)</source>
        <translation>Laufordner (ein neuer, leerer Ordner)</translation>
    </message>
    <message>
        <source>Checkpoint to fine-tune</source>
        <translation>Checkpoint zum Feinabstimmen</translation>
    </message>
    <message>
        <source>Checkpoints (*.pth *.pt *.safetensors);;All files (*)</source>
        <translation>Checkpoints (*.pth *.pt *.safetensors);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Load training settings</source>
        <translation>Trainingseinstellungen laden</translation>
    </message>
    <message>
        <source>Run configuration (*.json);;All files (*)</source>
        <translation>Laufkonfiguration (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save training settings</source>
        <translation>Trainingseinstellungen speichern</translation>
    </message>
    <message>
        <source>Run configuration (*.json)</source>
        <translation>Laufkonfiguration (*.json)</translation>
    </message>
    <message>
        <source>Resume the run in</source>
        <translation>Den Lauf fortsetzen in</translation>
    </message>
    <message>
        <source>Open a run folder</source>
        <translation>Einen Laufordner öffnen</translation>
    </message>
</context>
<context>
    <name>st::ValidatedConditions</name>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>not a JSON object (%1 at offset %2)</source>
        <translation>kein JSON-Objekt (%1 bei Offset %2)</translation>
    </message>
    <message>
        <source>must be 1</source>
        <translation>muss 1 sein</translation>
    </message>
    <message>
        <source>a and b are both required</source>
        <translation>a und b sind beide erforderlich</translation>
    </message>
    <message>
        <source>must be a file name beside validity.json, not a path</source>
        <translation>muss ein Dateiname neben validity.json sein, kein Pfad</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>kann nicht schreiben: %1</translation>
    </message>
    <message>
        <source>feature_bank must be a non-empty 2-D tensor</source>
        <translation>feature_bank muss ein nicht leerer 2-D-Tensor sein</translation>
    </message>
    <message>
        <source>feature_bank row %1 is zero or not finite</source>
        <translation>feature_bank-Zeile %1 ist null oder nicht endlich</translation>
    </message>
    <message>
        <source>has no feature_bank tensor</source>
        <translation>hat keinen feature_bank-Tensor</translation>
    </message>
    <message>
        <source>the embedding has %1 values, the feature bank %2</source>
        <translation>das Embedding hat %1 Werte, die Merkmalsbank %2</translation>
    </message>
</context>
<context>
    <name>st::ValidityVerdict</name>
    <message>
        <source>the clip lasts %1 s, shorter than the shortest validated duration (%2 s)</source>
        <translation>die Aufnahme dauert %1 s, kürzer als die kürzeste validierte Dauer (%2 s)</translation>
    </message>
    <message>
        <source>its bandwidth is %1 Hz, narrower than the narrowest validated bandwidth (%2 Hz)</source>
        <translation>ihre Bandbreite beträgt %1 Hz, schmaler als die schmalste validierte Bandbreite (%2 Hz)</translation>
    </message>
    <message>
        <source>its codec (%1) was never trained on (validated: %2)</source>
        <translation>mit ihrem Codec (%1) wurde nie trainiert (validiert: %2)</translation>
    </message>
    <message>
        <source>its in-distribution score (kNN cosine %1) is below the validated range (lowest %2): unlike the training material</source>
        <translation>ihr In-Distribution-Score (kNN-Kosinus %1) liegt unter dem validierten Bereich (niedrigster Wert %2): dem Trainingsmaterial unähnlich</translation>
    </message>
</context>
<context>
    <name>st::VerbalScale</name>
    <message>
        <source>no support for either proposition</source>
        <translation>keine Unterstützung für eine der beiden Hypothesen</translation>
    </message>
    <message>
        <source>weak support for the proposition</source>
        <translation>schwache Unterstützung der Hypothese</translation>
    </message>
    <message>
        <source>moderate support for the proposition</source>
        <translation>mäßige Unterstützung der Hypothese</translation>
    </message>
    <message>
        <source>moderately strong support for the proposition</source>
        <translation>mittelstarke Unterstützung der Hypothese</translation>
    </message>
    <message>
        <source>strong support for the proposition</source>
        <translation>starke Unterstützung der Hypothese</translation>
    </message>
    <message>
        <source>very strong support for the proposition</source>
        <translation>sehr starke Unterstützung der Hypothese</translation>
    </message>
    <message>
        <source>extremely strong support for the proposition</source>
        <translation>extrem starke Unterstützung der Hypothese</translation>
    </message>
    <message>
        <source>weak support for the alternative proposition</source>
        <translation>schwache Unterstützung der Alternativhypothese</translation>
    </message>
    <message>
        <source>moderate support for the alternative proposition</source>
        <translation>mäßige Unterstützung der Alternativhypothese</translation>
    </message>
    <message>
        <source>moderately strong support for the alternative proposition</source>
        <translation>mittelstarke Unterstützung der Alternativhypothese</translation>
    </message>
    <message>
        <source>strong support for the alternative proposition</source>
        <translation>starke Unterstützung der Alternativhypothese</translation>
    </message>
    <message>
        <source>very strong support for the alternative proposition</source>
        <translation>sehr starke Unterstützung der Alternativhypothese</translation>
    </message>
    <message>
        <source>extremely strong support for the alternative proposition</source>
        <translation>extrem starke Unterstützung der Alternativhypothese</translation>
    </message>
</context>
<context>
    <name>st::ViewExporter</name>
    <message>
        <source>could not write the PNG image (check the folder exists and is writable)</source>
        <translation>das PNG-Bild konnte nicht geschrieben werden (prüfen Sie, ob der Ordner existiert und beschreibbar ist)</translation>
    </message>
    <message>
        <source>could not write the SVG file (check the folder exists and is writable)</source>
        <translation>die SVG-Datei konnte nicht geschrieben werden (prüfen Sie, ob der Ordner existiert und beschreibbar ist)</translation>
    </message>
</context>
<context>
    <name>st::WaveformLayer</name>
    <message>
        <source>sample %1 = %2 (%3)</source>
        <translation>Sample %1 = %2 (%3)</translation>
    </message>
    <message>
        <source>about min %1 / max %2 (provisional: from probes, a peak may be missed)</source>
        <translation>etwa min %1 / max %2 (vorläufig: aus Stichproben, eine Spitze kann fehlen)</translation>
    </message>
    <message>
        <source>amplitude: not summarised yet</source>
        <translation>Amplitude: noch nicht zusammengefasst</translation>
    </message>
    <message>
        <source>min %1 / max %2 (peak %3)</source>
        <translation>min %1 / max %2 (Spitze %3)</translation>
    </message>
    <message>
        <source>Waveform</source>
        <translation>Wellenform</translation>
    </message>
</context>
<context>
    <name>st::WithheldLrBox</name>
    <message>
        <source>Likelihood ratio withheld</source>
        <translation>Likelihood-Quotient zurückgehalten</translation>
    </message>
</context>
<context>
    <name>st::ZipDirectory</name>
    <message>
        <source>not a valid zip archive: %1</source>
        <translation>kein gültiges Zip-Archiv: %1</translation>
    </message>
    <message>
        <source>too short (%1 bytes) to hold a zip directory</source>
        <translation>zu kurz (%1 Byte) für ein Zip-Verzeichnis</translation>
    </message>
    <message>
        <source>no end-of-directory record (the file is cut short or is not a zip)</source>
        <translation>kein Verzeichnisende-Eintrag (die Datei ist abgeschnitten oder kein Zip)</translation>
    </message>
    <message>
        <source>a zip64 archive without its zip64 locator</source>
        <translation>ein zip64-Archiv ohne seinen zip64-Locator</translation>
    </message>
    <message>
        <source>the zip64 directory record lies outside the file</source>
        <translation>der zip64-Verzeichniseintrag liegt außerhalb der Datei</translation>
    </message>
    <message>
        <source>the directory (%1 bytes at offset %2) lies outside the file of %3 bytes</source>
        <translation>das Verzeichnis (%1 Byte bei Offset %2) liegt außerhalb der Datei von %3 Byte</translation>
    </message>
    <message>
        <source>the directory claims %1 entries in %2 bytes</source>
        <translation>das Verzeichnis gibt %1 Einträge in %2 Byte an</translation>
    </message>
    <message>
        <source>directory entry %1 is damaged</source>
        <translation>Verzeichniseintrag %1 ist beschädigt</translation>
    </message>
    <message>
        <source>directory entry %1 runs past the directory</source>
        <translation>Verzeichniseintrag %1 reicht über das Verzeichnis hinaus</translation>
    </message>
    <message>
        <source>entry %1 points outside the file</source>
        <translation>Eintrag %1 zeigt außerhalb der Datei</translation>
    </message>
    <message>
        <source>the archive&apos;s directory has no record %1</source>
        <translation>das Verzeichnis des Archivs hat keinen Eintrag %1</translation>
    </message>
    <message>
        <source>record %1 holds %2 bytes, its directory says %3: the file is damaged</source>
        <translation>Eintrag %1 enthält %2 Byte, sein Verzeichnis gibt %3 an: die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>record %1 fails its CRC-32 check (%2, the archive says %3): the file is damaged or was altered</source>
        <translation>Eintrag %1 besteht seine CRC-32-Prüfung nicht (%2, das Archiv gibt %3 an): die Datei ist beschädigt oder wurde verändert</translation>
    </message>
    <message>
        <source>record %1: its local header is damaged</source>
        <translation>Eintrag %1: sein lokaler Header ist beschädigt</translation>
    </message>
    <message>
        <source>record %1 runs past the end of the file: the file is cut short</source>
        <translation>Eintrag %1 reicht über das Dateiende hinaus: die Datei ist abgeschnitten</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>checking the archive</source>
        <translation>die Prüfung des Archivs</translation>
    </message>
    <message>
        <source>could not read the whole file (%1 of %2 bytes)</source>
        <translation>die Datei konnte nicht vollständig gelesen werden (%1 von %2 Byte)</translation>
    </message>
</context>
</TS>
