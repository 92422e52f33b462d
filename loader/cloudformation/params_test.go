package cloudformation

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const paramsYAML = `Parameters:
  Env:
    Type: String
    Default: dev
    AllowedValues: [dev, prod]
  Bucket:
    Type: String
  Ids:
    Type: List<String>
  Version:
    Type: AWS::SSM::Parameter::Value<String>
    Default: /cdk-bootstrap/version
Resources:
  Probe:
    Type: Test::Probe
    Properties:
      Env: !Ref Env
      Bucket: !Ref Bucket
      Ids: !Ref Ids
      Version: !Ref Version
      Region: !Ref AWS::Region
`

func TestParameterPrecedence(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	cli := filepath.Join(dir, "cli.json")
	pipeline := filepath.Join(dir, "pipeline.json")
	write(t, cli, `[{"ParameterKey": "Env", "ParameterValue": "prod"}, {"ParameterKey": "Bucket", "ParameterValue": "from-cli-file"}]`)
	write(t, pipeline, `{"Parameters": {"Bucket": "from-pipeline-file", "Ids": "a, b"}}`)
	cases := []struct {
		name  string
		opts  Options
		want  map[string]string
		diags []string
	}{
		{name: "defaults only", want: map[string]string{
			"Env": `"dev"`, "Bucket": `"<t.yaml#Bucket>"`, "Ids": "?t.yaml#Ids",
			"Version": `"<ssm:/cdk-bootstrap/version>"`, "Region": `"<AWS::Region>"`,
		}},
		{name: "CLI file over default", opts: Options{ParamFiles: []string{cli}}, want: map[string]string{
			"Env": `"prod"`, "Bucket": `"from-cli-file"`, "Ids": "?t.yaml#Ids",
			"Version": `"<ssm:/cdk-bootstrap/version>"`, "Region": `"<AWS::Region>"`,
		}},
		{name: "later file wins", opts: Options{ParamFiles: []string{cli, pipeline}}, want: map[string]string{
			"Env": `"prod"`, "Bucket": `"from-pipeline-file"`, "Ids": `["a" "b"]`,
			"Version": `"<ssm:/cdk-bootstrap/version>"`, "Region": `"<AWS::Region>"`,
		}},
		{name: "--param over files", opts: Options{
			ParamFiles: []string{cli, pipeline},
			Params:     map[string]string{"Bucket": "from-flag", "AWS::Region": "eu-west-2", "Unrelated": "x"},
		}, want: map[string]string{
			"Env": `"prod"`, "Bucket": `"from-flag"`, "Ids": `["a" "b"]`,
			"Version": `"<ssm:/cdk-bootstrap/version>"`, "Region": `"eu-west-2"`,
		}},
		{name: "value outside AllowedValues", opts: Options{Params: map[string]string{"Env": "test"}},
			want: map[string]string{
				"Env": `"test"`, "Bucket": `"<t.yaml#Bucket>"`, "Ids": "?t.yaml#Ids",
				"Version": `"<ssm:/cdk-bootstrap/version>"`, "Region": `"<AWS::Region>"`,
			},
			diags: []string{`error 2:3 parameter Env value "test" is not allowed`}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			_, props, diags := evaluate(t, "t.yaml", paramsYAML, c.opts)
			got := map[string]string{}
			for _, f := range props["Probe"].Fields {
				got[f.Key] = show(f.Value)
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("values (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(c.diags, summaries(diags)); diff != "" {
				t.Errorf("diagnostics (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParameterFileValueLocatesNotAllowed(t *testing.T) {
	t.Parallel()
	file := filepath.Join(t.TempDir(), "params.json")
	write(t, file, "[\n  {\"ParameterKey\": \"Env\", \"ParameterValue\": \"qa\"}\n]\n")
	_, _, diags := evaluate(t, "t.yaml", paramsYAML, Options{ParamFiles: []string{file}})
	if len(diags) != 1 || diags[0].Range.File != file || diags[0].Range.Start.Line != 2 || diags[0].Range.Start.Column != 45 {
		t.Errorf("diagnostics = %v, want one at %s:2:45", diags, file)
	}
}

func TestBadParameterFiles(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	cases := []struct {
		name, content string
		want          []string
	}{
		{name: "invalid JSON", content: "[{", want: []string{"error 1:3 invalid JSON: unexpected end of document"}},
		{name: "wrong shape", content: `"x"`, want: []string{"error 1:1 parameters file has an unknown shape"}},
		{name: "entry without key", content: `[{"ParameterValue": "x"}]`, want: []string{"warning 1:2 parameter entry without ParameterKey and ParameterValue"}},
		{name: "missing file", want: []string{"error 1:1 cannot read parameters file"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			path := filepath.Join(dir, c.name+".json")
			if c.content != "" {
				write(t, path, c.content)
			}
			_, diags := overrides(Options{ParamFiles: []string{path}})
			if diff := cmp.Diff(c.want, summaries(diags)); diff != "" {
				t.Errorf("diagnostics (-want +got):\n%s", diff)
			}
		})
	}
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
}
