<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt ships no Khmer catalogue, so we keep one for its standard buttons and menus.
     Drafted by the developers; every entry stays "unfinished" until a Khmer speaker reviews it. -->
<TS version="2.1" language="km_KH">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished">យល់ព្រម</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">រក្សាទុក</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished">រក្សាទុកទាំងអស់</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished">បើក</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished">បាទ/ចាស</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished">បាទ/ចាស ទាំងអស់</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished">ទេ</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished">ទេ ទាំងអស់</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished">បោះបង់ចោល</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished">ព្យាយាមម្ដងទៀត</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished">មិនអើពើ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">បិទ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">បោះបង់</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished">បោះចោល</translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished">ជំនួយ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished">អនុវត្ត</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished">កំណត់ឡើងវិញ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished">ស្ដារលំនាំដើមវិញ</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation type="unfinished">បង្ហាញព័ត៌មានលម្អិត...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation type="unfinished">លាក់ព័ត៌មានលម្អិត...</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">មិនធ្វើវិញ</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">ធ្វើវិញ</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished">កាត់</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished">ចម្លង</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished">ចម្លងអាសយដ្ឋានតំណ</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished">បិទភ្ជាប់</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">លុប</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished">ជ្រើសរើសទាំងអស់</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">មិនធ្វើវិញ</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">ធ្វើវិញ</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished">កាត់</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished">ចម្លង</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished">បិទភ្ជាប់</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">លុប</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished">ជ្រើសរើសទាំងអស់</translation>
    </message>
</context>
</TS>
