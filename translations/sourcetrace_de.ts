<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>st::MainWindow</name>
    <message><source>&amp;File</source><translation>&amp;Datei</translation></message>
    <message><source>&amp;View</source><translation>&amp;Ansicht</translation></message>
    <message><source>&amp;Playback</source><translation>&amp;Wiedergabe</translation></message>
    <message><source>&amp;Window</source><translation>&amp;Fenster</translation></message>
    <message><source>&amp;Open...</source><translation>Ö&amp;ffnen...</translation></message>
    <message><source>Open &amp;recent</source><translation>&amp;Zuletzt geöffnet</translation></message>
    <message><source>Open &amp;demo clip</source><translation>&amp;Demo-Aufnahme öffnen</translation></message>
    <message><source>&amp;Quit</source><translation>&amp;Beenden</translation></message>
    <message><source>Zoom &amp;in</source><translation>Ver&amp;größern</translation></message>
    <message><source>Zoom &amp;out</source><translation>Ver&amp;kleinern</translation></message>
    <message><source>&amp;Fit all</source><translation>&amp;Alles zeigen</translation></message>
    <message><source>Zoom to &amp;selection</source><translation>Auf &amp;Auswahl zoomen</translation></message>
    <message><source>&amp;Play / pause</source><translation>&amp;Wiedergabe / Pause</translation></message>
    <message><source>Play s&amp;election</source><translation>&amp;Auswahl abspielen</translation></message>
    <message><source>&amp;Stop</source><translation>&amp;Stopp</translation></message>
    <message><source>&amp;Loop</source><translation>&amp;Schleife</translation></message>
    <message><source>Output &amp;device</source><translation>Ausgabe&amp;gerät</translation></message>
    <message><source>No selection</source><translation>Keine Auswahl</translation></message>
    <message><source>No audio output</source><translation>Keine Audioausgabe</translation></message>
</context>
</TS>
