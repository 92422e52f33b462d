package model

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestAdvancedS3Selector(t *testing.T) {
	t.Parallel()
	data := TrailField{Name: "eventCategory", Equals: []string{"Data"}}
	objects := TrailField{Name: "resources.type", Equals: []string{"AWS::S3::Object"}}
	tests := []struct {
		name   string
		fields []TrailField
		want   S3DataSelector
		ok     bool
	}{
		{"every object", []TrailField{data, objects}, S3DataSelector{ReadWrite: "All", Prefixes: []string{}}, true},
		{"one bucket's reads", []TrailField{data, objects,
			{Name: "resources.ARN", StartsWith: []string{"arn:aws:s3:::rec/"}}, {Name: "readOnly", Equals: []string{"true"}}},
			S3DataSelector{ReadWrite: "ReadOnly", Prefixes: []string{"arn:aws:s3:::rec/"}}, true},
		{"writes only", []TrailField{data, objects, {Name: "readOnly", Equals: []string{"false"}}},
			S3DataSelector{ReadWrite: "WriteOnly", Prefixes: []string{}}, true},
		{"management events", []TrailField{{Name: "eventCategory", Equals: []string{"Management"}}}, S3DataSelector{ReadWrite: "All", Prefixes: []string{}}, false},
		{"another data type", []TrailField{data, {Name: "resources.type", Equals: []string{"AWS::Lambda::Function"}}}, S3DataSelector{ReadWrite: "All", Prefixes: []string{}}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got, ok := AdvancedS3Selector(tc.fields)
			if ok != tc.ok {
				t.Fatalf("selects S3 data events: %v, want %v", ok, tc.ok)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("selector (-want +got):\n%s", diff)
			}
		})
	}
}

func TestS3Prefixes(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name         string
		values, want []string
	}{
		{"every bucket", []string{"arn:aws:s3"}, []string{}},
		{"every bucket, long form", []string{"arn:aws:s3:::", "arn:aws:s3:::rec/"}, []string{}},
		{"two buckets", []string{"arn:aws:s3:::a/", "arn:aws:s3:::b/x"}, []string{"arn:aws:s3:::a/", "arn:aws:s3:::b/x"}},
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.want, S3Prefixes(tc.values)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
	}
}
