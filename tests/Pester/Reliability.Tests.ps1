# Sturdiness of the store and the metadata endpoint: concurrent writers, a writer killed mid-run, role
# changes under load, and a table of bad inputs. Every wait is bounded, and no assertion is about time.
# Child processes import the same module and use stores under $TestDrive only; every HTTP request goes
# to a loopback endpoint that the test started.

BeforeDiscovery {
    $validPolicy = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::bucket/*"}]}'
    $validTrust = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}'
    $bom = [string][char]0xFEFF

    # Names that break IAM's pattern [\w+=,.@-]+ (ASCII word characters) or its length limits.
    $badNames = @(
        'bad name', 'a/b', 'röle', '日本', "tab`there", 'semi;colon', 'quote"', "apos'", 'back\slash', 'star*',
        'pct%', 'hash#', 'amp&', 'lt<', 'gt>', 'question?', 'pipe|', 'caret^', 'tilde~', 'brace{', 'paren(',
        'excl!', 'dollar$', 'colon:', ('a' * 129), ('b' * 300), '', ' ', "line`nbreak", "nul$([char]0)byte"
    )
    # Test names show control characters as \uXXXX, because the NUnit report cannot hold some of them (such as NUL).
    function Format-Label([string] $Text) { [regex]::Replace($Text, '\p{Cc}', { param($m) '\u{0:X4}' -f [int] $m.Value[0] }) }

    $script:NameCases = @(
        foreach ($name in $badNames) {
            $shown = Format-Label $name
            @{ Label = "role name '$shown'"; Command = 'New-IAMRole'; Arguments = @{ RoleName = $name; AssumeRolePolicyDocument = $validTrust }; Code = 'ValidationError' }
            @{ Label = "instance profile name '$shown'"; Command = 'New-IAMInstanceProfile'; Arguments = @{ InstanceProfileName = $name }; Code = 'ValidationError' }
            @{ Label = "policy name '$shown'"; Command = 'Write-IAMRolePolicy'; Arguments = @{ RoleName = 'existing-role'; PolicyName = $name; PolicyDocument = $validPolicy }; Code = 'ValidationError' }
        }
        # Role names longer than 64 characters fail on length alone.
        @{ Label = 'role name of 65 characters'; Command = 'New-IAMRole'; Arguments = @{ RoleName = 'r' * 65; AssumeRolePolicyDocument = $validTrust }; Code = 'ValidationError' }
    )

    $script:PathCases = foreach ($path in @('nopath', '/a', 'a/', '/a b/', '//', ('/' + 'p' * 511 + '/'), '/é/', "/a`tb/", '/日本/', '/a\b')) {
        @{ Label = "path '$(Format-Label $path)'"; Command = 'New-IAMRole'; Arguments = @{ RoleName = 'path-role'; Path = $path; AssumeRolePolicyDocument = $validTrust }; Code = 'ValidationError' }
    }

    $script:IdCases = @(
        foreach ($id in @('x', 'i-', 'i-xyz', 'i-0123 456', 'instance', 'ami-12345678', '../etc/passwd', 'i-日本', 'i-0123456789abcdefg', ' i-0123456789abcdef0')) {
            @{ Label = "Get-EC2Instance '$id'"; Command = 'Get-EC2Instance'; Arguments = @{ InstanceId = $id }; Code = 'InvalidInstanceID.Malformed' }
            @{ Label = "Register-EC2IamInstanceProfile '$id'"; Command = 'Register-EC2IamInstanceProfile'; Arguments = @{ InstanceId = $id; IamInstanceProfile_Name = 'existing-profile' }; Code = 'InvalidInstanceID.Malformed' }
        }
        foreach ($id in @('i-0123456789abcdef0', 'i-12345678', 'i-00000000000000000')) {
            @{ Label = "Get-EC2Instance unknown '$id'"; Command = 'Get-EC2Instance'; Arguments = @{ InstanceId = $id }; Code = 'InvalidInstanceID.NotFound' }
        }
        foreach ($id in @('bad', 'iip-assoc-', 'iip-assoc-xyz', 'i-0123456789abcdef0', '../iip-assoc-0123456789abcdef0')) {
            @{ Label = "Unregister-EC2IamInstanceProfile '$id'"; Command = 'Unregister-EC2IamInstanceProfile'; Arguments = @{ AssociationId = $id }; Code = 'InvalidParameterValue' }
            @{ Label = "Set-EC2IamInstanceProfileAssociation '$id'"; Command = 'Set-EC2IamInstanceProfileAssociation'; Arguments = @{ AssociationId = $id; IamInstanceProfile_Name = 'existing-profile' }; Code = 'InvalidParameterValue' }
        }
        @{ Label = 'Unregister-EC2IamInstanceProfile unknown association'; Command = 'Unregister-EC2IamInstanceProfile'; Arguments = @{ AssociationId = 'iip-assoc-0123456789abcdef0' }; Code = 'InvalidAssociationID.NotFound' }
    )

    $bigStatements = (1..200 | ForEach-Object { '{"Sid":"S' + $_ + '","Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::bucket-' + $_ + '/*"}' }) -join ','
    $bigTrust = (1..60 | ForEach-Object { '{"Sid":"T' + $_ + '","Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}' }) -join ','
    $documents = @(
        foreach ($length in 1, 5, 10, 20, 30, 40, 50, 60, 70, 80, 90, ($validPolicy.Length - 1)) {
            @{ Label = "truncated to $length characters"; Document = $validPolicy.Substring(0, $length); Code = 'MalformedPolicyDocument' }
        }
        @{ Label = 'BOM then truncated'; Document = $bom + $validPolicy.Substring(0, 40); Code = 'MalformedPolicyDocument' }
        # A leading BOM is stripped before validation; anywhere else U+FEFF breaks IAM's character pattern.
        @{ Label = 'BOM inside the document'; Document = '{' + $bom + '"Version":"2012-10-17","Statement":[]}'; Code = 'ValidationError' }
        @{ Label = 'Version as a number'; Document = '{"Version":5,"Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}'; Code = 'MalformedPolicyDocument' }
        @{ Label = 'Statement as a string'; Document = '{"Version":"2012-10-17","Statement":"x"}'; Code = 'MalformedPolicyDocument' }
        @{ Label = 'Statement as a number'; Document = '{"Version":"2012-10-17","Statement":5}'; Code = 'MalformedPolicyDocument' }
        @{ Label = 'Statement element as a number'; Document = '{"Version":"2012-10-17","Statement":[5]}'; Code = 'MalformedPolicyDocument' }
        @{ Label = 'Effect as a number'; Document = '{"Version":"2012-10-17","Statement":[{"Effect":1,"Action":"s3:*","Resource":"*"}]}'; Code = 'MalformedPolicyDocument' }
        @{ Label = 'Action as an object'; Document = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":{},"Resource":"*"}]}'; Code = 'MalformedPolicyDocument' }
        @{ Label = 'Resource as a number'; Document = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":5}]}'; Code = 'MalformedPolicyDocument' }
        @{ Label = 'an array'; Document = '[]'; Code = 'MalformedPolicyDocument' }
        @{ Label = 'null'; Document = 'null'; Code = 'MalformedPolicyDocument' }
        @{ Label = 'a JSON string'; Document = '"policy"'; Code = 'MalformedPolicyDocument' }
        @{ Label = 'true'; Document = 'true'; Code = 'MalformedPolicyDocument' }
        @{ Label = 'plain text'; Document = 'allow everything'; Code = 'MalformedPolicyDocument' }
        @{ Label = 'duplicate Effect'; Document = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*","Effect":"Deny"}]}'; Code = 'MalformedPolicyDocument' }
        @{ Label = 'duplicate Version'; Document = '{"Version":"2012-10-17","Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}'; Code = 'MalformedPolicyDocument' }
        @{ Label = 'duplicate Sid'; Document = '{"Version":"2012-10-17","Statement":[{"Sid":"A","Effect":"Allow","Action":"s3:*","Resource":"*"},{"Sid":"A","Effect":"Allow","Action":"s3:*","Resource":"*"}]}'; Code = 'MalformedPolicyDocument' }
        @{ Label = 'non-ASCII Effect'; Document = '{"Version":"2012-10-17","Statement":[{"Effect":"Allöw","Action":"s3:*","Resource":"*"}]}'; Code = 'MalformedPolicyDocument' }
        @{ Label = 'characters above U+00FF'; Document = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"arn:aws:s3:::日本/*"}]}'; Code = 'ValidationError' }
        @{ Label = 'a control character'; Document = "{`"Version`":`"2012-10-17`",`"Statement`":[{`"Effect`":`"Allow`",`"Action`":`"s3:*`",`"Resource`":`"a$([char]1)b`"}]}"; Code = 'ValidationError' }
        @{ Label = 'empty'; Document = ''; Code = 'ValidationError' }
        @{ Label = 'over 10,240 bytes'; Document = '{"Version":"2012-10-17","Statement":[' + $bigStatements + ']}'; Code = 'LimitExceeded' }
    )
    $script:DocumentCases = @(
        foreach ($document in $documents) {
            @{ Label = "inline policy $($document.Label)"; Command = 'Write-IAMRolePolicy'; Arguments = @{ RoleName = 'existing-role'; PolicyName = 'inline'; PolicyDocument = $document.Document }; Code = $document.Code }
        }
        foreach ($length in 1, 10, 30, 60, 90, 120, ($validTrust.Length - 1)) {
            @{ Label = "trust policy truncated to $length characters"; Command = 'New-IAMRole'; Arguments = @{ RoleName = 'trust-role'; AssumeRolePolicyDocument = $validTrust.Substring(0, $length) }; Code = 'MalformedPolicyDocument' }
        }
        @{ Label = 'trust policy over 2,048 characters'; Command = 'New-IAMRole'; Arguments = @{ RoleName = 'trust-role'; AssumeRolePolicyDocument = '{"Version":"2012-10-17","Statement":[' + $bigTrust + ']}' }; Code = 'LimitExceeded' }
        @{ Label = 'managed policy truncated'; Command = 'New-IAMPolicy'; Arguments = @{ PolicyName = 'managed'; PolicyDocument = $validPolicy.Substring(0, 50) }; Code = 'MalformedPolicyDocument' }
    )

    # Raw HTTP requests: {token} is replaced by a valid IMDSv2 token at run time.
    $get = "GET /latest/meta-data/instance-id HTTP/1.1`r`nHost: 127.0.0.1`r`n"
    $script:HttpCases = @(
        foreach ($ttl in @('', '0', '-1', '21601', '99999999999999999999', 'abc', '1.5', '+5', '0x10', '6h')) {
            @{ Label = "token TTL '$ttl'"; Request = "PUT /latest/api/token HTTP/1.1`r`nHost: 127.0.0.1`r`nX-aws-ec2-metadata-token-ttl-seconds: $ttl`r`n"; Status = 400 }
        }
        @{ Label = 'token PUT without a TTL'; Request = "PUT /latest/api/token HTTP/1.1`r`nHost: 127.0.0.1`r`n"; Status = 400 }
        @{ Label = 'token PUT through a proxy'; Request = "PUT /latest/api/token HTTP/1.1`r`nHost: 127.0.0.1`r`nX-Forwarded-For: 10.0.0.1`r`nX-aws-ec2-metadata-token-ttl-seconds: 60`r`n"; Status = 403 }
        @{ Label = 'token PUT with a trailing slash'; Request = "PUT /latest/api/token/ HTTP/1.1`r`nHost: 127.0.0.1`r`nX-aws-ec2-metadata-token-ttl-seconds: 60`r`n"; Status = 403 }
        foreach ($method in 'GET', 'POST', 'DELETE', 'PATCH', 'OPTIONS', 'FOO') {
            @{ Label = "$method on the token path"; Request = "$method /latest/api/token HTTP/1.1`r`nHost: 127.0.0.1`r`nX-aws-ec2-metadata-token-ttl-seconds: 60`r`n"; Status = 405 }
        }
        foreach ($method in 'PUT', 'POST', 'DELETE', 'PATCH', 'OPTIONS', 'FOO', 'PROPFIND') {
            @{ Label = "$method on a metadata path"; Request = "$method /latest/meta-data/instance-id HTTP/1.1`r`nHost: 127.0.0.1`r`nX-aws-ec2-metadata-token: {token}`r`n"; Status = 405 }
        }
        foreach ($token in @('garbage', 'AQAAAA', ('A' * 199), ('A' * 5000), '{token}x', '{token}{token}')) {
            @{ Label = "token '$($token.Substring(0, [Math]::Min(12, $token.Length)))...' of $($token.Length) characters"; Request = "GET /latest/meta-data/instance-id HTTP/1.1`r`nHost: 127.0.0.1`r`nX-aws-ec2-metadata-token: $token`r`n"; Status = 401 }
        }
        foreach ($path in @(
                '/latest/meta-data/../../etc/passwd', '/../../../etc/passwd', '/latest/meta-data/iam/security-credentials/../../../../etc/passwd',
                '/latest/./meta-data/../../../etc/shadow', '/latest/meta-data/%2e%2e/%2e%2e/etc/passwd', '/latest/meta-data/..%2f..%2fetc/passwd',
                '/latest/meta-data/..\..\etc\passwd', '/etc/passwd', '/latest/meta-data/instance-id/../../../../proc/self/environ')) {
            @{ Label = "path $path"; Request = "GET $path HTTP/1.1`r`nHost: 127.0.0.1`r`n"; Status = 404 }
        }
        @{ Label = 'a 40 KB header'; Request = $get + "X-Big: $('h' * 40000)`r`n"; Status = 431 }
        @{ Label = '120 headers'; Request = $get + ((1..120 | ForEach-Object { "X-H$($_): v`r`n" }) -join ''); Status = 431 }
        @{ Label = 'a 10 KB request line'; Request = "GET /latest/meta-data/$('x' * 10000) HTTP/1.1`r`nHost: 127.0.0.1`r`n"; Status = 414 }
        @{ Label = 'a garbage request line'; Request = "GARBAGE`r`n"; Status = 400 }
        @{ Label = 'HTTP/1.1 without Host'; Request = "GET /latest/meta-data/instance-id HTTP/1.1`r`n"; Status = 400 }
        @{ Label = 'a method with a space'; Request = "G T /latest/meta-data/instance-id HTTP/1.1`r`nHost: 127.0.0.1`r`n"; Status = 400 }
        @{ Label = 'an unknown HTTP version'; Request = "GET /latest/meta-data/instance-id HTTP/9.9`r`nHost: 127.0.0.1`r`n"; Status = 505 }
    )
}

BeforeAll {
    $manifest = $env:ROLETOOLS_MODULE_MANIFEST
    if (-not $manifest) { $manifest = Join-Path $PSScriptRoot '../../RoleTools.psd1' }
    $script:Manifest = (Resolve-Path $manifest).Path
    Import-Module $script:Manifest -Force
    $script:Pwsh = Join-Path $PSHOME ($IsWindows ? 'pwsh.exe' : 'pwsh')
    $script:Trust = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}'

    # Runs a PowerShell script in a child process with the module imported and the store set.
    function Start-ChildScript {
        param([Parameter(Mandatory)] [string] $Name, [Parameter(Mandatory)] [string] $StorePath, [Parameter(Mandatory)] [string] $Body)
        $file = Join-Path $TestDrive "$Name.ps1"
        $prefix = "`$ErrorActionPreference = 'Stop'`nImport-Module '$script:Manifest'`nSet-RoleToolsStore -Path '$StorePath'`n"
        Set-Content -Path $file -Value ($prefix + $Body)
        Start-Process -FilePath $script:Pwsh -ArgumentList '-NoProfile', '-NonInteractive', '-File', $file -PassThru `
            -RedirectStandardOutput (Join-Path $TestDrive "$Name.out") -RedirectStandardError (Join-Path $TestDrive "$Name.err")
    }

    # Runs one SQL query on a store through its own connection and returns the rows as arrays.
    function Invoke-StoreQuery {
        param([Parameter(Mandatory)] [string] $StorePath, [Parameter(Mandatory)] [string] $Sql)
        $connection = [Microsoft.Data.Sqlite.SqliteConnection]::new("Data Source=$StorePath;Pooling=False")
        try {
            $connection.Open()
            $command = $connection.CreateCommand()
            $command.CommandText = $Sql
            $reader = $command.ExecuteReader()
            $rows = [Collections.Generic.List[object]]::new()
            while ($reader.Read()) {
                $values = [object[]]::new($reader.FieldCount)
                [void] $reader.GetValues($values)
                $rows.Add($values)
            }
            $reader.Dispose()
            return , $rows
        }
        finally {
            $connection.Dispose()
        }
    }

    # Returns a SHA-256 over every row of every table, so any change to the store changes it.
    function Get-StoreFingerprint {
        param([Parameter(Mandatory)] [string] $StorePath)
        $text = [Text.StringBuilder]::new()
        $tables = Invoke-StoreQuery -StorePath $StorePath -Sql "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        foreach ($table in $tables) {
            [void] $text.AppendLine("table $($table[0])")
            foreach ($row in (Invoke-StoreQuery -StorePath $StorePath -Sql "SELECT * FROM `"$($table[0])`" ORDER BY 1, 2")) {
                [void] $text.AppendLine((($row | ForEach-Object { if ($_ -is [byte[]]) { [Convert]::ToBase64String($_) } else { "$_" } }) -join "`t"))
            }
        }
        return [Convert]::ToHexString([Security.Cryptography.SHA256]::HashData([Text.Encoding]::UTF8.GetBytes($text.ToString())))
    }

    # Sends a raw HTTP request over a TcpClient, so nothing normalises the path, and returns the status code.
    function Send-RawRequest {
        param([Parameter(Mandatory)] [int] $Port, [Parameter(Mandatory)] [string] $Request)
        $client = [Net.Sockets.TcpClient]::new()
        try {
            $client.ReceiveTimeout = 10000
            $client.SendTimeout = 10000
            $client.Connect([Net.IPAddress]::Loopback, $Port)
            $stream = $client.GetStream()
            $bytes = [Text.Encoding]::UTF8.GetBytes($Request + "Connection: close`r`n`r`n")
            try { $stream.Write($bytes, 0, $bytes.Length) } catch [IO.IOException] { }
            $reader = [IO.StreamReader]::new($stream, [Text.Encoding]::ASCII)
            $statusLine = $reader.ReadLine()
            if ($statusLine -notmatch '^HTTP/1\.[01] (\d{3})') { throw "Unexpected status line '$statusLine'." }
            return [int] $Matches[1]
        }
        finally {
            $client.Dispose()
        }
    }
}

Describe 'Concurrent writers' {
    It 'keeps every change of four processes and never reports a locked database' {
        $storePath = Join-Path $TestDrive 'concurrent.db'
        Set-RoleToolsStore -Path $storePath
        Set-RoleToolsStore -TransitionDelay 0

        # Each worker makes 250 changes: 50 rounds of role, profile, role-in-profile, instance, association.
        $workers = foreach ($worker in 1..4) {
            Start-ChildScript -Name "writer-$worker" -StorePath $storePath -Body @"
`$trust = '$script:Trust'
`$log = Join-Path '$TestDrive' 'writer-$worker.log'
for (`$round = 0; `$round -lt 50; `$round++) {
    `$name = "w$worker-`$round"
    try {
        `$null = New-IAMRole -RoleName "`$name-role" -AssumeRolePolicyDocument `$trust
        Add-Content -Path `$log -Value "role `$name-role"
        `$null = New-IAMInstanceProfile -InstanceProfileName "`$name-profile"
        Add-Content -Path `$log -Value "profile `$name-profile"
        Add-IAMRoleToInstanceProfile -InstanceProfileName "`$name-profile" -RoleName "`$name-role"
        Add-Content -Path `$log -Value "membership `$name-profile"
        `$id = (New-EC2Instance -ImageId ami-0123456789abcdef0 -Region us-east-1).Instances[0].InstanceId
        Add-Content -Path `$log -Value "instance `$id"
        `$null = Register-EC2IamInstanceProfile -InstanceId `$id -IamInstanceProfile_Name "`$name-profile" -Region us-east-1
        Add-Content -Path `$log -Value "association `$id `$name-profile"
    }
    catch {
        Add-Content -Path `$log -Value "error `$(`$_.Exception.ToString())"
    }
}
"@
        }

        foreach ($process in $workers) {
            $process | Wait-Process -Timeout 240
            $process.HasExited | Should -BeTrue
        }

        $lines = foreach ($worker in 1..4) { Get-Content -Path (Join-Path $TestDrive "writer-$worker.log") }
        $errors = @($lines | Where-Object { $_ -like 'error *' })
        ($errors -join "`n") | Should -Not -Match 'database is locked'
        $errors | Should -BeNullOrEmpty
        $lines.Count | Should -Be 1000

        $roles = @(Get-IAMRoleList).RoleName
        $profiles = @(Get-IAMInstanceProfileList)
        $instances = @((Get-EC2Instance -Region us-east-1).Instances)
        foreach ($line in $lines) {
            $kind, $name, $extra = $line -split ' '
            switch ($kind) {
                'role' { $roles | Should -Contain $name }
                'profile' { $profiles.InstanceProfileName | Should -Contain $name }
                'membership' { ($profiles | Where-Object InstanceProfileName -EQ $name).Roles.RoleName | Should -Be ($name -replace '-profile$', '-role') }
                'instance' { $instances.InstanceId | Should -Contain $name }
                'association' { ($instances | Where-Object InstanceId -EQ $name).IamInstanceProfile.Arn | Should -BeLike "*:instance-profile/$extra" }
            }
        }
        $roles.Count | Should -Be 200
        $instances.Count | Should -Be 200
    }
}

Describe 'Writer killed mid-run' {
    It 'leaves a sound store with every change that returned' {
        $storePath = Join-Path $TestDrive 'killed.db'
        Set-RoleToolsStore -Path $storePath
        Set-RoleToolsStore -TransitionDelay 0
        $log = Join-Path $TestDrive 'killed.log'

        # The writer logs each change only after its cmdlet returned, and runs until it is killed.
        $writer = Start-ChildScript -Name 'killed' -StorePath $storePath -Body @"
`$trust = '$script:Trust'
for (`$round = 0; `$round -lt 100000; `$round++) {
    `$null = New-IAMRole -RoleName "k`$round-role" -AssumeRolePolicyDocument `$trust -Tag @{ Key = 'round'; Value = "`$round" }
    Add-Content -Path '$log' -Value "role k`$round-role"
    `$null = New-IAMInstanceProfile -InstanceProfileName "k`$round-profile"
    Add-IAMRoleToInstanceProfile -InstanceProfileName "k`$round-profile" -RoleName "k`$round-role"
    Add-Content -Path '$log' -Value "membership k`$round-profile"
    `$tags = [Amazon.EC2.Model.TagSpecification]::new()
    `$tags.ResourceType = 'instance'
    `$tags.Tags = [Collections.Generic.List[Amazon.EC2.Model.Tag]]::new()
    `$tags.Tags.Add([Amazon.EC2.Model.Tag]::new('round', "`$round"))
    `$reservation = New-EC2Instance -ImageId ami-0123456789abcdef0 -MinCount 2 -MaxCount 2 -Region us-east-1 -TagSpecification `$tags
    Add-Content -Path '$log' -Value "reservation `$(`$reservation.ReservationId)"
}
"@
        try {
            # Kill it once it has logged a few dozen changes, so it is most likely inside a transaction.
            $deadline = [DateTime]::UtcNow.AddSeconds(60)
            while (-not $writer.HasExited -and [DateTime]::UtcNow -lt $deadline -and
                (-not (Test-Path $log) -or @(Get-Content -Path $log).Count -lt 40)) {
                Start-Sleep -Milliseconds 20
            }
            $writer.HasExited | Should -BeFalse -Because (Get-Content -Raw -Path (Join-Path $TestDrive 'killed.err') -ErrorAction SilentlyContinue)
        }
        finally {
            # On Unix, Process.Kill sends SIGKILL.
            $writer.Kill()
            $writer.WaitForExit(10000) | Out-Null
        }
        [Microsoft.Data.Sqlite.SqliteConnection]::ClearAllPools()

        (Invoke-StoreQuery -StorePath $storePath -Sql 'PRAGMA integrity_check')[0][0] | Should -Be 'ok'
        (Invoke-StoreQuery -StorePath $storePath -Sql 'PRAGMA foreign_key_check').Count | Should -Be 0

        $lines = @(Get-Content -Path $log)
        $lines.Count | Should -BeGreaterOrEqual 40
        foreach ($line in $lines) {
            $kind, $name = $line -split ' '
            switch ($kind) {
                'role' { (Get-IAMRole -RoleName $name).RoleName | Should -Be $name }
                'membership' { (Get-IAMInstanceProfile -InstanceProfileName $name).Roles.RoleName | Should -Be ($name -replace '-profile$', '-role') }
                'reservation' { (Invoke-StoreQuery -StorePath $storePath -Sql "SELECT count(*) FROM ec2_instances WHERE reservation_id = '$name'")[0][0] | Should -Be 2 }
            }
        }

        # No half-made entity: every role has its tag, every reservation both instances and every instance its tag.
        (Invoke-StoreQuery -StorePath $storePath -Sql 'SELECT count(*) FROM iam_roles r WHERE NOT EXISTS (SELECT 1 FROM iam_role_tags t WHERE t.role_id = r.role_id)')[0][0] | Should -Be 0
        (Invoke-StoreQuery -StorePath $storePath -Sql 'SELECT count(*) FROM ec2_reservations r WHERE (SELECT count(*) FROM ec2_instances i WHERE i.reservation_id = r.reservation_id) <> 2')[0][0] | Should -Be 0
        (Invoke-StoreQuery -StorePath $storePath -Sql "SELECT count(*) FROM ec2_instances i WHERE NOT EXISTS (SELECT 1 FROM ec2_tags t WHERE t.resource_id = i.instance_id AND t.key = 'round')")[0][0] | Should -Be 0
    }
}

Describe 'Role changes under endpoint load' {
    BeforeAll {
        $script:LoadStore = Join-Path $TestDrive 'load.db'
        Set-RoleToolsStore -Path $script:LoadStore
        Set-RoleToolsStore -TransitionDelay 0
        foreach ($name in 'first', 'second') {
            $null = New-IAMRole -RoleName "$name-role" -AssumeRolePolicyDocument $script:Trust
            $null = New-IAMInstanceProfile -InstanceProfileName "$name-profile"
            Add-IAMRoleToInstanceProfile -InstanceProfileName "$name-profile" -RoleName "$name-role"
        }
        $script:LoadInstance = (New-EC2Instance -ImageId ami-0123456789abcdef0 -Region us-east-1).Instances[0].InstanceId
        $script:LoadEndpoint = Start-RoleToolsMetadataEndpoint -InstanceId $script:LoadInstance
    }

    AfterAll {
        Stop-RoleToolsMetadataEndpoint -InstanceId $script:LoadInstance
    }

    It 'serves complete credentials, a 404 or the role list, never a 5xx' {
        $base = $script:LoadEndpoint.Url.TrimEnd('/')
        $client = [Net.Http.HttpClient]::new()
        try {
            $tokenRequest = [Net.Http.HttpRequestMessage]::new([Net.Http.HttpMethod]::Put, "$base/latest/api/token")
            $tokenRequest.Headers.Add('X-aws-ec2-metadata-token-ttl-seconds', '21600')
            $token = $client.SendAsync($tokenRequest).GetAwaiter().GetResult().Content.ReadAsStringAsync().GetAwaiter().GetResult()

            # The changer attaches, replaces and detaches the instance's role every few milliseconds for a few seconds.
            $changer = Start-ChildScript -Name 'changer' -StorePath $script:LoadStore -Body @"
`$deadline = [DateTime]::UtcNow.AddSeconds(4)
`$cycles = 0
while ([DateTime]::UtcNow -lt `$deadline) {
    `$association = Register-EC2IamInstanceProfile -InstanceId '$script:LoadInstance' -IamInstanceProfile_Name first-profile -Region us-east-1
    Start-Sleep -Milliseconds 3
    `$association = Set-EC2IamInstanceProfileAssociation -AssociationId `$association.AssociationId -IamInstanceProfile_Name second-profile -Region us-east-1
    Start-Sleep -Milliseconds 3
    `$null = Unregister-EC2IamInstanceProfile -AssociationId `$association.AssociationId -Region us-east-1
    Start-Sleep -Milliseconds 3
    `$cycles++
}
"cycles `$cycles"
"@
            $paths = '/latest/meta-data/iam/security-credentials/first-role', '/latest/meta-data/iam/security-credentials/second-role', '/latest/meta-data/iam/security-credentials/'
            $statuses = @{}
            $problems = [Collections.Generic.List[string]]::new()
            $batches = 0
            # 16 requests in flight at once, batch after batch, while the changer runs (bounded by a batch count too).
            while (-not $changer.HasExited -and $batches -lt 2000) {
                $batches++
                $pending = foreach ($i in 0..15) {
                    $request = [Net.Http.HttpRequestMessage]::new([Net.Http.HttpMethod]::Get, $base + $paths[$i % 3])
                    $request.Headers.Add('X-aws-ec2-metadata-token', $token)
                    [pscustomobject]@{ Path = $paths[$i % 3]; Task = $client.SendAsync($request) }
                }
                foreach ($item in $pending) {
                    $response = $item.Task.GetAwaiter().GetResult()
                    $body = $response.Content.ReadAsStringAsync().GetAwaiter().GetResult()
                    $status = [int] $response.StatusCode
                    $statuses[$status] = 1 + ($statuses[$status] ?? 0)
                    if ($status -eq 200 -and $item.Path.EndsWith('/')) {
                        if ($body -notin 'first-role', 'second-role') { $problems.Add("role list '$body'") }
                    }
                    elseif ($status -eq 200) {
                        $credentials = $body | ConvertFrom-Json
                        if ($credentials.Code -ne 'Success' -or $credentials.AccessKeyId -notmatch '^ASIA' -or -not $credentials.SecretAccessKey -or -not $credentials.Token -or -not $credentials.Expiration) {
                            $problems.Add("incomplete credentials for $($item.Path): $body")
                        }
                    }
                    elseif ($status -ne 404) {
                        $problems.Add("status $status for $($item.Path): $body")
                    }
                }
            }
            $changer | Wait-Process -Timeout 60
        }
        finally {
            $client.Dispose()
        }

        $problems | Should -BeNullOrEmpty
        $changer.ExitCode | Should -Be 0 -Because (Get-Content -Raw -Path (Join-Path $TestDrive 'changer.err') -ErrorAction SilentlyContinue)
        (Get-Content -Path (Join-Path $TestDrive 'changer.out')) | Should -Match '^cycles [1-9]'
        $statuses[200] | Should -BeGreaterThan 0
        $statuses[404] | Should -BeGreaterThan 0
        @($statuses.Keys | Where-Object { $_ -ge 500 }) | Should -BeNullOrEmpty
    }
}

Describe 'Bad input' {
    BeforeAll {
        $script:BadStore = Join-Path $TestDrive 'bad-input.db'
        Set-RoleToolsStore -Path $script:BadStore
        Set-RoleToolsStore -TransitionDelay 0
        $null = New-IAMRole -RoleName existing-role -AssumeRolePolicyDocument $script:Trust
        $null = New-IAMInstanceProfile -InstanceProfileName existing-profile
        Add-IAMRoleToInstanceProfile -InstanceProfileName existing-profile -RoleName existing-role
        $script:BadInstance = (New-EC2Instance -ImageId ami-0123456789abcdef0 -Region us-east-1).Instances[0].InstanceId
        $null = Register-EC2IamInstanceProfile -InstanceId $script:BadInstance -IamInstanceProfile_Name existing-profile -Region us-east-1
        $script:BadEndpoint = Start-RoleToolsMetadataEndpoint -InstanceId $script:BadInstance

        # Issue the token key and the credentials now, so later requests only read the store.
        $base = $script:BadEndpoint.Url.TrimEnd('/')
        $script:Token = Invoke-RestMethod -Method Put -Uri "$base/latest/api/token" -Headers @{ 'X-aws-ec2-metadata-token-ttl-seconds' = '21600' }
        $null = Invoke-RestMethod -Uri "$base/latest/meta-data/iam/security-credentials/existing-role" -Headers @{ 'X-aws-ec2-metadata-token' = $script:Token }
        $script:BadFingerprint = Get-StoreFingerprint -StorePath $script:BadStore
    }

    AfterAll {
        Stop-RoleToolsMetadataEndpoint -InstanceId $script:BadInstance
    }

    Context 'cmdlets' {
        It '<Label> fails with <Code>' -ForEach ($NameCases + $PathCases + $IdCases + $DocumentCases) {
            $failure = $null
            try {
                $arguments = $Arguments.Clone()
                if ($Command -like '*-EC2*') { $arguments['Region'] = 'us-east-1' }
                $null = & $Command @arguments
            }
            catch {
                $failure = $_
            }

            $failure | Should -Not -BeNullOrEmpty
            $failure.Exception | Should -BeOfType ([InvalidOperationException])
            $failure.Exception.InnerException.ErrorCode | Should -Be $Code
            $failure.FullyQualifiedErrorId | Should -BeLike "*,Amazon.PowerShell.Cmdlets.*.$($Command -replace '-', '')Cmdlet"
            Get-StoreFingerprint -StorePath $script:BadStore | Should -Be $script:BadFingerprint
        }
    }

    Context 'HTTP requests' {
        It '<Label> gets <Status>' -ForEach $HttpCases {
            $port = $script:BadEndpoint.Port
            Send-RawRequest -Port $port -Request $Request.Replace('{token}', $script:Token) | Should -Be $Status

            # The endpoint still serves, and nothing in the store changed.
            Send-RawRequest -Port $port -Request "GET /latest/meta-data/instance-id HTTP/1.1`r`nHost: 127.0.0.1`r`n" | Should -Be 200
            Get-StoreFingerprint -StorePath $script:BadStore | Should -Be $script:BadFingerprint
        }
    }
}
