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
</TS>
