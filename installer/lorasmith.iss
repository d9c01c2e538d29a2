; Inno Setup 6 script for Lorasmith. installer/build.py compiles it with:
;   ISCC /DAppVersion=0.1.0 /DSourceDir=dist\Lorasmith /DOutputDir=dist\installer /DRepoRoot=. installer\lorasmith.iss
; Per-user install (no administrator rights), Start-menu entry, optional desktop shortcut.
; The user's models, runs, settings and logs live in %LOCALAPPDATA%\Lorasmith, outside {app}:
; uninstalling keeps them unless the user ticks "yes" when asked.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef RepoRoot
  #define RepoRoot ".."
#endif
#ifndef SourceDir
  #define SourceDir RepoRoot + "\dist\Lorasmith"
#endif
#ifndef OutputDir
  #define OutputDir RepoRoot + "\dist\installer"
#endif

[Setup]
AppId={{6F0B7C1E-4D52-4B8E-9A57-2E1C9D3A7B41}
AppName=Lorasmith
AppVersion={#AppVersion}
AppPublisher=Lorasmith
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\Lorasmith
DefaultGroupName=Lorasmith
DisableProgramGroupPage=yes
; Per-user: installs under %LOCALAPPDATA%\Programs, no UAC prompt.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=Lorasmith-{#AppVersion}-setup
SetupIconFile={#RepoRoot}\resources\icons\lorasmith.ico
UninstallDisplayIcon={app}\Lorasmith.exe
WizardStyle=modern
; A CUDA torch bundle is over 4 GB, more than one setup file can hold: split into setup.exe + .bin slices.
DiskSpanning=yes
DiskSliceSize=max
SlicesPerDisk=1
; Not solid: a multi-gigabyte solid block needs too much memory and time to compress.
Compression=lzma2/normal
SolidCompression=no
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
#if FileExists(CompilerPath + "Languages\ChineseSimplified.isl")
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif
#if FileExists(CompilerPath + "Languages\ChineseTraditional.isl")
Name: "zh_TW"; MessagesFile: "compiler:Languages\ChineseTraditional.isl"
#endif

[CustomMessages]
en.DeleteUserData=Also delete your downloaded models, training runs, adapters and settings in%n%1?%n%nChoose No to keep them (a later install finds them again).
#if FileExists(CompilerPath + "Languages\ChineseSimplified.isl")
zh_CN.DeleteUserData=是否同时删除您下载的模型、训练记录、适配器和设置？位置：%n%1%n%n选择“否”将保留它们（重新安装后可以继续使用）。
#endif
#if FileExists(CompilerPath + "Languages\ChineseTraditional.isl")
zh_TW.DeleteUserData=是否同時刪除您下載的模型、訓練記錄、轉接器和設定？位置：%n%1%n%n選擇「否」將保留它們（重新安裝後可以繼續使用）。
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Lorasmith"; Filename: "{app}\Lorasmith.exe"
Name: "{group}\{cm:UninstallProgram,Lorasmith}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Lorasmith"; Filename: "{app}\Lorasmith.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\Lorasmith.exe"; Description: "{cm:LaunchProgram,Lorasmith}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Python may leave compiled caches beside the bundle; the user's data is never in {app}.
Type: filesandordirs; Name: "{app}\_internal"

[Code]
function UserDataDir(): String;
begin
  { Where the app keeps user data (platformdirs' user data folder for "Lorasmith"). }
  Result := ExpandConstant('{localappdata}\Lorasmith');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and (not UninstallSilent) and DirExists(UserDataDir()) then
  begin
    if MsgBox(FmtMessage(CustomMessage('DeleteUserData'), [UserDataDir()]), mbConfirmation,
              MB_YESNO or MB_DEFBUTTON2) = IDYES then
    begin
      DelTree(UserDataDir(), True, True, True);
      { The window's settings (QSettings) live in the registry. }
      RegDeleteKeyIncludingSubkeys(HKCU, 'Software\Lorasmith');
    end;
  end;
end;
