<#
.SYNOPSIS
Writes the module's offline help (MAML) from the built cmdlets, their XML doc comments and the help data files.

.DESCRIPTION
For every cmdlet the module exports, this script combines three sources into one MAML file that
Get-Help reads:
  - the cmdlet's metadata from Get-Command: parameter sets, types, positions, aliases, mandatory
    and pipeline flags, output types;
  - the XML documentation comments of the parameters (RoleTools.PowerShell.xml, built with the DLL);
  - module/help/cmdlets/<Name>.psd1: Synopsis, Description (paragraphs), AwsOperation (the AWS API
    the cmdlet emulates, or $null for RoleTools' own cmdlets), Deviations (how it differs from AWS),
    Examples (Title, Code, Remarks), optional Parameters (descriptions that override the doc
    comments) and RelatedLinks.
A cmdlet without a help data file, or a parameter without a description, gets a warning here;
the help meta-test then fails for it.

.PARAMETER ModuleFolder
The laid-out module folder (out/module/RoleTools). The MAML file is written to its en-US folder.

.PARAMETER HelpDataFolder
The folder of the per-cmdlet help data files.

.EXAMPLE
./Build-RoleToolsHelp.ps1 -ModuleFolder ../../out/module/RoleTools -HelpDataFolder ./cmdlets

Writes out/module/RoleTools/en-US/RoleTools.PowerShell.dll-Help.xml.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $ModuleFolder,
    [Parameter(Mandatory)] [string] $HelpDataFolder
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$commonParameters = [System.Management.Automation.PSCmdlet]::CommonParameters
$shouldProcessDescriptions = @{
    WhatIf  = 'Shows what would happen if the cmdlet runs. The cmdlet is not run and the store is not changed.'
    Confirm = 'Prompts you for confirmation before running the cmdlet.'
}

function Get-DocComments {
    <# Reads parameter summaries from the XML doc files beside the DLLs: a map of "Type.Property" to text. #>
    param([string] $Folder)
    $map = @{}
    foreach ($file in Get-ChildItem -Path $Folder -Filter 'RoleTools.*.xml') {
        [xml] $doc = Get-Content -Raw $file.FullName
        foreach ($member in $doc.doc.members.member) {
            if ($member.name -like 'P:*' -and $member['summary']) {
                $text = ($member['summary'].InnerText -replace '\s+', ' ').Trim()
                $map[$member.name.Substring(2)] = $text
            }
        }
    }
    return $map
}

function Get-ParameterDescription {
    <# Finds a parameter's description: the help data override, else the doc comment on the declaring type or a base type. #>
    param($Command, [string] $Name, $Data, $DocComments)
    if ($Data.ContainsKey('Parameters') -and $Data.Parameters.ContainsKey($Name)) {
        return $Data.Parameters[$Name]
    }
    if ($shouldProcessDescriptions.ContainsKey($Name)) {
        return $shouldProcessDescriptions[$Name]
    }
    $type = $Command.ImplementingType
    while ($type) {
        $key = "$($type.FullName).$Name"
        if ($DocComments.ContainsKey($key)) { return $DocComments[$key] }
        $type = $type.BaseType
    }
    return $null
}

function Add-Para {
    param([System.Xml.XmlWriter] $Writer, [string[]] $Paragraphs)
    $Writer.WriteStartElement('maml', 'description', $maml)
    foreach ($paragraph in $Paragraphs) {
        $Writer.WriteElementString('maml', 'para', $maml, $paragraph)
    }
    $Writer.WriteEndElement()
}

function Get-PipelineText {
    param($Parameter)
    $kinds = @()
    if ($Parameter.ValueFromPipeline) { $kinds += 'ByValue' }
    if ($Parameter.ValueFromPipelineByPropertyName) { $kinds += 'ByPropertyName' }
    if ($kinds) { return "True ($($kinds -join ', '))" }
    return 'False'
}

function Write-Parameter {
    param([System.Xml.XmlWriter] $Writer, $Parameter, [string] $Description, [bool] $InSyntax)
    $Writer.WriteStartElement('command', 'parameter', $command)
    $Writer.WriteAttributeString('required', $Parameter.IsMandatory.ToString().ToLowerInvariant())
    $Writer.WriteAttributeString('variableLength', 'true')
    $Writer.WriteAttributeString('globbing', 'false')
    $Writer.WriteAttributeString('pipelineInput', (Get-PipelineText $Parameter))
    $position = if ($Parameter.Position -ge 0) { [string] $Parameter.Position } else { 'named' }
    $Writer.WriteAttributeString('position', $position)
    $aliases = if ($Parameter.Aliases.Count) { $Parameter.Aliases -join ', ' } else { 'none' }
    $Writer.WriteAttributeString('aliases', $aliases)
    $Writer.WriteElementString('maml', 'name', $maml, $Parameter.Name)
    Add-Para $Writer @($Description)
    $typeName = $Parameter.ParameterType.FullName
    if ($Parameter.ParameterType -ne [System.Management.Automation.SwitchParameter]) {
        $Writer.WriteStartElement('command', 'parameterValue', $command)
        $Writer.WriteAttributeString('required', 'true')
        $Writer.WriteAttributeString('variableLength', 'false')
        $Writer.WriteString($Parameter.ParameterType.Name)
        $Writer.WriteEndElement()
    }
    if (-not $InSyntax) {
        $Writer.WriteStartElement('dev', 'type', $dev)
        $Writer.WriteElementString('maml', 'name', $maml, $typeName)
        $Writer.WriteEndElement()
        $Writer.WriteElementString('dev', 'defaultValue', $dev, 'None')
    }
    $Writer.WriteEndElement()
}

$maml = 'http://schemas.microsoft.com/maml/2004/10'
$command = 'http://schemas.microsoft.com/maml/dev/command/2004/10'
$dev = 'http://schemas.microsoft.com/maml/dev/2004/10'

$manifest = Join-Path $ModuleFolder 'RoleTools.psd1'
$module = Import-Module $manifest -PassThru -Force
$docComments = Get-DocComments -Folder $ModuleFolder
$commands = Get-Command -Module $module.Name -CommandType Cmdlet | Sort-Object Name

# A command without help data gets no help entry, and the help meta-test (tests/Pester/Help.Tests.ps1)
# fails for it; the build itself goes on, so missing prose never blocks a build.
$missing = @($commands | Where-Object { -not (Test-Path (Join-Path $HelpDataFolder "$($_.Name).psd1")) } | ForEach-Object Name)
if ($missing) {
    Write-Warning "No help data file in $HelpDataFolder for: $($missing -join ', '). Add <Name>.psd1 for each."
    $commands = @($commands | Where-Object Name -notin $missing)
}

$outputFolder = Join-Path $ModuleFolder 'en-US'
New-Item -ItemType Directory -Force -Path $outputFolder | Out-Null
$outputPath = Join-Path $outputFolder 'RoleTools.PowerShell.dll-Help.xml'

$settings = [System.Xml.XmlWriterSettings]::new()
$settings.Indent = $true
$settings.Encoding = [System.Text.UTF8Encoding]::new($false)
$writer = [System.Xml.XmlWriter]::Create($outputPath, $settings)
try {
    $writer.WriteStartDocument()
    $writer.WriteStartElement('helpItems', 'http://msh')
    $writer.WriteAttributeString('schema', 'maml')

    foreach ($cmd in $commands) {
        $data = Import-PowerShellDataFile (Join-Path $HelpDataFolder "$($cmd.Name).psd1")
        $parameters = $cmd.Parameters.Values | Where-Object { $_.Name -notin $commonParameters } | Sort-Object Name

        $writer.WriteStartElement('command', 'command', $command)
        $writer.WriteAttributeString('xmlns', 'maml', $null, $maml)
        $writer.WriteAttributeString('xmlns', 'dev', $null, $dev)

        $writer.WriteStartElement('command', 'details', $command)
        $writer.WriteElementString('command', 'name', $command, $cmd.Name)
        $writer.WriteElementString('command', 'verb', $command, $cmd.Verb)
        $writer.WriteElementString('command', 'noun', $command, $cmd.Noun)
        Add-Para $writer @($data.Synopsis)
        $writer.WriteEndElement()

        $description = @($data.Description)
        if ($data.AwsOperation) {
            $description += "This cmdlet emulates the AWS API operation $($data.AwsOperation) against the local RoleTools store; it contacts no AWS endpoint."
        }
        Add-Para $writer $description

        $writer.WriteStartElement('command', 'syntax', $command)
        foreach ($set in $cmd.ParameterSets) {
            $writer.WriteStartElement('command', 'syntaxItem', $command)
            $writer.WriteElementString('maml', 'name', $maml, $cmd.Name)
            foreach ($p in $set.Parameters | Where-Object { $_.Name -notin $commonParameters }) {
                $text = Get-ParameterDescription $cmd $p.Name $data $docComments
                Write-Parameter $writer $p $text $true
            }
            $writer.WriteEndElement()
        }
        $writer.WriteEndElement()

        $writer.WriteStartElement('command', 'parameters', $command)
        foreach ($p in $parameters) {
            $metadata = $cmd.ParameterSets | ForEach-Object { $_.Parameters } | Where-Object Name -eq $p.Name | Select-Object -First 1
            $text = Get-ParameterDescription $cmd $p.Name $data $docComments
            if (-not $text) {
                Write-Warning "Parameter -$($p.Name) of $($cmd.Name) has no description: add an XML doc comment or a Parameters entry in $($cmd.Name).psd1."
            }
            Write-Parameter $writer $metadata $text $false
        }
        $writer.WriteEndElement()

        $writer.WriteStartElement('command', 'returnValues', $command)
        foreach ($type in $cmd.OutputType) {
            $writer.WriteStartElement('command', 'returnValue', $command)
            $writer.WriteStartElement('dev', 'type', $dev)
            $writer.WriteElementString('maml', 'name', $maml, $type.Name)
            $writer.WriteEndElement()
            Add-Para $writer @('')
            $writer.WriteEndElement()
        }
        $writer.WriteEndElement()

        $notes = @()
        if ($data.AwsOperation) { $notes += "AWS operation: $($data.AwsOperation)." }
        $deviations = @($data.Deviations)
        if ($deviations.Count -gt 0) {
            $notes += 'Deviations from AWS:'
            $notes += $deviations | ForEach-Object { "- $_" }
        }
        else {
            $notes += 'Deviations from AWS: none known.'
        }
        $writer.WriteStartElement('maml', 'alertSet', $maml)
        $writer.WriteStartElement('maml', 'alert', $maml)
        foreach ($note in $notes) { $writer.WriteElementString('maml', 'para', $maml, $note) }
        $writer.WriteEndElement()
        $writer.WriteEndElement()

        $writer.WriteStartElement('command', 'examples', $command)
        $number = 0
        foreach ($example in @($data.Examples)) {
            $number++
            $writer.WriteStartElement('command', 'example', $command)
            $writer.WriteElementString('maml', 'title', $maml, "-------------------------- Example $number`: $($example.Title) --------------------------")
            $writer.WriteElementString('dev', 'code', $dev, $example.Code)
            $writer.WriteStartElement('dev', 'remarks', $dev)
            $writer.WriteElementString('maml', 'para', $maml, $example.Remarks)
            $writer.WriteEndElement()
            $writer.WriteEndElement()
        }
        $writer.WriteEndElement()

        $writer.WriteStartElement('command', 'relatedLinks', $command)
        foreach ($link in @($data['RelatedLinks'])) {
            if (-not $link) { continue }
            $writer.WriteStartElement('maml', 'navigationLink', $maml)
            $writer.WriteElementString('maml', 'linkText', $maml, $link)
            $writer.WriteElementString('maml', 'uri', $maml, '')
            $writer.WriteEndElement()
        }
        $writer.WriteEndElement()

        $writer.WriteEndElement()
    }

    $writer.WriteEndElement()
    $writer.WriteEndDocument()
}
finally {
    $writer.Dispose()
}

Write-Host "Wrote help for $(@($commands).Count) cmdlets to $outputPath"
