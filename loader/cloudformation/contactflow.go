package cloudformation

import (
	"encoding/json"

	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/model"
	"github.com/denylint/denylint/source"
)

// contactFlow is AWS::Connect::ContactFlow and ContactFlowModule. Content
// is the flow as a JSON string (often built with Fn::Sub); what matters is
// its UpdateContactRecordingBehavior actions.
func contactFlow(b *builder, it *item) {
	f := &model.ContactFlow{Address: it.r.address, Name: it.str("Name"), Type: it.str("Type")}
	if it.r.typ == "AWS::Connect::ContactFlowModule" {
		f.Type = "MODULE"
	}
	f.ContentKnown, f.RecordingActions = recordingActions(it.props.Get("Content"))
	arn := it.str("InstanceArn")
	b.later = append(b.later, func() {
		in := b.instance(it, arn)
		in.ContactFlows = append(in.ContactFlows, f)
	})
}

// recordingActions reads a flow's content. Flows are often one long line
// of JSON, so this reads it without positions, which no rule needs.
func recordingActions(content *source.Node) (bool, []model.RecordingAction) {
	var flow struct {
		Actions []struct {
			Identifier string
			Type       string
			Parameters struct {
				RecordingBehavior struct {
					RecordedParticipants []string
				}
			}
		}
	}
	switch {
	case content == nil:
		return false, nil
	case content.Kind == source.String:
		if json.Unmarshal([]byte(content.Scalar), &flow) != nil {
			return false, nil
		}
	default:
		data, known := plain(content)
		b, err := json.Marshal(data)
		if !known || err != nil || json.Unmarshal(b, &flow) != nil {
			return false, nil
		}
	}
	known := true
	var out []model.RecordingAction
	for _, a := range flow.Actions {
		if !iam.IsKnown(a.Type) {
			known = false
		}
		if a.Type != "UpdateContactRecordingBehavior" {
			continue
		}
		participants := a.Parameters.RecordingBehavior.RecordedParticipants
		if participants == nil {
			participants = []string{}
		}
		out = append(out, model.RecordingAction{Identifier: a.Identifier, VoiceParticipants: participants})
	}
	return known, out
}
