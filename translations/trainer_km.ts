<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km_KH">
<context>
    <name>About</name>
    <message>
        <location filename="../trainer/ui/about.py" line="17" />
        <source>About this trainer</source>
        <translation type="unfinished">អំពីកម្មវិធីហ្វឹកហាត់នេះ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/about.py" line="19" />
        <source>Digital skills trainer, version {}</source>
        <translation type="unfinished">កម្មវិធីហ្វឹកហាត់ជំនាញឌីជីថល កំណែ {}</translation>
    </message>
    <message>
        <location filename="../trainer/ui/about.py" line="21" />
        <source>Bundled content, version {}</source>
        <translation type="unfinished">មាតិកាដែលភ្ជាប់មកជាមួយ កំណែ {}</translation>
    </message>
    <message>
        <location filename="../trainer/ui/about.py" line="23" />
        <source>It works offline. Learners' records stay on this computer.</source>
        <translation type="unfinished">វាដំណើរការដោយគ្មានអ៊ីនធឺណិត។ កំណត់ត្រារបស់អ្នកសិក្សានៅតែលើកុំព្យូទ័រនេះ។</translation>
    </message>
</context>
<context>
    <name>ChoicesAnswer</name>
    <message>
        <location filename="../trainer/ui/answers/choices.py" line="62" />
        <source>True</source>
        <translation type="unfinished">ពិត</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/choices.py" line="63" />
        <source>False</source>
        <translation type="unfinished">មិនពិត</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/choices.py" line="64" />
        <source>Share it</source>
        <translation type="unfinished">ចែករំលែកវា</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/choices.py" line="65" />
        <source>Don't share it</source>
        <translation type="unfinished">កុំចែករំលែកវា</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/choices.py" line="66" />
        <source>Check it first</source>
        <translation type="unfinished">ពិនិត្យវាមុនសិន</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/choices.py" line="67" />
        <source>Impersonation: pretending to be someone trusted</source>
        <translation type="unfinished">ការក្លែងបន្លំ៖ ធ្វើពុតជាអ្នកដែលគេទុកចិត្ត</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/choices.py" line="68" />
        <source>Emotion: making you scared or angry</source>
        <translation type="unfinished">អារម្មណ៍៖ ធ្វើឱ្យអ្នកភ័យខ្លាច ឬខឹង</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/choices.py" line="69" />
        <source>Polarisation: turning groups against each other</source>
        <translation type="unfinished">ការបែងចែក៖ ញុះញង់ក្រុមឱ្យប្រឆាំងគ្នា</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/choices.py" line="70" />
        <source>Conspiracy: a secret plot behind the news</source>
        <translation type="unfinished">ទ្រឹស្ដីឃុបឃិត៖ គម្រោងសម្ងាត់នៅពីក្រោយព័ត៌មាន</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/choices.py" line="71" />
        <source>Discrediting: attacking the people who check facts</source>
        <translation type="unfinished">ការបង្ខូចឈ្មោះ៖ វាយប្រហារអ្នកដែលពិនិត្យការពិត</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/choices.py" line="72" />
        <source>Trolling: provoking people to react</source>
        <translation type="unfinished">ការញុះញង់ឱ្យឈ្លោះគ្នា៖ បង្កឱ្យមនុស្សមានប្រតិកម្ម</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/choices.py" line="73" />
        <source>Fake followers: making it look popular</source>
        <translation type="unfinished">អ្នកតាមដានក្លែងក្លាយ៖ ធ្វើឱ្យមើលទៅពេញនិយម</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../trainer/ui/crash.py" line="42" />
        <source>Something went wrong</source>
        <translation type="unfinished">មានបញ្ហាមួយបានកើតឡើង</translation>
    </message>
    <message>
        <location filename="../trainer/ui/crash.py" line="45" />
        <source>Sorry, something went wrong. Your answers are saved. Please tell your facilitator, and carry on.</source>
        <translation type="unfinished">សូមអភ័យទោស មានបញ្ហាមួយបានកើតឡើង។ ចម្លើយរបស់អ្នកត្រូវបានរក្សាទុកហើយ។ សូមប្រាប់អ្នកសម្របសម្រួល ហើយបន្តទៀត។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/crash.py" line="50" />
        <source>Copy details</source>
        <translation type="unfinished">ចម្លងព័ត៌មានលម្អិត</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../trainer/ui/home.py" line="121" />
        <source>Continue: {} (quiz)</source>
        <translation type="unfinished">បន្ត៖ {} (កម្រងសំណួរ)</translation>
    </message>
    <message>
        <location filename="../trainer/ui/home.py" line="122" />
        <source>Continue: {} (page {})</source>
        <translation type="unfinished">បន្ត៖ {} (ទំព័រ {})</translation>
    </message>
    <message>
        <location filename="../trainer/ui/home.py" line="116" />
        <source>You have mastered every module!</source>
        <translation type="unfinished">អ្នកបានស្ទាត់ជំនាញគ្រប់ម៉ូឌុលហើយ!</translation>
    </message>
    <message>
        <location filename="../trainer/ui/home.py" line="119" />
        <source>Start: {}</source>
        <translation type="unfinished">ចាប់ផ្ដើម៖ {}</translation>
    </message>
    <message>
        <location filename="../trainer/ui/home.py" line="126" />
        <source>Hello, {}!</source>
        <translation type="unfinished">សួស្ដី {}!</translation>
    </message>
    <message>
        <location filename="../trainer/ui/home.py" line="129" />
        <source>Review: {} questions to keep fresh</source>
        <translation type="unfinished">ទាញមកហាត់ឡើងវិញ៖ សំណួរ {} ដើម្បីកុំឱ្យភ្លេច</translation>
    </message>
    <message>
        <location filename="../trainer/ui/home.py" line="134" />
        <source>Not started</source>
        <translation type="unfinished">មិនទាន់ចាប់ផ្ដើម</translation>
    </message>
    <message>
        <location filename="../trainer/ui/home.py" line="135" />
        <source>In progress</source>
        <translation type="unfinished">កំពុងដំណើរការ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/home.py" line="136" />
        <source>Mastered</source>
        <translation type="unfinished">ស្ទាត់ជំនាញ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/home.py" line="137" />
        <source>Done</source>
        <translation type="unfinished">រួចរាល់</translation>
    </message>
    <message>
        <location filename="../trainer/ui/home.py" line="142" />
        <source>About {} minutes</source>
        <translation type="unfinished">ប្រហែល {} នាទី</translation>
    </message>
    <message>
        <location filename="../trainer/ui/home.py" line="143" />
        <source>Test before you start</source>
        <translation type="unfinished">តេស្តមុនពេលចាប់ផ្ដើម</translation>
    </message>
    <message>
        <location filename="../trainer/ui/home.py" line="143" />
        <source>Test at the end</source>
        <translation type="unfinished">តេស្តនៅចុងបញ្ចប់</translation>
    </message>
</context>
<context>
    <name>HotspotAnswer</name>
    <message>
        <location filename="../trainer/ui/answers/hotspot.py" line="127" />
        <source>Tap every part that looks suspicious, then press Check. Taps: {}</source>
        <translation type="unfinished">ចុចលើផ្នែកនីមួយៗដែលមើលទៅគួរឱ្យសង្ស័យ រួចចុច ពិនិត្យ។ ចំនួនចុច៖ {}</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/hotspot.py" line="141" />
        <source>You found {} of {} red flags. Taps on nothing suspicious: {}.</source>
        <translation type="unfinished">អ្នករកឃើញសញ្ញាព្រមាន {} ក្នុងចំណោម {}។ ចុចលើកន្លែងមិនគួរឱ្យសង្ស័យ៖ {}។</translation>
    </message>
</context>
<context>
    <name>LessonScreen</name>
    <message>
        <location filename="../trainer/ui/lesson.py" line="80" />
        <source>Page {} of {}</source>
        <translation type="unfinished">ទំព័រ {} នៃ {}</translation>
    </message>
    <message>
        <location filename="../trainer/ui/lesson.py" line="81" />
        <source>needs the internet, not opened here</source>
        <translation type="unfinished">ត្រូវការអ៊ីនធឺណិត មិនបើកនៅទីនេះទេ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/lesson.py" line="83" />
        <source>Listen</source>
        <translation type="unfinished">ស្ដាប់</translation>
    </message>
    <message>
        <location filename="../trainer/ui/lesson.py" line="84" />
        <source>Back</source>
        <translation type="unfinished">ត្រឡប់ក្រោយ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/lesson.py" line="87" />
        <source>Start the quiz</source>
        <translation type="unfinished">ចាប់ផ្ដើមកម្រងសំណួរ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/lesson.py" line="87" />
        <source>Next</source>
        <translation type="unfinished">បន្ទាប់</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../trainer/ui/main_window.py" line="224" />
        <source>Digital skills trainer</source>
        <translation type="unfinished">កម្មវិធីហ្វឹកហាត់ជំនាញឌីជីថល</translation>
    </message>
    <message>
        <location filename="../trainer/ui/main_window.py" line="225" />
        <source>My modules</source>
        <translation type="unfinished">ម៉ូឌុលរបស់ខ្ញុំ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/main_window.py" line="226" />
        <source>Switch learner</source>
        <translation type="unfinished">ប្ដូរអ្នកសិក្សា</translation>
    </message>
</context>
<context>
    <name>MatchingAnswer</name>
    <message>
        <location filename="../trainer/ui/answers/matching.py" line="54" />
        <source>Choose…</source>
        <translation type="unfinished">ជ្រើសរើស…</translation>
    </message>
</context>
<context>
    <name>NewLearnerScreen</name>
    <message>
        <location filename="../trainer/ui/new_learner.py" line="97" />
        <source>Please write your name.</source>
        <translation type="unfinished">សូមសរសេរឈ្មោះរបស់អ្នក។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/new_learner.py" line="99" />
        <source>Please pick your picture.</source>
        <translation type="unfinished">សូមជ្រើសរើសរូបភាពរបស់អ្នក។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/new_learner.py" line="111" />
        <source>The pictures were not the same. Choose your 3 pictures again.</source>
        <translation type="unfinished">រូបភាពមិនដូចគ្នាទេ។ សូមជ្រើសរើសរូបភាព ៣ របស់អ្នកម្ដងទៀត។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/new_learner.py" line="127" />
        <source>Back</source>
        <translation type="unfinished">ត្រឡប់ក្រោយ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/new_learner.py" line="128" />
        <source>What is your name?</source>
        <translation type="unfinished">តើអ្នកឈ្មោះអ្វី?</translation>
    </message>
    <message>
        <location filename="../trainer/ui/new_learner.py" line="129" />
        <source>Pick your picture</source>
        <translation type="unfinished">ជ្រើសរើសរូបភាពរបស់អ្នក</translation>
    </message>
    <message>
        <location filename="../trainer/ui/new_learner.py" line="130" />
        <source>Next</source>
        <translation type="unfinished">បន្ទាប់</translation>
    </message>
    <message>
        <location filename="../trainer/ui/new_learner.py" line="131" />
        <source>Choose 3 secret pictures, in order. Remember them!</source>
        <translation type="unfinished">ជ្រើសរើសរូបភាពសម្ងាត់ ៣ តាមលំដាប់។ សូមចងចាំវា!</translation>
    </message>
    <message>
        <location filename="../trainer/ui/new_learner.py" line="132" />
        <source>Tap the same 3 pictures again</source>
        <translation type="unfinished">ចុចរូបភាព ៣ ដដែលម្ដងទៀត</translation>
    </message>
</context>
<context>
    <name>OrderingAnswer</name>
    <message>
        <location filename="../trainer/ui/answers/ordering.py" line="80" />
        <source>Move up</source>
        <translation type="unfinished">ផ្លាស់ទីឡើងលើ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/ordering.py" line="81" />
        <source>Move down</source>
        <translation type="unfinished">ផ្លាស់ទីចុះក្រោម</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/ordering.py" line="91" />
        <source>{} of {} in place. The right order:</source>
        <translation type="unfinished">ត្រូវកន្លែង {} ក្នុងចំណោម {}។ លំដាប់ត្រឹមត្រូវ៖</translation>
    </message>
</context>
<context>
    <name>PickerScreen</name>
    <message>
        <location filename="../trainer/ui/picker.py" line="118" />
        <source>These modules were left out. Learners see the others. For the content editor:</source>
        <translation type="unfinished">ម៉ូឌុលទាំងនេះត្រូវបានទុកចោល។ អ្នកសិក្សាឃើញម៉ូឌុលផ្សេងទៀត។ សម្រាប់អ្នកកែសម្រួលមាតិកា៖</translation>
    </message>
    <message>
        <location filename="../trainer/ui/picker.py" line="128" />
        <source>Who is learning today?</source>
        <translation type="unfinished">តើនរណារៀនថ្ងៃនេះ?</translation>
    </message>
    <message>
        <location filename="../trainer/ui/picker.py" line="129" />
        <source>About</source>
        <translation type="unfinished">អំពី</translation>
    </message>
    <message>
        <location filename="../trainer/ui/picker.py" line="130" />
        <source>Add yourself</source>
        <translation type="unfinished">បន្ថែមខ្លួនអ្នក</translation>
    </message>
    <message>
        <location filename="../trainer/ui/picker.py" line="133" />
        <source>Modules left out because of errors: {}</source>
        <translation type="unfinished">ម៉ូឌុលដែលត្រូវទុកចោលដោយសារកំហុស៖ {}</translation>
    </message>
</context>
<context>
    <name>PictureCodePad</name>
    <message>
        <location filename="../trainer/ui/code_pad.py" line="82" />
        <source>Take back the last picture</source>
        <translation type="unfinished">ដករូបភាពចុងក្រោយចេញ</translation>
    </message>
</context>
<context>
    <name>QuizScreen</name>
    <message>
        <location filename="../trainer/ui/quiz.py" line="179" />
        <source>Pick an answer first.</source>
        <translation type="unfinished">សូមជ្រើសរើសចម្លើយជាមុនសិន។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/quiz.py" line="184" />
        <source>How sure are you?</source>
        <translation type="unfinished">តើអ្នកប្រាកដប៉ុណ្ណា?</translation>
    </message>
    <message>
        <location filename="../trainer/ui/quiz.py" line="218" />
        <source>Question {} of {}</source>
        <translation type="unfinished">សំណួរ {} នៃ {}</translation>
    </message>
    <message>
        <location filename="../trainer/ui/quiz.py" line="221" />
        <source>Listen</source>
        <translation type="unfinished">ស្ដាប់</translation>
    </message>
    <message>
        <location filename="../trainer/ui/quiz.py" line="223" />
        <source>Show a hint</source>
        <translation type="unfinished">បង្ហាញតម្រុយ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/quiz.py" line="228" />
        <source>Not sure</source>
        <translation type="unfinished">មិនប្រាកដ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/quiz.py" line="229" />
        <source>A bit sure</source>
        <translation type="unfinished">ប្រាកដបន្តិច</translation>
    </message>
    <message>
        <location filename="../trainer/ui/quiz.py" line="230" />
        <source>Very sure</source>
        <translation type="unfinished">ប្រាកដណាស់</translation>
    </message>
    <message>
        <location filename="../trainer/ui/quiz.py" line="234" />
        <source>Check</source>
        <translation type="unfinished">ពិនិត្យ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/quiz.py" line="236" />
        <source>Next</source>
        <translation type="unfinished">បន្ទាប់</translation>
    </message>
    <message>
        <location filename="../trainer/ui/quiz.py" line="240" />
        <source>Right!</source>
        <translation type="unfinished">ត្រឹមត្រូវ!</translation>
    </message>
    <message>
        <location filename="../trainer/ui/quiz.py" line="240" />
        <source>Not quite. Read the explanations.</source>
        <translation type="unfinished">មិនទាន់ត្រូវទេ។ សូមអានការពន្យល់។</translation>
    </message>
</context>
<context>
    <name>RatingAnswer</name>
    <message>
        <location filename="../trainer/ui/answers/rating.py" line="66" />
        <source>1 = not reliable at all</source>
        <translation type="unfinished">1 = មិនគួរឱ្យទុកចិត្តសោះ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/rating.py" line="67" />
        <source>7 = very reliable</source>
        <translation type="unfinished">7 = គួរឱ្យទុកចិត្តខ្លាំង</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/rating.py" line="74" />
        <source>This post is true.</source>
        <translation type="unfinished">ការបង្ហោះនេះពិត។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/rating.py" line="74" />
        <source>This post is false.</source>
        <translation type="unfinished">ការបង្ហោះនេះមិនពិត។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/rating.py" line="75" />
        <source>You judged it well.</source>
        <translation type="unfinished">អ្នកវាយតម្លៃបានល្អ។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/rating.py" line="75" />
        <source>Look again at why.</source>
        <translation type="unfinished">សូមមើលម្ដងទៀតថាហេតុអ្វី។</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <location filename="../trainer/ui/result.py" line="64" />
        <source>Thank you! You finished the test.</source>
        <translation type="unfinished">សូមអរគុណ! អ្នកបានបញ្ចប់តេស្តហើយ។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/result.py" line="65" />
        <source>This shows what you knew, so that your facilitator can see what you learn.</source>
        <translation type="unfinished">វាបង្ហាញអ្វីដែលអ្នកបានដឹង ដើម្បីឱ្យអ្នកសម្របសម្រួលអាចឃើញអ្វីដែលអ្នករៀនបាន។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/result.py" line="68" />
        <source>Well done! You mastered this module.</source>
        <translation type="unfinished">ល្អណាស់! អ្នកបានស្ទាត់ជំនាញម៉ូឌុលនេះហើយ។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/result.py" line="71" />
        <source>Good practice! Keep going.</source>
        <translation type="unfinished">ហាត់បានល្អ! សូមបន្តទៀត។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/result.py" line="73" />
        <source>{} right of your last {} answers. To master “{}”, get {} of {} right.</source>
        <translation type="unfinished">ត្រូវ {} ក្នុងចំណោមចម្លើយ {} ចុងក្រោយ។ ដើម្បីស្ទាត់ជំនាញ “{}” ត្រូវឆ្លើយត្រូវ {} ក្នុងចំណោម {}។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/result.py" line="77" />
        <source>Back to my modules</source>
        <translation type="unfinished">ត្រឡប់ទៅម៉ូឌុលរបស់ខ្ញុំ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/result.py" line="78" />
        <source>Read the lesson again</source>
        <translation type="unfinished">អានមេរៀនម្ដងទៀត</translation>
    </message>
    <message>
        <location filename="../trainer/ui/result.py" line="79" />
        <source>Try the quiz again</source>
        <translation type="unfinished">ធ្វើកម្រងសំណួរម្ដងទៀត</translation>
    </message>
</context>
<context>
    <name>ScenarioAnswer</name>
    <message>
        <location filename="../trainer/ui/answers/scenario.py" line="86" />
        <source>Continue the story</source>
        <translation type="unfinished">បន្តរឿង</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/scenario.py" line="90" />
        <source>A good ending: you stayed safe.</source>
        <translation type="unfinished">ការបញ្ចប់ល្អ៖ អ្នកនៅតែមានសុវត្ថិភាព។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/scenario.py" line="91" />
        <source>A risky ending: it could have gone wrong.</source>
        <translation type="unfinished">ការបញ្ចប់មានហានិភ័យ៖ វាអាចនឹងខុស។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/answers/scenario.py" line="92" />
        <source>A harmful ending: this is how people lose money or trust.</source>
        <translation type="unfinished">ការបញ្ចប់ដែលបង្កគ្រោះថ្នាក់៖ នេះជារបៀបដែលមនុស្សបាត់បង់លុយ ឬការទុកចិត្ត។</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../trainer/ui/sign_in.py" line="66" />
        <source>That is not your code. Look at your pictures and try again.</source>
        <translation type="unfinished">នោះមិនមែនជាកូដរបស់អ្នកទេ។ សូមមើលរូបភាពរបស់អ្នក ហើយព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/sign_in.py" line="79" />
        <source>The pictures were not the same. Choose your 3 pictures again.</source>
        <translation type="unfinished">រូបភាពមិនដូចគ្នាទេ។ សូមជ្រើសរើសរូបភាព ៣ របស់អ្នកម្ដងទៀត។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/sign_in.py" line="95" />
        <source>You can try again now.</source>
        <translation type="unfinished">ឥឡូវនេះ អ្នកអាចព្យាយាមម្ដងទៀតបាន។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/sign_in.py" line="101" />
        <source>Too many wrong tries. Please wait {} seconds, or ask your facilitator.</source>
        <translation type="unfinished">ព្យាយាមខុសច្រើនដងពេក។ សូមរង់ចាំ {} វិនាទី ឬសួរអ្នកសម្របសម្រួល។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/sign_in.py" line="108" />
        <source>Tap your 3 pictures in order</source>
        <translation type="unfinished">ចុចរូបភាព ៣ របស់អ្នកតាមលំដាប់</translation>
    </message>
    <message>
        <location filename="../trainer/ui/sign_in.py" line="110" />
        <source>Tap the same 3 pictures again</source>
        <translation type="unfinished">ចុចរូបភាព ៣ ដដែលម្ដងទៀត</translation>
    </message>
    <message>
        <location filename="../trainer/ui/sign_in.py" line="112" />
        <source>Choose 3 secret pictures, in order. Remember them!</source>
        <translation type="unfinished">ជ្រើសរើសរូបភាពសម្ងាត់ ៣ តាមលំដាប់។ សូមចងចាំវា!</translation>
    </message>
    <message>
        <location filename="../trainer/ui/sign_in.py" line="113" />
        <source>Back</source>
        <translation type="unfinished">ត្រឡប់ក្រោយ</translation>
    </message>
</context>
</TS>