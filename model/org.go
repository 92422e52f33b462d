package model

// Organization is the AWS Organizations structure the estate declares.
type Organization struct {
	Address string `json:"address,omitempty"`
	ID      string `json:"id"`
	// RootID is the id of the organisation root ("r-…"), usually unknown.
	RootID            string     `json:"root_id"`
	ManagementAccount string     `json:"management_account,omitempty"`
	Units             []*OrgUnit `json:"units"`
	Accounts          []*Account `json:"accounts"`
}

// OrgUnit is an organisational unit.
type OrgUnit struct {
	Address  string `json:"address"`
	ID       string `json:"id"`
	Name     string `json:"name"`
	ParentID string `json:"parent_id"`
}

// Account is a member account of the organisation.
type Account struct {
	Address  string `json:"address"`
	ID       string `json:"id"`
	Name     string `json:"name"`
	ParentID string `json:"parent_id"`
}

// OrgPolicy is a service or resource control policy with its targets.
type OrgPolicy struct {
	Address string `json:"address"`
	Name    string `json:"name"`
	// Type is SERVICE_CONTROL_POLICY or RESOURCE_CONTROL_POLICY.
	Type      string     `json:"type"`
	Policy    *PolicyDoc `json:"policy"`
	TargetIDs []string   `json:"target_ids"`
}
