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
	var flow struct{ Actions []json.RawMessage }
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
	for _, raw := range flow.Actions {
		a, ok := readAction(raw)
		if !ok || !iam.IsKnown(a.Type) {
			known = false
		}
		if a.Type == "UpdateContactRecordingBehavior" {
			out = append(out, model.RecordingAction{Identifier: a.Identifier, VoiceParticipants: a.participants()})
		}
	}
	return known, out
}

// action is the part of a flow action that says what it records. Other
// actions may shape their parameters differently, so each is read alone.
type action struct {
	Identifier string
	Type       string
	Parameters struct {
		RecordingBehavior struct {
			RecordedParticipants []string
		}
	}
}

func readAction(raw json.RawMessage) (action, bool) {
	var head struct{ Identifier, Type any }
	if json.Unmarshal(raw, &head) != nil {
		return action{}, false
	}
	var a action
	a.Identifier, _ = head.Identifier.(string)
	a.Type, _ = head.Type.(string)
	if a.Type != "UpdateContactRecordingBehavior" {
		return a, true
	}
	err := json.Unmarshal(raw, &a)
	return a, err == nil
}

func (a action) participants() []string {
	if p := a.Parameters.RecordingBehavior.RecordedParticipants; p != nil {
		return p
	}
	return []string{}
}
