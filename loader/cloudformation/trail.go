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
				t.S3DataEvents = append(t.S3DataEvents, model.S3DataSelector{ReadWrite: rw, Prefixes: model.S3Prefixes(strs(dr.Get("Values")))})
			}
		}
	}
	for _, aes := range items(it.props.Get("AdvancedEventSelectors")) {
		var fields []model.TrailField
		for _, f := range items(aes.Get("FieldSelectors")) {
			name, _ := text(f.Get("Field"))
			fields = append(fields, model.TrailField{Name: name, Equals: strs(f.Get("Equals")), StartsWith: strs(f.Get("StartsWith"))})
		}
		if sel, ok := model.AdvancedS3Selector(fields); ok {
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
