package model

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
