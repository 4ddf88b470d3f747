# Format views: each output type's default view is the table in module/formats, and only a table, so
# Format-List still shows every property.

BeforeDiscovery {
    $script:Views = @(
        @{ Type = 'Amazon.IdentityManagement.Model.Role'; Columns = @() }
        @{ Type = 'Amazon.IdentityManagement.Model.InstanceProfile'; Columns = @() }
        @{ Type = 'Amazon.IdentityManagement.Model.ManagedPolicy'; Columns = @() }
        @{ Type = 'Amazon.IdentityManagement.Model.AttachedPolicyType'; Columns = @() }
        @{ Type = 'Amazon.IdentityManagement.Model.GetRolePolicyResponse'; Columns = @() }
        @{ Type = 'Amazon.IdentityManagement.Model.PolicyVersion'; Columns = @('VersionId', 'IsDefaultVersion', 'CreateDate') }
        @{ Type = 'Amazon.IdentityManagement.Model.Tag'; Columns = @('Key', 'Value') }
        @{ Type = 'Amazon.EC2.Model.Tag'; Columns = @('Key', 'Value') }
        @{ Type = 'Amazon.EC2.Model.Reservation'; Columns = @() }
        @{ Type = 'Amazon.EC2.Model.Instance'; Columns = @() }
        @{ Type = 'Amazon.EC2.Model.InstanceStateChange'; Columns = @() }
        @{ Type = 'Amazon.EC2.Model.IamInstanceProfileAssociation'; Columns = @() }
        @{ Type = 'Amazon.EC2.Model.TagDescription'; Columns = @() }
        @{ Type = 'RoleTools.PowerShell.Commands.MetadataEndpointInfo'; Columns = @() }
        @{ Type = 'RoleTools.Core.Store.StoreInfo'; Columns = @('Path', 'SchemaVersion', 'AccountId', 'DefaultRegion', 'ClockOffset') }
        @{ Type = 'RoleTools.PowerShell.Commands.ClockInfo'; Columns = @('Now', 'Offset', 'RealTime', 'StorePath') }
        @{ Type = 'Amazon.PowerShell.Common.AWSRegion'; Columns = @('Region', 'Name', 'IsShellDefault') }
        @{ Type = 'Amazon.PowerShell.Common.ProfileInfo'; Columns = @('ProfileName', 'StoreTypeName', 'ProfileLocation') }
    )
}

BeforeAll {
    $manifest = $env:ROLETOOLS_MODULE_MANIFEST
    if (-not $manifest) { $manifest = Join-Path $PSScriptRoot '../../RoleTools.psd1' }
    Import-Module $manifest -Force

    function Get-FormatFileColumn([string] $TypeName) {
        # Returns the column entries (property name or script block text) of the table view for $TypeName in the module's format files.
        $files = Get-ChildItem (Join-Path $PSScriptRoot '../../module/formats') -Filter '*.format.ps1xml'
        foreach ($file in $files) {
            [xml] $xml = Get-Content -Raw $file.FullName
            foreach ($view in $xml.Configuration.ViewDefinitions.View) {
                if ($view.ViewSelectedBy.TypeName -eq $TypeName) {
                    return @($view.TableControl.TableRowEntries.TableRowEntry.TableColumnItems.TableColumnItem | ForEach-Object { if ($_.SelectSingleNode('PropertyName')) { $_.PropertyName } else { $_.ScriptBlock.Trim() } })
                }
            }
        }
    }
}

Describe 'Default views' {
    It '<Type> defaults to the module table' -TestCases $Views {
        $formatData = @(Get-FormatData -TypeName $Type)
        $formatData.Count | Should -Be 1
        $definitions = @($formatData[0].FormatViewDefinition)
        $definitions.Count | Should -Be 1
        $definitions[0].Control | Should -BeOfType ([System.Management.Automation.TableControl])

        $loaded = @($definitions[0].Control.Rows[0].Columns | ForEach-Object { $_.DisplayEntry.Value.Trim() })
        $expected = Get-FormatFileColumn -TypeName $Type
        $expected | Should -Not -BeNullOrEmpty
        $loaded | Should -Be $expected
        if ($Columns.Count -gt 0) {
            $loaded | Should -Be $Columns
        }
    }
}

Describe 'Rendering real objects' {
    BeforeAll {
        Set-RoleToolsStore -Path (Join-Path $TestDrive 'store.db')
        $trust = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}'
        $script:Role = New-IAMRole -RoleName s3access -AssumeRolePolicyDocument $trust -Description 'Reads the bucket' -Tag @{ Key = 'team'; Value = 'data' } -Force
    }

    It 'Format-Table shows the view columns' {
        $text = $Role | Format-Table | Out-String -Width 400
        foreach ($column in Get-FormatFileColumn -TypeName 'Amazon.IdentityManagement.Model.Role') {
            $text | Should -Match ([regex]::Escape($column))
        }
        $text | Should -Match 's3access'
    }

    It 'Format-List shows every property' {
        $text = $Role | Format-List | Out-String -Width 400
        foreach ($property in $Role.PSObject.Properties.Name) {
            $text | Should -Match "(?m)^$([regex]::Escape($property))\s+:"
        }
        $text | Should -Match 'Reads the bucket'
    }

    It 'Format-List of a policy version shows the document' {
        $version = Get-IAMPolicyVersion -PolicyArn 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess' -VersionId (Get-IAMPolicy -PolicyArn 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess').DefaultVersionId
        $text = $version | Format-List | Out-String -Width 400
        $text | Should -Match '(?m)^Document\s+:'
        $text | Should -Match '(?m)^VersionId\s+:'
    }

    It 'Format-Table of role tags shows keys' {
        $text = Get-IAMRoleTagList -RoleName s3access | Format-Table | Out-String
        $text | Should -Match 'team'
        $text | Should -Match 'data'
    }
}
