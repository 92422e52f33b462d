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
				t.S3DataEvents = append(t.S3DataEvents, model.S3DataSelector{ReadWrite: rw, Prefixes: model.S3Prefixes(blockStrings(dr, "values"))})
			}
		}
	}
	for _, aes := range inst.body.nested("advanced_event_selector") {
		var fields []model.TrailField
		for _, fs := range aes.nested("field_selector") {
			fields = append(fields, model.TrailField{Name: blockStr(fs, "field"), Equals: blockStrings(fs, "equals"), StartsWith: blockStrings(fs, "starts_with")})
		}
		if sel, ok := model.AdvancedS3Selector(fields); ok {
			t.S3DataEvents = append(t.S3DataEvents, sel)
		}
	}
	b.env.Trails = append(b.env.Trails, t)
}
