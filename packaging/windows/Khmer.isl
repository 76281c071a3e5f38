; Khmer messages for the installer, drafted by the developers (needs review by a Khmer speaker).
; Loaded after Default.isl, so any message not translated here stays in English.

[LangOptions]
LanguageName=<1781><17D2><1798><17C2><179A>
LanguageID=$0453
LanguageCodePage=0

[Messages]
SetupAppTitle=ការដំឡើង
SetupWindowTitle=ការដំឡើង - %1
ButtonNext=&បន្ទាប់ >
ButtonBack=< &ត្រឡប់ក្រោយ
ButtonCancel=បោះបង់
ButtonInstall=&ដំឡើង
ButtonFinish=&បញ្ចប់
ButtonYes=&បាទ/ចាស
ButtonNo=&ទេ
ButtonBrowse=&រកមើល...
WelcomeLabel1=សូមស្វាគមន៍មកកាន់ការដំឡើង [name]
WelcomeLabel2=កម្មវិធីនេះនឹងដំឡើង [name/ver] លើកុំព្យូទ័ររបស់អ្នក។
SelectDirLabel3=កម្មវិធីនឹងដំឡើង [name] ទៅក្នុងថតខាងក្រោម។
ReadyLabel1=ការដំឡើងរួចរាល់ហើយ ដើម្បីដំឡើង [name] លើកុំព្យូទ័ររបស់អ្នក។
InstallingLabel=សូមរង់ចាំ ខណៈពេលកំពុងដំឡើង [name]...
FinishedHeadingLabel=ការដំឡើង [name] បានបញ្ចប់
FinishedLabel=[name] ត្រូវបានដំឡើងលើកុំព្យូទ័ររបស់អ្នកហើយ។
ExitSetupTitle=ចេញពីការដំឡើង
ExitSetupMessage=ការដំឡើងមិនទាន់បានបញ្ចប់ទេ។ តើអ្នកចង់ចេញមែនទេ?
ConfirmUninstall=តើអ្នកពិតជាចង់លុប %1 មែនទេ?
UninstalledAll=%1 ត្រូវបានលុបចេញពីកុំព្យូទ័ររបស់អ្នកហើយ។

[CustomMessages]
CreateDesktopIcon=បង្កើតរូបតំណាងនៅលើផ្ទៃតុ
AdditionalIcons=រូបតំណាងបន្ថែម៖
LaunchProgram=បើក %1
UninstallProgram=លុប %1
