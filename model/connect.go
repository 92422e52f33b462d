package model

// ConnectInstance is an Amazon Connect instance with its storage and flows.
type ConnectInstance struct {
	Resource
	ID    string `json:"id"`
	Alias string `json:"alias,omitempty"`
	ARN   string `json:"arn"`
	// ServiceRole is the ARN Connect writes recordings as: the instance's
	// service-linked role, or a legacy custom role named in the config.
	ServiceRole    string           `json:"service_role"`
	StorageConfigs []*StorageConfig `json:"storage_configs"`
	ContactFlows   []*ContactFlow   `json:"contact_flows"`
}

// StorageConfig is one instance storage association.
type StorageConfig struct {
	Address string `json:"address"`
	// ResourceType is CALL_RECORDINGS, CHAT_TRANSCRIPTS, …
	ResourceType string `json:"resource_type"`
	// StorageType is S3, KINESIS_STREAM, …
	StorageType string `json:"storage_type"`
	BucketName  string `json:"bucket_name,omitempty"`
	Prefix      string `json:"prefix,omitempty"`
	// EncryptionType is KMS when KMSKeyID is set.
	EncryptionType string `json:"encryption_type,omitempty"`
	KMSKeyID       string `json:"kms_key_id,omitempty"`
}

// ContactFlow is a contact flow (or flow module) and what it does about
// recording.
type ContactFlow struct {
	Address string `json:"address"`
	Name    string `json:"name"`
	Type    string `json:"type"`
	// ContentKnown is false when the flow's content could not be read.
	ContentKnown bool `json:"content_known"`
	// RecordingActions are the UpdateContactRecordingBehavior actions of
	// the flow, in order.
	RecordingActions []RecordingAction `json:"recording_actions"`
}

// RecordingAction is one UpdateContactRecordingBehavior action.
type RecordingAction struct {
	Identifier string `json:"identifier"`
	// VoiceParticipants are the recorded participants for voice: Agent,
	// Customer; empty means recording is turned off.
	VoiceParticipants []string `json:"voice_participants"`
}
