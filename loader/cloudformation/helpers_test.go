package cloudformation

import (
	"fmt"
	"strings"
	"testing"

	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/source"
)

// probeYAML is a template whose Probe resource's Value property is the
// expression under test, written at line probeLine, column probeColumn.
const probeYAML = `Parameters:
  Env: {Type: String, Default: prod, AllowedValues: [prod, dev]}
  Name: {Type: String}
  Subnets: {Type: CommaDelimitedList, Default: "a,b,c"}
Mappings:
  Regions:
    eu-west-1: {Ami: ami-1, Tier: gold}
    us-east-1: {Ami: ami-2, Tier: gold}
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  IsDev: !Equals [!Ref Env, dev]
  NameIsX: !Equals [!Ref Name, x]
Resources:
  Bucket: {Type: AWS::S3::Bucket, Properties: {BucketName: recordings}}
  Probe:
    Type: Test::Probe
    Properties:
      Value: %s
`

const (
	probeLine   = 18
	probeColumn = 14
)

// probeJSON is the same template in JSON, with the expression at line 18
// column 18.
const probeJSON = `{
  "Parameters": {
    "Env": {"Type": "String", "Default": "prod", "AllowedValues": ["prod", "dev"]},
    "Name": {"Type": "String"},
    "Subnets": {"Type": "CommaDelimitedList", "Default": "a,b,c"}
  },
  "Mappings": {"Regions": {"eu-west-1": {"Ami": "ami-1", "Tier": "gold"}, "us-east-1": {"Ami": "ami-2", "Tier": "gold"}}},
  "Conditions": {
    "IsProd": {"Fn::Equals": [{"Ref": "Env"}, "prod"]},
    "IsDev": {"Fn::Equals": [{"Ref": "Env"}, "dev"]},
    "NameIsX": {"Fn::Equals": [{"Ref": "Name"}, "x"]}
  },
  "Resources": {
    "Bucket": {"Type": "AWS::S3::Bucket", "Properties": {"BucketName": "recordings"}},
    "Probe": {
      "Type": "Test::Probe",
      "Properties": {
        "Value": %s
      }
    }
  }
}
`

const probeJSONColumn = 18

// evaluate loads src (named file) and returns the evaluator with every
// resource's properties evaluated, and the diagnostics.
func evaluate(t *testing.T, file, src string, opts Options) (*evaluator, map[string]*source.Node, []source.Diagnostic) {
	t.Helper()
	root, diags := parse(file, []byte(src))
	if root == nil {
		return nil, nil, diags
	}
	tm, d := readTemplate(file, root)
	diags = append(diags, d...)
	if tm == nil {
		return nil, nil, diags
	}
	tm.data = []byte(src)
	ov, d := overrides(opts)
	diags = append(diags, d...)
	d, tm.params = readParams(tm, ov)
	diags = append(diags, d...)
	e := newEvaluator(tm, opts)
	props := map[string]*source.Node{}
	for _, r := range tm.order {
		props[r.id] = e.properties(r)
	}
	return e, props, append(diags, e.diags...)
}

// show renders a value compactly: strings quoted with unknown tokens as
// <name>, an unknown value as ?name.
func show(v *source.Node) string {
	if v == nil {
		return "<novalue>"
	}
	switch v.Kind {
	case source.String:
		return fmt.Sprintf("%q", iam.Display(v.Scalar))
	case source.Unknown:
		return "?" + v.Scalar
	case source.Null:
		return "null"
	case source.Array:
		parts := make([]string, 0, len(v.Items))
		for _, item := range v.Items {
			parts = append(parts, show(item))
		}
		return "[" + strings.Join(parts, " ") + "]"
	case source.Object:
		parts := make([]string, 0, len(v.Fields))
		for _, f := range v.Fields {
			parts = append(parts, f.Key+":"+show(f.Value))
		}
		return "{" + strings.Join(parts, " ") + "}"
	}
	return v.Scalar
}

// span renders a range as line:col-line:col.
func span(r source.Range) string {
	return fmt.Sprintf("%d:%d-%d:%d", r.Start.Line, r.Start.Column, r.End.Line, r.End.Column)
}

func summaries(diags []source.Diagnostic) []string {
	var out []string
	for _, d := range diags {
		out = append(out, fmt.Sprintf("%s %d:%d %s", d.Severity, d.Range.Start.Line, d.Range.Start.Column, d.Summary))
	}
	return out
}
