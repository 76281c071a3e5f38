<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km_KH">
<context>
    <name>About</name>
    <message>
        <location filename="../trainer/ui/about.py" line="17"/>
        <source>About this trainer</source>
        <translation type="unfinished">អំពីកម្មវិធីហ្វឹកហាត់នេះ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/about.py" line="19"/>
        <source>Digital skills trainer, version {}</source>
        <translation type="unfinished">កម្មវិធីហ្វឹកហាត់ជំនាញឌីជីថល កំណែ {}</translation>
    </message>
    <message>
        <location filename="../trainer/ui/about.py" line="21"/>
        <source>Bundled content, version {}</source>
        <translation type="unfinished">មាតិកាដែលភ្ជាប់មកជាមួយ កំណែ {}</translation>
    </message>
    <message>
        <location filename="../trainer/ui/about.py" line="23"/>
        <source>It works offline. Learners&apos; records stay on this computer.</source>
        <translation type="unfinished">វាដំណើរការដោយគ្មានអ៊ីនធឺណិត។ កំណត់ត្រារបស់អ្នកសិក្សានៅតែលើកុំព្យូទ័រនេះ។</translation>
    </message>
</context>
<context>
    <name>AddLearners</name>
    <message>
        <location filename="../trainer/ui/add_learners.py" line="30"/>
        <source>Add learners</source>
        <translation type="unfinished">បន្ថែមអ្នកសិក្សា</translation>
    </message>
    <message>
        <location filename="../trainer/ui/add_learners.py" line="35"/>
        <source>These learners agreed that their gender and age group be recorded</source>
        <translation type="unfinished">អ្នកសិក្សាទាំងនេះ បានយល់ព្រម ឱ្យកត់ត្រាភេទ និងក្រុមអាយុ របស់ពួកគេ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/add_learners.py" line="38"/>
        <source>Open a CSV file…</source>
        <translation type="unfinished">បើកឯកសារ CSV…</translation>
    </message>
    <message>
        <location filename="../trainer/ui/add_learners.py" line="40"/>
        <source>Add</source>
        <translation type="unfinished">បន្ថែម</translation>
    </message>
    <message>
        <location filename="../trainer/ui/add_learners.py" line="43"/>
        <source>Cancel</source>
        <translation type="unfinished">បោះបង់</translation>
    </message>
    <message>
        <location filename="../trainer/ui/add_learners.py" line="54"/>
        <source>One learner per line: name, then gender (female, male or other) and age group ({}) if you wish. Learners choose their picture code the first time they sign in.</source>
        <translation type="unfinished">មួយបន្ទាត់ សម្រាប់អ្នកសិក្សា ម្នាក់៖ ឈ្មោះ បន្ទាប់មក ភេទ (ស្រី, ប្រុស ឬ ផ្សេងទៀត) និងក្រុមអាយុ ({}) បើចង់។ អ្នកសិក្សាជ្រើសរើស កូដរូបភាពរបស់ខ្លួន នៅពេលចូលលើកដំបូង។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/add_learners.py" line="66"/>
        <source>Open a class list</source>
        <translation type="unfinished">បើក បញ្ជីឈ្មោះថ្នាក់</translation>
    </message>
    <message>
        <location filename="../trainer/ui/add_learners.py" line="73"/>
        <source>This file could not be read. Save it as CSV (UTF-8) and try again.</source>
        <translation type="unfinished">មិនអាចអាន ឯកសារនេះបានទេ។ សូមរក្សាទុកវា ជា CSV (UTF-8) ហើយព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/add_learners.py" line="79"/>
        <source>Line {}: gender &apos;{}&apos; is not clear. Write female, male or other, or leave it empty.</source>
        <translation type="unfinished">បន្ទាត់ទី {}៖ ភេទ &apos;{}&apos; មិនច្បាស់ទេ។ សូមសរសេរ ស្រី ប្រុស ឬ ផ្សេងទៀត ឬ ទុកឱ្យទទេ។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/add_learners.py" line="83"/>
        <source>Line {}: age group &apos;{}&apos; is not clear. Write an age or one of {}, or leave it empty.</source>
        <translation type="unfinished">បន្ទាត់ទី {}៖ ក្រុមអាយុ &apos;{}&apos; មិនច្បាស់ទេ។ សូមសរសេរ អាយុ ឬ មួយក្នុងចំណោម {} ឬ ទុកឱ្យទទេ។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/add_learners.py" line="93"/>
        <source>Type at least one name.</source>
        <translation type="unfinished">សូមវាយឈ្មោះ យ៉ាងហោចណាស់មួយ។</translation>
    </message>
</context>
<context>
    <name>BackupsScreen</name>
    <message>
        <location filename="../trainer/ui/backups_screen.py" line="45"/>
        <source>On {}, the learners&apos; records on this computer were found damaged.</source>
        <translation type="unfinished">នៅ {} កម្មវិធីបានរកឃើញថា កំណត់ត្រា របស់អ្នកសិក្សា នៅលើកុំព្យូទ័រនេះ បានខូច។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/backups_screen.py" line="75"/>
        <source>The damaged file is kept in the data folder as {}.</source>
        <translation type="unfinished">ឯកសារដែលខូច ត្រូវបានរក្សាទុក ក្នុងថតទិន្នន័យ ដោយមានឈ្មោះ {}។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/backups_screen.py" line="60"/>
        <source>There was no backup to bring back, so the trainer started with no records.</source>
        <translation type="unfinished">គ្មានច្បាប់បម្រុងទុក ដើម្បីស្ដារឡើងវិញទេ ដូច្នេះ កម្មវិធីហ្វឹកហាត់ បានចាប់ផ្ដើម ដោយគ្មានកំណត់ត្រា។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/backups_screen.py" line="48"/>
        <source>On {}, the learners&apos; records on this computer were missing: their file had been deleted or moved.</source>
        <translation type="unfinished">នៅ {} កម្មវិធីរកមិនឃើញ កំណត់ត្រា របស់អ្នកសិក្សា នៅលើកុំព្យូទ័រនេះទេ៖ ឯកសាររបស់វា ត្រូវបានលុប ឬផ្លាស់ទីទៅកន្លែងផ្សេង។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/backups_screen.py" line="53"/>
        <source>On {}, the learners&apos; records on this computer were found empty: a failing disk or USB stick can do this.</source>
        <translation type="unfinished">នៅ {} កម្មវិធីបានរកឃើញថា កំណត់ត្រា របស់អ្នកសិក្សា នៅលើកុំព្យូទ័រនេះ គឺទទេ៖ ថាសរឹង ឬ USB ដែលជិតខូច អាចធ្វើឱ្យកើតបែបនេះ។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/backups_screen.py" line="64"/>
        <source>The backup of {} was brought back (learners {}, answers {}). What learners did on this computer after that time is lost.</source>
        <translation type="unfinished">ច្បាប់បម្រុងទុក ដែលធ្វើនៅ {} ត្រូវបានស្ដារឡើងវិញ (អ្នកសិក្សា {} នាក់, ចម្លើយ {})។ អ្វីដែលអ្នកសិក្សា បានធ្វើនៅលើ កុំព្យូទ័រនេះ ក្រោយពេលនោះ បានបាត់បង់។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/backups_screen.py" line="155"/>
        <source>Choose a folder, for example on a USB stick</source>
        <translation type="unfinished">ជ្រើសរើសថតមួយ ឧទាហរណ៍ នៅលើ USB</translation>
    </message>
    <message>
        <location filename="../trainer/ui/backups_screen.py" line="162"/>
        <source>Backing up…</source>
        <translation type="unfinished">កំពុងបម្រុងទុក…</translation>
    </message>
    <message>
        <location filename="../trainer/ui/backups_screen.py" line="164"/>
        <source>Backed up to {}</source>
        <translation type="unfinished">បានបម្រុងទុក ទៅក្នុង {}</translation>
    </message>
    <message>
        <location filename="../trainer/ui/backups_screen.py" line="170"/>
        <source>The backup could not be written to {}. Is the USB stick full or locked?</source>
        <translation type="unfinished">មិនអាចដាក់ ច្បាប់បម្រុងទុក ទៅក្នុង {} បានទេ។ តើ USB ពេញ ឬត្រូវបានចាក់សោ?</translation>
    </message>
    <message>
        <location filename="../trainer/ui/backups_screen.py" line="171"/>
        <source>Back up</source>
        <translation type="unfinished">បម្រុងទុក</translation>
    </message>
    <message>
        <location filename="../trainer/ui/backups_screen.py" line="181"/>
        <source>Choose a backup to restore</source>
        <translation type="unfinished">ជ្រើសរើស ច្បាប់បម្រុងទុក ដើម្បីស្ដារឡើងវិញ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/backups_screen.py" line="183"/>
        <source>Trainer backups (*.db);;All files (*)</source>
        <translation type="unfinished">ច្បាប់បម្រុងទុក (*.db);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <location filename="../trainer/ui/backups_screen.py" line="197"/>
        <location filename="../trainer/ui/backups_screen.py" line="247"/>
        <source>Restore a backup</source>
        <translation type="unfinished">ស្ដារ ច្បាប់បម្រុងទុក ឡើងវិញ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/backups_screen.py" line="207"/>
        <source>Restoring…</source>
        <translation type="unfinished">កំពុងស្ដារឡើងវិញ…</translation>
    </message>
    <message>
        <location filename="../trainer/ui/backups_screen.py" line="217"/>
        <source>Restore the backup made on {}?</source>
        <translation type="unfinished">ស្ដារ ច្បាប់បម្រុងទុក ដែលធ្វើនៅ {} ឡើងវិញឬ?</translation>
    </message>
    <message>
        <location filename="../trainer/ui/backups_screen.py" line="218"/>
        <source>In the backup: learners {}, answers {}.</source>
        <translation type="unfinished">ច្បាប់បម្រុងទុក មាន៖ អ្នកសិក្សា {} នាក់, ចម្លើយ {}។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/backups_screen.py" line="221"/>
        <source>On this computer now: learners {}, answers {}.</source>
        <translation type="unfinished">កុំព្យូទ័រនេះ ឥឡូវមាន៖ អ្នកសិក្សា {} នាក់, ចម្លើយ {}។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/backups_screen.py" line="225"/>
        <source>All the records on this computer will be replaced by the backup&apos;s: what was done after the backup was made will be gone.</source>
        <translation type="unfinished">កំណត់ត្រាទាំងអស់ នៅលើកុំព្យូទ័រនេះ នឹងត្រូវជំនួស ដោយកំណត់ត្រា នៃច្បាប់បម្រុងទុក៖ អ្វីដែលបានធ្វើ ក្រោយពេលបម្រុងទុក នឹងបាត់អស់។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/backups_screen.py" line="228"/>
        <source>A copy of the records now on this computer is kept first, in the backups folder.</source>
        <translation type="unfinished">ជាមុនសិន កម្មវិធីរក្សាទុក ច្បាប់ចម្លង នៃកំណត់ត្រា ដែលមាននៅលើ កុំព្យូទ័រនេះឥឡូវ ក្នុងថត ច្បាប់បម្រុងទុក។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/backups_screen.py" line="234"/>
        <source>Restored the backup made on {}.</source>
        <translation type="unfinished">បានស្ដារ ច្បាប់បម្រុងទុក ដែលធ្វើនៅ {} ឡើងវិញ។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/backups_screen.py" line="248"/>
        <source>Restoring failed: {}</source>
        <translation type="unfinished">ការស្ដារ មិនបានសម្រេច៖ {}</translation>
    </message>
    <message>
        <location filename="../trainer/ui/backups_screen.py" line="254"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished">គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/backups_screen.py" line="256"/>
        <source>Cannot restore</source>
        <translation type="unfinished">មិនអាចស្ដារ ឡើងវិញបានទេ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/backups_screen.py" line="262"/>
        <source>I have read this</source>
        <translation type="unfinished">ខ្ញុំបានអានហើយ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/backups_screen.py" line="263"/>
        <source>Backups</source>
        <translation type="unfinished">ច្បាប់បម្រុងទុក</translation>
    </message>
    <message>
        <location filename="../trainer/ui/backups_screen.py" line="266"/>
        <source>The trainer backs up the learners&apos; records by itself when it starts and when it closes, at most once every 30 minutes. It keeps one backup for each of the last 7 days, 4 weeks and 12 months. These are its backups, newest first:</source>
        <translation type="unfinished">កម្មវិធីហ្វឹកហាត់ បម្រុងទុកកំណត់ត្រា របស់អ្នកសិក្សា ដោយខ្លួនឯង នៅពេលវាបើក និងពេលវាបិទ យ៉ាងច្រើនម្ដង ក្នុងរយៈពេល ៣០ នាទី។ វារក្សាទុក ច្បាប់បម្រុងទុកមួយ សម្រាប់ថ្ងៃនីមួយៗ ក្នុង ៧ ថ្ងៃចុងក្រោយ សប្ដាហ៍នីមួយៗ ក្នុង ៤ សប្ដាហ៍ចុងក្រោយ និងខែនីមួយៗ ក្នុង ១២ ខែចុងក្រោយ។ នេះជាច្បាប់បម្រុងទុក របស់វា ថ្មីបំផុតនៅមុនគេ៖</translation>
    </message>
    <message>
        <location filename="../trainer/ui/backups_screen.py" line="271"/>
        <source>Made on</source>
        <translation type="unfinished">ពេលបម្រុងទុក</translation>
    </message>
    <message>
        <location filename="../trainer/ui/backups_screen.py" line="271"/>
        <source>Size</source>
        <translation type="unfinished">ទំហំ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/backups_screen.py" line="277"/>
        <source>Back up now to a folder (USB)…</source>
        <translation type="unfinished">បម្រុងទុកឥឡូវ ទៅក្នុងថត (USB)…</translation>
    </message>
    <message>
        <location filename="../trainer/ui/backups_screen.py" line="278"/>
        <source>Restore the chosen backup…</source>
        <translation type="unfinished">ស្ដារ ច្បាប់បម្រុងទុក ដែលបានជ្រើស…</translation>
    </message>
    <message>
        <location filename="../trainer/ui/backups_screen.py" line="280"/>
        <source>Restore from a file…</source>
        <translation type="unfinished">ស្ដារពីឯកសារ…</translation>
    </message>
</context>
<context>
    <name>BundleRefusal</name>
    <message>
        <location filename="../trainer/sync/refusal.py" line="8"/>
        <source>There is no file {path}.</source>
        <translation type="unfinished">មិនមានឯកសារ {path} ទេ។</translation>
    </message>
    <message>
        <location filename="../trainer/sync/refusal.py" line="9"/>
        <source>This file is not a progress bundle.</source>
        <translation type="unfinished">ឯកសារនេះ មិនមែនជាឯកសារវឌ្ឍនភាពទេ។</translation>
    </message>
    <message>
        <location filename="../trainer/sync/refusal.py" line="12"/>
        <source>This file is not a progress bundle (it has no manifest).</source>
        <translation type="unfinished">ឯកសារនេះ មិនមែនជាឯកសារវឌ្ឍនភាពទេ (វាគ្មានបញ្ជីព័ត៌មាន)។</translation>
    </message>
    <message>
        <location filename="../trainer/sync/refusal.py" line="16"/>
        <source>This file is not a progress bundle (it has no progress inside).</source>
        <translation type="unfinished">ឯកសារនេះ មិនមែនជាឯកសារវឌ្ឍនភាពទេ (វាគ្មានវឌ្ឍនភាពនៅខាងក្នុង)។</translation>
    </message>
    <message>
        <location filename="../trainer/sync/refusal.py" line="20"/>
        <source>This bundle is damaged (a part of it does not read back as written). Copy it again.</source>
        <translation type="unfinished">ឯកសារវឌ្ឍនភាពនេះ ខូច (ផ្នែកមួយរបស់វា អានមិនដូចពេលសរសេរ)។ សូមចម្លងវាម្ដងទៀត។</translation>
    </message>
    <message>
        <location filename="../trainer/sync/refusal.py" line="27"/>
        <source>This bundle is incomplete: the file was cut short. Copy it again from the other PC.</source>
        <translation type="unfinished">ឯកសារវឌ្ឍនភាពនេះ មិនពេញលេញ៖ ឯកសារត្រូវបានកាត់ខ្លី។ សូមចម្លងវាម្ដងទៀត ពីកុំព្យូទ័រមួយទៀត។</translation>
    </message>
    <message>
        <location filename="../trainer/sync/refusal.py" line="34"/>
        <source>This bundle was changed after it was made (its checksum does not match).</source>
        <translation type="unfinished">ឯកសារវឌ្ឍនភាពនេះ ត្រូវបានកែប្រែ ក្រោយពេលបង្កើត (លេខផ្ទៀងផ្ទាត់របស់វា មិនត្រូវគ្នា)។</translation>
    </message>
    <message>
        <location filename="../trainer/sync/refusal.py" line="40"/>
        <source>This bundle was made by a newer trainer (data version {theirs}; this trainer has {ours}). Update the trainer first, then import it.</source>
        <translation type="unfinished">ឯកសារវឌ្ឍនភាពនេះ ត្រូវបានបង្កើតដោយកម្មវិធីកំណែថ្មីជាង (កំណែទិន្នន័យ {theirs}; កម្មវិធីនេះមាន {ours})។ សូមអាប់ដេតកម្មវិធីជាមុនសិន រួចនាំចូលវា។</translation>
    </message>
    <message>
        <location filename="../trainer/sync/refusal.py" line="48"/>
        <source>This bundle is damaged: its {table} table is missing or incomplete.</source>
        <translation type="unfinished">ឯកសារវឌ្ឍនភាពនេះ ខូច៖ តារាង {table} របស់វា បាត់ ឬមិនពេញលេញ។</translation>
    </message>
    <message>
        <location filename="../trainer/sync/refusal.py" line="54"/>
        <source>This bundle is damaged: its progress file cannot be read.</source>
        <translation type="unfinished">ឯកសារវឌ្ឍនភាពនេះ ខូច៖ មិនអាចអានឯកសារវឌ្ឍនភាពរបស់វាបានទេ។</translation>
    </message>
    <message>
        <location filename="../trainer/sync/refusal.py" line="58"/>
        <source>This bundle holds {count} events this trainer cannot read.</source>
        <translation type="unfinished">ឯកសារវឌ្ឍនភាពនេះ មានសកម្មភាព {count} ដែលកម្មវិធីនេះ អានមិនបាន។</translation>
    </message>
    <message>
        <location filename="../trainer/sync/refusal.py" line="62"/>
        <source>This bundle is damaged: its kept versions cannot be read.</source>
        <translation type="unfinished">ឯកសារវឌ្ឍនភាពនេះ ខូច៖ មិនអាចអានកំណែដែលបានរក្សាទុករបស់វាបានទេ។</translation>
    </message>
    <message>
        <location filename="../trainer/sync/refusal.py" line="66"/>
        <source>This bundle was made on this PC; import it on another one.</source>
        <translation type="unfinished">ឯកសារវឌ្ឍនភាពនេះ ត្រូវបានបង្កើតនៅលើកុំព្យូទ័រនេះ។ សូមនាំចូលវា នៅលើកុំព្យូទ័រផ្សេង។</translation>
    </message>
    <message>
        <location filename="../trainer/sync/refusal.py" line="70"/>
        <source>This bundle does not fit this PC&apos;s records ({error}).</source>
        <translation type="unfinished">ឯកសារវឌ្ឍនភាពនេះ មិនត្រូវគ្នានឹងកំណត់ត្រា នៃកុំព្យូទ័រនេះទេ ({error})។</translation>
    </message>
    <message>
        <location filename="../trainer/sync/refusal.py" line="74"/>
        <source>This PC has no centre key yet. On the first PC, make one (Facilitator area, Move progress between PCs, Make a centre key); on each other PC, type that key and click Join the centre.</source>
        <translation type="unfinished">កុំព្យូទ័រនេះមិនទាន់មានសោមជ្ឈមណ្ឌលនៅឡើយ។ នៅលើកុំព្យូទ័រទីមួយ សូមបង្កើតសោមួយ (ផ្នែកអ្នកសម្របសម្រួល, ផ្ទេរវឌ្ឍនភាព រវាងកុំព្យូទ័រ, បង្កើតសោមជ្ឈមណ្ឌល)។ នៅលើកុំព្យូទ័រនីមួយៗផ្សេងទៀត សូមវាយសោនោះ ហើយចុច ចូលរួមមជ្ឈមណ្ឌល។</translation>
    </message>
    <message>
        <location filename="../trainer/sync/refusal.py" line="82"/>
        <source>This bundle has no centre key seal: it was made by an older trainer or outside this centre. Export it again on a PC that has this centre&apos;s key.</source>
        <translation type="unfinished">ឯកសារវឌ្ឍនភាពនេះគ្មានត្រាសោមជ្ឈមណ្ឌលទេ៖ វាត្រូវបានបង្កើតដោយកម្មវិធីកំណែចាស់ ឬនៅក្រៅមជ្ឈមណ្ឌលនេះ។ សូមនាំចេញវាម្ដងទៀត នៅលើកុំព្យូទ័រដែលមានសោរបស់មជ្ឈមណ្ឌលនេះ។</translation>
    </message>
    <message>
        <location filename="../trainer/sync/refusal.py" line="90"/>
        <source>This bundle was sealed with another centre key. Check that both PCs have the same centre key.</source>
        <translation type="unfinished">ឯកសារវឌ្ឍនភាពនេះ ត្រូវបានបិទត្រាដោយសោមជ្ឈមណ្ឌលផ្សេង។ សូមពិនិត្យថា កុំព្យូទ័រទាំងពីរមានសោមជ្ឈមណ្ឌលដូចគ្នា។</translation>
    </message>
    <message>
        <location filename="../trainer/sync/refusal.py" line="97"/>
        <source>This bundle&apos;s manifest is damaged: its {field} is not valid.</source>
        <translation type="unfinished">បញ្ជីព័ត៌មាន នៃឯកសារវឌ្ឍនភាពនេះ ខូច៖ {field} របស់វា មិនត្រឹមត្រូវទេ។</translation>
    </message>
    <message>
        <location filename="../trainer/sync/refusal.py" line="101"/>
        <source>This bundle is damaged: {count} events have a {column} that is not valid.</source>
        <translation type="unfinished">ឯកសារវឌ្ឍនភាពនេះ ខូច៖ សកម្មភាព {count} មាន {column} ដែលមិនត្រឹមត្រូវ។</translation>
    </message>
    <message>
        <location filename="../trainer/sync/refusal.py" line="107"/>
        <source>This bundle is damaged: {count} events are in it twice.</source>
        <translation type="unfinished">ឯកសារវឌ្ឍនភាពនេះ ខូច៖ សកម្មភាព {count} មាននៅក្នុងវាពីរដង។</translation>
    </message>
    <message>
        <location filename="../trainer/sync/refusal.py" line="111"/>
        <source>This bundle is damaged: in {table}, the {column} of {key} is not valid.</source>
        <translation type="unfinished">ឯកសារវឌ្ឍនភាពនេះ ខូច៖ ក្នុង {table} {column} នៃ {key} មិនត្រឹមត្រូវទេ។</translation>
    </message>
</context>
<context>
    <name>CentreKeyPanel</name>
    <message>
        <location filename="../trainer/ui/centre_key_panel.py" line="67"/>
        <source>Centre key made: {}. Type it on each other PC of the centre.</source>
        <translation type="unfinished">បានបង្កើតសោមជ្ឈមណ្ឌល៖ {}។ វាយវានៅលើកុំព្យូទ័រនីមួយៗផ្សេងទៀត នៃមជ្ឈមណ្ឌល។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/centre_key_panel.py" line="85"/>
        <source>This PC now uses the centre key {}.</source>
        <translation type="unfinished">ឥឡូវនេះ កុំព្យូទ័រនេះប្រើសោមជ្ឈមណ្ឌល {}។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/centre_key_panel.py" line="92"/>
        <source>Change the centre key</source>
        <translation type="unfinished">ប្ដូរសោមជ្ឈមណ្ឌល</translation>
    </message>
    <message>
        <location filename="../trainer/ui/centre_key_panel.py" line="94"/>
        <source>This PC has another centre key. With the new one, it refuses files sealed with the old one. Use the new key?</source>
        <translation type="unfinished">កុំព្យូទ័រនេះមានសោមជ្ឈមណ្ឌលផ្សេងរួចហើយ។ ជាមួយសោថ្មី វានឹងបដិសេធឯកសារដែលបិទត្រាដោយសោចាស់។ ប្រើសោថ្មីឬ?</translation>
    </message>
    <message>
        <location filename="../trainer/ui/centre_key_panel.py" line="107"/>
        <source>Centre key</source>
        <translation type="unfinished">សោមជ្ឈមណ្ឌល</translation>
    </message>
    <message>
        <location filename="../trainer/ui/centre_key_panel.py" line="110"/>
        <source>This PC has no centre key yet, so it can neither export nor import progress.</source>
        <translation type="unfinished">កុំព្យូទ័រនេះមិនទាន់មានសោមជ្ឈមណ្ឌលនៅឡើយ ដូច្នេះវាមិនអាចនាំចេញ ឬនាំចូលវឌ្ឍនភាពបានទេ។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/centre_key_panel.py" line="112"/>
        <source>On the centre&apos;s first PC, make one; on each other PC, type that key and join.</source>
        <translation type="unfinished">នៅលើកុំព្យូទ័រទីមួយ នៃមជ្ឈមណ្ឌល សូមបង្កើតសោមួយ។ នៅលើកុំព្យូទ័រនីមួយៗផ្សេងទៀត សូមវាយសោនោះ ហើយចូលរួម។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/centre_key_panel.py" line="116"/>
        <source>This PC&apos;s centre key: {}</source>
        <translation type="unfinished">សោមជ្ឈមណ្ឌល នៃកុំព្យូទ័រនេះ៖ {}</translation>
    </message>
    <message>
        <location filename="../trainer/ui/centre_key_panel.py" line="118"/>
        <source>Only PCs with this key can exchange progress with this one.</source>
        <translation type="unfinished">មានតែកុំព្យូទ័រដែលមានសោនេះប៉ុណ្ណោះ ដែលអាចផ្លាស់ប្ដូរវឌ្ឍនភាពជាមួយកុំព្យូទ័រនេះបាន។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/centre_key_panel.py" line="120"/>
        <source>Make a centre key</source>
        <translation type="unfinished">បង្កើតសោមជ្ឈមណ្ឌល</translation>
    </message>
    <message>
        <location filename="../trainer/ui/centre_key_panel.py" line="122"/>
        <source>Type the centre key, e.g. ABCD-EFGH-JKMN-PQRT-VWXY</source>
        <translation type="unfinished">វាយសោមជ្ឈមណ្ឌល ឧ. ABCD-EFGH-JKMN-PQRT-VWXY</translation>
    </message>
    <message>
        <location filename="../trainer/ui/centre_key_panel.py" line="123"/>
        <source>Join the centre</source>
        <translation type="unfinished">ចូលរួមមជ្ឈមណ្ឌល</translation>
    </message>
</context>
<context>
    <name>CertificatePage</name>
    <message>
        <location filename="../trainer/reports/certificate.py" line="60"/>
        <location filename="../trainer/reports/certificate.py" line="127"/>
        <source>Certificate</source>
        <translation type="unfinished">វិញ្ញាបនបត្រ</translation>
    </message>
    <message>
        <location filename="../trainer/reports/certificate.py" line="61"/>
        <source>This certificate is presented to</source>
        <translation type="unfinished">វិញ្ញាបនបត្រនេះ ប្រគល់ជូន</translation>
    </message>
    <message>
        <location filename="../trainer/reports/certificate.py" line="64"/>
        <source>for mastering these modules of {}:</source>
        <translation type="unfinished">សម្រាប់ការស្ទាត់ជំនាញម៉ូឌុលទាំងនេះ នៃ {}៖</translation>
    </message>
    <message>
        <location filename="../trainer/reports/certificate.py" line="105"/>
        <source>Date: {}</source>
        <translation type="unfinished">កាលបរិច្ឆេទ៖ {}</translation>
    </message>
    <message>
        <location filename="../trainer/reports/certificate.py" line="110"/>
        <source>Facilitator: {}</source>
        <translation type="unfinished">អ្នកសម្របសម្រួល៖ {}</translation>
    </message>
    <message>
        <location filename="../trainer/reports/certificate.py" line="110"/>
        <source>Facilitator</source>
        <translation type="unfinished">អ្នកសម្របសម្រួល</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../trainer/reports/charts.py" line="78"/>
        <source>Modules mastered, week by week</source>
        <translation type="unfinished">ម៉ូឌុលដែលបានស្ទាត់ជំនាញ តាមសប្ដាហ៍</translation>
    </message>
    <message>
        <location filename="../trainer/reports/charts.py" line="80"/>
        <source>Modules mastered</source>
        <translation type="unfinished">ម៉ូឌុលដែលបានស្ទាត់ជំនាញ</translation>
    </message>
    <message>
        <location filename="../trainer/reports/charts.py" line="95"/>
        <source>Week starting</source>
        <translation type="unfinished">សប្ដាហ៍ចាប់ផ្ដើម</translation>
    </message>
    <message>
        <location filename="../trainer/reports/charts.py" line="105"/>
        <source>Learners in each module</source>
        <translation type="unfinished">អ្នកសិក្សាក្នុងម៉ូឌុលនីមួយៗ</translation>
    </message>
    <message>
        <location filename="../trainer/reports/charts.py" line="108"/>
        <source>Mastered</source>
        <translation type="unfinished">ស្ទាត់ជំនាញ</translation>
    </message>
    <message>
        <location filename="../trainer/reports/charts.py" line="109"/>
        <source>In progress</source>
        <translation type="unfinished">កំពុងដំណើរការ</translation>
    </message>
    <message>
        <location filename="../trainer/reports/charts.py" line="110"/>
        <source>Not started</source>
        <translation type="unfinished">មិនទាន់ចាប់ផ្ដើម</translation>
    </message>
    <message>
        <location filename="../trainer/reports/charts.py" line="122"/>
        <source>Learners</source>
        <translation type="unfinished">អ្នកសិក្សា</translation>
    </message>
    <message>
        <location filename="../trainer/reports/charts.py" line="129"/>
        <source>Before and after</source>
        <translation type="unfinished">មុន និងក្រោយ</translation>
    </message>
    <message>
        <location filename="../trainer/reports/charts.py" line="133"/>
        <source>Post-test</source>
        <translation type="unfinished">តេស្តក្រោយរៀន</translation>
    </message>
    <message>
        <location filename="../trainer/reports/charts.py" line="134"/>
        <source>Pre-test</source>
        <translation type="unfinished">តេស្តមុនរៀន</translation>
    </message>
    <message>
        <location filename="../trainer/reports/charts.py" line="144"/>
        <source>Score (0-100)</source>
        <translation type="unfinished">ពិន្ទុ (០-១០០)</translation>
    </message>
</context>
<context>
    <name>ChoicesAnswer</name>
    <message>
        <location filename="../trainer/ui/answers/choices.py" line="20"/>
        <source>True</source>
        <translation type="unfinished">ពិត</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/choices.py" line="21"/>
        <source>False</source>
        <translation type="unfinished">មិនពិត</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/choices.py" line="22"/>
        <source>Share it</source>
        <translation type="unfinished">ចែករំលែកវា</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/choices.py" line="23"/>
        <source>Don&apos;t share it</source>
        <translation type="unfinished">កុំចែករំលែកវា</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/choices.py" line="24"/>
        <source>Check it first</source>
        <translation type="unfinished">ពិនិត្យវាមុនសិន</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/choices.py" line="25"/>
        <source>Impersonation: pretending to be someone trusted</source>
        <translation type="unfinished">ការក្លែងបន្លំ៖ ធ្វើពុតជាអ្នកដែលគេទុកចិត្ត</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/choices.py" line="28"/>
        <source>Emotion: making you scared or angry</source>
        <translation type="unfinished">អារម្មណ៍៖ ធ្វើឱ្យអ្នកភ័យខ្លាច ឬខឹង</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/choices.py" line="29"/>
        <source>Polarisation: turning groups against each other</source>
        <translation type="unfinished">ការបែងចែក៖ ញុះញង់ក្រុមឱ្យប្រឆាំងគ្នា</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/choices.py" line="32"/>
        <source>Conspiracy: a secret plot behind the news</source>
        <translation type="unfinished">ទ្រឹស្ដីឃុបឃិត៖ គម្រោងសម្ងាត់នៅពីក្រោយព័ត៌មាន</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/choices.py" line="35"/>
        <source>Discrediting: attacking the people who check facts</source>
        <translation type="unfinished">ការបង្ខូចឈ្មោះ៖ វាយប្រហារអ្នកដែលពិនិត្យការពិត</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/choices.py" line="38"/>
        <source>Trolling: provoking people to react</source>
        <translation type="unfinished">ការញុះញង់ឱ្យឈ្លោះគ្នា៖ បង្កឱ្យមនុស្សមានប្រតិកម្ម</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/choices.py" line="39"/>
        <source>Fake followers: making it look popular</source>
        <translation type="unfinished">អ្នកតាមដានក្លែងក្លាយ៖ ធ្វើឱ្យមើលទៅពេញនិយម</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/choices.py" line="136"/>
        <source>✓ Your answer: right</source>
        <translation type="unfinished">✓ ចម្លើយរបស់អ្នក៖ ត្រឹមត្រូវ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/choices.py" line="137"/>
        <source>✗ Your answer: not right</source>
        <translation type="unfinished">✗ ចម្លើយរបស់អ្នក៖ មិនត្រឹមត្រូវ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/choices.py" line="138"/>
        <source>You missed this one: it is right too</source>
        <translation type="unfinished">អ្នករំលងចម្លើយនេះ៖ វាក៏ត្រឹមត្រូវដែរ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/choices.py" line="140"/>
        <source>This is the right answer</source>
        <translation type="unfinished">នេះជាចម្លើយត្រឹមត្រូវ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/choices.py" line="147"/>
        <source>Tick every right answer.</source>
        <translation type="unfinished">ជ្រើសរើសចម្លើយត្រឹមត្រូវទាំងអស់។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/choices.py" line="147"/>
        <source>Pick one answer.</source>
        <translation type="unfinished">ជ្រើសរើសចម្លើយមួយ។</translation>
    </message>
</context>
<context>
    <name>ClassCharts</name>
    <message>
        <location filename="../trainer/ui/class_charts.py" line="67"/>
        <source>No one in this class has taken a pre-test or post-test yet.</source>
        <translation type="unfinished">មិនទាន់មាននរណាម្នាក់ ក្នុងថ្នាក់នេះ ធ្វើតេស្តមុនរៀន ឬតេស្តក្រោយរៀនទេ។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/class_charts.py" line="73"/>
        <source>Close</source>
        <translation type="unfinished">បិទ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/class_charts.py" line="83"/>
        <source>No module is fading: review answers are as good as before.</source>
        <translation type="unfinished">គ្មានម៉ូឌុលណា កំពុងភ្លេចទេ៖ ចម្លើយហាត់ឡើងវិញ ល្អដូចមុន។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/class_charts.py" line="84"/>
        <source>Fading (review answers right, before → last 2 weeks):</source>
        <translation type="unfinished">កំពុងភ្លេច (ចម្លើយហាត់ឡើងវិញ ដែលត្រូវ មុននេះ → ២ សប្ដាហ៍ចុងក្រោយ)៖</translation>
    </message>
    <message>
        <location filename="../trainer/ui/class_charts.py" line="94"/>
        <source>Averages by gender or age group are shown only for {} learners or more, so that no one&apos;s scores can be told from them.</source>
        <translation type="unfinished">មធ្យមភាគតាមភេទ ឬតាមក្រុមអាយុ បង្ហាញតែសម្រាប់អ្នកសិក្សា {} នាក់ ឬច្រើនជាងនេះប៉ុណ្ណោះ ដើម្បីកុំឱ្យគេដឹងពិន្ទុរបស់នរណាម្នាក់។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/class_charts.py" line="102"/>
        <source>Learner or group</source>
        <translation type="unfinished">អ្នកសិក្សា ឬក្រុម</translation>
    </message>
    <message>
        <location filename="../trainer/ui/class_charts.py" line="102"/>
        <source>Before</source>
        <translation type="unfinished">មុន</translation>
    </message>
    <message>
        <location filename="../trainer/ui/class_charts.py" line="102"/>
        <source>After</source>
        <translation type="unfinished">ក្រោយ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/class_charts.py" line="102"/>
        <source>Gain</source>
        <translation type="unfinished">កំណើន</translation>
    </message>
    <message>
        <location filename="../trainer/ui/class_charts.py" line="126"/>
        <source>Class average</source>
        <translation type="unfinished">មធ្យមភាគថ្នាក់</translation>
    </message>
    <message>
        <location filename="../trainer/ui/class_charts.py" line="127"/>
        <source>Women and girls</source>
        <translation type="unfinished">ស្ត្រី និងក្មេងស្រី</translation>
    </message>
    <message>
        <location filename="../trainer/ui/class_charts.py" line="128"/>
        <source>Men and boys</source>
        <translation type="unfinished">បុរស និងក្មេងប្រុស</translation>
    </message>
    <message>
        <location filename="../trainer/ui/class_charts.py" line="129"/>
        <source>Other</source>
        <translation type="unfinished">ផ្សេងទៀត</translation>
    </message>
    <message>
        <location filename="../trainer/ui/class_charts.py" line="131"/>
        <source>{} ({} learners)</source>
        <translation type="unfinished">{} (អ្នកសិក្សា {} នាក់)</translation>
    </message>
</context>
<context>
    <name>ClassReport</name>
    <message>
        <location filename="../trainer/reports/class_report.py" line="53"/>
        <source>Date</source>
        <translation type="unfinished">កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <location filename="../trainer/reports/class_report.py" line="54"/>
        <source>Facilitator</source>
        <translation type="unfinished">អ្នកសម្របសម្រួល</translation>
    </message>
    <message>
        <location filename="../trainer/reports/class_report.py" line="55"/>
        <source>Centre</source>
        <translation type="unfinished">មជ្ឈមណ្ឌល</translation>
    </message>
    <message>
        <location filename="../trainer/reports/class_report.py" line="56"/>
        <location filename="../trainer/reports/class_report.py" line="207"/>
        <source>Learners</source>
        <translation type="unfinished">អ្នកសិក្សា</translation>
    </message>
    <message>
        <location filename="../trainer/reports/class_report.py" line="59"/>
        <location filename="../trainer/reports/class_report.py" line="244"/>
        <source>Class report: {}</source>
        <translation type="unfinished">របាយការណ៍ថ្នាក់៖ {}</translation>
    </message>
    <message>
        <location filename="../trainer/reports/class_report.py" line="64"/>
        <source>Mastered</source>
        <translation type="unfinished">ស្ទាត់ជំនាញ</translation>
    </message>
    <message>
        <location filename="../trainer/reports/class_report.py" line="65"/>
        <source>In progress</source>
        <translation type="unfinished">កំពុងដំណើរការ</translation>
    </message>
    <message>
        <location filename="../trainer/reports/class_report.py" line="66"/>
        <source>Not started</source>
        <translation type="unfinished">មិនទាន់ចាប់ផ្ដើម</translation>
    </message>
    <message>
        <location filename="../trainer/reports/class_report.py" line="67"/>
        <source>Test taken</source>
        <translation type="unfinished">បានធ្វើតេស្ត</translation>
    </message>
    <message>
        <location filename="../trainer/reports/class_report.py" line="76"/>
        <source>Progress</source>
        <translation type="unfinished">វឌ្ឍនភាព</translation>
    </message>
    <message>
        <location filename="../trainer/reports/class_report.py" line="76"/>
        <source>Modules</source>
        <translation type="unfinished">ម៉ូឌុល</translation>
    </message>
    <message>
        <location filename="../trainer/reports/class_report.py" line="90"/>
        <location filename="../trainer/reports/class_report.py" line="166"/>
        <source>Learner</source>
        <translation type="unfinished">អ្នកសិក្សា</translation>
    </message>
    <message>
        <location filename="../trainer/reports/class_report.py" line="90"/>
        <source>Last active</source>
        <translation type="unfinished">សកម្មភាពចុងក្រោយ</translation>
    </message>
    <message>
        <location filename="../trainer/reports/class_report.py" line="102"/>
        <source>{} or more wrong answers in a row</source>
        <translation type="unfinished">ឆ្លើយខុស {} ដង ឬច្រើនជាងនេះ ជាប់ៗគ្នា</translation>
    </message>
    <message>
        <location filename="../trainer/reports/class_report.py" line="105"/>
        <source>has not started</source>
        <translation type="unfinished">មិនទាន់ចាប់ផ្ដើម</translation>
    </message>
    <message>
        <location filename="../trainer/reports/class_report.py" line="108"/>
        <source>no activity for {} days or more</source>
        <translation type="unfinished">គ្មានសកម្មភាព {} ថ្ងៃ ឬច្រើនជាងនេះ</translation>
    </message>
    <message>
        <location filename="../trainer/reports/class_report.py" line="114"/>
        <source>Nobody needs help right now.</source>
        <translation type="unfinished">ឥឡូវនេះ គ្មាននរណាត្រូវការជំនួយទេ។</translation>
    </message>
    <message>
        <location filename="../trainer/reports/class_report.py" line="114"/>
        <source>Who needs help</source>
        <translation type="unfinished">អ្នកដែលត្រូវការជំនួយ</translation>
    </message>
    <message>
        <location filename="../trainer/reports/class_report.py" line="120"/>
        <source>No wrong answers yet.</source>
        <translation type="unfinished">មិនទាន់មានចម្លើយខុសនៅឡើយទេ។</translation>
    </message>
    <message>
        <location filename="../trainer/reports/class_report.py" line="120"/>
        <source>Difficult questions</source>
        <translation type="unfinished">សំណួរពិបាក</translation>
    </message>
    <message>
        <location filename="../trainer/reports/class_report.py" line="144"/>
        <source>Question</source>
        <translation type="unfinished">សំណួរ</translation>
    </message>
    <message>
        <location filename="../trainer/reports/class_report.py" line="145"/>
        <source>Answers</source>
        <translation type="unfinished">ចម្លើយ</translation>
    </message>
    <message>
        <location filename="../trainer/reports/class_report.py" line="146"/>
        <source>Wrong</source>
        <translation type="unfinished">ខុស</translation>
    </message>
    <message>
        <location filename="../trainer/reports/class_report.py" line="147"/>
        <source>Most chosen wrong answer</source>
        <translation type="unfinished">ចម្លើយខុស ដែលគេជ្រើសច្រើនជាងគេ</translation>
    </message>
    <message>
        <location filename="../trainer/reports/class_report.py" line="166"/>
        <location filename="../trainer/reports/class_report.py" line="207"/>
        <source>Pre-test</source>
        <translation type="unfinished">តេស្តមុនរៀន</translation>
    </message>
    <message>
        <location filename="../trainer/reports/class_report.py" line="166"/>
        <location filename="../trainer/reports/class_report.py" line="207"/>
        <source>Post-test</source>
        <translation type="unfinished">តេស្តក្រោយរៀន</translation>
    </message>
    <message>
        <location filename="../trainer/reports/class_report.py" line="166"/>
        <location filename="../trainer/reports/class_report.py" line="207"/>
        <source>Gain</source>
        <translation type="unfinished">កំណើន</translation>
    </message>
    <message>
        <location filename="../trainer/reports/class_report.py" line="168"/>
        <source>Discernment before</source>
        <translation type="unfinished">ការវែកញែក មុន</translation>
    </message>
    <message>
        <location filename="../trainer/reports/class_report.py" line="168"/>
        <source>Discernment after</source>
        <translation type="unfinished">ការវែកញែក ក្រោយ</translation>
    </message>
    <message>
        <location filename="../trainer/reports/class_report.py" line="182"/>
        <source>Class average</source>
        <translation type="unfinished">មធ្យមភាគថ្នាក់</translation>
    </message>
    <message>
        <location filename="../trainer/reports/class_report.py" line="185"/>
        <source>By gender</source>
        <translation type="unfinished">តាមភេទ</translation>
    </message>
    <message>
        <location filename="../trainer/reports/class_report.py" line="185"/>
        <source>By age group</source>
        <translation type="unfinished">តាមក្រុមអាយុ</translation>
    </message>
    <message>
        <location filename="../trainer/reports/class_report.py" line="187"/>
        <source>Gain g = (post - pre) / (100 - pre); the average is over the {} learners who took both tests.</source>
        <translation type="unfinished">កំណើន g = (ក្រោយ - មុន) / (១០០ - មុន)។ មធ្យមភាគគិតលើអ្នកសិក្សា {} នាក់ ដែលបានធ្វើតេស្តទាំងពីរ។</translation>
    </message>
    <message>
        <location filename="../trainer/reports/class_report.py" line="190"/>
        <source>Averages by gender or age group are shown only for {} learners or more, so that no one&apos;s scores can be told from them.</source>
        <translation type="unfinished">មធ្យមភាគតាមភេទ ឬតាមក្រុមអាយុ បង្ហាញតែសម្រាប់អ្នកសិក្សា {} នាក់ ឬច្រើនជាងនេះប៉ុណ្ណោះ ដើម្បីកុំឱ្យគេដឹងពិន្ទុរបស់នរណាម្នាក់។</translation>
    </message>
    <message>
        <location filename="../trainer/reports/class_report.py" line="204"/>
        <source>female</source>
        <translation type="unfinished">ស្រី</translation>
    </message>
    <message>
        <location filename="../trainer/reports/class_report.py" line="204"/>
        <source>male</source>
        <translation type="unfinished">ប្រុស</translation>
    </message>
    <message>
        <location filename="../trainer/reports/class_report.py" line="204"/>
        <source>other</source>
        <translation type="unfinished">ផ្សេងទៀត</translation>
    </message>
    <message>
        <location filename="../trainer/reports/class_report.py" line="222"/>
        <source>Learning gain</source>
        <translation type="unfinished">កំណើននៃការសិក្សា</translation>
    </message>
    <message>
        <location filename="../trainer/reports/class_report.py" line="245"/>
        <source>page {} of {}</source>
        <translation type="unfinished">ទំព័រ {} នៃ {}</translation>
    </message>
</context>
<context>
    <name>ClassesScreen</name>
    <message>
        <location filename="../trainer/ui/classes.py" line="123"/>
        <source>archived</source>
        <translation type="unfinished">ក្នុងបណ្ណសារ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/classes.py" line="140"/>
        <source>Bring back</source>
        <translation type="unfinished">យកមកវិញ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/classes.py" line="140"/>
        <source>Archive class</source>
        <translation type="unfinished">ទុកថ្នាក់ ក្នុងបណ្ណសារ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/classes.py" line="146"/>
        <source>chooses a picture code at sign-in</source>
        <translation type="unfinished">ជ្រើសកូដរូបភាព ពេលចូល</translation>
    </message>
    <message>
        <location filename="../trainer/ui/classes.py" line="163"/>
        <location filename="../trainer/ui/classes.py" line="270"/>
        <source>New class</source>
        <translation type="unfinished">ថ្នាក់ថ្មី</translation>
    </message>
    <message>
        <location filename="../trainer/ui/classes.py" line="163"/>
        <location filename="../trainer/ui/classes.py" line="178"/>
        <source>Name of the class</source>
        <translation type="unfinished">ឈ្មោះថ្នាក់</translation>
    </message>
    <message>
        <location filename="../trainer/ui/classes.py" line="169"/>
        <location filename="../trainer/ui/classes.py" line="183"/>
        <source>A class needs a name.</source>
        <translation type="unfinished">ថ្នាក់ត្រូវមានឈ្មោះ។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/classes.py" line="178"/>
        <source>Rename the class</source>
        <translation type="unfinished">ប្ដូរឈ្មោះថ្នាក់</translation>
    </message>
    <message>
        <location filename="../trainer/ui/classes.py" line="213"/>
        <source>{} learners added.</source>
        <translation type="unfinished">បានបន្ថែមអ្នកសិក្សា {} នាក់។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/classes.py" line="219"/>
        <location filename="../trainer/ui/classes.py" line="236"/>
        <source>Select one or more learners first.</source>
        <translation type="unfinished">សូមជ្រើសរើស អ្នកសិក្សា ម្នាក់ ឬច្រើននាក់ ជាមុនសិន។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/classes.py" line="224"/>
        <source>Make another class first.</source>
        <translation type="unfinished">សូមបង្កើត ថ្នាក់មួយទៀត ជាមុនសិន។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/classes.py" line="227"/>
        <source>Move learners</source>
        <translation type="unfinished">ផ្ទេរអ្នកសិក្សា</translation>
    </message>
    <message>
        <location filename="../trainer/ui/classes.py" line="227"/>
        <source>Move to class</source>
        <translation type="unfinished">ផ្ទេរទៅថ្នាក់</translation>
    </message>
    <message>
        <location filename="../trainer/ui/classes.py" line="241"/>
        <source>They will choose new pictures the next time they sign in.</source>
        <translation type="unfinished">ពួកគេនឹងជ្រើសរើស រូបភាពថ្មី នៅពេលចូលលើកក្រោយ។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/classes.py" line="250"/>
        <source>Assign a module</source>
        <translation type="unfinished">ចាត់តាំងម៉ូឌុល</translation>
    </message>
    <message>
        <location filename="../trainer/ui/classes.py" line="250"/>
        <location filename="../trainer/ui/classes.py" line="279"/>
        <source>Module</source>
        <translation type="unfinished">ម៉ូឌុល</translation>
    </message>
    <message>
        <location filename="../trainer/ui/classes.py" line="266"/>
        <source>Saved. The class&apos;s learners see these modules first, in this order.</source>
        <translation type="unfinished">បានរក្សាទុក។ អ្នកសិក្សា ក្នុងថ្នាក់នេះ នឹងឃើញម៉ូឌុលទាំងនេះ មុនគេ តាមលំដាប់នេះ។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/classes.py" line="271"/>
        <source>Rename</source>
        <translation type="unfinished">ប្ដូរឈ្មោះ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/classes.py" line="272"/>
        <source>Show archived classes</source>
        <translation type="unfinished">បង្ហាញថ្នាក់ ក្នុងបណ្ណសារ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/classes.py" line="273"/>
        <source>Learners of this class sign in without picture codes</source>
        <translation type="unfinished">អ្នកសិក្សា ក្នុងថ្នាក់នេះ ចូលដោយគ្មាន កូដរូបភាព</translation>
    </message>
    <message>
        <location filename="../trainer/ui/classes.py" line="274"/>
        <source>Learners</source>
        <translation type="unfinished">អ្នកសិក្សា</translation>
    </message>
    <message>
        <location filename="../trainer/ui/classes.py" line="275"/>
        <source>Add learners…</source>
        <translation type="unfinished">បន្ថែមអ្នកសិក្សា…</translation>
    </message>
    <message>
        <location filename="../trainer/ui/classes.py" line="276"/>
        <source>Move to another class…</source>
        <translation type="unfinished">ផ្ទេរទៅថ្នាក់ផ្សេង…</translation>
    </message>
    <message>
        <location filename="../trainer/ui/classes.py" line="277"/>
        <source>Reset picture code</source>
        <translation type="unfinished">កំណត់កូដរូបភាព ឡើងវិញ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/classes.py" line="278"/>
        <source>Modules for this class, in order</source>
        <translation type="unfinished">ម៉ូឌុល សម្រាប់ថ្នាក់នេះ តាមលំដាប់</translation>
    </message>
    <message>
        <location filename="../trainer/ui/classes.py" line="279"/>
        <source>Finish by</source>
        <translation type="unfinished">ត្រូវបញ្ចប់ត្រឹម</translation>
    </message>
    <message>
        <location filename="../trainer/ui/classes.py" line="280"/>
        <source>Add a module…</source>
        <translation type="unfinished">បន្ថែមម៉ូឌុល…</translation>
    </message>
    <message>
        <location filename="../trainer/ui/classes.py" line="281"/>
        <source>Remove</source>
        <translation type="unfinished">ដកចេញ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/classes.py" line="282"/>
        <source>Save modules</source>
        <translation type="unfinished">រក្សាទុកម៉ូឌុល</translation>
    </message>
</context>
<context>
    <name>CodeProblem</name>
    <message>
        <location filename="../trainer/store/centre_key.py" line="41"/>
        <source>A centre key has 20 letters and digits; this one has {count}.</source>
        <translation type="unfinished">សោមជ្ឈមណ្ឌលមានអក្សរ និងលេខ ២០ តួ។ សោនេះមាន {count} តួ។</translation>
    </message>
    <message>
        <location filename="../trainer/store/centre_key.py" line="45"/>
        <source>A centre key has no “{character}”. Check the code and type it again.</source>
        <translation type="unfinished">សោមជ្ឈមណ្ឌលគ្មាន “{character}” ទេ។ សូមពិនិត្យកូដ ហើយវាយម្ដងទៀត។</translation>
    </message>
    <message>
        <location filename="../trainer/store/centre_key.py" line="51"/>
        <source>This centre key has a typing mistake (its last two letters do not fit the others). Check each group and type it again.</source>
        <translation type="unfinished">សោមជ្ឈមណ្ឌលនេះមានកំហុសវាយ (អក្សរពីរចុងក្រោយ មិនត្រូវនឹងអក្សរផ្សេងទៀត)។ សូមពិនិត្យក្រុមនីមួយៗ ហើយវាយម្ដងទៀត។</translation>
    </message>
</context>
<context>
    <name>ConnectionProblem</name>
    <message>
        <location filename="../trainer/sync/lrs_settings.py" line="17"/>
        <source>No LRS is set yet: give its address, user name and password.</source>
        <translation type="unfinished">មិនទាន់មាន LRS នៅឡើយទេ៖ សូមផ្ដល់ អាសយដ្ឋាន ឈ្មោះអ្នកប្រើ និងពាក្យសម្ងាត់ របស់វា។</translation>
    </message>
    <message>
        <location filename="../trainer/sync/lrs_settings.py" line="23"/>
        <source>The LRS needs a user name and a password (the programme gives them).</source>
        <translation type="unfinished">LRS ត្រូវការ ឈ្មោះអ្នកប្រើ និងពាក្យសម្ងាត់ (គម្រោងផ្ដល់វាឱ្យ)។</translation>
    </message>
    <message>
        <location filename="../trainer/sync/lrs_settings.py" line="29"/>
        <source>The LRS address must be a web address starting with https:// or http://.</source>
        <translation type="unfinished">អាសយដ្ឋាន LRS ត្រូវតែជាអាសយដ្ឋានគេហទំព័រ ដែលចាប់ផ្ដើមដោយ https:// ឬ http://។</translation>
    </message>
    <message>
        <location filename="../trainer/sync/lrs_settings.py" line="35"/>
        <source>The LRS address must not hold a user name or password: give them apart.</source>
        <translation type="unfinished">អាសយដ្ឋាន LRS មិនត្រូវមាន ឈ្មោះអ្នកប្រើ ឬពាក្យសម្ងាត់ទេ៖ សូមផ្ដល់វា ដោយឡែក។</translation>
    </message>
    <message>
        <location filename="../trainer/sync/lrs_settings.py" line="41"/>
        <source>The programme&apos;s web address must start with https:// or http://.</source>
        <translation type="unfinished">អាសយដ្ឋានគេហទំព័រ របស់គម្រោង ត្រូវតែចាប់ផ្ដើមដោយ https:// ឬ http://។</translation>
    </message>
    <message>
        <location filename="../trainer/sync/lrs_settings.py" line="47"/>
        <source>The programme&apos;s web address must not hold a user name or password.</source>
        <translation type="unfinished">អាសយដ្ឋានគេហទំព័រ របស់គម្រោង មិនត្រូវមាន ឈ្មោះអ្នកប្រើ ឬពាក្យសម្ងាត់ទេ។</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../trainer/ui/crash.py" line="42"/>
        <source>Something went wrong</source>
        <translation type="unfinished">មានបញ្ហាមួយបានកើតឡើង</translation>
    </message>
    <message>
        <location filename="../trainer/ui/crash.py" line="45"/>
        <source>Sorry, something went wrong. Your answers are saved. Please tell your facilitator, and carry on.</source>
        <translation type="unfinished">សូមអភ័យទោស មានបញ្ហាមួយបានកើតឡើង។ ចម្លើយរបស់អ្នកត្រូវបានរក្សាទុកហើយ។ សូមប្រាប់អ្នកសម្របសម្រួល ហើយបន្តទៀត។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/crash.py" line="50"/>
        <source>Copy details</source>
        <translation type="unfinished">ចម្លងព័ត៌មានលម្អិត</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../trainer/ui/dashboard.py" line="141"/>
        <source>{} learners; {} need help. Click a learner or a module for more.</source>
        <translation type="unfinished">អ្នកសិក្សា {} នាក់ ក្នុងនោះ {} នាក់ ត្រូវការជំនួយ។ ចុចលើអ្នកសិក្សា ឬម៉ូឌុល ដើម្បីមើលបន្ថែម។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/dashboard.py" line="148"/>
        <source>Learner</source>
        <translation type="unfinished">អ្នកសិក្សា</translation>
    </message>
    <message>
        <location filename="../trainer/ui/dashboard.py" line="149"/>
        <source>Needs help</source>
        <translation type="unfinished">ត្រូវការជំនួយ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/dashboard.py" line="159"/>
        <source>Wrong answers in a row</source>
        <translation type="unfinished">ឆ្លើយខុស ជាប់ៗគ្នា</translation>
    </message>
    <message>
        <location filename="../trainer/ui/dashboard.py" line="160"/>
        <source>Away for 2 weeks</source>
        <translation type="unfinished">មិនបានមករៀន ២ សប្ដាហ៍</translation>
    </message>
    <message>
        <location filename="../trainer/ui/dashboard.py" line="164"/>
        <source>never</source>
        <translation type="unfinished">មិនដែល</translation>
    </message>
    <message>
        <location filename="../trainer/ui/dashboard.py" line="177"/>
        <source>Not started</source>
        <translation type="unfinished">មិនទាន់ចាប់ផ្ដើម</translation>
    </message>
    <message>
        <location filename="../trainer/ui/dashboard.py" line="150"/>
        <source>Last came</source>
        <translation type="unfinished">មកចុងក្រោយ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/dashboard.py" line="151"/>
        <source>Modules</source>
        <translation type="unfinished">ម៉ូឌុល</translation>
    </message>
    <message>
        <location filename="../trainer/ui/dashboard.py" line="167"/>
        <source>today</source>
        <translation type="unfinished">ថ្ងៃនេះ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/dashboard.py" line="169"/>
        <source>yesterday</source>
        <translation type="unfinished">ម្សិលមិញ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/dashboard.py" line="170"/>
        <source>{} days ago</source>
        <translation type="unfinished">{} ថ្ងៃមុន</translation>
    </message>
    <message>
        <location filename="../trainer/ui/dashboard.py" line="178"/>
        <source>In progress</source>
        <translation type="unfinished">កំពុងដំណើរការ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/dashboard.py" line="179"/>
        <source>Mastered</source>
        <translation type="unfinished">ស្ទាត់ជំនាញ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/dashboard.py" line="180"/>
        <source>Done</source>
        <translation type="unfinished">រួចរាល់</translation>
    </message>
    <message>
        <location filename="../trainer/ui/dashboard.py" line="196"/>
        <source>In progress, {} of answers right</source>
        <translation type="unfinished">កំពុងដំណើរការ ចម្លើយត្រូវ {}</translation>
    </message>
    <message>
        <location filename="../trainer/ui/dashboard.py" line="218"/>
        <source>Who needs help?</source>
        <translation type="unfinished">តើនរណាត្រូវការជំនួយ?</translation>
    </message>
    <message>
        <location filename="../trainer/ui/dashboard.py" line="219"/>
        <source>Charts and learning gain</source>
        <translation type="unfinished">គំនូសតាង និងកំណើននៃការសិក្សា</translation>
    </message>
    <message>
        <location filename="../trainer/ui/dashboard.py" line="222"/>
        <source>Each square is a module: ✓ mastered; filled from the bottom: in progress, by the share of answers right; empty: not started. Point at a square for its module; click it for the module&apos;s difficult questions.</source>
        <translation type="unfinished">ការ៉េនីមួយៗ ជាម៉ូឌុលមួយ៖ ✓ ស្ទាត់ជំនាញ។ បំពេញពីក្រោមឡើង៖ កំពុងដំណើរការ តាមភាគរយ ចម្លើយត្រូវ។ ទទេ៖ មិនទាន់ចាប់ផ្ដើម។ ដាក់ទស្សន៍ទ្រនិចលើការ៉េ ដើម្បីមើលម៉ូឌុលរបស់វា។ ចុចវា ដើម្បីមើលសំណួរពិបាក នៃម៉ូឌុលនោះ។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/dashboard.py" line="227"/>
        <source>All learners</source>
        <translation type="unfinished">អ្នកសិក្សាទាំងអស់</translation>
    </message>
</context>
<context>
    <name>FacilitatorArea</name>
    <message>
        <location filename="../trainer/ui/facilitator_area.py" line="39"/>
        <source>Dashboard</source>
        <translation type="unfinished">ផ្ទាំងសង្ខេប</translation>
    </message>
    <message>
        <location filename="../trainer/ui/facilitator_area.py" line="44"/>
        <source>Classes and learners</source>
        <translation type="unfinished">ថ្នាក់ និងអ្នកសិក្សា</translation>
    </message>
    <message>
        <location filename="../trainer/ui/facilitator_area.py" line="49"/>
        <source>Reports and certificates</source>
        <translation type="unfinished">របាយការណ៍ និងវិញ្ញាបនបត្រ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/facilitator_area.py" line="54"/>
        <source>Content packs</source>
        <translation type="unfinished">កញ្ចប់មាតិកា</translation>
    </message>
    <message>
        <location filename="../trainer/ui/facilitator_area.py" line="59"/>
        <source>Move progress between PCs</source>
        <translation type="unfinished">ផ្ទេរវឌ្ឍនភាព រវាងកុំព្យូទ័រ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/facilitator_area.py" line="64"/>
        <source>Send to the programme</source>
        <translation type="unfinished">ផ្ញើទៅគម្រោង</translation>
    </message>
    <message>
        <location filename="../trainer/ui/facilitator_area.py" line="69"/>
        <source>Backups</source>
        <translation type="unfinished">ច្បាប់បម្រុងទុក</translation>
    </message>
    <message>
        <location filename="../trainer/ui/facilitator_area.py" line="74"/>
        <source>Settings</source>
        <translation type="unfinished">ការកំណត់</translation>
    </message>
    <message>
        <location filename="../trainer/ui/facilitator_area.py" line="157"/>
        <source>Facilitator: {}</source>
        <translation type="unfinished">អ្នកសម្របសម្រួល៖ {}</translation>
    </message>
    <message>
        <location filename="../trainer/ui/facilitator_area.py" line="158"/>
        <source>Close the facilitator area</source>
        <translation type="unfinished">បិទផ្នែក អ្នកសម្របសម្រួល</translation>
    </message>
</context>
<context>
    <name>FacilitatorGate</name>
    <message>
        <location filename="../trainer/ui/facilitator_gate.py" line="102"/>
        <source>That password is not right.</source>
        <translation type="unfinished">ពាក្យសម្ងាត់នោះ មិនត្រឹមត្រូវទេ។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/facilitator_gate.py" line="105"/>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished">ពាក្យសម្ងាត់ទាំងពីរ មិនដូចគ្នាទេ។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/facilitator_gate.py" line="110"/>
        <source>Type your name, and a password of at least 6 characters.</source>
        <translation type="unfinished">សូមវាយឈ្មោះរបស់អ្នក និងពាក្យសម្ងាត់ យ៉ាងហោចណាស់ ៦ តួអក្សរ។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/facilitator_gate.py" line="135"/>
        <source>You can try again now.</source>
        <translation type="unfinished">ឥឡូវនេះ អ្នកអាចព្យាយាមម្ដងទៀតបាន។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/facilitator_gate.py" line="141"/>
        <source>Too many wrong passwords. Wait {} second, then try again.</source>
        <translation type="unfinished">ពាក្យសម្ងាត់ខុសច្រើនដងពេក។ សូមរង់ចាំ {} វិនាទី រួចព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/facilitator_gate.py" line="143"/>
        <source>Too many wrong passwords. Wait {} seconds, then try again.</source>
        <translation type="unfinished">ពាក្យសម្ងាត់ខុសច្រើនដងពេក។ សូមរង់ចាំ {} វិនាទី រួចព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/facilitator_gate.py" line="146"/>
        <source>Too many wrong passwords. Wait {} minutes, then try again.</source>
        <translation type="unfinished">ពាក្យសម្ងាត់ខុសច្រើនដងពេក។ សូមរង់ចាំ {} នាទី រួចព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/facilitator_gate.py" line="151"/>
        <source>Too many wrong passwords. Wait {} hours, then try again.</source>
        <translation type="unfinished">ពាក្យសម្ងាត់ខុសច្រើនដងពេក។ សូមរង់ចាំ {} ម៉ោង រួចព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/facilitator_gate.py" line="173"/>
        <source>Back</source>
        <translation type="unfinished">ត្រឡប់ក្រោយ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/facilitator_gate.py" line="175"/>
        <source>Create the facilitator account</source>
        <translation type="unfinished">បង្កើតគណនី អ្នកសម្របសម្រួល</translation>
    </message>
    <message>
        <location filename="../trainer/ui/facilitator_gate.py" line="178"/>
        <source>Only facilitators may see learners&apos; results and change classes and settings. Choose a password that learners do not know.</source>
        <translation type="unfinished">មានតែ អ្នកសម្របសម្រួលទេ ដែលអាចមើលលទ្ធផល របស់អ្នកសិក្សា និងកែប្រែថ្នាក់ និងការកំណត់។ សូមជ្រើសរើស ពាក្យសម្ងាត់ ដែលអ្នកសិក្សាមិនដឹង។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/facilitator_gate.py" line="182"/>
        <source>Your name</source>
        <translation type="unfinished">ឈ្មោះរបស់អ្នក</translation>
    </message>
    <message>
        <location filename="../trainer/ui/facilitator_gate.py" line="183"/>
        <source>The same password again</source>
        <translation type="unfinished">ពាក្យសម្ងាត់ដដែល ម្ដងទៀត</translation>
    </message>
    <message>
        <location filename="../trainer/ui/facilitator_gate.py" line="185"/>
        <source>Facilitators only</source>
        <translation type="unfinished">សម្រាប់តែ អ្នកសម្របសម្រួល</translation>
    </message>
    <message>
        <location filename="../trainer/ui/facilitator_gate.py" line="93"/>
        <location filename="../trainer/ui/facilitator_gate.py" line="186"/>
        <source>Type the facilitator password.</source>
        <translation type="unfinished">សូមវាយពាក្យសម្ងាត់ អ្នកសម្របសម្រួល។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/facilitator_gate.py" line="187"/>
        <source>Password</source>
        <translation type="unfinished">ពាក្យសម្ងាត់</translation>
    </message>
    <message>
        <location filename="../trainer/ui/facilitator_gate.py" line="188"/>
        <source>Open</source>
        <translation type="unfinished">បើក</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../trainer/ui/home.py" line="144"/>
        <source>Continue: {} (quiz)</source>
        <translation type="unfinished">បន្ត៖ {} (កម្រងសំណួរ)</translation>
    </message>
    <message>
        <location filename="../trainer/ui/home.py" line="145"/>
        <source>Continue: {} (page {})</source>
        <translation type="unfinished">បន្ត៖ {} (ទំព័រ {})</translation>
    </message>
    <message>
        <location filename="../trainer/ui/home.py" line="139"/>
        <source>You have mastered every module!</source>
        <translation type="unfinished">អ្នកបានស្ទាត់ជំនាញគ្រប់ម៉ូឌុលហើយ!</translation>
    </message>
    <message>
        <location filename="../trainer/ui/home.py" line="142"/>
        <source>Start: {}</source>
        <translation type="unfinished">ចាប់ផ្ដើម៖ {}</translation>
    </message>
    <message>
        <location filename="../trainer/ui/home.py" line="151"/>
        <source>Hello, {}!</source>
        <translation type="unfinished">សួស្ដី {}!</translation>
    </message>
    <message>
        <location filename="../trainer/ui/home.py" line="155"/>
        <source>Review: {} questions to keep fresh</source>
        <translation type="unfinished">ទាញមកហាត់ឡើងវិញ៖ សំណួរ {} ដើម្បីកុំឱ្យភ្លេច</translation>
    </message>
    <message>
        <location filename="../trainer/ui/home.py" line="159"/>
        <source>For your class</source>
        <translation type="unfinished">សម្រាប់ថ្នាក់ របស់អ្នក</translation>
    </message>
    <message>
        <location filename="../trainer/ui/home.py" line="161"/>
        <source>Not started</source>
        <translation type="unfinished">មិនទាន់ចាប់ផ្ដើម</translation>
    </message>
    <message>
        <location filename="../trainer/ui/home.py" line="162"/>
        <source>In progress</source>
        <translation type="unfinished">កំពុងដំណើរការ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/home.py" line="163"/>
        <source>Mastered</source>
        <translation type="unfinished">ស្ទាត់ជំនាញ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/home.py" line="164"/>
        <source>Done</source>
        <translation type="unfinished">រួចរាល់</translation>
    </message>
    <message>
        <location filename="../trainer/ui/home.py" line="175"/>
        <source>About {} minutes</source>
        <translation type="unfinished">ប្រហែល {} នាទី</translation>
    </message>
    <message>
        <location filename="../trainer/ui/home.py" line="176"/>
        <source>Test before you start</source>
        <translation type="unfinished">តេស្តមុនពេលចាប់ផ្ដើម</translation>
    </message>
    <message>
        <location filename="../trainer/ui/home.py" line="176"/>
        <source>Test at the end</source>
        <translation type="unfinished">តេស្តនៅចុងបញ្ចប់</translation>
    </message>
    <message>
        <location filename="../trainer/ui/home.py" line="181"/>
        <source>Finish by {}</source>
        <translation type="unfinished">ត្រូវបញ្ចប់ត្រឹម {}</translation>
    </message>
    <message>
        <location filename="../trainer/ui/home.py" line="184"/>
        <source>Opens when the one before is mastered</source>
        <translation type="unfinished">បើកនៅពេលអ្នក ស្ទាត់ជំនាញ ម៉ូឌុលមុន</translation>
    </message>
</context>
<context>
    <name>HotspotAnswer</name>
    <message>
        <location filename="../trainer/ui/answers/hotspot.py" line="164"/>
        <source>Tap every part that looks suspicious, then press Check. Taps: {}</source>
        <translation type="unfinished">ចុចលើផ្នែកនីមួយៗដែលមើលទៅគួរឱ្យសង្ស័យ រួចចុច ពិនិត្យ។ ចំនួនចុច៖ {}</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/hotspot.py" line="180"/>
        <source>You found {} of {} red flags. Taps on nothing suspicious: {}.</source>
        <translation type="unfinished">អ្នករកឃើញសញ្ញាព្រមាន {} ក្នុងចំណោម {}។ ចុចលើកន្លែងមិនគួរឱ្យសង្ស័យ៖ {}។</translation>
    </message>
</context>
<context>
    <name>HowSure</name>
    <message>
        <location filename="../trainer/ui/how_sure.py" line="34"/>
        <source>Not sure</source>
        <translation type="unfinished">មិនប្រាកដ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/how_sure.py" line="35"/>
        <source>A bit sure</source>
        <translation type="unfinished">ប្រាកដបន្តិច</translation>
    </message>
    <message>
        <location filename="../trainer/ui/how_sure.py" line="36"/>
        <source>Very sure</source>
        <translation type="unfinished">ប្រាកដណាស់</translation>
    </message>
</context>
<context>
    <name>KeptVersions</name>
    <message>
        <location filename="../trainer/ui/kept_versions.py" line="35"/>
        <source>Learner</source>
        <translation type="unfinished">អ្នកសិក្សា</translation>
    </message>
    <message>
        <location filename="../trainer/ui/kept_versions.py" line="36"/>
        <source>Class</source>
        <translation type="unfinished">ថ្នាក់</translation>
    </message>
    <message>
        <location filename="../trainer/ui/kept_versions.py" line="37"/>
        <source>Assignment</source>
        <translation type="unfinished">ការចាត់តាំង</translation>
    </message>
    <message>
        <location filename="../trainer/ui/kept_versions.py" line="41"/>
        <source>name</source>
        <translation type="unfinished">ឈ្មោះ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/kept_versions.py" line="42"/>
        <source>picture</source>
        <translation type="unfinished">រូបភាព</translation>
    </message>
    <message>
        <location filename="../trainer/ui/kept_versions.py" line="43"/>
        <source>place in the list</source>
        <translation type="unfinished">លំដាប់ក្នុងបញ្ជី</translation>
    </message>
    <message>
        <location filename="../trainer/ui/kept_versions.py" line="44"/>
        <source>target date</source>
        <translation type="unfinished">ថ្ងៃកំណត់</translation>
    </message>
    <message>
        <location filename="../trainer/ui/kept_versions.py" line="45"/>
        <source>class</source>
        <translation type="unfinished">ថ្នាក់</translation>
    </message>
    <message>
        <location filename="../trainer/ui/kept_versions.py" line="46"/>
        <source>picture code</source>
        <translation type="unfinished">កូដរូបភាព</translation>
    </message>
    <message>
        <location filename="../trainer/ui/kept_versions.py" line="47"/>
        <source>whether the module is assigned</source>
        <translation type="unfinished">ថាតើម៉ូឌុល ត្រូវបានចាត់តាំង ឬអត់</translation>
    </message>
    <message>
        <location filename="../trainer/ui/kept_versions.py" line="51"/>
        <source>{}: “{}” (now “{}”)</source>
        <translation type="unfinished">{}៖ “{}” (ឥឡូវ “{}”)</translation>
    </message>
    <message>
        <location filename="../trainer/ui/kept_versions.py" line="53"/>
        <source>{} changed</source>
        <translation type="unfinished">{} បានផ្លាស់ប្ដូរ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/kept_versions.py" line="56"/>
        <source>{} {} — kept from PC {}: {}</source>
        <translation type="unfinished">{} {} — រក្សាទុក ពីកុំព្យូទ័រ {}៖ {}</translation>
    </message>
    <message>
        <location filename="../trainer/ui/kept_versions.py" line="61"/>
        <source>Changed on two PCs at once</source>
        <translation type="unfinished">បានកែ នៅលើកុំព្យូទ័រពីរ ក្នុងពេលតែមួយ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/kept_versions.py" line="64"/>
        <source>The newer change is used. The other one is kept here, so that you can put it back by hand.</source>
        <translation type="unfinished">ការកែថ្មីជាង ត្រូវបានប្រើ។ ការកែមួយទៀត ត្រូវបានរក្សាទុក នៅទីនេះ ដើម្បីអ្នកអាច ដាក់វាវិញ ដោយដៃ។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/kept_versions.py" line="67"/>
        <source>Nothing: no record was changed on two PCs at once.</source>
        <translation type="unfinished">គ្មានទេ៖ គ្មានកំណត់ត្រាណា ត្រូវបានកែ នៅលើកុំព្យូទ័រពីរ ក្នុងពេលតែមួយទេ។</translation>
    </message>
</context>
<context>
    <name>LearnerDetail</name>
    <message>
        <location filename="../trainer/ui/learner_detail.py" line="40"/>
        <source>When</source>
        <translation type="unfinished">ពេលវេលា</translation>
    </message>
    <message>
        <location filename="../trainer/ui/learner_detail.py" line="41"/>
        <source>Module</source>
        <translation type="unfinished">ម៉ូឌុល</translation>
    </message>
    <message>
        <location filename="../trainer/ui/learner_detail.py" line="42"/>
        <source>Question</source>
        <translation type="unfinished">សំណួរ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/learner_detail.py" line="43"/>
        <source>Answer</source>
        <translation type="unfinished">ចម្លើយ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/learner_detail.py" line="44"/>
        <source>Right?</source>
        <translation type="unfinished">ត្រូវទេ?</translation>
    </message>
    <message>
        <location filename="../trainer/ui/learner_detail.py" line="45"/>
        <source>Seconds</source>
        <translation type="unfinished">វិនាទី</translation>
    </message>
    <message>
        <location filename="../trainer/ui/learner_detail.py" line="46"/>
        <source>Hint used</source>
        <translation type="unfinished">បានប្រើតម្រុយ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/learner_detail.py" line="57"/>
        <location filename="../trainer/ui/learner_detail.py" line="59"/>
        <source>yes</source>
        <translation type="unfinished">បាទ/ចាស</translation>
    </message>
    <message>
        <location filename="../trainer/ui/learner_detail.py" line="57"/>
        <source>no</source>
        <translation type="unfinished">ទេ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/learner_detail.py" line="65"/>
        <location filename="../trainer/ui/learner_detail.py" line="100"/>
        <source>Reset picture code</source>
        <translation type="unfinished">កំណត់កូដរូបភាព ឡើងវិញ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/learner_detail.py" line="68"/>
        <source>Close</source>
        <translation type="unfinished">បិទ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/learner_detail.py" line="77"/>
        <source>{} answers, newest first.</source>
        <translation type="unfinished">ចម្លើយ {} ថ្មីបំផុតនៅមុនគេ។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/learner_detail.py" line="92"/>
        <source>No reviews due.</source>
        <translation type="unfinished">មិនទាន់មានអ្វីត្រូវហាត់ឡើងវិញទេ។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/learner_detail.py" line="93"/>
        <source>Reviews due: {} questions, {} of them late.</source>
        <translation type="unfinished">ត្រូវហាត់ឡើងវិញ៖ សំណួរ {} ក្នុងនោះ យឺត {}។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/learner_detail.py" line="102"/>
        <source>{} will choose new pictures the next time they sign in. Reset the code?</source>
        <translation type="unfinished">{} នឹងជ្រើសរើស រូបភាពថ្មី នៅពេលចូលលើកក្រោយ។ កំណត់កូដឡើងវិញឬ?</translation>
    </message>
    <message>
        <location filename="../trainer/ui/learner_detail.py" line="110"/>
        <source>Code reset: new pictures at next sign-in</source>
        <translation type="unfinished">បានកំណត់កូដឡើងវិញ៖ រូបភាពថ្មី នៅពេលចូលលើកក្រោយ</translation>
    </message>
</context>
<context>
    <name>LessonScreen</name>
    <message>
        <location filename="../trainer/ui/lesson.py" line="98"/>
        <source>Page {} of {}</source>
        <translation type="unfinished">ទំព័រ {} នៃ {}</translation>
    </message>
    <message>
        <location filename="../trainer/ui/lesson.py" line="100"/>
        <source>needs the internet, not opened here</source>
        <translation type="unfinished">ត្រូវការអ៊ីនធឺណិត មិនបើកនៅទីនេះទេ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/lesson.py" line="103"/>
        <source>Listen</source>
        <translation type="unfinished">ស្ដាប់</translation>
    </message>
    <message>
        <location filename="../trainer/ui/lesson.py" line="104"/>
        <source>Back</source>
        <translation type="unfinished">ត្រឡប់ក្រោយ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/lesson.py" line="109"/>
        <source>Start the quiz</source>
        <translation type="unfinished">ចាប់ផ្ដើមកម្រងសំណួរ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/lesson.py" line="109"/>
        <source>Next</source>
        <translation type="unfinished">បន្ទាប់</translation>
    </message>
</context>
<context>
    <name>LrsScreen</name>
    <message>
        <location filename="../trainer/ui/lrs_screen.py" line="113"/>
        <source>Read a page</source>
        <translation type="unfinished">បានអានទំព័រមួយ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/lrs_screen.py" line="114"/>
        <source>Began a quiz</source>
        <translation type="unfinished">បានចាប់ផ្ដើមកម្រងសំណួរ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/lrs_screen.py" line="115"/>
        <source>Answered a question</source>
        <translation type="unfinished">បានឆ្លើយសំណួរមួយ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/lrs_screen.py" line="116"/>
        <source>Finished a quiz</source>
        <translation type="unfinished">បានបញ្ចប់កម្រងសំណួរ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/lrs_screen.py" line="117"/>
        <source>Mastered the module</source>
        <translation type="unfinished">បានស្ទាត់ជំនាញម៉ូឌុល</translation>
    </message>
    <message>
        <location filename="../trainer/ui/lrs_screen.py" line="145"/>
        <source>Testing the connection</source>
        <translation type="unfinished">កំពុងសាកល្បង ការតភ្ជាប់</translation>
    </message>
    <message>
        <location filename="../trainer/ui/lrs_screen.py" line="156"/>
        <source>Sending records to the LRS</source>
        <translation type="unfinished">កំពុងផ្ញើកំណត់ត្រា ទៅ LRS</translation>
    </message>
    <message>
        <location filename="../trainer/ui/lrs_screen.py" line="189"/>
        <source>Send records to the programme</source>
        <translation type="unfinished">ផ្ញើកំណត់ត្រា ទៅគម្រោង</translation>
    </message>
    <message>
        <location filename="../trainer/ui/lrs_screen.py" line="192"/>
        <source>Learning records go to the programme&apos;s Learning Record Store (LRS). Learners appear there only as a number, never by name. Records wait here until the LRS has them.</source>
        <translation type="unfinished">កំណត់ត្រាការសិក្សា ត្រូវផ្ញើទៅ ឃ្លាំងកំណត់ត្រា ការសិក្សា (LRS) របស់គម្រោង។ នៅទីនោះ អ្នកសិក្សាបង្ហាញ ត្រឹមជាលេខប៉ុណ្ណោះ មិនដែលបង្ហាញឈ្មោះទេ។ កំណត់ត្រារង់ចាំ នៅទីនេះ រហូតដល់ LRS ទទួលបាន។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/lrs_screen.py" line="197"/>
        <source>LRS address</source>
        <translation type="unfinished">អាសយដ្ឋាន LRS</translation>
    </message>
    <message>
        <location filename="../trainer/ui/lrs_screen.py" line="198"/>
        <source>User name</source>
        <translation type="unfinished">ឈ្មោះអ្នកប្រើ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/lrs_screen.py" line="199"/>
        <source>Password</source>
        <translation type="unfinished">ពាក្យសម្ងាត់</translation>
    </message>
    <message>
        <location filename="../trainer/ui/lrs_screen.py" line="200"/>
        <source>Programme&apos;s web address</source>
        <translation type="unfinished">អាសយដ្ឋានគេហទំព័រ របស់គម្រោង</translation>
    </message>
    <message>
        <location filename="../trainer/ui/lrs_screen.py" line="206"/>
        <source>Leave empty to use the LRS&apos;s own site. The same on every PC.</source>
        <translation type="unfinished">ទុកទទេ ដើម្បីប្រើគេហទំព័រ របស់ LRS ផ្ទាល់។ ត្រូវដូចគ្នា នៅលើកុំព្យូទ័រទាំងអស់។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/lrs_screen.py" line="208"/>
        <source>Test connection</source>
        <translation type="unfinished">សាកល្បង ការតភ្ជាប់</translation>
    </message>
    <message>
        <location filename="../trainer/ui/lrs_screen.py" line="209"/>
        <source>Send now</source>
        <translation type="unfinished">ផ្ញើឥឡូវ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/lrs_screen.py" line="211"/>
        <source>Records waiting to be sent: {}</source>
        <translation type="unfinished">កំណត់ត្រាដែល រង់ចាំផ្ញើ៖ {}</translation>
    </message>
    <message>
        <location filename="../trainer/ui/lrs_screen.py" line="213"/>
        <source>Records the LRS refused: {}</source>
        <translation type="unfinished">កំណត់ត្រាដែល LRS បដិសេធ៖ {}</translation>
    </message>
    <message>
        <location filename="../trainer/ui/lrs_screen.py" line="215"/>
        <source>Send the refused records again</source>
        <translation type="unfinished">ផ្ញើកំណត់ត្រាដែលត្រូវបានបដិសេធម្ដងទៀត</translation>
    </message>
    <message>
        <location filename="../trainer/ui/lrs_screen.py" line="217"/>
        <source>Once the programme has fixed its LRS, the refused records can go with the next sending.</source>
        <translation type="unfinished">នៅពេលគម្រោងបានជួសជុល LRS រួច កំណត់ត្រាដែលត្រូវបានបដិសេធអាចផ្ញើទៅជាមួយការផ្ញើលើកក្រោយ។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/lrs_screen.py" line="226"/>
        <source>When</source>
        <translation type="unfinished">ពេលវេលា</translation>
    </message>
    <message>
        <location filename="../trainer/ui/lrs_screen.py" line="226"/>
        <source>Learner</source>
        <translation type="unfinished">អ្នកសិក្សា</translation>
    </message>
    <message>
        <location filename="../trainer/ui/lrs_screen.py" line="226"/>
        <source>What</source>
        <translation type="unfinished">អ្វី</translation>
    </message>
    <message>
        <location filename="../trainer/ui/lrs_screen.py" line="226"/>
        <source>Why</source>
        <translation type="unfinished">មូលហេតុ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/lrs_screen.py" line="239"/>
        <source>The connection works.</source>
        <translation type="unfinished">ការតភ្ជាប់ ដំណើរការ។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/lrs_screen.py" line="240"/>
        <source>Please check the fields.</source>
        <translation type="unfinished">សូមពិនិត្យ ប្រអប់ទាំងនេះ។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/lrs_screen.py" line="243"/>
        <source>Records sent: {}.</source>
        <translation type="unfinished">កំណត់ត្រាដែលបានផ្ញើ៖ {}។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/lrs_screen.py" line="246"/>
        <source>{} were at the LRS already, sent from another PC: the LRS keeps the copy it had.</source>
        <translation type="unfinished">កំណត់ត្រា {} មាននៅ LRS រួចហើយ ដែលបានផ្ញើពីកុំព្យូទ័រផ្សេង៖ LRS រក្សាទុកច្បាប់ដែលវាមានរួចហើយ។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/lrs_screen.py" line="249"/>
        <source>The LRS refused {}: see the list below.</source>
        <translation type="unfinished">LRS បានបដិសេធ កំណត់ត្រា {}៖ សូមមើល បញ្ជីខាងក្រោម។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/lrs_screen.py" line="255"/>
        <source>{} records wait again. They go when you press Send now.</source>
        <translation type="unfinished">កំណត់ត្រា {} កំពុងរង់ចាំម្ដងទៀត។ វានឹងត្រូវផ្ញើនៅពេលអ្នកចុច «ផ្ញើឥឡូវ»។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/lrs_screen.py" line="281"/>
        <source>Another PC names these learners on {}. Put the same programme&apos;s web address on every PC, so that each learner is one person at the LRS.</source>
        <translation type="unfinished">កុំព្យូទ័រផ្សេង ដាក់ឈ្មោះអ្នកសិក្សាទាំងនេះ នៅលើ {}។ សូមដាក់អាសយដ្ឋានគេហទំព័រ របស់គម្រោង ដូចគ្នា នៅលើកុំព្យូទ័រទាំងអស់ ដើម្បីឱ្យអ្នកសិក្សាម្នាក់ៗ ជាមនុស្សតែម្នាក់ នៅ LRS។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/lrs_screen.py" line="289"/>
        <source>The LRS could not be reached. Try again when the internet works.</source>
        <translation type="unfinished">មិនអាចភ្ជាប់ទៅ LRS បានទេ។ សូមព្យាយាមម្ដងទៀត នៅពេលអ៊ីនធឺណិត ដំណើរការ។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/lrs_screen.py" line="291"/>
        <source>The LRS refused the user name or the password.</source>
        <translation type="unfinished">LRS បានបដិសេធ ឈ្មោះអ្នកប្រើ ឬពាក្យសម្ងាត់។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/lrs_screen.py" line="293"/>
        <source>The LRS did not accept the request. Check its address.</source>
        <translation type="unfinished">LRS មិនបានទទួល សំណើនេះទេ។ សូមពិនិត្យ អាសយដ្ឋានរបស់វា។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/lrs_screen.py" line="295"/>
        <source>Something went wrong.</source>
        <translation type="unfinished">មានបញ្ហាមួយ បានកើតឡើង។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/lrs_screen.py" line="296"/>
        <source>Nothing is lost: the records wait here.</source>
        <translation type="unfinished">គ្មានអ្វីបាត់ទេ៖ កំណត់ត្រារង់ចាំ នៅទីនេះ។</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../trainer/ui/main_window.py" line="262"/>
        <source>Digital skills trainer</source>
        <translation type="unfinished">កម្មវិធីហ្វឹកហាត់ជំនាញឌីជីថល</translation>
    </message>
    <message>
        <location filename="../trainer/ui/main_window.py" line="263"/>
        <source>My modules</source>
        <translation type="unfinished">ម៉ូឌុលរបស់ខ្ញុំ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/main_window.py" line="264"/>
        <source>Switch learner</source>
        <translation type="unfinished">ប្ដូរអ្នកសិក្សា</translation>
    </message>
</context>
<context>
    <name>MatchingAnswer</name>
    <message>
        <location filename="../trainer/ui/answers/matching.py" line="99"/>
        <source>Choose…</source>
        <translation type="unfinished">ជ្រើសរើស…</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/matching.py" line="106"/>
        <source>✓ Right</source>
        <translation type="unfinished">✓ ត្រឹមត្រូវ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/matching.py" line="108"/>
        <source>✗ Not this one. It goes with: {}</source>
        <translation type="unfinished">✗ មិនមែនមួយនេះទេ។ វាត្រូវគូនឹង៖ {}</translation>
    </message>
</context>
<context>
    <name>MessageLine</name>
    <message>
        <location filename="../trainer/ui/message.py" line="54"/>
        <source>Done</source>
        <translation type="unfinished">រួចរាល់</translation>
    </message>
    <message>
        <location filename="../trainer/ui/message.py" line="54"/>
        <source>Problem</source>
        <translation type="unfinished">កំហុស</translation>
    </message>
    <message>
        <location filename="../trainer/ui/message.py" line="54"/>
        <source>Note</source>
        <translation type="unfinished">ចំណាំ</translation>
    </message>
</context>
<context>
    <name>ModuleDetail</name>
    <message>
        <location filename="../trainer/ui/module_detail.py" line="28"/>
        <source>Question</source>
        <translation type="unfinished">សំណួរ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/module_detail.py" line="29"/>
        <source>Answers</source>
        <translation type="unfinished">ចម្លើយ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/module_detail.py" line="30"/>
        <source>Wrong</source>
        <translation type="unfinished">ខុស</translation>
    </message>
    <message>
        <location filename="../trainer/ui/module_detail.py" line="31"/>
        <source>Wrong answer chosen most</source>
        <translation type="unfinished">ចម្លើយខុស ដែលគេជ្រើសច្រើនជាងគេ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/module_detail.py" line="32"/>
        <source>Very sure, but wrong</source>
        <translation type="unfinished">ប្រាកដណាស់ ប៉ុន្តែខុស</translation>
    </message>
    <message>
        <location filename="../trainer/ui/module_detail.py" line="55"/>
        <source>Close</source>
        <translation type="unfinished">បិទ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/module_detail.py" line="59"/>
        <source>The questions most often answered wrong come first.</source>
        <translation type="unfinished">សំណួរដែលគេឆ្លើយខុស ញឹកញាប់ជាងគេ នៅមុនគេ។</translation>
    </message>
</context>
<context>
    <name>NewLearnerScreen</name>
    <message>
        <location filename="../trainer/ui/new_learner.py" line="101"/>
        <source>Please write your name.</source>
        <translation type="unfinished">សូមសរសេរឈ្មោះរបស់អ្នក។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/new_learner.py" line="103"/>
        <source>Please pick your picture.</source>
        <translation type="unfinished">សូមជ្រើសរើសរូបភាពរបស់អ្នក។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/new_learner.py" line="124"/>
        <source>The pictures were not the same. Choose your 3 pictures again.</source>
        <translation type="unfinished">រូបភាពមិនដូចគ្នាទេ។ សូមជ្រើសរើសរូបភាព ៣ របស់អ្នកម្ដងទៀត។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/new_learner.py" line="140"/>
        <source>Back</source>
        <translation type="unfinished">ត្រឡប់ក្រោយ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/new_learner.py" line="141"/>
        <source>What is your name?</source>
        <translation type="unfinished">តើអ្នកឈ្មោះអ្វី?</translation>
    </message>
    <message>
        <location filename="../trainer/ui/new_learner.py" line="142"/>
        <source>Pick your picture</source>
        <translation type="unfinished">ជ្រើសរើសរូបភាពរបស់អ្នក</translation>
    </message>
    <message>
        <location filename="../trainer/ui/new_learner.py" line="143"/>
        <source>Next</source>
        <translation type="unfinished">បន្ទាប់</translation>
    </message>
    <message>
        <location filename="../trainer/ui/new_learner.py" line="144"/>
        <source>Choose 3 secret pictures, in order. Remember them!</source>
        <translation type="unfinished">ជ្រើសរើសរូបភាពសម្ងាត់ ៣ តាមលំដាប់។ សូមចងចាំវា!</translation>
    </message>
    <message>
        <location filename="../trainer/ui/new_learner.py" line="145"/>
        <source>Tap the same 3 pictures again</source>
        <translation type="unfinished">ចុចរូបភាព ៣ ដដែលម្ដងទៀត</translation>
    </message>
</context>
<context>
    <name>OrderingAnswer</name>
    <message>
        <location filename="../trainer/ui/answers/ordering.py" line="112"/>
        <source>Move up</source>
        <translation type="unfinished">ផ្លាស់ទីឡើងលើ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/ordering.py" line="113"/>
        <source>Move down</source>
        <translation type="unfinished">ផ្លាស់ទីចុះក្រោម</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/ordering.py" line="122"/>
        <source>✓ In the right place</source>
        <translation type="unfinished">✓ ត្រូវកន្លែង</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/ordering.py" line="124"/>
        <source>✗ Goes at step {}</source>
        <translation type="unfinished">✗ ត្រូវនៅជំហានទី {}</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/ordering.py" line="133"/>
        <source>{} of {} in place. The right order:</source>
        <translation type="unfinished">ត្រូវកន្លែង {} ក្នុងចំណោម {}។ លំដាប់ត្រឹមត្រូវ៖</translation>
    </message>
</context>
<context>
    <name>PackRefusal</name>
    <message>
        <location filename="../trainer/packs/refusal.py" line="8"/>
        <source>This file is not a trainer pack.</source>
        <translation type="unfinished">ឯកសារនេះ មិនមែនជា កញ្ចប់មាតិកា របស់កម្មវិធីនេះទេ។</translation>
    </message>
    <message>
        <location filename="../trainer/packs/refusal.py" line="11"/>
        <source>The pack file is damaged or incomplete. Copy it again from the editor.</source>
        <translation type="unfinished">ឯកសារកញ្ចប់ ខូច ឬមិនពេញលេញ។ សូមចម្លងវា ម្ដងទៀត ពីអ្នកកែសម្រួល។</translation>
    </message>
    <message>
        <location filename="../trainer/packs/refusal.py" line="17"/>
        <source>The pack is not signed, so nobody can tell who made it.</source>
        <translation type="unfinished">កញ្ចប់នេះ គ្មានហត្ថលេខា ដូច្នេះ គ្មាននរណាដឹងថា នរណាជាអ្នកធ្វើវា។</translation>
    </message>
    <message>
        <location filename="../trainer/packs/refusal.py" line="21"/>
        <source>The pack is signed with a key this computer does not trust. If you trust its editor, add their key to the trusted keys and try again.</source>
        <translation type="unfinished">កញ្ចប់នេះ ចុះហត្ថលេខា ដោយសោដែល កុំព្យូទ័រនេះ មិនទុកចិត្ត។ បើអ្នកទុកចិត្ត អ្នកកែសម្រួលរបស់វា សូមបន្ថែមសោ របស់គេ ទៅក្នុង សោដែលទុកចិត្ត ហើយព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <location filename="../trainer/packs/refusal.py" line="27"/>
        <source>The pack was changed after it was signed.</source>
        <translation type="unfinished">កញ្ចប់នេះ ត្រូវបានកែប្រែ ក្រោយពេល ចុះហត្ថលេខា។</translation>
    </message>
    <message>
        <location filename="../trainer/packs/refusal.py" line="30"/>
        <source>A file of the pack is missing. Ask the editor for a new copy.</source>
        <translation type="unfinished">ឯកសារមួយ ក្នុងកញ្ចប់ បាត់។ សូមសុំ ច្បាប់ចម្លងថ្មី ពីអ្នកកែសម្រួល។</translation>
    </message>
    <message>
        <location filename="../trainer/packs/refusal.py" line="34"/>
        <source>The pack holds a file its editor did not sign.</source>
        <translation type="unfinished">កញ្ចប់នេះ មានឯកសារមួយ ដែលអ្នកកែសម្រួល មិនបាន ចុះហត្ថលេខា។</translation>
    </message>
    <message>
        <location filename="../trainer/packs/refusal.py" line="38"/>
        <source>The pack tries to put files outside its own folder.</source>
        <translation type="unfinished">កញ្ចប់នេះ ព្យាយាមដាក់ឯកសារ នៅក្រៅថត របស់វា។</translation>
    </message>
    <message>
        <location filename="../trainer/packs/refusal.py" line="42"/>
        <source>Two files in the pack have the same name, so one would replace the other. Ask the editor for a new copy.</source>
        <translation type="unfinished">ឯកសារពីរ ក្នុងកញ្ចប់ មានឈ្មោះដូចគ្នា ដូច្នេះ មួយនឹងជំនួសមួយទៀត។ សូមសុំ ច្បាប់ចម្លងថ្មី ពីអ្នកកែសម្រួល។</translation>
    </message>
    <message>
        <location filename="../trainer/packs/refusal.py" line="48"/>
        <source>The pack is too big to open safely.</source>
        <translation type="unfinished">កញ្ចប់នេះ ធំពេក មិនអាចបើក ដោយសុវត្ថិភាពបានទេ។</translation>
    </message>
    <message>
        <location filename="../trainer/packs/refusal.py" line="51"/>
        <source>The pack&apos;s lessons or quizzes have mistakes. Ask the editor to fix them.</source>
        <translation type="unfinished">មេរៀន ឬកម្រងសំណួរ ក្នុងកញ្ចប់នេះ មានកំហុស។ សូមឱ្យអ្នកកែសម្រួល កែវា។</translation>
    </message>
    <message>
        <location filename="../trainer/packs/refusal.py" line="57"/>
        <source>The pack is older than the content on this computer.</source>
        <translation type="unfinished">កញ្ចប់នេះ ចាស់ជាងមាតិកា នៅលើកុំព្យូទ័រនេះ។</translation>
    </message>
</context>
<context>
    <name>PacksScreen</name>
    <message>
        <location filename="../trainer/ui/packs_screen.py" line="119"/>
        <source>Choose a pack</source>
        <translation type="unfinished">ជ្រើសរើសកញ្ចប់</translation>
    </message>
    <message>
        <location filename="../trainer/ui/packs_screen.py" line="119"/>
        <source>Trainer packs (*.pack)</source>
        <translation type="unfinished">កញ្ចប់មាតិកា (*.pack)</translation>
    </message>
    <message>
        <location filename="../trainer/ui/packs_screen.py" line="134"/>
        <source>Checking the pack…</source>
        <translation type="unfinished">កំពុងពិនិត្យកញ្ចប់…</translation>
    </message>
    <message>
        <location filename="../trainer/ui/packs_screen.py" line="148"/>
        <source>The pack could not be opened.</source>
        <translation type="unfinished">មិនអាចបើក កញ្ចប់នេះបានទេ។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/packs_screen.py" line="152"/>
        <source>It was not installed.</source>
        <translation type="unfinished">វាមិនត្រូវបាន ដំឡើងទេ។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/packs_screen.py" line="160"/>
        <source>Install an older version?</source>
        <translation type="unfinished">ដំឡើងកំណែ ដែលចាស់ជាងឬ?</translation>
    </message>
    <message>
        <location filename="../trainer/ui/packs_screen.py" line="162"/>
        <source>This pack is older than the content on this computer. Learners will see the older version.</source>
        <translation type="unfinished">កញ្ចប់នេះ ចាស់ជាងមាតិកា នៅលើកុំព្យូទ័រនេះ។ អ្នកសិក្សានឹងឃើញ កំណែចាស់។</translation>
    </message>
    <message numerus="yes">
        <location filename="../trainer/ui/packs_screen.py" line="176"/>
        <source>Installed. Learners see the %n module(s) of this pack now.</source>
        <translation type="unfinished">
            <numerusform>បានដំឡើងហើយ។ ឥឡូវនេះ អ្នកសិក្សាឃើញ ម៉ូឌុល %n នៃកញ្ចប់នេះ។</numerusform>
            <numerusform>បានដំឡើងហើយ។ ឥឡូវនេះ អ្នកសិក្សាឃើញ ម៉ូឌុល %n នៃកញ្ចប់នេះ។</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../trainer/ui/packs_screen.py" line="181"/>
        <source>Remove this pack?</source>
        <translation type="unfinished">ដកកញ្ចប់នេះចេញឬ?</translation>
    </message>
    <message>
        <location filename="../trainer/ui/packs_screen.py" line="183"/>
        <source>The modules of the pack {} go back to the version that came with the trainer, or disappear if the pack brought them. Learners&apos; progress is kept: it comes back if the pack is installed again.</source>
        <translation type="unfinished">ម៉ូឌុលនៃកញ្ចប់ {} នឹងត្រឡប់ទៅកំណែដែលភ្ជាប់មកជាមួយកម្មវិធីវិញ ឬបាត់ទៅ បើកញ្ចប់នោះជាអ្នកនាំវាមក។ វឌ្ឍនភាពរបស់អ្នកសិក្សានៅរក្សាទុក៖ វានឹងត្រឡប់មកវិញ បើដំឡើងកញ្ចប់នោះម្ដងទៀត។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/packs_screen.py" line="192"/>
        <source>The pack {} was removed.</source>
        <translation type="unfinished">កញ្ចប់ {} ត្រូវបានដកចេញហើយ។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/packs_screen.py" line="211"/>
        <source>Remove</source>
        <translation type="unfinished">ដកចេញ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/packs_screen.py" line="235"/>
        <source>Signed by {} (key {})</source>
        <translation type="unfinished">ចុះហត្ថលេខាដោយ {} (សោ {})</translation>
    </message>
    <message>
        <location filename="../trainer/ui/packs_screen.py" line="236"/>
        <source>Content version {}</source>
        <translation type="unfinished">កំណែមាតិកា {}</translation>
    </message>
    <message>
        <location filename="../trainer/ui/packs_screen.py" line="245"/>
        <source>This pack is older than what is installed: installing it is a downgrade.</source>
        <translation type="unfinished">កញ្ចប់នេះ ចាស់ជាងអ្វីដែល បានដំឡើង៖ ការដំឡើងវា គឺត្រឡប់ទៅ កំណែចាស់វិញ។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/packs_screen.py" line="250"/>
        <source>Install the older version</source>
        <translation type="unfinished">ដំឡើងកំណែចាស់</translation>
    </message>
    <message>
        <location filename="../trainer/ui/packs_screen.py" line="250"/>
        <source>Install</source>
        <translation type="unfinished">ដំឡើង</translation>
    </message>
    <message>
        <location filename="../trainer/ui/packs_screen.py" line="254"/>
        <source>New module</source>
        <translation type="unfinished">ម៉ូឌុលថ្មី</translation>
    </message>
    <message>
        <location filename="../trainer/ui/packs_screen.py" line="256"/>
        <source>Update: replaces version {}</source>
        <translation type="unfinished">អាប់ដេត៖ ជំនួសកំណែ {}</translation>
    </message>
    <message>
        <location filename="../trainer/ui/packs_screen.py" line="257"/>
        <source>Same version as installed ({})</source>
        <translation type="unfinished">កំណែដូចគ្នា នឹងកំណែ ដែលបានដំឡើង ({})</translation>
    </message>
    <message>
        <location filename="../trainer/ui/packs_screen.py" line="258"/>
        <source>Older than installed ({}): a downgrade</source>
        <translation type="unfinished">ចាស់ជាងកំណែ ដែលបានដំឡើង ({})៖ ត្រឡប់ទៅ កំណែចាស់វិញ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/packs_screen.py" line="263"/>
        <source>Khmer</source>
        <translation type="unfinished">ខ្មែរ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/packs_screen.py" line="263"/>
        <source>English</source>
        <translation type="unfinished">អង់គ្លេស</translation>
    </message>
    <message>
        <location filename="../trainer/ui/packs_screen.py" line="264"/>
        <source>draft, not yet checked</source>
        <translation type="unfinished">សេចក្ដីព្រាង មិនទាន់ពិនិត្យ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/packs_screen.py" line="264"/>
        <source>reviewed</source>
        <translation type="unfinished">បានពិនិត្យរួច</translation>
    </message>
    <message>
        <location filename="../trainer/ui/packs_screen.py" line="273"/>
        <source>Details: {}</source>
        <translation type="unfinished">ព័ត៌មានលម្អិត៖ {}</translation>
    </message>
    <message>
        <location filename="../trainer/ui/packs_screen.py" line="282"/>
        <source>Content packs</source>
        <translation type="unfinished">កញ្ចប់មាតិកា</translation>
    </message>
    <message>
        <location filename="../trainer/ui/packs_screen.py" line="283"/>
        <source>Install a pack</source>
        <translation type="unfinished">ដំឡើងកញ្ចប់</translation>
    </message>
    <message>
        <location filename="../trainer/ui/packs_screen.py" line="286"/>
        <source>Content editors send new or updated modules as a pack file, for example on a USB stick. Only packs signed with a trusted key are installed.</source>
        <translation type="unfinished">អ្នកកែសម្រួលមាតិកា ផ្ញើម៉ូឌុលថ្មី ឬម៉ូឌុល ដែលបានអាប់ដេត ជាឯកសារកញ្ចប់ ឧទាហរណ៍ តាម USB។ មានតែកញ្ចប់ ដែលចុះហត្ថលេខា ដោយសោដែលទុកចិត្ត ទើបអាចដំឡើងបាន។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/packs_screen.py" line="290"/>
        <source>Install a pack…</source>
        <translation type="unfinished">ដំឡើងកញ្ចប់…</translation>
    </message>
    <message>
        <location filename="../trainer/ui/packs_screen.py" line="292"/>
        <source>Module</source>
        <translation type="unfinished">ម៉ូឌុល</translation>
    </message>
    <message>
        <location filename="../trainer/ui/packs_screen.py" line="292"/>
        <source>What changes</source>
        <translation type="unfinished">អ្វីដែលផ្លាស់ប្ដូរ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/packs_screen.py" line="292"/>
        <source>Translation</source>
        <translation type="unfinished">ការបកប្រែ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/packs_screen.py" line="294"/>
        <source>Cancel</source>
        <translation type="unfinished">បោះបង់</translation>
    </message>
    <message>
        <location filename="../trainer/ui/packs_screen.py" line="295"/>
        <source>Installed packs</source>
        <translation type="unfinished">កញ្ចប់ដែលបានដំឡើង</translation>
    </message>
    <message>
        <location filename="../trainer/ui/packs_screen.py" line="297"/>
        <source>Pack</source>
        <translation type="unfinished">កញ្ចប់</translation>
    </message>
    <message>
        <location filename="../trainer/ui/packs_screen.py" line="297"/>
        <source>Version</source>
        <translation type="unfinished">កំណែ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/packs_screen.py" line="297"/>
        <source>Modules</source>
        <translation type="unfinished">ម៉ូឌុល</translation>
    </message>
</context>
<context>
    <name>PickerScreen</name>
    <message>
        <location filename="../trainer/ui/picker.py" line="118"/>
        <source>These modules were left out. Learners see the others. For the content editor:</source>
        <translation type="unfinished">ម៉ូឌុលទាំងនេះត្រូវបានទុកចោល។ អ្នកសិក្សាឃើញម៉ូឌុលផ្សេងទៀត។ សម្រាប់អ្នកកែសម្រួលមាតិកា៖</translation>
    </message>
    <message>
        <location filename="../trainer/ui/picker.py" line="128"/>
        <source>Who is learning today?</source>
        <translation type="unfinished">តើនរណារៀនថ្ងៃនេះ?</translation>
    </message>
    <message>
        <location filename="../trainer/ui/picker.py" line="129"/>
        <source>About</source>
        <translation type="unfinished">អំពី</translation>
    </message>
    <message>
        <location filename="../trainer/ui/picker.py" line="130"/>
        <source>Facilitator</source>
        <translation type="unfinished">អ្នកសម្របសម្រួល</translation>
    </message>
    <message>
        <location filename="../trainer/ui/picker.py" line="131"/>
        <source>Add yourself</source>
        <translation type="unfinished">បន្ថែមខ្លួនអ្នក</translation>
    </message>
    <message>
        <location filename="../trainer/ui/picker.py" line="135"/>
        <source>Modules left out because of errors: {}</source>
        <translation type="unfinished">ម៉ូឌុលដែលត្រូវទុកចោលដោយសារកំហុស៖ {}</translation>
    </message>
</context>
<context>
    <name>PictureCodePad</name>
    <message>
        <location filename="../trainer/ui/code_pad.py" line="86"/>
        <source>Take back the last picture</source>
        <translation type="unfinished">ដករូបភាពចុងក្រោយចេញ</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../trainer/ui/live_content.py" line="87"/>
        <source>Content problems: {}</source>
        <translation type="unfinished">បញ្ហាមាតិកា៖ {}</translation>
    </message>
    <message>
        <location filename="../trainer/ui/live_content.py" line="90"/>
        <source>A module with a problem keeps showing its last version that worked. Fix the file and save.</source>
        <translation type="unfinished">ម៉ូឌុលដែលមានបញ្ហា នៅតែបង្ហាញ កំណែចុងក្រោយ ដែលដំណើរការបាន។ សូមកែឯកសារ ហើយរក្សាទុក។</translation>
    </message>
</context>
<context>
    <name>ProgressTransferScreen</name>
    <message>
        <location filename="../trainer/ui/progress_transfer.py" line="118"/>
        <source>Choose the USB stick or folder</source>
        <translation type="unfinished">ជ្រើស USB ឬថត</translation>
    </message>
    <message>
        <location filename="../trainer/ui/progress_transfer.py" line="127"/>
        <source>Exporting progress…</source>
        <translation type="unfinished">កំពុងនាំចេញ វឌ្ឍនភាព…</translation>
    </message>
    <message>
        <location filename="../trainer/ui/progress_transfer.py" line="132"/>
        <source>Progress files (*.zip)</source>
        <translation type="unfinished">ឯកសារវឌ្ឍនភាព (*.zip)</translation>
    </message>
    <message>
        <location filename="../trainer/ui/progress_transfer.py" line="140"/>
        <source>Importing progress…</source>
        <translation type="unfinished">កំពុងនាំចូល វឌ្ឍនភាព…</translation>
    </message>
    <message>
        <location filename="../trainer/ui/progress_transfer.py" line="145"/>
        <source>Saved {}: {} events and {} learners. Import this file on the other PC.</source>
        <translation type="unfinished">បានរក្សាទុក {}៖ សកម្មភាព {} និងអ្នកសិក្សា {} នាក់។ សូមនាំចូល ឯកសារនេះ នៅកុំព្យូទ័រម្ខាងទៀត។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/progress_transfer.py" line="216"/>
        <source>Imported progress from PC {}: {} new events ({} were here already).</source>
        <translation type="unfinished">បាននាំចូល វឌ្ឍនភាព ពីកុំព្យូទ័រ {}៖ សកម្មភាពថ្មី {} ({} មាននៅទីនេះរួចហើយ)។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/progress_transfer.py" line="221"/>
        <source>Learners: {} new, {} updated. Classes: {} new, {} updated. Assignments: {} new.</source>
        <translation type="unfinished">អ្នកសិក្សា៖ ថ្មី {} ធ្វើបច្ចុប្បន្នភាព {}។ ថ្នាក់៖ ថ្មី {} ធ្វើបច្ចុប្បន្នភាព {}។ ការចាត់តាំង៖ ថ្មី {}។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/progress_transfer.py" line="197"/>
        <source>{} records were changed on two PCs at once.</source>
        <translation type="unfinished">កំណត់ត្រា {} ត្រូវបានកែ នៅលើកុំព្យូទ័រ ពីរក្នុងពេលតែមួយ។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/progress_transfer.py" line="199"/>
        <source>The newer change is used; the other is listed below.</source>
        <translation type="unfinished">ការកែថ្មីជាង ត្រូវបានប្រើ៖ ការកែមួយទៀត មាននៅខាងក្រោម។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/progress_transfer.py" line="204"/>
        <source>This PC lacks that PC&apos;s earlier progress.</source>
        <translation type="unfinished">កុំព្យូទ័រនេះ ខ្វះវឌ្ឍនភាព មុនៗ របស់កុំព្យូទ័រនោះ។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/progress_transfer.py" line="206"/>
        <source>On that PC, export everything and import it here.</source>
        <translation type="unfinished">នៅកុំព្យូទ័រនោះ សូមនាំចេញ ទាំងអស់ ហើយនាំចូល នៅទីនេះ។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/progress_transfer.py" line="184"/>
        <location filename="../trainer/ui/progress_transfer.py" line="250"/>
        <source>Not done: {} Nothing was changed.</source>
        <translation type="unfinished">មិនបានធ្វើទេ៖ {} គ្មានអ្វីត្រូវបាន ផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/progress_transfer.py" line="132"/>
        <source>Choose progress files</source>
        <translation type="unfinished">ជ្រើសឯកសារ វឌ្ឍនភាព (មួយ ឬច្រើន)</translation>
    </message>
    <message>
        <location filename="../trainer/ui/progress_transfer.py" line="162"/>
        <source>Files imported: {} of {}. New events: {}.</source>
        <translation type="unfinished">ឯកសារដែលបាននាំចូល៖ {} ក្នុងចំណោម {}។ សកម្មភាពថ្មី៖ {}។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/progress_transfer.py" line="170"/>
        <source>{} new events from PC {}.</source>
        <translation type="unfinished">សកម្មភាពថ្មី {} ពីកុំព្យូទ័រ {}។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/progress_transfer.py" line="188"/>
        <source>{} records had the same id as different ones here; both are kept.</source>
        <translation type="unfinished">កំណត់ត្រា {} មានលេខសម្គាល់ដូចកំណត់ត្រាផ្សេងទៀតនៅទីនេះ។ ទាំងពីរត្រូវបានរក្សាទុក។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/progress_transfer.py" line="192"/>
        <source>Every PC uses the same one of them.</source>
        <translation type="unfinished">កុំព្យូទ័រទាំងអស់ប្រើមួយដូចគ្នា ក្នុងចំណោមកំណត់ត្រាទាំងពីរ។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/progress_transfer.py" line="262"/>
        <source>Move progress between PCs</source>
        <translation type="unfinished">ផ្ទេរវឌ្ឍនភាព រវាងកុំព្យូទ័រ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/progress_transfer.py" line="264"/>
        <source>Take learners&apos; progress to another PC on a USB stick, or bring it from one.</source>
        <translation type="unfinished">យកវឌ្ឍនភាព អ្នកសិក្សា ទៅកុំព្យូទ័រផ្សេង តាម USB ឬយកមកពីវា។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/progress_transfer.py" line="266"/>
        <source>Importing a file twice changes nothing.</source>
        <translation type="unfinished">ការនាំចូល ឯកសារពីរដង មិនផ្លាស់ប្ដូរ អ្វីទេ។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/progress_transfer.py" line="268"/>
        <source>Export progress to a folder (USB)</source>
        <translation type="unfinished">នាំចេញ វឌ្ឍនភាព ទៅថត (USB)</translation>
    </message>
    <message>
        <location filename="../trainer/ui/progress_transfer.py" line="269"/>
        <source>Only what other PCs do not have</source>
        <translation type="unfinished">តែអ្វីដែល កុំព្យូទ័រផ្សេង មិនទាន់មាន</translation>
    </message>
    <message>
        <location filename="../trainer/ui/progress_transfer.py" line="270"/>
        <source>Everything</source>
        <translation type="unfinished">ទាំងអស់</translation>
    </message>
    <message>
        <location filename="../trainer/ui/progress_transfer.py" line="271"/>
        <source>Choose a folder and export</source>
        <translation type="unfinished">ជ្រើសថត ហើយនាំចេញ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/progress_transfer.py" line="272"/>
        <source>Import progress from files</source>
        <translation type="unfinished">នាំចូល វឌ្ឍនភាព ពីឯកសារ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/progress_transfer.py" line="273"/>
        <source>Choose files and import</source>
        <translation type="unfinished">ជ្រើសឯកសារ ហើយនាំចូល</translation>
    </message>
</context>
<context>
    <name>QuizScreen</name>
    <message>
        <location filename="../trainer/ui/quiz.py" line="203"/>
        <source>Close</source>
        <translation type="unfinished">បិទ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/quiz.py" line="240"/>
        <source>Pick an answer first.</source>
        <translation type="unfinished">សូមជ្រើសរើសចម្លើយជាមុនសិន។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/quiz.py" line="246"/>
        <source>How sure are you?</source>
        <translation type="unfinished">តើអ្នកប្រាកដប៉ុណ្ណា?</translation>
    </message>
    <message>
        <location filename="../trainer/ui/quiz.py" line="277"/>
        <source>Question {} of {}</source>
        <translation type="unfinished">សំណួរ {} នៃ {}</translation>
    </message>
    <message>
        <location filename="../trainer/ui/quiz.py" line="281"/>
        <source>Listen</source>
        <translation type="unfinished">ស្ដាប់</translation>
    </message>
    <message>
        <location filename="../trainer/ui/quiz.py" line="283"/>
        <source>Show a hint</source>
        <translation type="unfinished">បង្ហាញតម្រុយ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/quiz.py" line="288"/>
        <source>Check</source>
        <translation type="unfinished">ពិនិត្យ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/quiz.py" line="290"/>
        <source>Next</source>
        <translation type="unfinished">បន្ទាប់</translation>
    </message>
    <message>
        <location filename="../trainer/ui/quiz.py" line="294"/>
        <source>Right!</source>
        <translation type="unfinished">ត្រឹមត្រូវ!</translation>
    </message>
    <message>
        <location filename="../trainer/ui/quiz.py" line="294"/>
        <source>Not quite. Read the explanations.</source>
        <translation type="unfinished">មិនទាន់ត្រូវទេ។ សូមអានការពន្យល់។</translation>
    </message>
</context>
<context>
    <name>RatingAnswer</name>
    <message>
        <location filename="../trainer/ui/answers/rating.py" line="93"/>
        <source>Not at all reliable</source>
        <translation type="unfinished">មិនគួរឱ្យទុកចិត្ត សោះ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/rating.py" line="94"/>
        <source>Completely reliable</source>
        <translation type="unfinished">គួរឱ្យទុកចិត្ត ទាំងស្រុង</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/rating.py" line="103"/>
        <source>This post is true.</source>
        <translation type="unfinished">ការបង្ហោះនេះពិត។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/rating.py" line="103"/>
        <source>This post is false.</source>
        <translation type="unfinished">ការបង្ហោះនេះមិនពិត។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/rating.py" line="104"/>
        <source>You judged it well.</source>
        <translation type="unfinished">អ្នកវាយតម្លៃបានល្អ។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/rating.py" line="104"/>
        <source>Look again at why.</source>
        <translation type="unfinished">សូមមើលម្ដងទៀតថាហេតុអ្វី។</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../trainer/ui/reports_screen.py" line="81"/>
        <source>Make a class first (Classes and learners).</source>
        <translation type="unfinished">សូមបង្កើតថ្នាក់ ជាមុនសិន (ថ្នាក់ និងអ្នកសិក្សា)។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/reports_screen.py" line="86"/>
        <source>Save as</source>
        <translation type="unfinished">រក្សាទុកជា</translation>
    </message>
    <message>
        <location filename="../trainer/ui/reports_screen.py" line="97"/>
        <source>No one in this class has mastered a module of this curriculum yet.</source>
        <translation type="unfinished">មិនទាន់មាននរណាម្នាក់ ក្នុងថ្នាក់នេះ ស្ទាត់ជំនាញ ម៉ូឌុលណាមួយ នៃកម្មវិធីសិក្សានេះនៅឡើយទេ។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/reports_screen.py" line="102"/>
        <source>Writing {}…</source>
        <translation type="unfinished">កំពុងរក្សាទុក {}…</translation>
    </message>
    <message>
        <location filename="../trainer/ui/reports_screen.py" line="110"/>
        <source>Saved: {}</source>
        <translation type="unfinished">បានរក្សាទុក៖ {}</translation>
    </message>
    <message>
        <location filename="../trainer/ui/reports_screen.py" line="105"/>
        <source>Could not save: {}</source>
        <translation type="unfinished">មិនអាចរក្សាទុក បានទេ៖ {}</translation>
    </message>
    <message>
        <location filename="../trainer/ui/reports_screen.py" line="133"/>
        <source>Reports and certificates</source>
        <translation type="unfinished">របាយការណ៍ និងវិញ្ញាបនបត្រ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/reports_screen.py" line="135"/>
        <source>CSV files open in a spreadsheet. PDF files print as they are, in the language chosen.</source>
        <translation type="unfinished">ឯកសារ CSV បើកក្នុង កម្មវិធីសៀវភៅបញ្ជី។ ឯកសារ PDF អាចបោះពុម្ព បានភ្លាម ជាភាសា ដែលបានជ្រើសរើស។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/reports_screen.py" line="138"/>
        <source>Class</source>
        <translation type="unfinished">ថ្នាក់</translation>
    </message>
    <message>
        <location filename="../trainer/ui/reports_screen.py" line="138"/>
        <source>Language</source>
        <translation type="unfinished">ភាសា</translation>
    </message>
    <message>
        <location filename="../trainer/ui/reports_screen.py" line="138"/>
        <source>Certificates for</source>
        <translation type="unfinished">វិញ្ញាបនបត្រ សម្រាប់</translation>
    </message>
    <message>
        <location filename="../trainer/ui/reports_screen.py" line="142"/>
        <source>Progress (CSV)…</source>
        <translation type="unfinished">វឌ្ឍនភាព (CSV)…</translation>
    </message>
    <message>
        <location filename="../trainer/ui/reports_screen.py" line="143"/>
        <source>Every answer (CSV)…</source>
        <translation type="unfinished">ចម្លើយទាំងអស់ (CSV)…</translation>
    </message>
    <message>
        <location filename="../trainer/ui/reports_screen.py" line="144"/>
        <source>Class report (PDF)…</source>
        <translation type="unfinished">របាយការណ៍ថ្នាក់ (PDF)…</translation>
    </message>
    <message>
        <location filename="../trainer/ui/reports_screen.py" line="145"/>
        <source>Certificates (PDF)…</source>
        <translation type="unfinished">វិញ្ញាបនបត្រ (PDF)…</translation>
    </message>
</context>
<context>
    <name>RestoreRefusal</name>
    <message>
        <location filename="../trainer/store/restore.py" line="38"/>
        <source>That file is not there any more. Is the USB stick still in?</source>
        <translation type="unfinished">ឯកសារនោះ លែងមាននៅទីនោះទៀតហើយ។ តើ USB នៅដោតជាប់ទេ?</translation>
    </message>
    <message>
        <location filename="../trainer/store/restore.py" line="42"/>
        <source>That file is not a trainer backup.</source>
        <translation type="unfinished">ឯកសារនោះ មិនមែនជា ច្បាប់បម្រុងទុក ដែលកម្មវិធីនេះ បានធ្វើទេ។</translation>
    </message>
    <message>
        <location filename="../trainer/store/restore.py" line="44"/>
        <source>That backup is damaged. Try an older one.</source>
        <translation type="unfinished">ច្បាប់បម្រុងទុកនោះ បានខូច។ សូមសាកល្បង ច្បាប់ដែលចាស់ជាងនេះ។</translation>
    </message>
    <message>
        <location filename="../trainer/store/restore.py" line="47"/>
        <source>That file is a database, but it does not hold a trainer&apos;s records.</source>
        <translation type="unfinished">ឯកសារនោះ ជាមូលដ្ឋានទិន្នន័យ ប៉ុន្តែ វាគ្មានកំណត់ត្រា របស់កម្មវិធីនេះទេ។</translation>
    </message>
    <message>
        <location filename="../trainer/store/restore.py" line="53"/>
        <source>That backup was made by a newer trainer. Update this trainer first.</source>
        <translation type="unfinished">ច្បាប់បម្រុងទុកនោះ ត្រូវបានធ្វើ ដោយកំណែថ្មីជាង របស់កម្មវិធី។ សូមអាប់ដេត កម្មវិធីនេះជាមុនសិន។</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <location filename="../trainer/ui/result.py" line="76"/>
        <source>Thank you! You finished the test.</source>
        <translation type="unfinished">សូមអរគុណ! អ្នកបានបញ្ចប់តេស្តហើយ។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/result.py" line="77"/>
        <source>This shows what you knew, so that your facilitator can see what you learn.</source>
        <translation type="unfinished">វាបង្ហាញអ្វីដែលអ្នកបានដឹង ដើម្បីឱ្យអ្នកសម្របសម្រួលអាចឃើញអ្វីដែលអ្នករៀនបាន។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/result.py" line="80"/>
        <source>Well done! You mastered this module.</source>
        <translation type="unfinished">ល្អណាស់! អ្នកបានស្ទាត់ជំនាញម៉ូឌុលនេះហើយ។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/result.py" line="83"/>
        <source>Good practice! Keep going.</source>
        <translation type="unfinished">ហាត់បានល្អ! សូមបន្តទៀត។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/result.py" line="85"/>
        <source>{} right of your last {} answers. To master “{}”, get {} of {} right.</source>
        <translation type="unfinished">ត្រូវ {} ក្នុងចំណោមចម្លើយ {} ចុងក្រោយ។ ដើម្បីស្ទាត់ជំនាញ “{}” ត្រូវឆ្លើយត្រូវ {} ក្នុងចំណោម {}។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/result.py" line="91"/>
        <source>Back to my modules</source>
        <translation type="unfinished">ត្រឡប់ទៅម៉ូឌុលរបស់ខ្ញុំ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/result.py" line="92"/>
        <source>Read the lesson again</source>
        <translation type="unfinished">អានមេរៀនម្ដងទៀត</translation>
    </message>
    <message>
        <location filename="../trainer/ui/result.py" line="93"/>
        <source>Try the quiz again</source>
        <translation type="unfinished">ធ្វើកម្រងសំណួរម្ដងទៀត</translation>
    </message>
</context>
<context>
    <name>ScenarioAnswer</name>
    <message>
        <location filename="../trainer/ui/answers/scenario.py" line="113"/>
        <source>Continue the story</source>
        <translation type="unfinished">បន្តរឿង</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/scenario.py" line="117"/>
        <source>A good ending: you stayed safe.</source>
        <translation type="unfinished">ការបញ្ចប់ល្អ៖ អ្នកនៅតែមានសុវត្ថិភាព។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/scenario.py" line="118"/>
        <source>A risky ending: it could have gone wrong.</source>
        <translation type="unfinished">ការបញ្ចប់មានហានិភ័យ៖ វាអាចនឹងខុស។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/scenario.py" line="119"/>
        <source>A harmful ending: this is how people lose money or trust.</source>
        <translation type="unfinished">ការបញ្ចប់ដែលបង្កគ្រោះថ្នាក់៖ នេះជារបៀបដែលមនុស្សបាត់បង់លុយ ឬការទុកចិត្ត។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/scenario.py" line="131"/>
        <source>✓ Your choice: a good ending</source>
        <translation type="unfinished">✓ ជម្រើសរបស់អ្នក៖ ការបញ្ចប់ល្អ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/scenario.py" line="133"/>
        <source>✗ Your choice: it did not end well</source>
        <translation type="unfinished">✗ ជម្រើសរបស់អ្នក៖ វាមិនបានបញ្ចប់ល្អទេ</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../trainer/ui/facilitator_settings.py" line="70"/>
        <source>Saved. Learners get the new settings the next time they sign in.</source>
        <translation type="unfinished">បានរក្សាទុក។ អ្នកសិក្សានឹងទទួលបាន ការកំណត់ថ្មី នៅពេលចូលលើកក្រោយ។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/facilitator_settings.py" line="73"/>
        <source>Settings of this PC</source>
        <translation type="unfinished">ការកំណត់ សម្រាប់កុំព្យូទ័រនេះ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/facilitator_settings.py" line="75"/>
        <source>Name of the centre, for reports and certificates</source>
        <translation type="unfinished">ឈ្មោះមជ្ឈមណ្ឌល សម្រាប់របាយការណ៍ និងវិញ្ញាបនបត្រ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/facilitator_settings.py" line="76"/>
        <source>Language the trainer starts in</source>
        <translation type="unfinished">ភាសា ពេលកម្មវិធីចាប់ផ្ដើម</translation>
    </message>
    <message>
        <location filename="../trainer/ui/facilitator_settings.py" line="77"/>
        <source>Sign a learner out after this many minutes without a touch</source>
        <translation type="unfinished">ឱ្យអ្នកសិក្សាចាកចេញ ក្រោយពេលគ្មានការប្រើ ចំនួននាទីនេះ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/facilitator_settings.py" line="78"/>
        <source>Mastery: right answers among the last answers</source>
        <translation type="unfinished">ការស្ទាត់ជំនាញ៖ ចម្លើយត្រូវ ក្នុងចំណោម ចម្លើយចុងក្រោយ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/facilitator_settings.py" line="79"/>
        <source>Learners may open modules in any order</source>
        <translation type="unfinished">អ្នកសិក្សាអាចបើក ម៉ូឌុល តាមលំដាប់ណាក៏បាន</translation>
    </message>
    <message>
        <location filename="../trainer/ui/facilitator_settings.py" line="83"/>
        <source>Each module&apos;s own rule</source>
        <translation type="unfinished">លក្ខខណ្ឌ របស់ម៉ូឌុលនីមួយៗ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/facilitator_settings.py" line="84"/>
        <source>Yes (otherwise: one module after the other)</source>
        <translation type="unfinished">បាទ/ចាស (បើមិនដូច្នោះ៖ ម៉ូឌុលម្ដងមួយៗ តាមលំដាប់)</translation>
    </message>
    <message>
        <location filename="../trainer/ui/facilitator_settings.py" line="85"/>
        <source>Save</source>
        <translation type="unfinished">រក្សាទុក</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../trainer/ui/sign_in.py" line="69"/>
        <source>That is not your code. Look at your pictures and try again.</source>
        <translation type="unfinished">នោះមិនមែនជាកូដរបស់អ្នកទេ។ សូមមើលរូបភាពរបស់អ្នក ហើយព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/sign_in.py" line="82"/>
        <source>The pictures were not the same. Choose your 3 pictures again.</source>
        <translation type="unfinished">រូបភាពមិនដូចគ្នាទេ។ សូមជ្រើសរើសរូបភាព ៣ របស់អ្នកម្ដងទៀត។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/sign_in.py" line="98"/>
        <source>You can try again now.</source>
        <translation type="unfinished">ឥឡូវនេះ អ្នកអាចព្យាយាមម្ដងទៀតបាន។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/sign_in.py" line="104"/>
        <source>Too many wrong tries. Please wait {} seconds, or ask your facilitator.</source>
        <translation type="unfinished">ព្យាយាមខុសច្រើនដងពេក។ សូមរង់ចាំ {} វិនាទី ឬសួរអ្នកសម្របសម្រួល។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/sign_in.py" line="111"/>
        <source>Tap your 3 pictures in order</source>
        <translation type="unfinished">ចុចរូបភាព ៣ របស់អ្នកតាមលំដាប់</translation>
    </message>
    <message>
        <location filename="../trainer/ui/sign_in.py" line="113"/>
        <source>Tap the same 3 pictures again</source>
        <translation type="unfinished">ចុចរូបភាព ៣ ដដែលម្ដងទៀត</translation>
    </message>
    <message>
        <location filename="../trainer/ui/sign_in.py" line="115"/>
        <source>Choose 3 secret pictures, in order. Remember them!</source>
        <translation type="unfinished">ជ្រើសរើសរូបភាពសម្ងាត់ ៣ តាមលំដាប់។ សូមចងចាំវា!</translation>
    </message>
    <message>
        <location filename="../trainer/ui/sign_in.py" line="116"/>
        <source>Back</source>
        <translation type="unfinished">ត្រឡប់ក្រោយ</translation>
    </message>
</context>
<context>
    <name>TrustRefusal</name>
    <message>
        <location filename="../trainer/packs/trust.py" line="15"/>
        <source>This key is already trusted, as &apos;{name}&apos;.</source>
        <translation type="unfinished">សោនេះ ត្រូវបានទុកចិត្ត រួចហើយ ក្នុងនាមជា &apos;{name}&apos;។</translation>
    </message>
    <message>
        <location filename="../trainer/packs/trust.py" line="19"/>
        <source>The trainer project&apos;s key signs the bundled content and stays trusted.</source>
        <translation type="unfinished">សោរបស់គម្រោងកម្មវិធីនេះ ចុះហត្ថលេខាលើ មាតិកា ដែលភ្ជាប់មកជាមួយ ដូច្នេះ វានៅតែត្រូវបានទុកចិត្ត។</translation>
    </message>
</context>
<context>
    <name>TrustedKeysPanel</name>
    <message>
        <location filename="../trainer/ui/trusted_keys.py" line="49"/>
        <source>Choose a key</source>
        <translation type="unfinished">ជ្រើសរើសសោ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/trusted_keys.py" line="49"/>
        <source>Public keys (*.pub)</source>
        <translation type="unfinished">សោសាធារណៈ (*.pub)</translation>
    </message>
    <message>
        <location filename="../trainer/ui/trusted_keys.py" line="57"/>
        <source>This file is not a trainer public key.</source>
        <translation type="unfinished">ឯកសារនេះ មិនមែនជា សោសាធារណៈ ដែលកម្មវិធីនេះ អាចប្រើបានទេ។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/trusted_keys.py" line="59"/>
        <source>Install packs signed by {}? Check with them that their key is {}.</source>
        <translation type="unfinished">ដំឡើងកញ្ចប់ ដែលចុះហត្ថលេខាដោយ {} ឬ? សូមសួរពួកគេ ដើម្បីផ្ទៀងផ្ទាត់ថា សោរបស់គេគឺ {}។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/trusted_keys.py" line="60"/>
        <source>Trust this key?</source>
        <translation type="unfinished">ទុកចិត្តសោនេះឬ?</translation>
    </message>
    <message>
        <location filename="../trainer/ui/trusted_keys.py" line="76"/>
        <source>Stop installing packs signed by {}? Packs already installed stay.</source>
        <translation type="unfinished">ឈប់ដំឡើងកញ្ចប់ ដែលចុះហត្ថលេខាដោយ {} ឬ? កញ្ចប់ដែលបានដំឡើងរួច នៅដដែល។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/trusted_keys.py" line="77"/>
        <source>Remove this key?</source>
        <translation type="unfinished">ដកសោនេះចេញឬ?</translation>
    </message>
    <message>
        <location filename="../trainer/ui/trusted_keys.py" line="87"/>
        <source>{} (key {})</source>
        <translation type="unfinished">{} (សោ {})</translation>
    </message>
    <message>
        <location filename="../trainer/ui/trusted_keys.py" line="89"/>
        <source>signs the bundled content</source>
        <translation type="unfinished">ចុះហត្ថលេខាលើ មាតិកា ដែលភ្ជាប់មកជាមួយ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/trusted_keys.py" line="100"/>
        <source>Trusted keys</source>
        <translation type="unfinished">សោដែលទុកចិត្ត</translation>
    </message>
    <message>
        <location filename="../trainer/ui/trusted_keys.py" line="101"/>
        <source>Packs signed with one of these keys can be installed on this computer.</source>
        <translation type="unfinished">កញ្ចប់ដែលចុះហត្ថលេខា ដោយសោណាមួយ ក្នុងចំណោមសោទាំងនេះ អាចដំឡើងបាន នៅលើកុំព្យូទ័រនេះ។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/trusted_keys.py" line="102"/>
        <source>Add a key…</source>
        <translation type="unfinished">បន្ថែមសោ…</translation>
    </message>
    <message>
        <location filename="../trainer/ui/trusted_keys.py" line="103"/>
        <source>Remove the key</source>
        <translation type="unfinished">ដកសោចេញ</translation>
    </message>
</context>
</TS>
