package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/denylint/denylint/finding"
)

const schemaPath = "../schemas/denylint-output.schema.json"

// schema is the subset of JSON Schema that the output schema uses; the
// validator below refuses any keyword outside it, so the schema cannot grow
// a constraint that goes silently unchecked.
type schema struct {
	Schema      string             `json:"$schema"`
	ID          string             `json:"$id"`
	Title       string             `json:"title"`
	Description string             `json:"description"`
	Ref         string             `json:"$ref"`
	Defs        map[string]*schema `json:"$defs"`
	Type        string             `json:"type"`
	Required    []string           `json:"required"`
	Properties  map[string]*schema `json:"properties"`
	Additional  *bool              `json:"additionalProperties"`
	Items       *schema            `json:"items"`
	Enum        []any              `json:"enum"`
	Const       any                `json:"const"`
	Minimum     *float64           `json:"minimum"`
	MinLength   *int               `json:"minLength"`
}

func loadSchema(t *testing.T) *schema {
	t.Helper()
	data, err := os.ReadFile(schemaPath)
	if err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var s schema
	if err := dec.Decode(&s); err != nil {
		t.Fatalf("schema uses a keyword the test validator does not know: %v", err)
	}
	return &s
}

// validate returns one message per violation, each prefixed with the JSON
// path of the offending value.
func (s *schema) validate(root *schema, v any, at string) []string {
	if s.Ref != "" {
		return root.Defs[strings.TrimPrefix(s.Ref, "#/$defs/")].validate(root, v, at)
	}
	if msg := s.checkValue(v); msg != "" {
		return []string{at + ": " + msg}
	}
	switch v := v.(type) {
	case map[string]any:
		return s.validateObject(root, v, at)
	case []any:
		var errs []string
		for i, item := range v {
			if s.Items != nil {
				errs = append(errs, s.Items.validate(root, item, fmt.Sprintf("%s[%d]", at, i))...)
			}
		}
		return errs
	}
	return nil
}

func (s *schema) validateObject(root *schema, v map[string]any, at string) []string {
	var errs []string
	for _, name := range s.Required {
		if _, ok := v[name]; !ok {
			errs = append(errs, fmt.Sprintf("%s: missing %q", at, name))
		}
	}
	names := make([]string, 0, len(v))
	for name := range v {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		prop, ok := s.Properties[name]
		switch {
		case ok:
			errs = append(errs, prop.validate(root, v[name], at+"."+name)...)
		case s.Additional != nil && !*s.Additional:
			errs = append(errs, fmt.Sprintf("%s: unexpected %q", at, name))
		}
	}
	return errs
}

// checkValue checks the keywords that look at the value itself.
func (s *schema) checkValue(v any) string {
	if s.Type != "" && jsonType(v) != s.Type && (s.Type != "number" || jsonType(v) != "integer") {
		return fmt.Sprintf("is %s, want %s", jsonType(v), s.Type)
	}
	if s.Const != nil && !reflect.DeepEqual(v, s.Const) {
		return fmt.Sprintf("is %v, want %v", v, s.Const)
	}
	if len(s.Enum) > 0 && !contains(s.Enum, v) {
		return fmt.Sprintf("%v is not one of %v", v, s.Enum)
	}
	if n, ok := v.(float64); ok && s.Minimum != nil && n < *s.Minimum {
		return fmt.Sprintf("%v is below %v", n, *s.Minimum)
	}
	if str, ok := v.(string); ok && s.MinLength != nil && len([]rune(str)) < *s.MinLength {
		return fmt.Sprintf("%q is shorter than %d", str, *s.MinLength)
	}
	return ""
}

func jsonType(v any) string {
	switch v := v.(type) {
	case nil:
		return "null"
	case bool:
		return "boolean"
	case string:
		return "string"
	case float64:
		if v == float64(int64(v)) {
			return "integer"
		}
		return "number"
	case []any:
		return "array"
	}
	return "object"
}

func contains(list []any, v any) bool {
	for _, item := range list {
		if reflect.DeepEqual(item, v) {
			return true
		}
	}
	return false
}

func validateJSON(t *testing.T, s *schema, data []byte) []string {
	t.Helper()
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	return s.validate(s, v, "$")
}

func TestGoldenJSONMatchesSchema(t *testing.T) {
	t.Parallel()
	s := loadSchema(t)
	for _, res := range []*finding.Result{fixture(), {}} {
		var buf bytes.Buffer
		if err := (JSON{}).Format(&buf, res, Options{}); err != nil {
			t.Fatal(err)
		}
		if errs := validateJSON(t, s, buf.Bytes()); len(errs) > 0 {
			t.Errorf("output does not match %s:\n%s", schemaPath, strings.Join(errs, "\n"))
		}
	}
	golden, err := os.ReadFile("testdata/fixture.json")
	if err != nil {
		t.Fatal(err)
	}
	if errs := validateJSON(t, s, golden); len(errs) > 0 {
		t.Errorf("golden file does not match the schema:\n%s", strings.Join(errs, "\n"))
	}
}

// TestSchemaValidatorRejects shows the validator is not a rubber stamp:
// each broken document must draw exactly the expected complaint.
func TestSchemaValidatorRejects(t *testing.T) {
	t.Parallel()
	s := loadSchema(t)
	const loc = `{"path":"a.tf","start_line":1,"start_column":1,"end_line":1,"end_column":2,"start_byte":0,"end_byte":1}`
	const f = `"rule_id":"DL001","root_cause":"scp","severity":"error","message":"m","principal":"p",` +
		`"action":"a","resource":"r","denied_by":"scp","fix":"x","location":` + loc + `,"fingerprint":"f"`
	tests := []struct {
		name string
		doc  string
		want []string
	}{
		{name: "valid", doc: `{"version":1,"findings":[{` + f + `,"related_locations":[]}],"diagnostics":[]}`},
		{name: "null findings", doc: `{"version":1,"findings":null,"diagnostics":[]}`,
			want: []string{"$.findings: is null, want array"}},
		{name: "wrong version", doc: `{"version":2,"findings":[],"diagnostics":[]}`,
			want: []string{"$.version: is 2, want 1"}},
		{name: "missing related locations", doc: `{"version":1,"findings":[{` + f + `}],"diagnostics":[]}`,
			want: []string{`$.findings[0]: missing "related_locations"`}},
		{name: "unknown root cause", doc: `{"version":1,"findings":[{` + strings.Replace(f, `"scp"`, `"dns"`, 1) + `,"related_locations":[]}],"diagnostics":[]}`,
			want: []string{"$.findings[0].root_cause: dns is not one of [identity_policy bucket_policy block_public_access connect_service_role kms_key_policy object_ownership recording_disabled scp rcp vpc_endpoint_policy permissions_boundary session_policy region_endpoint object_lock requester_pays policy_syntax]"}},
		{name: "undocumented field", doc: `{"version":1,"findings":[],"diagnostics":[{"severity":"note","summary":"s","location":` + loc + `,"extra":true}]}`,
			want: []string{`$.diagnostics[0]: unexpected "extra"`}},
		{name: "negative line", doc: `{"version":1,"findings":[],"diagnostics":[{"severity":"fatal","summary":"s","location":` + strings.Replace(loc, `"start_line":1`, `"start_line":-1`, 1) + `}]}`,
			want: []string{"$.diagnostics[0].location.start_line: -1 is below 0", "$.diagnostics[0].severity: fatal is not one of [error warning note]"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := validateJSON(t, s, []byte(tt.doc))
			sort.Strings(got)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("violations (-want +got):\n%s", diff)
			}
		})
	}
}

// TestSchemaDescribesEveryField keeps the schema in step with the Go types:
// a field added to finding.Finding must be added to the schema too.
func TestSchemaDescribesEveryField(t *testing.T) {
	t.Parallel()
	s := loadSchema(t)
	tests := []struct {
		name string
		typ  reflect.Type
		def  string
	}{
		{name: "finding", typ: reflect.TypeFor[finding.Finding](), def: "finding"},
		{name: "related location", typ: reflect.TypeFor[finding.Related](), def: "related_location"},
		{name: "location", typ: reflect.TypeFor[finding.Location](), def: "location"},
		{name: "diagnostic", typ: reflect.TypeFor[finding.Diagnostic](), def: "diagnostic"},
		{name: "suppression", typ: reflect.TypeFor[finding.Suppression](), def: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			def := s.Defs[tt.def]
			if tt.def == "" {
				def = s.Defs["finding"].Properties["suppression"]
			}
			var want []string
			for name := range def.Properties {
				want = append(want, name)
			}
			sort.Strings(want)
			if diff := cmp.Diff(want, jsonFields(tt.typ)); diff != "" {
				t.Errorf("schema properties vs Go json fields (-schema +go):\n%s", diff)
			}
		})
	}
}

// jsonFields lists the JSON member names of a struct, embedded structs
// flattened, sorted.
func jsonFields(typ reflect.Type) []string {
	var names []string
	for f := range typ.Fields() {
		tag := f.Tag.Get("json")
		name, _, _ := strings.Cut(tag, ",")
		switch {
		case name == "-":
		case f.Anonymous && name == "":
			names = append(names, jsonFields(f.Type)...)
		case name == "":
			names = append(names, f.Name)
		default:
			names = append(names, name)
		}
	}
	sort.Strings(names)
	return names
}
