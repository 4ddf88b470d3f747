<#
.SYNOPSIS
Measures RoleTools beside this machine's ceilings and rewrites docs/benchmarks.md.

.DESCRIPTION
Runs every measurement on loopback and in temporary stores, repeats each one, prints a table and
writes the Markdown page with the machine, the date, the commands and the median, min and max:

  Endpoint  The metadata endpoint's credentials GET (IMDSv2 token) and token PUT at 1, 16 and 64
            connections, beside a bare Kestrel server returning a constant string. Uses wrk when it
            is on PATH, otherwise BenchTool's load generator on HttpClient.
  Cmdlets   1,000 calls each of five cmdlets in one session, beside the same SQLite statements run
            directly from C#.
  Scale     Per-call time of three lookups in stores of 1,000, 10,000 and 100,000 instances, seeded
            with SQL by BenchTool.
  Startup   Import-Module time in a new process, and the metadata endpoint's start-up time until it
            answers.

Expects a built module (build.ps1 Build) and builds tests/Benchmarks/BenchTool when it is missing.

.PARAMETER ModuleManifest
The RoleTools manifest to import (the root RoleTools.psd1, which imports the build).

.PARAMETER OutputPath
The Markdown file to rewrite.

.PARAMETER Repetitions
How many times each measurement runs; the page shows the median, min and max.

.PARAMETER LoadSeconds
How long each endpoint load runs, in seconds.

.PARAMETER CmdletCalls
How many times each cmdlet is called per repetition.

.PARAMETER ScaleSizes
The store sizes, in instances, for the scale measurements.

.PARAMETER ScaleCalls
How many calls each scale measurement times per repetition.

.PARAMETER HttpClientLoad
Uses BenchTool's HttpClient load generator even when wrk is installed.

.EXAMPLE
dotnet pwsh ./build.ps1 Bench

Builds the module, then runs this script with the defaults (about 12 minutes on 2 cores).

.EXAMPLE
./tests/Benchmarks/Invoke-Benchmarks.ps1 -ModuleManifest ./RoleTools.psd1 -OutputPath /tmp/b.md -Repetitions 1 -LoadSeconds 2 -ScaleSizes 1000

A quick run that checks the script itself; its figures are not worth keeping.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $ModuleManifest,
    [Parameter(Mandatory)] [string] $OutputPath,
    [ValidateRange(1, 20)] [int] $Repetitions = 3,
    [ValidateRange(1, 60)] [int] $LoadSeconds = 10,
    [ValidateRange(10, 1000)] [int] $CmdletCalls = 1000,
    [int[]] $ScaleSizes = @(1000, 10000, 100000),
    [ValidateRange(1, 10000)] [int] $ScaleCalls = 200,
    [switch] $HttpClientLoad
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$RepoRoot = Resolve-Path (Join-Path $PSScriptRoot '../..')
$ModuleManifest = (Resolve-Path $ModuleManifest).Path
$Pwsh = Join-Path $PSHOME ($IsWindows ? 'pwsh.exe' : 'pwsh')
$WorkDir = Join-Path ([IO.Path]::GetTempPath()) "roletools-bench-$PID"
New-Item -ItemType Directory -Force -Path $WorkDir | Out-Null
$ConnectionCounts = 1, 16, 64
$Commands = [Collections.Generic.List[string]]::new()

function Get-BenchTool {
    <# Returns the path of BenchTool.dll, building it when it is missing. #>
    $project = Join-Path $PSScriptRoot 'BenchTool/BenchTool.csproj'
    $dll = Join-Path $PSScriptRoot 'BenchTool/bin/Release/net10.0/BenchTool.dll'
    if (-not (Test-Path $dll)) {
        & dotnet build $project -c Release --nologo -v q
        if ($LASTEXITCODE -ne 0) { throw "Building $project failed with exit code $LASTEXITCODE." }
    }
    return $dll
}

function Invoke-BenchTool {
    <# Runs a BenchTool subcommand to completion and returns its JSON output as an object. #>
    $output = & dotnet $script:BenchTool @args
    if ($LASTEXITCODE -ne 0) { throw "BenchTool $($args -join ' ') failed with exit code $LASTEXITCODE." }
    return ($output | Select-Object -Last 1 | ConvertFrom-Json)
}

function Get-Summary {
    <# Returns the median, min and max of a list of numbers. #>
    param([Parameter(Mandatory)] [double[]] $Values)
    $sorted = @($Values | Sort-Object)
    $count = $sorted.Count
    $median = if ($count % 2) { $sorted[($count - 1) / 2] } else { ($sorted[$count / 2 - 1] + $sorted[$count / 2]) / 2 }
    return [pscustomobject]@{ Median = $median; Min = $sorted[0]; Max = $sorted[-1] }
}

function Format-Summary {
    param([Parameter(Mandatory)] $Summary, [string] $Format = 'N0')
    return '{0} ({1} to {2})' -f $Summary.Median.ToString($Format), $Summary.Min.ToString($Format), $Summary.Max.ToString($Format)
}

function Get-MachineDescription {
    $memory = if (Test-Path /proc/meminfo) {
        $kb = [double] ((Select-String -Path /proc/meminfo -Pattern '^MemTotal:\s+(\d+)').Matches[0].Groups[1].Value)
        '{0:N1} GiB' -f ($kb / 1MB)
    } else { 'unknown' }
    $cpu = if (Test-Path /proc/cpuinfo) {
        ((Select-String -Path /proc/cpuinfo -Pattern '^model name\s*:\s*(.+)$' | Select-Object -First 1).Matches[0].Groups[1].Value).Trim()
    } else { 'unknown' }
    return [ordered]@{
        'CPU'        = "$cpu, $([Environment]::ProcessorCount) logical cores"
        'Memory'     = $memory
        'OS'         = [Runtime.InteropServices.RuntimeInformation]::OSDescription
        '.NET'       = [Runtime.InteropServices.RuntimeInformation]::FrameworkDescription
        'PowerShell' = $PSVersionTable.PSVersion.ToString()
        'Load tool'  = if ($script:Wrk) { (& $script:Wrk -v 2>&1 | Select-Object -First 1) -replace '\s+Copyright.*$', '' } else { 'BenchTool load (HttpClient), wrk not found' }
    }
}

# --- Endpoint -----------------------------------------------------------------------------------

function Invoke-Load {
    <# Runs one closed-loop load against a loopback URL and returns requests/s, p50 and p99 (ms) and the non-2xx count. #>
    param(
        [Parameter(Mandatory)] [string] $Url,
        [Parameter(Mandatory)] [int] $Connections,
        [string] $Method = 'GET',
        [string[]] $Header = @()
    )
    if ($script:Wrk) {
        $threads = [Math]::Min($Connections, [Environment]::ProcessorCount)
        $arguments = @('-t', $threads, '-c', $Connections, '-d', "${LoadSeconds}s", '--latency')
        foreach ($line in $Header) { $arguments += @('-H', $line) }
        if ($Method -ne 'GET') {
            $lua = Join-Path $WorkDir "method-$Method.lua"
            Set-Content -Path $lua -Value "wrk.method = `"$Method`""
            $arguments += @('-s', $lua)
        }
        $arguments += $Url
        $output = (& $script:Wrk @arguments) -join "`n"
        if ($LASTEXITCODE -ne 0) { throw "wrk failed with exit code $LASTEXITCODE`: $output" }
        $rps = [double] ([regex]::Match($output, 'Requests/sec:\s+([\d.]+)').Groups[1].Value)
        $non2xx = [regex]::Match($output, 'Non-2xx or 3xx responses:\s+(\d+)')
        return [pscustomobject]@{
            RequestsPerSecond = $rps
            P50 = ConvertFrom-WrkLatency ([regex]::Match($output, '(?m)^\s+50%\s+(\S+)').Groups[1].Value)
            P99 = ConvertFrom-WrkLatency ([regex]::Match($output, '(?m)^\s+99%\s+(\S+)').Groups[1].Value)
            Non2xx = if ($non2xx.Success) { [long] $non2xx.Groups[1].Value } else { 0 }
        }
    }

    $arguments = @('load', '--url', $Url, '--connections', $Connections, '--seconds', $LoadSeconds, '--method', $Method)
    foreach ($line in $Header) { $arguments += @('--header', $line) }
    $result = Invoke-BenchTool @arguments
    return [pscustomobject]@{ RequestsPerSecond = $result.requestsPerSecond; P50 = $result.p50Ms; P99 = $result.p99Ms; Non2xx = $result.non2xx }
}

function ConvertFrom-WrkLatency {
    <# Converts a wrk latency such as 812.00us, 1.20ms or 1.02s to milliseconds. #>
    param([Parameter(Mandatory)] [string] $Text)
    $match = [regex]::Match($Text, '^([\d.]+)(us|ms|s|m)$')
    if (-not $match.Success) { throw "Unexpected wrk latency '$Text'." }
    $value = [double] $match.Groups[1].Value
    switch ($match.Groups[2].Value) {
        'us' { return $value / 1000 }
        'ms' { return $value }
        's' { return $value * 1000 }
        'm' { return $value * 60000 }
    }
}

function Wait-HttpAnswer {
    <# Polls a loopback URL until any HTTP response arrives; returns the elapsed milliseconds. #>
    param([Parameter(Mandatory)] [string] $Url, [Parameter(Mandatory)] [Diagnostics.Stopwatch] $Clock)
    $client = [Net.Http.HttpClient]::new()
    try {
        while ($Clock.Elapsed.TotalSeconds -lt 30) {
            try {
                $null = $client.GetAsync($Url).GetAwaiter().GetResult()
                return $Clock.Elapsed.TotalMilliseconds
            }
            catch [Net.Http.HttpRequestException] {
                Start-Sleep -Milliseconds 5
            }
        }
        throw "Nothing answered at $Url within 30 seconds."
    }
    finally {
        $client.Dispose()
    }
}

function New-ServedInstance {
    <# Creates a role, its instance profile and a running instance associated with it, through the cmdlets. Returns the instance ID. #>
    $trust = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}'
    $null = New-IAMRole -RoleName bench-role -AssumeRolePolicyDocument $trust
    $null = New-IAMInstanceProfile -InstanceProfileName bench-profile
    Add-IAMRoleToInstanceProfile -InstanceProfileName bench-profile -RoleName bench-role
    $instanceId = (New-EC2Instance -ImageId ami-0123456789abcdef0 -InstanceType t3.micro -Region us-east-1).Instances[0].InstanceId
    $null = Register-EC2IamInstanceProfile -InstanceId $instanceId -IamInstanceProfile_Name bench-profile -Region us-east-1
    return $instanceId
}

function Measure-Endpoint {
    Set-RoleToolsStore -Path (Join-Path $WorkDir 'endpoint.db')
    $instanceId = New-ServedInstance
    $endpoint = Start-RoleToolsMetadataEndpoint -InstanceId $instanceId
    $ceilingOutput = Join-Path $WorkDir 'ceiling.out'
    $ceiling = Start-Process -FilePath dotnet -ArgumentList $script:BenchTool, 'ceiling' -PassThru -RedirectStandardOutput $ceilingOutput
    try {
        $base = $endpoint.Url.TrimEnd('/')
        $token = Invoke-RestMethod -Method Put -Uri "$base/latest/api/token" -Headers @{ 'X-aws-ec2-metadata-token-ttl-seconds' = '21600' }
        $credentialsUrl = "$base/latest/meta-data/iam/security-credentials/bench-role"
        $check = Invoke-RestMethod -Uri $credentialsUrl -Headers @{ 'X-aws-ec2-metadata-token' = $token }
        if ($check.Code -ne 'Success') { throw "The endpoint did not serve credentials for bench-role: $check" }

        $clock = [Diagnostics.Stopwatch]::StartNew()
        while (-not ((Test-Path $ceilingOutput) -and (Get-Content -Raw $ceilingOutput) -match 'Listening on (\S+)')) {
            if ($clock.Elapsed.TotalSeconds -gt 30) { throw 'The ceiling server did not start within 30 seconds.' }
            Start-Sleep -Milliseconds 50
        }
        $ceilingUrl = $Matches[1] + 'latest/meta-data/'

        $targets = @(
            @{ Name = 'Credentials GET (IMDSv2)'; Url = $credentialsUrl; Method = 'GET'; Header = @("X-aws-ec2-metadata-token: $token") }
            @{ Name = 'Token PUT'; Url = "$base/latest/api/token"; Method = 'PUT'; Header = @('X-aws-ec2-metadata-token-ttl-seconds: 21600') }
            @{ Name = 'Ceiling (constant string)'; Url = $ceilingUrl; Method = 'GET'; Header = @() }
        )
        $script:Commands.Add($(if ($script:Wrk) { "wrk -t min(c,$([Environment]::ProcessorCount)) -c {1,16,64} -d ${LoadSeconds}s --latency -H 'X-aws-ec2-metadata-token: <token>' <endpoint>/latest/meta-data/iam/security-credentials/bench-role" } else { "BenchTool load --connections {1,16,64} --seconds $LoadSeconds --url <endpoint>/latest/meta-data/iam/security-credentials/bench-role --header 'X-aws-ec2-metadata-token: <token>'" }))
        $script:Commands.Add($(if ($script:Wrk) { "wrk ... -s put.lua (wrk.method = `"PUT`") -H 'X-aws-ec2-metadata-token-ttl-seconds: 21600' <endpoint>/latest/api/token" } else { "BenchTool load --method PUT --header 'X-aws-ec2-metadata-token-ttl-seconds: 21600' --url <endpoint>/latest/api/token" }))
        $script:Commands.Add("dotnet tests/Benchmarks/BenchTool/bin/Release/net10.0/BenchTool.dll ceiling, loaded like the credentials GET")

        $rows = foreach ($connections in $ConnectionCounts) {
            foreach ($target in $targets) {
                $runs = foreach ($i in 1..$Repetitions) {
                    Invoke-Load -Url $target.Url -Connections $connections -Method $target.Method -Header $target.Header
                }
                $non2xx = ($runs | Measure-Object -Property Non2xx -Sum).Sum
                if ($non2xx -gt 0) { Write-Warning "$($target.Name) at $connections connections: $non2xx non-2xx responses." }
                [pscustomobject]@{
                    Target = $target.Name
                    Connections = $connections
                    Rps = Get-Summary -Values $runs.RequestsPerSecond
                    P50 = Get-Summary -Values $runs.P50
                    P99 = Get-Summary -Values $runs.P99
                    Non2xx = $non2xx
                }
            }
        }
        return $rows
    }
    finally {
        Stop-RoleToolsMetadataEndpoint -InstanceId $instanceId
        Stop-Process -Id $ceiling.Id
        $ceiling.WaitForExit()
    }
}

# --- Cmdlets ------------------------------------------------------------------------------------

function Measure-CmdletRun {
    <# Runs the five cmdlets $CmdletCalls times each in a fresh store and returns calls/s per cmdlet. #>
    param([Parameter(Mandatory)] [int] $Run)
    Set-RoleToolsStore -Path (Join-Path $WorkDir "cmdlets-$Run.db")
    $trust = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}'
    $policy = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}'
    $result = [ordered]@{}
    $clock = [Diagnostics.Stopwatch]::StartNew()
    for ($i = 0; $i -lt $CmdletCalls; $i++) { $null = New-IAMRole -RoleName "role-$i" -AssumeRolePolicyDocument $trust }
    $result['New-IAMRole'] = $CmdletCalls / $clock.Elapsed.TotalSeconds

    $clock.Restart()
    for ($i = 0; $i -lt $CmdletCalls; $i++) { Write-IAMRolePolicy -RoleName "role-$i" -PolicyName inline -PolicyDocument $policy }
    $result['Write-IAMRolePolicy'] = $CmdletCalls / $clock.Elapsed.TotalSeconds

    # IAM allows 1,000 roles per account, so the profile takes one of the roles created above.
    $null = New-IAMInstanceProfile -InstanceProfileName bench-profile
    Add-IAMRoleToInstanceProfile -InstanceProfileName bench-profile -RoleName role-0

    $ids = [string[]]::new($CmdletCalls)
    $clock.Restart()
    for ($i = 0; $i -lt $CmdletCalls; $i++) { $ids[$i] = (New-EC2Instance -ImageId ami-0123456789abcdef0 -InstanceType t3.micro -Region us-east-1).Instances[0].InstanceId }
    $result['New-EC2Instance'] = $CmdletCalls / $clock.Elapsed.TotalSeconds

    $clock.Restart()
    for ($i = 0; $i -lt $CmdletCalls; $i++) { $null = Register-EC2IamInstanceProfile -InstanceId $ids[$i] -IamInstanceProfile_Name bench-profile -Region us-east-1 }
    $result['Register-EC2IamInstanceProfile'] = $CmdletCalls / $clock.Elapsed.TotalSeconds

    $clock.Restart()
    for ($i = 0; $i -lt $CmdletCalls; $i++) { $null = Get-EC2Instance -InstanceId $ids[$i] -Region us-east-1 }
    $result['Get-EC2Instance -InstanceId'] = $CmdletCalls / $clock.Elapsed.TotalSeconds
    return $result
}

function Measure-Cmdlets {
    $runs = @(foreach ($run in 1..$Repetitions) { Measure-CmdletRun -Run $run })
    $ceilings = @(foreach ($run in 1..$Repetitions) {
        Invoke-BenchTool sqlite --path (Join-Path $WorkDir "ceiling-$run.db") --count $CmdletCalls
    })
    $script:Commands.Add("$CmdletCalls calls of each cmdlet in one session, one store per repetition (see Measure-CmdletRun)")
    $script:Commands.Add("dotnet tests/Benchmarks/BenchTool/bin/Release/net10.0/BenchTool.dll sqlite --path <new store> --count $CmdletCalls")
    foreach ($name in $runs[0].Keys) {
        [pscustomobject]@{
            Cmdlet = $name
            Calls = Get-Summary -Values ($runs | ForEach-Object { $_[$name] })
            Ceiling = Get-Summary -Values ($ceilings | ForEach-Object { $_.$name })
        }
    }
}

# --- Scale --------------------------------------------------------------------------------------

function Measure-Scale {
    $storePath = Join-Path $WorkDir 'scale.db'
    Set-RoleToolsStore -Path $storePath
    $seeded = 0
    $script:Commands.Add("dotnet tests/Benchmarks/BenchTool/bin/Release/net10.0/BenchTool.dll seed --store <store> --count <added> --region us-east-1, then $ScaleCalls calls of each lookup")
    foreach ($size in $ScaleSizes | Sort-Object) {
        $seed = Invoke-BenchTool seed --store $storePath --count ($size - $seeded) --region us-east-1
        $seeded = $size
        # The instances are spread over the whole store, so each call looks up a different one.
        $ids = foreach ($i in 0..($ScaleCalls - 1)) { 'i-' + ([long] [Math]::Floor($i * ($size - 1) / [Math]::Max(1, $ScaleCalls - 1))).ToString('x17') }
        $stateFilter = @{ Name = 'instance-state-name'; Values = 'stopped' }
        $lookups = [ordered]@{
            'Get-EC2Instance -InstanceId' = { param($id) $null = Get-EC2Instance -InstanceId $id -Region us-east-1 }
            'Get-EC2Instance -Filter instance-state-name=stopped' = { param($id) $null = Get-EC2Instance -Filter $stateFilter -Region us-east-1 }
            'Get-EC2IamInstanceProfileAssociation -Filter instance-id' = { param($id) $null = Get-EC2IamInstanceProfileAssociation -Filter @{ Name = 'instance-id'; Values = $id } -Region us-east-1 }
        }
        foreach ($name in $lookups.Keys) {
            $perCall = foreach ($run in 1..$Repetitions) {
                $clock = [Diagnostics.Stopwatch]::StartNew()
                foreach ($id in $ids) { & $lookups[$name] $id }
                $clock.Elapsed.TotalMilliseconds / $ids.Count
            }
            [pscustomobject]@{ Lookup = $name; Instances = $size; PerCall = Get-Summary -Values $perCall; SeedSeconds = $seed.seconds }
        }
    }
}

# --- Start-up -----------------------------------------------------------------------------------

function Measure-Startup {
    $importRuns = foreach ($run in 1..([Math]::Max(5, $Repetitions))) {
        $output = & $Pwsh -NoProfile -NonInteractive -Command "`$clock = [Diagnostics.Stopwatch]::StartNew(); Import-Module '$ModuleManifest'; `$clock.Elapsed.TotalMilliseconds"
        if ($LASTEXITCODE -ne 0) { throw "Import-Module in a new process failed: $output" }
        [double] ($output | Select-Object -Last 1)
    }
    $script:Commands.Add("pwsh -NoProfile -Command { Import-Module <manifest> } timed with a Stopwatch inside the new process")

    Set-RoleToolsStore -Path (Join-Path $WorkDir 'startup.db')
    $instanceId = New-ServedInstance
    $startRuns = foreach ($run in 1..([Math]::Max(5, $Repetitions))) {
        $clock = [Diagnostics.Stopwatch]::StartNew()
        $endpoint = Start-RoleToolsMetadataEndpoint -InstanceId $instanceId
        Wait-HttpAnswer -Url ($endpoint.Url + 'latest/meta-data/') -Clock $clock
        Stop-RoleToolsMetadataEndpoint -InstanceId $instanceId
    }
    $script:Commands.Add("Start-RoleToolsMetadataEndpoint, then GET /latest/meta-data/ until it answers, timed together")
    return [pscustomobject]@{ Import = Get-Summary -Values $importRuns; ImportRuns = $importRuns.Count; Start = Get-Summary -Values $startRuns; StartRuns = $startRuns.Count }
}

# --- Report -------------------------------------------------------------------------------------

function Write-Report {
    param($Machine, $Endpoint, $Cmdlets, $Scale, $Startup, [TimeSpan] $Elapsed)
    $lines = [Collections.Generic.List[string]]::new()
    $lines.Add('# RoleTools benchmarks')
    $lines.Add('')
    $lines.Add("Written by ``tests/Benchmarks/Invoke-Benchmarks.ps1`` (``build.ps1 Bench``) on $((Get-Date).ToUniversalTime().ToString('yyyy-MM-dd HH:mm')) UTC; the run took $([Math]::Round($Elapsed.TotalMinutes, 1)) minutes.")
    $lines.Add("Every figure is the median of $Repetitions repetitions, with the min and max in brackets, unless a section says otherwise. Everything runs on loopback, in temporary stores.")
    $lines.Add('These figures describe this machine only; the ratios to the ceilings carry over better than the absolute numbers.')
    $lines.Add('')
    $lines.Add('## Machine')
    $lines.Add('')
    $lines.Add('| | |')
    $lines.Add('|---|---|')
    foreach ($key in $Machine.Keys) { $lines.Add("| $key | $($Machine[$key]) |") }
    $lines.Add('')

    $lines.Add('## Metadata endpoint')
    $lines.Add('')
    $lines.Add("Closed-loop load for $LoadSeconds s per run. The ceiling is a bare Kestrel server (BenchTool ceiling) returning a constant string, on the same machine, loaded the same way. Ratio = endpoint requests/s / ceiling requests/s (medians). Targets: ratio at least 0.5 at 64 connections, p99 under 5 ms.")
    $lines.Add('')
    $lines.Add('| Request | Connections | Requests/s | p50 ms | p99 ms | Ratio to ceiling | Non-2xx |')
    $lines.Add('|---|---:|---:|---:|---:|---:|---:|')
    foreach ($row in $Endpoint) {
        $ceiling = $Endpoint | Where-Object { $_.Target -like 'Ceiling*' -and $_.Connections -eq $row.Connections }
        $ratio = $row.Rps.Median / $ceiling.Rps.Median
        $lines.Add("| $($row.Target) | $($row.Connections) | $(Format-Summary $row.Rps) | $(Format-Summary $row.P50 'N2') | $(Format-Summary $row.P99 'N2') | $($ratio.ToString('N2')) | $($row.Non2xx) |")
    }
    $lines.Add('')

    $lines.Add('## Cmdlets in one session')
    $lines.Add('')
    $lines.Add("$CmdletCalls calls of each cmdlet in a loop, in one PowerShell session, into a new store per repetition. The ceiling runs the same SQLite statements directly from C# (BenchTool sqlite: prepared commands on one open connection, one IMMEDIATE transaction per call). Target: at least 2,000 New-IAMRole calls/s.")
    $lines.Add('')
    $lines.Add('| Cmdlet | Calls/s | Ceiling calls/s | Ratio |')
    $lines.Add('|---|---:|---:|---:|')
    foreach ($row in $Cmdlets) {
        $lines.Add("| $($row.Cmdlet) | $(Format-Summary $row.Calls) | $(Format-Summary $row.Ceiling) | $(($row.Calls.Median / $row.Ceiling.Median).ToString('N3')) |")
    }
    $lines.Add('')

    $lines.Add('## Scale')
    $lines.Add('')
    $lines.Add("Milliseconds per call, averaged over $ScaleCalls calls per repetition. The store is seeded with SQL (BenchTool seed): every instance is running and associated, except the first 10, which are stopped, so the state filter returns the same 10 instances at every size. The -InstanceId and association calls look up instances spread over the whole store. Target: flat per-call time as the store grows.")
    $lines.Add('')
    $sizes = $ScaleSizes | Sort-Object
    $lines.Add("| Lookup | $(($sizes | ForEach-Object { '{0:N0} instances' -f $_ }) -join ' | ') |")
    $lines.Add("|---|$(($sizes | ForEach-Object { '---:' }) -join '|')|")
    foreach ($lookup in ($Scale | Select-Object -ExpandProperty Lookup -Unique)) {
        $cells = foreach ($size in $sizes) { Format-Summary ($Scale | Where-Object { $_.Lookup -eq $lookup -and $_.Instances -eq $size }).PerCall 'N2' }
        $lines.Add("| $lookup | $($cells -join ' | ') |")
    }
    $lines.Add('')

    $lines.Add('## Start-up')
    $lines.Add('')
    $lines.Add("Median of $($Startup.ImportRuns) runs each. Target: Import-Module under 500 ms.")
    $lines.Add('')
    $lines.Add('| Measurement | ms |')
    $lines.Add('|---|---:|')
    $lines.Add("| Import-Module in a new process | $(Format-Summary $Startup.Import) |")
    $lines.Add("| Metadata endpoint, Start-RoleToolsMetadataEndpoint until the first answer | $(Format-Summary $Startup.Start) |")
    $lines.Add('')

    $lines.Add('## Commands')
    $lines.Add('')
    $lines.Add('```')
    $lines.Add("dotnet pwsh ./build.ps1 Bench   # runs: Invoke-Benchmarks.ps1 -Repetitions $Repetitions -LoadSeconds $LoadSeconds -CmdletCalls $CmdletCalls -ScaleSizes $($ScaleSizes -join ',') -ScaleCalls $ScaleCalls$(if ($HttpClientLoad) { ' -HttpClientLoad' })")
    foreach ($command in $script:Commands) { $lines.Add($command) }
    $lines.Add('```')

    New-Item -ItemType Directory -Force -Path (Split-Path -Parent $OutputPath) | Out-Null
    Set-Content -Path $OutputPath -Value ($lines -join "`n") -Encoding utf8NoBOM
    return $lines
}

# --- Main ---------------------------------------------------------------------------------------

$started = [Diagnostics.Stopwatch]::StartNew()
$script:BenchTool = Get-BenchTool
$script:Wrk = if ($HttpClientLoad) { $null } else { (Get-Command wrk -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1).Source }
Import-Module $ModuleManifest -Force
try {
    $machine = Get-MachineDescription
    Write-Host 'Measuring start-up...'
    $startup = Measure-Startup
    Write-Host 'Measuring the metadata endpoint...'
    $endpoint = Measure-Endpoint
    Write-Host 'Measuring cmdlets...'
    $cmdlets = Measure-Cmdlets
    Write-Host 'Measuring scale...'
    $scale = Measure-Scale
    $report = Write-Report -Machine $machine -Endpoint $endpoint -Cmdlets $cmdlets -Scale $scale -Startup $startup -Elapsed $started.Elapsed
    $report | Where-Object { $_ -like '|*' -or $_ -like '#*' } | ForEach-Object { Write-Host $_ }
    Write-Host "Wrote $OutputPath"
}
finally {
    [Microsoft.Data.Sqlite.SqliteConnection]::ClearAllPools()
    Remove-Item -Recurse -Force $WorkDir -ErrorAction SilentlyContinue
}
