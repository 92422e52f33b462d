package cloudformation

import (
	"github.com/denylint/denylint/model"
	"github.com/denylint/denylint/source"
)

// trail reads which S3 object events an AWS::CloudTrail::Trail records,
// from EventSelectors and AdvancedEventSelectors.
func trail(b *builder, it *item) {
	t := &model.Trail{Address: it.r.address, Name: it.str("TrailName"), S3DataEvents: []model.S3DataSelector{}}
	for _, es := range items(it.props.Get("EventSelectors")) {
		rw, _ := text(es.Get("ReadWriteType"))
		if rw == "" {
			rw = "All"
		}
		for _, dr := range items(es.Get("DataResources")) {
			if typ, _ := text(dr.Get("Type")); typ == "AWS::S3::Object" {
				t.S3DataEvents = append(t.S3DataEvents, model.S3DataSelector{ReadWrite: rw, Prefixes: s3Prefixes(strs(dr.Get("Values")))})
			}
		}
	}
	for _, aes := range items(it.props.Get("AdvancedEventSelectors")) {
		if sel, ok := advancedS3Selector(items(aes.Get("FieldSelectors"))); ok {
			t.S3DataEvents = append(t.S3DataEvents, sel)
		}
	}
	b.env.Trails = append(b.env.Trails, t)
}

func items(v *source.Node) []*source.Node {
	if v == nil || v.Kind != source.Array {
		return nil
	}
	return v.Items
}

// advancedS3Selector reads an advanced event selector that selects S3 data
// events: eventCategory Data and resources.type AWS::S3::Object, narrowed
// by resources.ARN and readOnly when they are given.
func advancedS3Selector(fields []*source.Node) (model.S3DataSelector, bool) {
	sel := model.S3DataSelector{ReadWrite: "All", Prefixes: []string{}}
	data, objects := false, false
	for _, f := range fields {
		name, _ := text(f.Get("Field"))
		equals := strs(f.Get("Equals"))
		switch name {
		case "eventCategory":
			data = has(equals, "Data")
		case "resources.type":
			objects = has(equals, "AWS::S3::Object")
		case "resources.ARN":
			sel.Prefixes = append(append(sel.Prefixes, strs(f.Get("StartsWith"))...), equals...)
		case "readOnly":
			if has(equals, "true") {
				sel.ReadWrite = "ReadOnly"
			} else if has(equals, "false") {
				sel.ReadWrite = "WriteOnly"
			}
		}
	}
	return sel, data && objects
}

// s3Prefixes turns basic selector values into object ARN prefixes:
// "arn:aws:s3" (or "arn:aws:s3:::") selects every bucket.
func s3Prefixes(values []string) []string {
	out := []string{}
	for _, v := range values {
		if v == "arn:aws:s3" || v == "arn:aws:s3:::" {
			return []string{}
		}
		out = append(out, v)
	}
	return out
}

func has(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
