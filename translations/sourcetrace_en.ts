<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>bona fide mean feature of %n clip(s) (%1, SHA-256 %2)</source>
        <translation>
            <numerusform>bona fide mean feature of %n clip (%1, SHA-256 %2)</numerusform>
            <numerusform>bona fide mean feature of %n clips (%1, SHA-256 %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>st::AnnotationCsv</name>
    <message numerus="yes">
        <source>... and %n more bad row(s)</source>
        <translation>
            <numerusform>... and %n more bad row</numerusform>
            <numerusform>... and %n more bad rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>st::AnnotationPanel</name>
    <message numerus="yes">
        <source>Add the %n annotation(s) made before this clip was in the case</source>
        <translation>
            <numerusform>Add the %n annotation made before this clip was in the case</numerusform>
            <numerusform>Add the %n annotations made before this clip was in the case</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stored %n session annotation(s) in the case.</source>
        <translation>
            <numerusform>Stored %n session annotation in the case.</numerusform>
            <numerusform>Stored %n session annotations in the case.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>st::AudioFile</name>
    <message numerus="yes">
        <source>channel %1 does not exist (the file has %n channel(s))</source>
        <translation>
            <numerusform>channel %1 does not exist (the file has %n channel)</numerusform>
            <numerusform>channel %1 does not exist (the file has %n channels)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>st::CaseFile</name>
    <message numerus="yes">
        <source>%n bad row(s), nothing was imported:</source>
        <translation>
            <numerusform>%n bad row, nothing was imported:</numerusform>
            <numerusform>%n bad rows, nothing was imported:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>st::CaseSummary</name>
    <message numerus="yes">
        <source>passed, %n warning(s)</source>
        <translation>
            <numerusform>passed, %n warning</numerusform>
            <numerusform>passed, %n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>st::EnrolClipsDialog</name>
    <message numerus="yes">
        <source>Enrol %n clip(s)</source>
        <translation>
            <numerusform>Enrol %n clip</numerusform>
            <numerusform>Enrol %n clips</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>st::EvaluationTrace</name>
    <message numerus="yes">
        <source>attack &apos;%1&apos; has %n clip(s): a known attack needs at least 2 (enrolment and test)</source>
        <translation>
            <numerusform>attack &apos;%1&apos; has %n clip: a known attack needs at least 2 (enrolment and test)</numerusform>
            <numerusform>attack &apos;%1&apos; has %n clips: a known attack needs at least 2 (enrolment and test)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>st::ExplainPanel</name>
    <message numerus="yes">
        <source>
%n jump(s) of the model located and attributed (%1 of the change)</source>
        <translation>
            <numerusform>
%n jump of the model located and attributed (%1 of the change)</numerusform>
            <numerusform>
%n jumps of the model located and attributed (%1 of the change)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
%n jump(s) of the model not attributed (%1 of the change)</source>
        <translation>
            <numerusform>
%n jump of the model not attributed (%1 of the change)</numerusform>
            <numerusform>
%n jumps of the model not attributed (%1 of the change)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of the model&apos;s choices could not be located and stay in the gap</source>
        <translation>
            <numerusform>%n change of the model&apos;s choices could not be located and stay in the gap</numerusform>
            <numerusform>%n changes of the model&apos;s choices could not be located and stay in the gap</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>st::FingerprintLibrary</name>
    <message numerus="yes">
        <source>refusing to write into a damaged library: %1 (and %n more); `sourcetrace-cli library verify %2` lists the problems</source>
        <translation>
            <numerusform>refusing to write into a damaged library: %1 (and %n more); `sourcetrace-cli library verify %2` lists the problems</numerusform>
            <numerusform>refusing to write into a damaged library: %1 (and %n more); `sourcetrace-cli library verify %2` lists the problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>st::ModelRunner</name>
    <message numerus="yes">
        <source>too short to judge: %n sample(s) (%1 ms) at %2 Hz; model %3 needs at least %4 (0.1 s)</source>
        <translation>
            <numerusform>too short to judge: %n sample (%1 ms) at %2 Hz; model %3 needs at least %4 (0.1 s)</numerusform>
            <numerusform>too short to judge: %n samples (%1 ms) at %2 Hz; model %3 needs at least %4 (0.1 s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>st::QualityMeasures</name>
    <message numerus="yes">
        <source>%n non-finite sample(s) were taken as 0</source>
        <translation>
            <numerusform>%n non-finite sample was taken as 0</numerusform>
            <numerusform>%n non-finite samples were taken as 0</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>st::QualityVerdict</name>
    <message numerus="yes">
        <source>%1 of the samples of channel %2 are clipped (%n run(s) at full scale, the longest %3 samples = %4 ms), above the %5 the case allows</source>
        <translation>
            <numerusform>%1 of the samples of channel %2 are clipped (%n run at full scale, the longest %3 samples = %4 ms), above the %5 the case allows</numerusform>
            <numerusform>%1 of the samples of channel %2 are clipped (%n runs at full scale, the longest %3 samples = %4 ms), above the %5 the case allows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the samples are clipped (%n run(s) at full scale, the longest %2 samples = %3 ms), above the %4 the case allows</source>
        <translation>
            <numerusform>%1 of the samples are clipped (%n run at full scale, the longest %2 samples = %3 ms), above the %4 the case allows</numerusform>
            <numerusform>%1 of the samples are clipped (%n runs at full scale, the longest %2 samples = %3 ms), above the %4 the case allows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>st::Trainer</name>
    <message numerus="yes">
        <source>heads[%1].level: &quot;%2&quot; has %n class(es) in the protocols; a head needs two or more</source>
        <translation>
            <numerusform>heads[%1].level: &quot;%2&quot; has %n class in the protocols; a head needs two or more</numerusform>
            <numerusform>heads[%1].level: &quot;%2&quot; has %n classes in the protocols; a head needs two or more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>st::TrainingData</name>
    <message numerus="yes">
        <source>cannot split by &apos;%1&apos;: it has %n group(s), at least 2 are needed</source>
        <translation>
            <numerusform>cannot split by &apos;%1&apos;: it has %n group, at least 2 are needed</numerusform>
            <numerusform>cannot split by &apos;%1&apos;: it has %n groups, at least 2 are needed</numerusform>
        </translation>
    </message>
</context>
</TS>
