package terraform

import "github.com/denylint/denylint/model"

// buildTrail reads which S3 object events an aws_cloudtrail records, from
// basic event selectors and advanced ones.
func buildTrail(b *builder, inst *instance) {
	t := &model.Trail{Address: inst.addr, Name: str(inst, "name"), S3DataEvents: []model.S3DataSelector{}}
	for _, es := range inst.body.nested("event_selector") {
		rw := blockStr(es, "read_write_type")
		if rw == "" {
			rw = "All"
		}
		for _, dr := range es.nested("data_resource") {
			if blockStr(dr, "type") == "AWS::S3::Object" {
				t.S3DataEvents = append(t.S3DataEvents, model.S3DataSelector{ReadWrite: rw, Prefixes: s3Prefixes(blockStrings(dr, "values"))})
			}
		}
	}
	for _, aes := range inst.body.nested("advanced_event_selector") {
		var fields []advancedField
		for _, fs := range aes.nested("field_selector") {
			fields = append(fields, advancedField{name: blockStr(fs, "field"), equals: blockStrings(fs, "equals"), startsWith: blockStrings(fs, "starts_with")})
		}
		if sel, ok := advancedS3Selector(fields); ok {
			t.S3DataEvents = append(t.S3DataEvents, sel)
		}
	}
	b.env.Trails = append(b.env.Trails, t)
}

// advancedField is one field selector of an advanced event selector.
type advancedField struct {
	name               string
	equals, startsWith []string
}

// advancedS3Selector reads an advanced event selector that selects S3 data
// events: eventCategory Data and resources.type AWS::S3::Object, narrowed
// by resources.ARN and readOnly when they are given.
func advancedS3Selector(fields []advancedField) (model.S3DataSelector, bool) {
	sel := model.S3DataSelector{ReadWrite: "All", Prefixes: []string{}}
	data, objects := false, false
	for _, f := range fields {
		switch f.name {
		case "eventCategory":
			data = contains(f.equals, "Data")
		case "resources.type":
			objects = contains(f.equals, "AWS::S3::Object")
		case "resources.ARN":
			sel.Prefixes = append(append(sel.Prefixes, f.startsWith...), f.equals...)
		case "readOnly":
			if contains(f.equals, "true") {
				sel.ReadWrite = "ReadOnly"
			} else if contains(f.equals, "false") {
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

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
