// Edit › Preferences: the interface language choice (System, English and each compiled translation, named in its own
// language), stored in QSettings under ui/language and read back by the next dialog (and by main_gui.cpp at start).
#include "playback/FakeAudioOutput.h"
#include "util/Translations.h"
#include "window/MainWindow.h"
#include "window/PreferencesDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QXmlStreamReader>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace st;

class TestUiPreferences : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        // Keep the user's settings out of the tests.
        qputenv("XDG_CONFIG_HOME", QDir(m_tmp.path()).filePath(QStringLiteral("config")).toLocal8Bit());
    }

    void offersSystemEnglishAndTheTranslations()
    {
        PreferencesDialog d;
        QComboBox *box = d.languageBox();
        QStringList texts, codes;
        for (int i = 0; i < box->count(); ++i) {
            texts << box->itemText(i);
            codes << box->itemData(i).toString();
        }
        QVERIFY2(texts.value(0).startsWith(QStringLiteral("System")), qPrintable(texts.join(QLatin1Char(','))));
        QCOMPARE(codes.value(0), QString());
        QCOMPARE(texts.mid(1), QStringList({QStringLiteral("English"), QStringLiteral("Čeština"), QStringLiteral("Deutsch"),
                                            QStringLiteral("Suomi")}));
        QCOMPARE(codes.mid(1), QStringList({QStringLiteral("en"), QStringLiteral("cs"), QStringLiteral("de"), QStringLiteral("fi")}));
        // Nothing stored yet: System.
        QCOMPARE(box->currentIndex(), 0);
        // The dialog says when the choice takes effect.
        bool said = false;
        for (QLabel *l : d.findChildren<QLabel *>())
            said = said || l->text().contains(QStringLiteral("next start"));
        QVERIFY(said);
    }

    void choiceIsStoredAndReadBack()
    {
        {
            PreferencesDialog d;
            QVERIFY(d.setChosenLanguage(QStringLiteral("fi")));
            d.apply();
        }
        QCOMPARE(QSettings(QStringLiteral("SourceTrace"), QStringLiteral("SourceTrace")).value(QStringLiteral("ui/language")).toString(),
                 QStringLiteral("fi"));
        QCOMPARE(PreferencesDialog::storedLanguage(), QStringLiteral("fi"));
        {
            PreferencesDialog d;
            QCOMPARE(d.languageBox()->currentText(), QStringLiteral("Suomi"));
            QCOMPARE(d.chosenLanguage(), QStringLiteral("fi"));
            // An unknown code selects System; System removes the setting.
            QVERIFY(!d.setChosenLanguage(QStringLiteral("xx")));
            QCOMPARE(d.chosenLanguage(), QString());
            d.apply();
        }
        QVERIFY(!QSettings(QStringLiteral("SourceTrace"), QStringLiteral("SourceTrace")).contains(QStringLiteral("ui/language")));
        QCOMPARE(PreferencesDialog::storedLanguage(), QString());
    }

    void standardButtonsSpeakTheLanguage()
    {
        // Qt's standard buttons (context QPlatformTheme, marked in ui/common/QtStandardTexts.cpp) are in SourceTrace's
        // own translations: German "Cancel" is what sourcetrace_de.ts says, without Qt's qtbase_de.qm.
        QFile f(qEnvironmentVariable("SOURCETRACE_SOURCE_DIR") + QStringLiteral("/translations/sourcetrace_de.ts"));
        if (!f.open(QIODevice::ReadOnly))
            QSKIP("no checkout (SOURCETRACE_SOURCE_DIR)");
        QXmlStreamReader x(&f);
        QString context, source, expected;
        while (!x.atEnd() && expected.isEmpty()) {
            x.readNext();
            if (!x.isStartElement())
                continue;
            if (x.name() == QLatin1String("name"))
                context = x.readElementText();
            else if (x.name() == QLatin1String("source"))
                source = x.readElementText();
            else if (x.name() == QLatin1String("translation") && context == QLatin1String("QPlatformTheme")
                     && source == QLatin1String("Cancel") && x.attributes().value(QLatin1String("type")).isEmpty())
                expected = x.readElementText();
        }
        if (expected.isEmpty())
            QSKIP("sourcetrace_de.ts has no finished German 'Cancel' yet");
        const QLocale before;
        QCOMPARE(installTranslations(*QCoreApplication::instance(), QStringLiteral("de")), QStringLiteral("de"));
        {
            QDialogButtonBox box(QDialogButtonBox::Cancel);
            QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), expected);
        }
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
        QLocale::setDefault(before);
    }

    void windowHasPreferencesInTheEditMenu()
    {
        MainWindow w(std::make_unique<FakeAudioOutput>());
        QAction *a = w.preferencesAction();
        QVERIFY(a);
        auto *edit = w.menuBar()->findChild<QMenu *>(QStringLiteral("editMenu"));
        if (!edit)
            edit = w.findChild<QMenu *>(QStringLiteral("editMenu"));
        QVERIFY(edit);
        QVERIFY(edit->actions().contains(a));
        QCOMPARE(a->menuRole(), QAction::PreferencesRole);
    }
};

QTEST_MAIN(TestUiPreferences)
#include "tst_ui_preferences.moc"
