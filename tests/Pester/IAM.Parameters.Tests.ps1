# Pins the parameter surface of every IAM cmdlet (names, positions, aliases, mandatory and pipeline flags,
# ConfirmImpact) against the real AWS.Tools.IdentityManagement cmdlets, as Get-Command reports it.

BeforeDiscovery {
    # Name, Position ('' = named), Mandatory, ByValue, Alias. Every parameter listed is ByPropertyName.
    $script:Surface = @{
        'New-IAMRole'                       = @('Path|0|0|1|', 'RoleName|1|1|0|', 'AssumeRolePolicyDocument|2|1|0|', 'Description||0|0|', 'MaxSessionDuration||0|0|', 'PermissionsBoundary||0|0|', 'Tag||0|0|Tags')
        'Get-IAMRole'                       = @('RoleName|0|1|1|')
        'Get-IAMRoleList'                   = @('PathPrefix|0|0|1|', 'Marker||0|0|NextToken', 'MaxItem||0|0|MaxItems')
        'Update-IAMRole'                    = @('RoleName|0|1|1|', 'Description||0|0|', 'MaxSessionDuration||0|0|')
        'Update-IAMAssumeRolePolicy'        = @('RoleName|0|1|1|', 'PolicyDocument|1|1|0|')
        'Remove-IAMRole'                    = @('RoleName|0|1|1|')
        'Write-IAMRolePolicy'               = @('RoleName|0|1|1|', 'PolicyName|1|1|0|', 'PolicyDocument|2|1|0|')
        'Get-IAMRolePolicy'                 = @('RoleName|0|1|1|', 'PolicyName|1|1|0|')
        'Get-IAMRolePolicyList'             = @('RoleName|0|1|1|', 'Marker||0|0|NextToken', 'MaxItem||0|0|MaxItems')
        'Remove-IAMRolePolicy'              = @('RoleName|0|1|1|', 'PolicyName|1|1|0|')
        'New-IAMPolicy'                     = @('PolicyName|0|1|1|', 'Path||0|0|', 'PolicyDocument|1|1|0|', 'Description||0|0|', 'Tag||0|0|Tags')
        'Get-IAMPolicy'                     = @('PolicyArn|0|1|1|')
        'Get-IAMPolicyList'                 = @('Scope||0|0|', 'OnlyAttached||0|0|', 'PathPrefix||0|0|', 'PolicyUsageFilter||0|0|', 'Marker||0|0|NextToken', 'MaxItem||0|0|MaxItems')
        'Get-IAMPolicyVersion'              = @('PolicyArn|0|1|1|', 'VersionId|1|1|0|')
        'Remove-IAMPolicy'                  = @('PolicyArn|0|1|1|')
        'Register-IAMRolePolicy'            = @('RoleName|0|1|1|', 'PolicyArn|1|1|0|')
        'Unregister-IAMRolePolicy'          = @('RoleName|0|1|1|', 'PolicyArn|1|1|0|')
        'Get-IAMAttachedRolePolicyList'     = @('RoleName|1|1|0|', 'PathPrefix||0|0|', 'Marker||0|0|NextToken', 'MaxItem||0|0|MaxItems')
        'New-IAMInstanceProfile'            = @('InstanceProfileName|0|1|1|', 'Path|1|0|0|', 'Tag||0|0|Tags')
        'Get-IAMInstanceProfile'            = @('InstanceProfileName|0|1|1|')
        'Get-IAMInstanceProfileList'        = @('PathPrefix|0|0|1|', 'Marker||0|0|NextToken', 'MaxItem||0|0|MaxItems')
        'Get-IAMInstanceProfileForRole'     = @('RoleName|0|1|1|', 'Marker||0|0|NextToken', 'MaxItem||0|0|MaxItems')
        'Remove-IAMInstanceProfile'         = @('InstanceProfileName|0|1|1|')
        'Add-IAMRoleToInstanceProfile'      = @('InstanceProfileName|0|1|1|', 'RoleName|1|1|0|')
        'Remove-IAMRoleFromInstanceProfile' = @('InstanceProfileName|0|1|1|', 'RoleName|1|1|0|')
        'Add-IAMRoleTag'                    = @('RoleName|0|1|1|', 'Tag||1|0|Tags')
        'Get-IAMRoleTagList'                = @('RoleName|0|1|1|', 'Marker||0|0|NextToken', 'MaxItem||0|0|MaxItems')
        'Remove-IAMRoleTag'                 = @('RoleName|0|1|1|', 'TagKey||1|0|TagKeys')
    }
    $script:ParameterCases = foreach ($command in $script:Surface.Keys) {
        foreach ($row in $script:Surface[$command]) {
            $name, $position, $mandatory, $byValue, $alias = $row -split '\|'
            @{ Command = $command; Name = $name; Position = $position; Mandatory = $mandatory -eq '1'; ByValue = $byValue -eq '1'; Alias = $alias }
        }
    }
    $script:CommandCases = foreach ($command in $script:Surface.Keys) {
        $verb = $command.Split('-')[0]
        $impact = if ($verb -eq 'Get') { '' } elseif ($verb -eq 'Remove') { 'High' } else { 'Medium' }
        @{ Command = $command; Impact = $impact; Paged = [bool]($script:Surface[$command] -match '^Marker') }
    }
    $script:Legacy = @(
        @{ Alias = 'Get-IAMRoles'; Target = 'Get-IAMRoleList' }
        @{ Alias = 'Get-IAMRolePolicies'; Target = 'Get-IAMRolePolicyList' }
        @{ Alias = 'Get-IAMAttachedRolePolicies'; Target = 'Get-IAMAttachedRolePolicyList' }
        @{ Alias = 'Get-IAMInstanceProfiles'; Target = 'Get-IAMInstanceProfileList' }
        @{ Alias = 'Get-IAMPolicies'; Target = 'Get-IAMPolicyList' }
    )
}

BeforeAll {
    $manifest = $env:ROLETOOLS_MODULE_MANIFEST
    if (-not $manifest) { $manifest = Join-Path $PSScriptRoot '../../RoleTools.psd1' }
    Import-Module $manifest -Force
}

Describe 'IAM cmdlet parameters' {
    It '<Command> -<Name>: position <Position>, mandatory <Mandatory>, by value <ByValue>' -TestCases $script:ParameterCases {
        $parameter = (Get-Command $Command).Parameters[$Name]
        $parameter | Should -Not -BeNullOrEmpty
        $attribute = $parameter.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] } | Select-Object -First 1
        $expectedPosition = if ($Position -eq '') { [int]::MinValue } else { [int] $Position }
        $attribute.Position | Should -Be $expectedPosition
        $attribute.Mandatory | Should -Be $Mandatory
        $attribute.ValueFromPipeline | Should -Be $ByValue
        $attribute.ValueFromPipelineByPropertyName | Should -BeTrue
        if ($Alias) { $parameter.Aliases | Should -Contain $Alias }
    }

    It '<Command> has ConfirmImpact <Impact> and the common AWS parameters' -TestCases $script:CommandCases {
        $info = Get-Command $Command
        $cmdletAttribute = $info.ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0]
        if ($Impact) {
            $cmdletAttribute.SupportsShouldProcess | Should -BeTrue
            $cmdletAttribute.ConfirmImpact | Should -Be $Impact
            $info.Parameters['Force'].SwitchParameter | Should -BeTrue
        }
        else {
            $cmdletAttribute.SupportsShouldProcess | Should -BeFalse
        }
        $info.Parameters.ContainsKey('NoAutoIteration') | Should -Be $Paged
        foreach ($common in 'Region', 'ProfileName', 'AccessKey', 'SecretKey', 'SessionToken', 'Credential', 'EndpointUrl', 'ProfileLocation', 'Select') {
            $info.Parameters.ContainsKey($common) | Should -BeTrue -Because "$Command takes -$common"
        }
        $info.ImplementingType.FullName | Should -Be "Amazon.PowerShell.Cmdlets.IAM.$($Command.Replace('-', ''))Cmdlet"
    }

    It 'types the list, Boolean and enumeration parameters as AWS Tools does' {
        (Get-Command New-IAMRole).Parameters['Tag'].ParameterType.FullName | Should -Be 'Amazon.IdentityManagement.Model.Tag[]'
        (Get-Command New-IAMRole).Parameters['MaxSessionDuration'].ParameterType | Should -Be ([Nullable[int]])
        (Get-Command Get-IAMPolicyList).Parameters['OnlyAttached'].ParameterType | Should -Be ([Nullable[bool]])
        (Get-Command Get-IAMPolicyList).Parameters['Scope'].ParameterType.FullName | Should -Be 'Amazon.IdentityManagement.PolicyScopeType'
        (Get-Command Remove-IAMRoleTag).Parameters['TagKey'].ParameterType | Should -Be ([string[]])
    }

    It 'exports legacy alias <Alias> for <Target>' -TestCases $script:Legacy {
        $aliasInfo = Get-Alias -Name $Alias
        $aliasInfo.ResolvedCommandName | Should -Be $Target
        (Get-Module RoleTools).ExportedAliases.Keys | Should -Contain $Alias
    }

    It 'declares the SDK output types' {
        (Get-Command New-IAMRole).OutputType.Name | Should -Contain 'Amazon.IdentityManagement.Model.Role'
        (Get-Command Get-IAMRolePolicy).OutputType.Name | Should -Contain 'Amazon.IdentityManagement.Model.GetRolePolicyResponse'
        (Get-Command New-IAMPolicy).OutputType.Name | Should -Contain 'Amazon.IdentityManagement.Model.ManagedPolicy'
        (Get-Command Get-IAMAttachedRolePolicyList).OutputType.Name | Should -Contain 'Amazon.IdentityManagement.Model.AttachedPolicyType'
    }

    It 'fails binding when a mandatory parameter is missing in a non-interactive process' {
        $pwsh = Join-Path $PSHOME ($IsWindows ? 'pwsh.exe' : 'pwsh')
        $manifest = (Get-Module RoleTools).Path
        $store = Join-Path $TestDrive 'binding.db'
        $output = & $pwsh -NoProfile -NonInteractive -Command "Import-Module '$manifest'; Set-RoleToolsStore -Path '$store'; try { Get-IAMRole } catch { `$_.FullyQualifiedErrorId }" 2>&1
        ($output | Out-String) | Should -Match 'MissingMandatoryParameter'
    }
}
