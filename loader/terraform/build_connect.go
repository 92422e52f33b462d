package terraform

import (
	"encoding/json"

	"github.com/denylint/denylint/model"
	"github.com/zclconf/go-cty/cty"
)

func buildConnectInstance(b *builder, inst *instance) {
	ci := &model.ConnectInstance{
		Resource: b.resource(inst), ID: str(inst, "id"), Alias: str(inst, "instance_alias"),
		ARN: str(inst, "arn"), ServiceRole: str(inst, "service_role"),
		StorageConfigs: []*model.StorageConfig{}, ContactFlows: []*model.ContactFlow{},
	}
	b.env.ConnectInstances = append(b.env.ConnectInstances, ci)
	b.idx.instances[ci.ID] = ci
	b.idx.instances[ci.ARN] = ci
}

// connectInstance finds the instance an attachment names in instance_id,
// which may be an id or an "instance_id:association_id" pair.
func (b *builder) connectInstance(inst *instance) *model.ConnectInstance {
	return b.idx.instances[str(inst, "instance_id")]
}

func attachStorageConfig(b *builder, inst *instance) {
	ci := b.connectInstance(inst)
	if ci == nil {
		return
	}
	sc := &model.StorageConfig{Address: inst.addr, ResourceType: str(inst, "resource_type")}
	if cfg := first(inst.body, "storage_config"); cfg != nil {
		sc.StorageType = blockStr(cfg, "storage_type")
		if s3 := first(cfg, "s3_config"); s3 != nil {
			sc.BucketName, sc.Prefix = blockStr(s3, "bucket_name"), blockStr(s3, "bucket_prefix")
			if enc := first(s3, "encryption_config"); enc != nil {
				sc.EncryptionType, sc.KMSKeyID = blockStr(enc, "encryption_type"), blockStr(enc, "key_id")
			}
		}
	}
	ci.StorageConfigs = append(ci.StorageConfigs, sc)
}

// attachContactFlow reads a flow's content for the actions that turn call
// recording on or off.
func attachContactFlow(b *builder, inst *instance) {
	ci := b.connectInstance(inst)
	if ci == nil {
		return
	}
	cf := &model.ContactFlow{Address: inst.addr, Name: str(inst, "name"), Type: str(inst, "type"), RecordingActions: []model.RecordingAction{}}
	if cf.Type == "" && inst.res.cfg.typ == "aws_connect_contact_flow_module" {
		cf.Type = "MODULE"
	}
	content := attrOr(inst, "content")
	if content.IsNull() {
		if name := str(inst, "filename"); name != "" {
			content = b.readFlow(inst, name)
		}
	}
	if content.IsKnown() && !content.IsNull() && content.Type() == cty.String {
		cf.RecordingActions, cf.ContentKnown = recordingActions(content.AsString())
	}
	ci.ContactFlows = append(ci.ContactFlows, cf)
}

func (b *builder) readFlow(inst *instance, name string) cty.Value {
	fn, ok := inst.res.mod.funcs["file"]
	if !ok {
		return cty.NullVal(cty.String)
	}
	v, err := fn.Call([]cty.Value{cty.StringVal(name)})
	if err != nil {
		return cty.NullVal(cty.String)
	}
	return v
}

type flowContent struct {
	Actions []struct {
		Identifier string `json:"Identifier"`
		Type       string `json:"Type"`
		Parameters struct {
			RecordingBehavior struct {
				RecordedParticipants []string `json:"RecordedParticipants"`
			} `json:"RecordingBehavior"`
		} `json:"Parameters"`
	} `json:"Actions"`
}

func recordingActions(content string) ([]model.RecordingAction, bool) {
	var fc flowContent
	if err := json.Unmarshal([]byte(content), &fc); err != nil {
		return []model.RecordingAction{}, false
	}
	out := []model.RecordingAction{}
	for _, a := range fc.Actions {
		if a.Type != "UpdateContactRecordingBehavior" {
			continue
		}
		who := a.Parameters.RecordingBehavior.RecordedParticipants
		if who == nil {
			who = []string{}
		}
		out = append(out, model.RecordingAction{Identifier: a.Identifier, VoiceParticipants: who})
	}
	return out, true
}
