# The two commands of the README on Windows: .\dev.ps1 run  and  .\dev.ps1 test
# Both create .venv when missing and install the pinned dependencies first.
param([Parameter(Position = 0)][string]$Command = "", [Parameter(ValueFromRemainingArguments = $true)][string[]]$Rest)
$ErrorActionPreference = "Stop"
Set-Location $PSScriptRoot

$Python = if ($env:PYTHON) { $env:PYTHON } else { "py" }
$PyArgs = if ($Python -eq "py") { @("-3.11") } else { @() }
$Venv = ".venv"
$Py = Join-Path $Venv "Scripts\python.exe"

function Ensure-Venv {
    if (-not (Test-Path $Py)) { & $Python @PyArgs -m venv $Venv; if ($LASTEXITCODE) { exit 2 } }
    $hash = (Get-FileHash -Algorithm SHA256 -InputStream ([IO.MemoryStream]::new([Text.Encoding]::UTF8.GetBytes(
        (Get-Content -Raw constraints.txt) + (Get-Content -Raw pyproject.toml))))).Hash.Substring(0, 16)
    $stamp = Join-Path $Venv ".installed-$hash"
    if (-not (Test-Path $stamp)) {
        & $Py -m pip install --quiet --upgrade pip
        $torch = (Select-String -Path constraints.txt -Pattern '^torch==(.+)$').Matches[0].Groups[1].Value
        & $Py -m pip install --quiet -c constraints.txt "torch==$torch"
        if ($LASTEXITCODE) { exit $LASTEXITCODE }
        & $Py -m pip install --quiet -c constraints.txt -e ".[dev]"
        if ($LASTEXITCODE) { exit $LASTEXITCODE }
        Remove-Item (Join-Path $Venv ".installed-*") -ErrorAction SilentlyContinue
        New-Item -ItemType File $stamp | Out-Null
    }
}

switch ($Command) {
    "run" { Ensure-Venv; & (Join-Path $Venv "Scripts\lorasmith.exe") @Rest; exit $LASTEXITCODE }
    "test" { Ensure-Venv; $env:QT_QPA_PLATFORM = "offscreen"; & $Py -m pytest @Rest; exit $LASTEXITCODE }
    default {
        Write-Host "usage: .\dev.ps1 run [ARGS]    open the app"
        Write-Host "       .\dev.ps1 test [PYTEST ARGS]    run the whole test suite"
        exit 2
    }
}
