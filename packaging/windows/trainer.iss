; Inno Setup script for the Windows installer.  Build on Windows after packaging/build.sh's
; PyInstaller step has produced dist\trainer:   iscc packaging\windows\trainer.iss
; Untested on Windows so far: see packaging/README.md.

#define AppName "Digital skills trainer"
#define AppVersion GetEnv("TRAINER_VERSION")

[Setup]
AppId={{6B1E2F0A-3C44-4D8B-9E7A-5A1C2D3E4F50}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Community digital-skills programme
DefaultDirName={autopf}\KhmerDigitalTrainer
DefaultGroupName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=trainer-setup
SetupIconFile=trainer.ico
UninstallDisplayIcon={app}\trainer.exe
Compression=lzma2/max
SolidCompression=yes
PrivilegesRequiredOverridesAllowed=dialog
ShowLanguageDialog=yes

[Languages]
Name: "km"; MessagesFile: "compiler:Default.isl,Khmer.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\trainer\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\trainer.exe"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\trainer.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Run]
Filename: "{app}\trainer.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ Learners' records live in the user's app-data folder.  Uninstalling keeps them unless the
  person uninstalling says to delete them. }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{userappdata}\KhmerDigitalTrainer');
    if DirExists(DataDir) then
      if MsgBox(CustomMessage('DeleteLearnerData'), mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
        DelTree(DataDir, True, True, True);
  end;
end;

[CustomMessages]
en.DeleteLearnerData=Also delete all learners' records and progress on this computer? Choose No to keep them.
km.DeleteLearnerData=លុបកំណត់ត្រា និងវឌ្ឍនភាពរបស់អ្នកសិក្សាទាំងអស់នៅលើកុំព្យូទ័រនេះដែរឬទេ? ជ្រើស «ទេ» ដើម្បីរក្សាទុក។
