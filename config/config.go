// Package config reads .denylint.yaml, the file that keeps a repository's
// denylint settings next to its infrastructure: which rules run and how
// loud they are, variables and parameters, what to skip, where requests
// come from, and which accesses must or must not work.
package config

import "github.com/denylint/denylint/source"

// FileName is the name Find looks for.
const FileName = ".denylint.yaml"

// File is a parsed config file. Its yaml tags are the keys users write;
// schemas/denylint-config.schema.json describes the same tree, and a test
// keeps the two in step.
type File struct {
	// Path is where the file was read from; relative paths inside it are
	// resolved against its folder.
	Path string `yaml:"-"`
	// at records where each key path was written.
	at map[string]source.Range
	// Version is 1; later versions may change the meaning of keys.
	Version           int            `yaml:"version"`
	SeverityThreshold string         `yaml:"severity_threshold"`
	Rules             Rules          `yaml:"rules"`
	Terraform         Terraform      `yaml:"terraform"`
	CloudFormation    CloudFormation `yaml:"cloudformation"`
	Exclude           []string       `yaml:"exclude"`
	Baseline          string         `yaml:"baseline"`
	Access            Access         `yaml:"access"`
	Expect            []Expect       `yaml:"expect"`
}

// Rules selects and tunes the rule catalog.
type Rules struct {
	// Enabled, when not empty, is the only rules whose findings count.
	Enabled  []string `yaml:"enabled"`
	Disabled []string `yaml:"disabled"`
	// Severity overrides a rule's severity: error, warning or note.
	Severity map[string]string `yaml:"severity"`
	// Dirs are folders of extra Rego rules, like --rules.
	Dirs []string `yaml:"dirs"`
}

// Terraform holds what terraform plan would take on its command line.
type Terraform struct {
	// Vars are HCL expression text, as with --var.
	Vars     map[string]string `yaml:"vars"`
	VarFiles []string          `yaml:"var_files"`
}

// CloudFormation holds stack parameters.
type CloudFormation struct {
	Params     map[string]string `yaml:"params"`
	ParamFiles []string          `yaml:"param_files"`
}

// Access says where requests come from.
type Access struct {
	// VPCEndpoints are addresses of the S3 gateway endpoints requests go
	// through; empty means every declared one.
	VPCEndpoints []string `yaml:"vpc_endpoints"`
	// Internet says whether requests also come from outside any VPC.
	Internet *bool `yaml:"internet"`
	// SourceIPs are the addresses or CIDR blocks requests come from.
	SourceIPs []string `yaml:"source_ips"`
}

// Expect is one access that must work (Can) or must not (Cannot).
type Expect struct {
	Principal string   `yaml:"principal"`
	Can       []string `yaml:"can"`
	Cannot    []string `yaml:"cannot"`
	On        []string `yaml:"on"`
	Via       string   `yaml:"via"`
	// SessionPolicy is a JSON policy file (relative to the config) that
	// the principal's session is assumed with.
	SessionPolicy string `yaml:"session_policy"`
	// Range is where the entry was written.
	Range source.Range `yaml:"-"`
}
