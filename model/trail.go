package model

import "slices"

// Trail is a CloudTrail trail and the S3 data events it records.
type Trail struct {
	Address string `json:"address"`
	Name    string `json:"name"`
	// S3DataEvents are the trail's selectors of S3 object events.
	S3DataEvents []S3DataSelector `json:"s3_data_events"`
}

// S3DataSelector selects S3 object-level events.
type S3DataSelector struct {
	// ReadWrite is All, ReadOnly or WriteOnly.
	ReadWrite string `json:"read_write"`
	// Prefixes are the object ARN prefixes covered; empty means every
	// bucket.
	Prefixes []string `json:"prefixes"`
}

// TrailField is one field selector of an advanced event selector.
type TrailField struct {
	Name               string
	Equals, StartsWith []string
}

// AdvancedS3Selector reads an advanced event selector that selects S3 data
// events: eventCategory Data and resources.type AWS::S3::Object, narrowed
// by resources.ARN and readOnly when they are given. Both loaders read
// their syntax into fields and share this meaning.
func AdvancedS3Selector(fields []TrailField) (S3DataSelector, bool) {
	sel := S3DataSelector{ReadWrite: "All", Prefixes: []string{}}
	data, objects := false, false
	for _, f := range fields {
		switch f.Name {
		case "eventCategory":
			data = slices.Contains(f.Equals, "Data")
		case "resources.type":
			objects = slices.Contains(f.Equals, "AWS::S3::Object")
		case "resources.ARN":
			sel.Prefixes = append(append(sel.Prefixes, f.StartsWith...), f.Equals...)
		case "readOnly":
			if slices.Contains(f.Equals, "true") {
				sel.ReadWrite = "ReadOnly"
			} else if slices.Contains(f.Equals, "false") {
				sel.ReadWrite = "WriteOnly"
			}
		}
	}
	return sel, data && objects
}

// S3Prefixes turns a basic selector's values into object ARN prefixes:
// "arn:aws:s3" (or "arn:aws:s3:::") selects every bucket, which an empty
// list says.
func S3Prefixes(values []string) []string {
	out := []string{}
	for _, v := range values {
		if v == "arn:aws:s3" || v == "arn:aws:s3:::" {
			return []string{}
		}
		out = append(out, v)
	}
	return out
}
