<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="km_KH">
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
        <location filename="../trainer/ui/home.py" line="111" />
        <source>Continue: {} (quiz)</source>
        <translation type="unfinished">បន្ត៖ {} (កម្រងសំណួរ)</translation>
    </message>
    <message>
        <location filename="../trainer/ui/home.py" line="112" />
        <source>Continue: {} (page {})</source>
        <translation type="unfinished">បន្ត៖ {} (ទំព័រ {})</translation>
    </message>
    <message>
        <location filename="../trainer/ui/home.py" line="106" />
        <source>You have mastered every module!</source>
        <translation type="unfinished">អ្នកបានស្ទាត់ជំនាញគ្រប់ម៉ូឌុលហើយ!</translation>
    </message>
    <message>
        <location filename="../trainer/ui/home.py" line="109" />
        <source>Start: {}</source>
        <translation type="unfinished">ចាប់ផ្ដើម៖ {}</translation>
    </message>
    <message>
        <location filename="../trainer/ui/home.py" line="116" />
        <source>Hello, {}!</source>
        <translation type="unfinished">សួស្ដី {}!</translation>
    </message>
    <message>
        <location filename="../trainer/ui/home.py" line="122" />
        <source>Not started</source>
        <translation type="unfinished">មិនទាន់ចាប់ផ្ដើម</translation>
    </message>
    <message>
        <location filename="../trainer/ui/home.py" line="123" />
        <source>In progress</source>
        <translation type="unfinished">កំពុងដំណើរការ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/home.py" line="124" />
        <source>Mastered</source>
        <translation type="unfinished">ស្ទាត់ជំនាញ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/home.py" line="129" />
        <source>About {} minutes</source>
        <translation type="unfinished">ប្រហែល {} នាទី</translation>
    </message>
</context>
<context>
    <name>LessonScreen</name>
    <message>
        <location filename="../trainer/ui/lesson.py" line="79" />
        <source>Page {} of {}</source>
        <translation type="unfinished">ទំព័រ {} នៃ {}</translation>
    </message>
    <message>
        <location filename="../trainer/ui/lesson.py" line="80" />
        <source>needs the internet, not opened here</source>
        <translation type="unfinished">ត្រូវការអ៊ីនធឺណិត មិនបើកនៅទីនេះទេ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/lesson.py" line="82" />
        <source>Back</source>
        <translation type="unfinished">ត្រឡប់ក្រោយ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/lesson.py" line="85" />
        <source>Start the quiz</source>
        <translation type="unfinished">ចាប់ផ្ដើមកម្រងសំណួរ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/lesson.py" line="85" />
        <source>Next</source>
        <translation type="unfinished">បន្ទាប់</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../trainer/ui/main_window.py" line="193" />
        <source>Digital skills trainer</source>
        <translation type="unfinished">កម្មវិធីហ្វឹកហាត់ជំនាញឌីជីថល</translation>
    </message>
    <message>
        <location filename="../trainer/ui/main_window.py" line="194" />
        <source>My modules</source>
        <translation type="unfinished">ម៉ូឌុលរបស់ខ្ញុំ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/main_window.py" line="195" />
        <source>Switch learner</source>
        <translation type="unfinished">ប្ដូរអ្នកសិក្សា</translation>
    </message>
</context>
<context>
    <name>NewLearnerScreen</name>
    <message>
        <location filename="../trainer/ui/new_learner.py" line="98" />
        <source>Please write your name.</source>
        <translation type="unfinished">សូមសរសេរឈ្មោះរបស់អ្នក។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/new_learner.py" line="100" />
        <source>Please pick your picture.</source>
        <translation type="unfinished">សូមជ្រើសរើសរូបភាពរបស់អ្នក។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/new_learner.py" line="112" />
        <source>The pictures were not the same. Choose your 3 pictures again.</source>
        <translation type="unfinished">រូបភាពមិនដូចគ្នាទេ។ សូមជ្រើសរើសរូបភាព ៣ របស់អ្នកម្ដងទៀត។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/new_learner.py" line="128" />
        <source>Back</source>
        <translation type="unfinished">ត្រឡប់ក្រោយ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/new_learner.py" line="129" />
        <source>What is your name?</source>
        <translation type="unfinished">តើអ្នកឈ្មោះអ្វី?</translation>
    </message>
    <message>
        <location filename="../trainer/ui/new_learner.py" line="130" />
        <source>Pick your picture</source>
        <translation type="unfinished">ជ្រើសរើសរូបភាពរបស់អ្នក</translation>
    </message>
    <message>
        <location filename="../trainer/ui/new_learner.py" line="131" />
        <source>Next</source>
        <translation type="unfinished">បន្ទាប់</translation>
    </message>
    <message>
        <location filename="../trainer/ui/new_learner.py" line="132" />
        <source>Choose 3 secret pictures, in order. Remember them!</source>
        <translation type="unfinished">ជ្រើសរើសរូបភាពសម្ងាត់ ៣ តាមលំដាប់។ សូមចងចាំវា!</translation>
    </message>
    <message>
        <location filename="../trainer/ui/new_learner.py" line="133" />
        <source>Tap the same 3 pictures again</source>
        <translation type="unfinished">ចុចរូបភាព ៣ ដដែលម្ដងទៀត</translation>
    </message>
</context>
<context>
    <name>PickerScreen</name>
    <message>
        <location filename="../trainer/ui/picker.py" line="104" />
        <source>These modules were left out. Learners see the others. For the content editor:</source>
        <translation type="unfinished">ម៉ូឌុលទាំងនេះត្រូវបានទុកចោល។ អ្នកសិក្សាឃើញម៉ូឌុលផ្សេងទៀត។ សម្រាប់អ្នកកែសម្រួលមាតិកា៖</translation>
    </message>
    <message>
        <location filename="../trainer/ui/picker.py" line="114" />
        <source>Who is learning today?</source>
        <translation type="unfinished">តើនរណារៀនថ្ងៃនេះ?</translation>
    </message>
    <message>
        <location filename="../trainer/ui/picker.py" line="115" />
        <source>Add yourself</source>
        <translation type="unfinished">បន្ថែមខ្លួនអ្នក</translation>
    </message>
    <message>
        <location filename="../trainer/ui/picker.py" line="118" />
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
        <location filename="../trainer/ui/quiz.py" line="156" />
        <source>Pick an answer first.</source>
        <translation type="unfinished">សូមជ្រើសរើសចម្លើយជាមុនសិន។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/quiz.py" line="178" />
        <source>Question {} of {}</source>
        <translation type="unfinished">សំណួរ {} នៃ {}</translation>
    </message>
    <message>
        <location filename="../trainer/ui/quiz.py" line="180" />
        <source>True</source>
        <translation type="unfinished">ពិត</translation>
    </message>
    <message>
        <location filename="../trainer/ui/quiz.py" line="180" />
        <source>False</source>
        <translation type="unfinished">មិនពិត</translation>
    </message>
    <message>
        <location filename="../trainer/ui/quiz.py" line="186" />
        <source>Check</source>
        <translation type="unfinished">ពិនិត្យ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/quiz.py" line="188" />
        <source>Next</source>
        <translation type="unfinished">បន្ទាប់</translation>
    </message>
    <message>
        <location filename="../trainer/ui/quiz.py" line="193" />
        <source>Right!</source>
        <translation type="unfinished">ត្រឹមត្រូវ!</translation>
    </message>
    <message>
        <location filename="../trainer/ui/quiz.py" line="193" />
        <source>Not quite. Read why below each answer.</source>
        <translation type="unfinished">មិនទាន់ត្រូវទេ។ សូមអានមូលហេតុនៅក្រោមចម្លើយនីមួយៗ។</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <location filename="../trainer/ui/result.py" line="60" />
        <source>Well done! You mastered this module.</source>
        <translation type="unfinished">ល្អណាស់! អ្នកបានស្ទាត់ជំនាញម៉ូឌុលនេះហើយ។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/result.py" line="63" />
        <source>Good practice! Keep going.</source>
        <translation type="unfinished">ហាត់បានល្អ! សូមបន្តទៀត។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/result.py" line="65" />
        <source>{} right of your last {} answers. To master “{}”, get {} of {} right.</source>
        <translation type="unfinished">ត្រូវ {} ក្នុងចំណោមចម្លើយ {} ចុងក្រោយ។ ដើម្បីស្ទាត់ជំនាញ “{}” ត្រូវឆ្លើយត្រូវ {} ក្នុងចំណោម {}។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/result.py" line="69" />
        <source>Back to my modules</source>
        <translation type="unfinished">ត្រឡប់ទៅម៉ូឌុលរបស់ខ្ញុំ</translation>
    </message>
    <message>
        <location filename="../trainer/ui/result.py" line="70" />
        <source>Read the lesson again</source>
        <translation type="unfinished">អានមេរៀនម្ដងទៀត</translation>
    </message>
    <message>
        <location filename="../trainer/ui/result.py" line="71" />
        <source>Try the quiz again</source>
        <translation type="unfinished">ធ្វើកម្រងសំណួរម្ដងទៀត</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../trainer/ui/sign_in.py" line="58" />
        <source>That is not your code. Look at your pictures and try again.</source>
        <translation type="unfinished">នោះមិនមែនជាកូដរបស់អ្នកទេ។ សូមមើលរូបភាពរបស់អ្នក ហើយព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/sign_in.py" line="73" />
        <source>You can try again now.</source>
        <translation type="unfinished">ឥឡូវនេះ អ្នកអាចព្យាយាមម្ដងទៀតបាន។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/sign_in.py" line="79" />
        <source>Too many wrong tries. Please wait {} seconds, or ask your facilitator.</source>
        <translation type="unfinished">ព្យាយាមខុសច្រើនដងពេក។ សូមរង់ចាំ {} វិនាទី ឬសួរអ្នកសម្របសម្រួល។</translation>
    </message>
    <message>
        <location filename="../trainer/ui/sign_in.py" line="85" />
        <source>Tap your 3 pictures in order</source>
        <translation type="unfinished">ចុចរូបភាព ៣ របស់អ្នកតាមលំដាប់</translation>
    </message>
    <message>
        <location filename="../trainer/ui/sign_in.py" line="86" />
        <source>Back</source>
        <translation type="unfinished">ត្រឡប់ក្រោយ</translation>
    </message>
</context>
</TS>