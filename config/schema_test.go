package config

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/open-policy-agent/opa/v1/rego"
	"go.yaml.in/yaml/v3"
)

const schemaPath = "../schemas/denylint-config.schema.json"

// goodConfigs must be accepted by both the parser and the schema.
var goodConfigs = []struct{ name, yaml string }{
	{"empty", ""},
	{"single values where lists are allowed", "exclude: vendor\nrules: {disabled: DL001}\nexpect:\n  - {principal: r, can: s3:GetObject, on: b}\n"},
	{"numbers and booleans as variables", "terraform:\n  vars: {count: 2, enabled: true}\n"},
	{"internet only", "access: {internet: true}\n"},
}

// TestSchemaAgreesWithParser runs every good and bad config through both
// the Go parser and the JSON Schema (with OPA's json.match_schema, a real
// validator): they must accept and refuse the same files.
func TestSchemaAgreesWithParser(t *testing.T) {
	t.Parallel()
	schema := readSchema(t)
	check := func(name, text string, wantValid bool) {
		_, diags := Parse(".denylint.yaml", []byte(text))
		if got := len(diags) == 0; got != wantValid {
			t.Errorf("%s: parser valid=%v, want %v: %v", name, got, wantValid, diags)
		}
		var doc any
		if err := yaml.Unmarshal([]byte(text), &doc); err != nil {
			return // not YAML: nothing for a schema to judge
		}
		if doc == nil {
			doc = map[string]any{}
		}
		valid, errs := matchSchema(t, doc, schema)
		if valid != wantValid {
			t.Errorf("%s: schema valid=%v, want %v: %v", name, valid, wantValid, errs)
		}
	}
	full, err := os.ReadFile("testdata/full.denylint.yaml")
	if err != nil {
		t.Fatal(err)
	}
	check("full example", string(full), true)
	for _, tc := range goodConfigs {
		check(tc.name, tc.yaml, true)
	}
	for _, tc := range badConfigs {
		if tc.name == "not an IP" {
			continue // JSON Schema has no format for an address-or-CIDR; the parser checks it
		}
		check(tc.name, tc.yaml, false)
	}
}

func readSchema(t *testing.T) any {
	t.Helper()
	data, err := os.ReadFile(schemaPath)
	if err != nil {
		t.Fatal(err)
	}
	var s any
	if err := json.Unmarshal(data, &s); err != nil {
		t.Fatal(err)
	}
	return s
}

func matchSchema(t *testing.T, doc, schema any) (bool, any) {
	t.Helper()
	rs, err := rego.New(
		rego.Query("[ok, errs] := json.match_schema(input.doc, input.schema)"),
		rego.Input(map[string]any{"doc": normalize(doc), "schema": schema}),
	).Eval(context.Background())
	if err != nil || len(rs) != 1 {
		t.Fatalf("match_schema: %v %v", rs, err)
	}
	return rs[0].Bindings["ok"].(bool), rs[0].Bindings["errs"]
}

// normalize makes YAML's decoded values JSON's (map keys as strings).
func normalize(v any) any {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			v[k] = normalize(x)
		}
		return v
	case []any:
		for i, x := range v {
			v[i] = normalize(x)
		}
		return v
	}
	return v
}

// TestSchemaKeys fails when a key exists in File but not in the schema, or
// the other way round, or when their kinds differ.
func TestSchemaKeys(t *testing.T) {
	t.Parallel()
	root := readSchema(t).(map[string]any)
	defs := root["definitions"].(map[string]any)
	got := map[string]string{}
	schemaKeys(root, defs, "", got)
	want := map[string]string{}
	goKeys(reflect.TypeFor[File](), "", want)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("keys (-Go +schema):\n%s", diff)
	}
}

func goKeys(t reflect.Type, path string, out map[string]string) {
	switch t.Kind() {
	case reflect.Pointer:
		goKeys(t.Elem(), path, out)
		return
	case reflect.Struct:
		for i := range t.NumField() {
			if key := yamlKey(t.Field(i)); key != "" {
				goKeys(t.Field(i).Type, join(path, key), out)
			}
		}
		if path == "" {
			return
		}
	case reflect.Map:
		goKeys(t.Elem(), path+".*", out)
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Struct {
			goKeys(t.Elem(), path+"[]", out)
		}
	}
	out[path] = kindOfType(t)
}

func kindOfType(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Struct, reflect.Map:
		return "object"
	case reflect.Slice:
		return "array"
	case reflect.Int:
		return "integer"
	case reflect.Bool:
		return "boolean"
	}
	return "string"
}

func schemaKeys(s, defs map[string]any, path string, out map[string]string) {
	s = resolve(s, defs)
	kind := schemaKind(s, defs)
	if path != "" {
		out[path] = kind
	}
	if props, ok := s["properties"].(map[string]any); ok {
		for k, v := range props {
			schemaKeys(v.(map[string]any), defs, join(path, k), out)
		}
	}
	if add, ok := s["additionalProperties"].(map[string]any); ok {
		schemaKeys(add, defs, path+".*", out)
	}
	if items, ok := s["items"].(map[string]any); ok && schemaKind(resolve(items, defs), defs) == "object" {
		schemaKeys(items, defs, path+"[]", out)
	}
}

func resolve(s, defs map[string]any) map[string]any {
	for {
		ref, ok := s["$ref"].(string)
		if !ok {
			return s
		}
		s = defs[strings.TrimPrefix(ref, "#/definitions/")].(map[string]any)
	}
}

// schemaKind is the kind a Go field must have to hold what the schema
// allows: a list when any alternative is an array, text when a scalar
// map's values may be text.
func schemaKind(s, defs map[string]any) string {
	var kinds []string
	switch ty := s["type"].(type) {
	case string:
		kinds = append(kinds, ty)
	case []any:
		for _, k := range ty {
			kinds = append(kinds, k.(string))
		}
	}
	if alts, ok := s["anyOf"].([]any); ok {
		for _, a := range alts {
			kinds = append(kinds, schemaKind(resolve(a.(map[string]any), defs), defs))
		}
	}
	sort.Strings(kinds)
	for _, k := range []string{"array", "object", "string", "integer", "boolean"} {
		if i := sort.SearchStrings(kinds, k); i < len(kinds) && kinds[i] == k {
			return k
		}
	}
	return fmt.Sprint(kinds)
}
