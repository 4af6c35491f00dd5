// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package disputes

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// FaultDisputesDispute is an auto generated low-level Go binding around an user-defined struct.
type FaultDisputesDispute struct {
	Provider          common.Address
	SilentSince       uint32
	ExecuteAfter      uint32
	State             uint8
	ChallengeWindow   *big.Int
	Client            common.Address
	Amount            *big.Int
	Compensation      *big.Int
	Bond              *big.Int
	ObservedAt        uint32
	PrevIncidentUntil uint32
	JobId             *big.Int
	Round             *big.Int
	Reporters         []common.Address
}

// FaultDisputesFaultReport is an auto generated low-level Go binding around an user-defined struct.
type FaultDisputesFaultReport struct {
	JobId       *big.Int
	Round       *big.Int
	Provider    common.Address
	SilentSince *big.Int
	ObservedAt  *big.Int
}

// FaultDisputesHeartbeatAck is an auto generated low-level Go binding around an user-defined struct.
type FaultDisputesHeartbeatAck struct {
	Provider  common.Address
	Timestamp *big.Int
}

// FaultDisputesParams is an auto generated low-level Go binding around an user-defined struct.
type FaultDisputesParams struct {
	Quorum       uint8
	ReporterBond *big.Int
}

// FaultDisputesMetaData contains all meta data concerning the FaultDisputes contract.
var FaultDisputesMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"escrow_\",\"type\":\"address\",\"internalType\":\"contractAuctionEscrow\"},{\"name\":\"staking_\",\"type\":\"address\",\"internalType\":\"contractIProviderStaking\"},{\"name\":\"admin\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"adminTransferDelay\",\"type\":\"uint48\",\"internalType\":\"uint48\"},{\"name\":\"params_\",\"type\":\"tuple\",\"internalType\":\"structFaultDisputes.Params\",\"components\":[{\"name\":\"quorum\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"reporterBond\",\"type\":\"uint96\",\"internalType\":\"uint96\"}]}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"FAULT_REPORT_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"HEARTBEAT_ACK_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_QUORUM\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"acceptDefaultAdminTransfer\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"ackDigest\",\"inputs\":[{\"name\":\"ack\",\"type\":\"tuple\",\"internalType\":\"structFaultDisputes.HeartbeatAck\",\"components\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"timestamp\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"beginDefaultAdminTransfer\",\"inputs\":[{\"name\":\"newAdmin\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"cancelDefaultAdminTransfer\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"challenge\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"ack\",\"type\":\"tuple\",\"internalType\":\"structFaultDisputes.HeartbeatAck\",\"components\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"timestamp\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"signature\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"changeDefaultAdminDelay\",\"inputs\":[{\"name\":\"newDelay\",\"type\":\"uint48\",\"internalType\":\"uint48\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"defaultAdmin\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"defaultAdminDelay\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint48\",\"internalType\":\"uint48\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"defaultAdminDelayIncreaseWait\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint48\",\"internalType\":\"uint48\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"disputeOfRound\",\"inputs\":[{\"name\":\"roundKey\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"eip712Domain\",\"inputs\":[],\"outputs\":[{\"name\":\"fields\",\"type\":\"bytes1\",\"internalType\":\"bytes1\"},{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"version\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"chainId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"verifyingContract\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"extensions\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"escrow\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractAuctionEscrow\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"execute\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"getDispute\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structFaultDisputes.Dispute\",\"components\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"silentSince\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"executeAfter\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"state\",\"type\":\"uint8\",\"internalType\":\"enumFaultDisputes.DisputeState\"},{\"name\":\"challengeWindow\",\"type\":\"uint24\",\"internalType\":\"uint24\"},{\"name\":\"client\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"compensation\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"bond\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"observedAt\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"prevIncidentUntil\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"reporters\",\"type\":\"address[]\",\"internalType\":\"address[]\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"incidentUntil\",\"inputs\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"nextDisputeId\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"params\",\"inputs\":[],\"outputs\":[{\"name\":\"quorum\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"reporterBond\",\"type\":\"uint96\",\"internalType\":\"uint96\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingDefaultAdmin\",\"inputs\":[],\"outputs\":[{\"name\":\"newAdmin\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"schedule\",\"type\":\"uint48\",\"internalType\":\"uint48\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingDefaultAdminDelay\",\"inputs\":[],\"outputs\":[{\"name\":\"newDelay\",\"type\":\"uint48\",\"internalType\":\"uint48\"},{\"name\":\"schedule\",\"type\":\"uint48\",\"internalType\":\"uint48\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"reportDigest\",\"inputs\":[{\"name\":\"r\",\"type\":\"tuple\",\"internalType\":\"structFaultDisputes.FaultReport\",\"components\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"silentSince\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"observedAt\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"reportFault\",\"inputs\":[{\"name\":\"r\",\"type\":\"tuple\",\"internalType\":\"structFaultDisputes.FaultReport\",\"components\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"silentSince\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"observedAt\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"signatures\",\"type\":\"bytes[]\",\"internalType\":\"bytes[]\"}],\"outputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"rollbackDefaultAdminDelay\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setParams\",\"inputs\":[{\"name\":\"p\",\"type\":\"tuple\",\"internalType\":\"structFaultDisputes.Params\",\"components\":[{\"name\":\"quorum\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"reporterBond\",\"type\":\"uint96\",\"internalType\":\"uint96\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"staking\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIProviderStaking\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"DefaultAdminDelayChangeCanceled\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DefaultAdminDelayChangeScheduled\",\"inputs\":[{\"name\":\"newDelay\",\"type\":\"uint48\",\"indexed\":false,\"internalType\":\"uint48\"},{\"name\":\"effectSchedule\",\"type\":\"uint48\",\"indexed\":false,\"internalType\":\"uint48\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DefaultAdminTransferCanceled\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DefaultAdminTransferScheduled\",\"inputs\":[{\"name\":\"newAdmin\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"acceptSchedule\",\"type\":\"uint48\",\"indexed\":false,\"internalType\":\"uint48\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EIP712DomainChanged\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"FaultReported\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"round\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"silentSince\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"compensation\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"executeAfter\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"reporters\",\"type\":\"address[]\",\"indexed\":false,\"internalType\":\"address[]\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"FaultSlashed\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"toClient\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"toTreasury\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"FaultVoided\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"ackSigner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"ackTime\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"bondsTaken\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ParamsSet\",\"inputs\":[{\"name\":\"params\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structFaultDisputes.Params\",\"components\":[{\"name\":\"quorum\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"reporterBond\",\"type\":\"uint96\",\"internalType\":\"uint96\"}]}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlEnforcedDefaultAdminDelay\",\"inputs\":[{\"name\":\"schedule\",\"type\":\"uint48\",\"internalType\":\"uint48\"}]},{\"type\":\"error\",\"name\":\"AccessControlEnforcedDefaultAdminRules\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlInvalidDefaultAdmin\",\"inputs\":[{\"name\":\"defaultAdmin\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"BondUnavailable\",\"inputs\":[{\"name\":\"reporter\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ChallengeWindow\",\"inputs\":[{\"name\":\"time\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidEvidence\",\"inputs\":[{\"name\":\"why\",\"type\":\"string\",\"internalType\":\"string\"}]},{\"type\":\"error\",\"name\":\"InvalidParams\",\"inputs\":[{\"name\":\"what\",\"type\":\"string\",\"internalType\":\"string\"}]},{\"type\":\"error\",\"name\":\"InvalidShortString\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NoQuorum\",\"inputs\":[{\"name\":\"valid\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"quorum\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NotReportable\",\"inputs\":[{\"name\":\"why\",\"type\":\"string\",\"internalType\":\"string\"}]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SafeCastOverflowedUintDowncast\",\"inputs\":[{\"name\":\"bits\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SameIncident\",\"inputs\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"incidentUntil\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"StringTooLong\",\"inputs\":[{\"name\":\"str\",\"type\":\"string\",\"internalType\":\"string\"}]},{\"type\":\"error\",\"name\":\"WrongState\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"state\",\"type\":\"uint8\",\"internalType\":\"enumFaultDisputes.DisputeState\"}]}]",
	ID:  "FaultDisputes",
	Bin: "0x6101a06040526001600655348015610015575f5ffd5b506040516149bf3803806149bf83398101604081905261003491610487565b604080518082018252601681527f47696e746f6e6963204661756c74446973707574657300000000000000000000602080830191909152825180840190935260018352603160f81b908301529083856001600160a01b0381166100b157604051636116401160e11b81525f60048201526024015b60405180910390fd5b600180546001600160d01b0316600160d01b65ffffffffffff8516021790556100da5f826101b6565b5050506100ec8261022560201b60201c565b610120526100f981610225565b61014052815160208084019190912060e052815190820120610100524660a05261018560e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b03858116610160528416610180526101ac81610262565b50505050506105c5565b5f82610212575f6101cf6002546001600160a01b031690565b6001600160a01b0316146101f657604051631fe1e13d60e11b815260040160405180910390fd5b600280546001600160a01b0319166001600160a01b0384161790555b61021c83836103c9565b90505b92915050565b5f5f829050601f8151111561024f578260405163305a27a960e01b81526004016100a8919061056a565b805161025a8261059f565b179392505050565b5f46617a691480610274575046610539145b825190915060ff16158061028e57508151601060ff909116115b806102a85750801580156102a857506002825f015160ff16105b156102df5760405163a8c278dd60e01b815260206004820152600660248201526571756f72756d60d01b60448201526064016100a8565b60208201516001600160601b03161580610317575080158015610317575068056bc75e2d6310000082602001516001600160601b0316105b156103545760405163a8c278dd60e01b815260206004820152600c60248201526b1c995c1bdc9d195c909bdb9960a21b60448201526064016100a8565b8151600580546020808601805160ff9095166001600160681b031990931683176101006001600160601b039687160217909355604080519283529251909316928101929092527f9446c4707a9e4633c08463c8c3477b43e12db157c56f179ceca38e4c36be0e8f910160405180910390a15050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610469575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556104213390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161021f565b505f61021f565b6001600160a01b0381168114610484575f5ffd5b50565b5f5f5f5f5f85870360c081121561049c575f5ffd5b86516104a781610470565b60208801519096506104b881610470565b60408801519095506104c981610470565b606088015190945065ffffffffffff811681146104e4575f5ffd5b92506040607f19820112156104f7575f5ffd5b50604080519081016001600160401b038111828210171561052657634e487b7160e01b5f52604160045260245ffd5b604052608087015160ff8116811461053c575f5ffd5b815260a08701516001600160601b0381168114610557575f5ffd5b6020820152949793965091945092919050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156105bf575f198160200360031b1b821691505b50919050565b60805160a05160c05160e05161010051610120516101405161016051610180516143176106a85f395f818161031d015281816106b5015281816107d3015281816108e501528181610962015281816115ca0152818161176c0152818161187c01528181611d6c01528181611e5001528181611fd9015281816120db015261289d01525f818161058e01528181611424015281816116a701528181612053015281816123380152818161241f0152612b0501525f6130b501525f61308a01525f6136e101525f6136b901525f61361401525f61363e01525f61366801526143175ff3fe608060405234801561000f575f5ffd5b5060043610610235575f3560e01c806391d148541161013d578063cefc1429116100b8578063d547741f11610088578063e2fdcc171161006e578063e2fdcc1714610589578063e3a96cbd146105b0578063fe0d94c1146105d0575f5ffd5b8063d547741f1461056e578063d602b9fd14610581575f5ffd5b8063cefc1429146104d6578063cf6eefb7146104de578063cff0ab961461050c578063d2cbc86714610554575f5ffd5b8063ad32ed2b1161010d578063b60390d0116100f3578063b60390d014610488578063bc9f7db4146104a7578063cc8463c8146104ce575f5ffd5b8063ad32ed2b14610462578063b5bd66f114610475575f5ffd5b806391d14854146103d7578063a1eda53c1461040d578063a217fddf14610434578063a6710b481461043b575f5ffd5b806336568abe116101cd5780636ff7eb641161019d57806384b0196e1161018357806384b0196e146103a357806384ef8ffc146103be5780638da5cb5b146103cf575f5ffd5b80636ff7eb641461037d5780637814c86714610390575f5ffd5b806336568abe146103055780634cf088d914610318578063634e93da14610357578063649a5ec71461036a575f5ffd5b8063248a9ca311610208578063248a9ca31461029e57806325b77951146102c057806325c4e2ec146102d35780632f2ff15d146102f2575f5ffd5b806301ffc9a714610239578063022d63fb146102615780630aa6220b1461027d5780630db3993414610287575b5f5ffd5b61024c6102473660046139b7565b6105e3565b60405190151581526020015b60405180910390f35b620697805b60405165ffffffffffff9091168152602001610258565b610285610626565b005b61029060065481565b604051908152602001610258565b6102906102ac3660046139de565b5f9081526020819052604090206001015490565b6102906102ce366004613a0b565b61063b565b6102906102e13660046139de565b60086020525f908152604090205481565b610285610300366004613aa1565b610e3a565b610285610313366004613aa1565b610e66565b61033f7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610258565b610285610365366004613acf565b610f40565b610285610378366004613aea565b610f53565b61028561038b366004613b1f565b610f66565b61029061039e366004613b39565b610f87565b6103ab610f91565b6040516102589796959493929190613b81565b6002546001600160a01b031661033f565b61033f610fef565b61024c6103e5366004613aa1565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b610415611007565b6040805165ffffffffffff938416815292909116602083015201610258565b6102905f81565b6102907fe2725758bdc7a02a5e9f10c41a80f7d43a23327a8e9efdc5d2d96952e7f4e59f81565b610290610470366004613b1f565b611059565b610285610483366004613c33565b6110cf565b610290610496366004613acf565b60076020525f908152604090205481565b6102907fa21bffe133d5ece3965ad6eaa4bec7384e5225ff7d9f3ccf9cad3061ba7955cb81565b61026661195b565b6102856119b9565b600154604080516001600160a01b0383168152600160a01b90920465ffffffffffff16602083015201610258565b60055461052e9060ff81169061010090046bffffffffffffffffffffffff1682565b6040805160ff90931683526bffffffffffffffffffffffff909116602083015201610258565b61055c601081565b60405160ff9091168152602001610258565b61028561057c366004613aa1565b611a08565b610285611a30565b61033f7f000000000000000000000000000000000000000000000000000000000000000081565b6105c36105be3660046139de565b611a42565b6040516102589190613d2e565b6102856105de3660046139de565b611c42565b5f6001600160e01b031982167f3149878600000000000000000000000000000000000000000000000000000000148061062057506106208261221a565b92915050565b5f61063081612280565b61063861228a565b50565b5f610644612296565b5f5f5f610650876122cb565b6006805493965091945092505f61066683613e74565b9190505593505f610680610679896129a0565b8888612a27565b60055490915061010090046bffffffffffffffffffffffff165f5b82518110156108b557816bffffffffffffffffffffffff167f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663631de7d18584815181106106f4576106f4613e8c565b60200260200101516040518263ffffffff1660e01b815260040161072791906001600160a01b0391909116815260200190565b602060405180830381865afa158015610742573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107669190613ea0565b10156107d15782818151811061077e5761077e613e8c565b60200260200101516040517f0de322310000000000000000000000000000000000000000000000000000000081526004016107c891906001600160a01b0391909116815260200190565b60405180910390fd5b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663a80de0e884838151811061081257610812613e8c565b602002602001015161083d8a87868151811061083057610830613e8c565b6020026020010151612c0c565b6040516001600160e01b031960e085901b1681526001600160a01b03909216600483015260248201526bffffffffffffffffffffffff851660448201526064015f604051808303815f87803b158015610894575f5ffd5b505af11580156108a6573d5f5f3e3d5ffd5b5050505080600101905061069b565b506040517fec9b5b3a000000000000000000000000000000000000000000000000000000008152600481018590527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063ec9b5b3a906024016020604051808303815f875af1158015610933573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109579190613ea0565b506001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663a80de0e861099760608c0160408d01613acf565b60408051602080820183905260076060830152666469737075746560c81b6080808401919091528284018d90528351808403909101815260a090920190925280519101206040516001600160e01b031960e085901b1681526001600160a01b03909216600483015260248201526bffffffffffffffffffffffff861660448201526064015f604051808303815f87803b158015610a32575f5ffd5b505af1158015610a44573d5f5f3e3d5ffd5b505050505f8560c001516060015163ffffffff1686606001518760400151610a6c9190613eb7565b610a769190613eb7565b5f8881526009602052604090819020919250610a989060608d01908d01613acf565b815473ffffffffffffffffffffffffffffffffffffffff19166001600160a01b0391909116178155610acd60608c0135612c86565b81547fffffffffffffffff00000000ffffffffffffffffffffffffffffffffffffffff16600160a01b63ffffffff9283160217825560c088015160800151610b1f91610b1a911642613ece565b612c86565b8154600160e01b7fffffff0000000000ffffffffffffffffffffffffffffffffffffffffffffffff9091167fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff600160c01b63ffffffff94851602161717825560c088015160800151610b919116612cba565b815462ffffff91909116600160e81b027cffffffffffffffffffffffffffffffffffffffffffffffffffffffffff90911617815586516bffffffffffffffffffffffff8616600160a01b81026001600160a01b039092169190911760018301558210610bfd5784610c06565b610c0682612ce9565b6002820180546bffffffffffffffffffffffff8681166c01000000000000000000000000027fffffffffffffffff000000000000000000000000000000000000000000000000909216931692909217919091179055610c6860808c0135612c86565b8160020160186101000a81548163ffffffff021916908363ffffffff160217905550610cc860075f8d6040016020810190610ca39190613acf565b6001600160a01b03166001600160a01b031681526020019081526020015f2054612c86565b60028201805463ffffffff92909216600160e01b027bffffffffffffffffffffffffffffffffffffffffffffffffffffffff9092169190911790558a35600382015560208b0135600482015560058101610d228582613ef5565b505f86815260086020526040902088905560c0870151608090810151610d539163ffffffff909116908d0135613ece565b60075f8d6040016020810190610d699190613acf565b6001600160a01b03166001600160a01b031681526020019081526020015f20819055508a6040016020810190610d9f9190613acf565b6001600160a01b03168b5f0135897f6693c6c17569ba5a9cf175102b8c2bd2c8b8de7cb21abf5bab90a20089b943c98e602001358f606001358a876002015f9054906101000a90046bffffffffffffffffffffffff16885f0160189054906101000a900463ffffffff168c604051610e1c96959493929190613f9f565b60405180910390a450505050505050610e33612d21565b9392505050565b81610e5857604051631fe1e13d60e11b815260040160405180910390fd5b610e628282612d4b565b5050565b81158015610e8157506002546001600160a01b038281169116145b15610f36576001546001600160a01b03811690600160a01b900465ffffffffffff1681151580610eb7575065ffffffffffff8116155b80610eca57504265ffffffffffff821610155b15610f0b576040517f19ca5ebb00000000000000000000000000000000000000000000000000000000815265ffffffffffff821660048201526024016107c8565b5050600180547fffffffffffff000000000000ffffffffffffffffffffffffffffffffffffffff1690555b610e628282612d6f565b5f610f4a81612280565b610e6282612dc0565b5f610f5d81612280565b610e6282612e32565b5f610f7081612280565b610e62610f8236849003840184614016565b612ea2565b5f610620826129a0565b5f6060805f5f5f6060610fa2613083565b610faa6130ae565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b5f6110026002546001600160a01b031690565b905090565b6002545f90600160d01b900465ffffffffffff16801515801561103257504265ffffffffffff821610155b61103d575f5f611051565b600254600160a01b900465ffffffffffff16815b915091509091565b5f6106207fe2725758bdc7a02a5e9f10c41a80f7d43a23327a8e9efdc5d2d96952e7f4e59f61108b6020850185613acf565b604080516020818101949094526001600160a01b03909216908201529084013560608201526080015b604051602081830303815290604052805190602001206130d9565b6110d7612296565b5f84815260096020526040902060018154600160e01b900460ff16600381111561110357611103613cb7565b1461114a5780546040517f800b06150000000000000000000000000000000000000000000000000000000081526107c8918791600160e01b90910460ff169060040161407a565b8054600160c01b900463ffffffff1642106111a25780546040517f0432933f000000000000000000000000000000000000000000000000000000008152600160c01b90910463ffffffff1660048201526024016107c8565b80546001600160a01b03166111ba6020860186613acf565b6001600160a01b0316146112375760405163daf0730760e01b815260206004820152602b60248201527f7468652061636b6e6f776c656467656d656e7420697320666f7220616e6f746860448201527f65722070726f766964657200000000000000000000000000000000000000000060648201526084016107c8565b8054600160a01b900463ffffffff166020850135116112bf5760405163daf0730760e01b815260206004820152603160248201527f7468652061636b6e6f776c656467656d656e74206973206e6f74206c6174657260448201527f207468616e207468652073696c656e636500000000000000000000000000000060648201526084016107c8565b42846020013511156113395760405163daf0730760e01b8152602060048201526024808201527f7468652061636b6e6f776c656467656d656e7420697320696e2074686520667560448201527f747572650000000000000000000000000000000000000000000000000000000060648201526084016107c8565b6002810154600160c01b900463ffffffff16602085013511156113c55760405163daf0730760e01b815260206004820152603660248201527f7468652061636b6e6f776c656467656d656e74206973206c617465722074686160448201527f6e20746865206f627365727665642073696c656e63650000000000000000000060648201526084016107c8565b5f6113d96113d286611059565b8585613120565b90506001600160a01b038116158061148f57506040517fb429afeb0000000000000000000000000000000000000000000000000000000081526001600160a01b0382811660048301527f0000000000000000000000000000000000000000000000000000000000000000169063b429afeb90602401602060405180830381865afa158015611469573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061148d919061408e565b155b156115035760405163daf0730760e01b815260206004820152602160248201527f6e6f74207369676e65642062792061207374616b656420636f6e74726f6c6c6560448201527f720000000000000000000000000000000000000000000000000000000000000060648201526084016107c8565b81547fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff81167c02000000000000000000000000000000000000000000000000000000001780845560028401546001600160a01b039092169161157e91600160e81b900462ffffff1690600160c01b900463ffffffff16613ece565b6001600160a01b0382165f90815260076020526040902054036115c85760028301546001600160a01b0382165f908152600760205260409020600160e01b90910463ffffffff1690555b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663ec9b5b3a61164589604080516020810182905260076060820152666469737075746560c81b60808201529081018290525f9060a001604051602081830303815290604052805190602001209050919050565b6040518263ffffffff1660e01b815260040161166391815260200190565b6020604051808303815f875af115801561167f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906116a39190613ea0565b505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663cff0ab966040518163ffffffff1660e01b815260040160e060405180830381865afa158015611701573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061172591906140d6565b50505050505090505f5f8560050190505f5b81548110156118fd575f82828154811061175357611753613e8c565b5f9182526020822001546001600160a01b0390811692507f00000000000000000000000000000000000000000000000000000000000000001663ec9b5b3a61179b8f85612c0c565b6040518263ffffffff1660e01b81526004016117b991815260200190565b6020604051808303815f875af11580156117d5573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906117f99190613ea0565b905080156118f3576040517fea2494800000000000000000000000000000000000000000000000000000000081526001600160a01b03838116600483015260248201839052878116604483015260806064830152601360848301527f766f69646564206661756c74207265706f72740000000000000000000000000060a48301527f0000000000000000000000000000000000000000000000000000000000000000169063ea2494809060c4016020604051808303815f875af11580156118c2573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906118e69190613ea0565b6118f09086613ece565b94505b5050600101611737565b50604080516020808c0135825281018490526001600160a01b038716918c917fda9dd636ade8dd2e9c4f1faee2f2259fcd968fece5919f0e15e56151368f4d18910160405180910390a3505050505050611955612d21565b50505050565b6002545f90600160d01b900465ffffffffffff16801515801561198557504265ffffffffffff8216105b6119a057600154600160d01b900465ffffffffffff166119b3565b600254600160a01b900465ffffffffffff165b91505090565b6001546001600160a01b0316338114611a00576040517fc22c80220000000000000000000000000000000000000000000000000000000081523360048201526024016107c8565b61063861315e565b81611a2657604051631fe1e13d60e11b815260040160405180910390fd5b610e628282613224565b5f611a3a81612280565b610638613248565b604080516101c080820183525f808352602080840182905283850182905260608085018390526080850183905260a0850183905260c0850183905260e08501839052610100850183905261012085018390526101408501839052610160850183905261018085018390526101a0850181905286835260098252918590208551938401865280546001600160a01b0381168552600160a01b810463ffffffff90811693860193909352600160c01b8104909216958401959095529293919290830190600160e01b900460ff166003811115611b1e57611b1e613cb7565b6003811115611b2f57611b2f613cb7565b81528154600160e81b900462ffffff1660208083019190915260018301546001600160a01b038116604080850191909152600160a01b9091046bffffffffffffffffffffffff9081166060850152600285015480821660808601526c01000000000000000000000000810490911660a0850152600160c01b810463ffffffff90811660c0860152600160e01b9091041660e084015260038401546101008401526004840154610120840152600584018054825181850281018501909352808352610140909401939192909190830182828015611c3257602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311611c14575b5050505050815250509050919050565b611c4a612296565b5f81815260096020526040902060018154600160e01b900460ff166003811115611c7657611c76613cb7565b14611cbd5780546040517f800b06150000000000000000000000000000000000000000000000000000000081526107c8918491600160e01b90910460ff169060040161407a565b8054600160c01b900463ffffffff16421015611d165780546040517f0432933f000000000000000000000000000000000000000000000000000000008152600160c01b90910463ffffffff1660048201526024016107c8565b80547c03000000000000000000000000000000000000000000000000000000007fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff82161782556001600160a01b03908116905f907f00000000000000000000000000000000000000000000000000000000000000001663ec9b5b3a611ddf86604080516020810182905260076060820152666469737075746560c81b60808201529081018290525f9060a001604051602081830303815290604052805190602001209050919050565b6040518263ffffffff1660e01b8152600401611dfd91815260200190565b6020604051808303815f875af1158015611e19573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611e3d9190613ea0565b9050600583015f5b8154811015611f13577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663ec9b5b3a611eac88858581548110611e9357611e93613e8c565b5f918252602090912001546001600160a01b0316612c0c565b6040518263ffffffff1660e01b8152600401611eca91815260200190565b6020604051808303815f875af1158015611ee6573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611f0a9190613ea0565b50600101611e45565b505f8083156121c65760028601545f906bffffffffffffffffffffffff168511611f3d5784611f51565b60028701546bffffffffffffffffffffffff165b905080156120485760018701546040517fea2494800000000000000000000000000000000000000000000000000000000081526001600160a01b03888116600483015260248201849052918216604482015260806064820152601360848201527f6661756c743a20636f6d70656e736174696f6e0000000000000000000000000060a48201527f00000000000000000000000000000000000000000000000000000000000000009091169063ea2494809060c4016020604051808303815f875af1158015612021573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906120459190613ea0565b92505b828511156121c4575f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663cff0ab966040518163ffffffff1660e01b815260040160e060405180830381865afa1580156120ad573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906120d191906140d6565b50505050505090507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663ea249480888689612115919061415d565b6040516001600160e01b031960e085901b1681526001600160a01b0392831660048201526024810191909152908416604482015260806064820152600560848201527f6661756c7400000000000000000000000000000000000000000000000000000060a482015260c4016020604051808303815f875af115801561219c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906121c09190613ea0565b9250505b505b60408051838152602081018390526001600160a01b0387169189917fb094c2eae2a56dcb299184dbbeb310125389a80841996680f1d7f09b819f2c5b910160405180910390a3505050505050610638612d21565b5f6001600160e01b031982167f7965db0b00000000000000000000000000000000000000000000000000000000148061062057507f01ffc9a7000000000000000000000000000000000000000000000000000000006001600160e01b0319831614610620565b6106388133613252565b6122945f5f6132bd565b565b61229e6133a2565b61229460017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b906133fb565b61232a6040805160e0810182525f80825260208083018290528284018290526060808401839052608080850184905260a0808601859052865190810187528481529283018490529482018390528101829052928301529060c082015290565b5f8080806001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663b2aa0bf68735602089013561237460608b0160408c01613acf565b6040516001600160e01b031960e086901b168152600481019390935260248301919091526001600160a01b031660448201526064016040805180830381865afa1580156123c3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906123e79190614170565b6040517f0894d9500000000000000000000000000000000000000000000000000000000081528835600482015291935091505f9081907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690630894d9509060240160c060405180830381865afa15801561246c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906124909190614192565b915091506040518060e00160405280836001600160a01b031681526020016124b786613402565b60038111156124c8576124c8613cb7565b81526020016124e18660601c67ffffffffffffffff1690565b81526020016124f38660f01c60ff1690565b81526020016125088660d01c63ffffffff1690565b815260208101859052604001829052965060028760200151600381111561253157612531613cb7565b14158015612555575060038760200151600381111561255257612552613cb7565b14155b156125c957604051630a6ea4ed60e31b815260206004820152603260248201527f74686520726f756e64206973206e6f742066696e69736865643a206661696c2060448201527f746865206a6f62206f766572206669727374000000000000000000000000000060648201526084016107c8565b8660800151886060013510806125e757508660a00151886060013510155b1561265b57604051630a6ea4ed60e31b815260206004820152603860248201527f7468652073696c656e6365206d75737420626567696e207768696c652074686560448201527f2070726f76696465722068656c642074686520726f756e64000000000000000060648201526084016107c8565b876060013588608001351115806126755750428860800135115b156126e957604051630a6ea4ed60e31b815260206004820152603a60248201527f6f627365727665644174206d7573742062652061667465722073696c656e745360448201527f696e636520616e64206e6f7420696e207468652066757475726500000000000060648201526084016107c8565b8660c001516040015163ffffffff168760a001516127079190613ece565b421061277c57604051630a6ea4ed60e31b815260206004820152603960248201527f74686520726f756e642773207265706f72742077696e646f772028697473207360448201527f6574746c656d656e742077696e646f7729206973206f7665720000000000000060648201526084016107c8565b5f60078161279060608c0160408d01613acf565b6001600160a01b03166001600160a01b031681526020019081526020015f2054905080896060013511612812576127cd60608a0160408b01613acf565b6040517fc47b14f50000000000000000000000000000000000000000000000000000000081526001600160a01b039091166004820152602481018290526044016107c8565b883560208a013561282960608c0160408d01613acf565b6040805160208101949094528301919091526001600160a01b0316606082015260800160408051601f198184030181529082905280516020909101207fed5e84370000000000000000000000000000000000000000000000000000000082526004820181905297505f906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063ed5e8437906024016040805180830381865afa1580156128e1573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906129059190614246565b9750905061291960608b0160408c01613acf565b6001600160a01b0316816001600160a01b031614158061294557506bffffffffffffffffffffffff8716155b1561299357604051630a6ea4ed60e31b815260206004820152601d60248201527f74686520726f756e6420686f6c6473206e6f20636f6c6c61746572616c00000060448201526064016107c8565b5050505050509193909250565b5f6106207fa21bffe133d5ece3965ad6eaa4bec7384e5225ff7d9f3ccf9cad3061ba7955cb833560208501356129dc6060870160408801613acf565b866060013587608001356040516020016110b496959493929190958652602086019490945260408501929092526001600160a01b03166060840152608083015260a082015260c00190565b60055460609060ff168267ffffffffffffffff811115612a4957612a49613ee1565b604051908082528060200260200182016040528015612a72578160200160208202803683370190505b5091505f5f5f5b85811015612bbc575f612aaf89898985818110612a9857612a98613e8c565b9050602002810190612aaa9190614273565b613120565b9050826001600160a01b0316816001600160a01b0316111580612b7057506040517fb429afeb0000000000000000000000000000000000000000000000000000000081526001600160a01b0382811660048301527f0000000000000000000000000000000000000000000000000000000000000000169063b429afeb90602401602060405180830381865afa158015612b4a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612b6e919061408e565b155b15612b7b5750612bb4565b808685612b8781613e74565b965081518110612b9957612b99613e8c565b6001600160a01b039092166020928302919091019091015291505b600101612a79565b5082821015612c01576040517fa07c49af00000000000000000000000000000000000000000000000000000000815260048101839052602481018490526044016107c8565b508252509392505050565b5f8282604051602001612c6892919060608082526004908201527f626f6e6400000000000000000000000000000000000000000000000000000000608082015260208101929092526001600160a01b0316604082015260a00190565b60405160208183030381529060405280519060200120905092915050565b5f63ffffffff821115612cb6576040516306dfcc6560e41b815260206004820152602481018390526044016107c8565b5090565b5f62ffffff821115612cb6576040516306dfcc6560e41b815260186004820152602481018390526044016107c8565b5f6bffffffffffffffffffffffff821115612cb6576040516306dfcc6560e41b815260606004820152602481018390526044016107c8565b6122945f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006122c5565b5f82815260208190526040902060010154612d6581612280565b6119558383613419565b6001600160a01b0381163314612db1576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b612dbb828261348c565b505050565b5f612dc961195b565b612dd2426134d5565b612ddc91906142db565b9050612de88282613507565b60405165ffffffffffff821681526001600160a01b038316907f3377dc44241e779dd06afab5b788a35ca5f3b778836e2990bdb26a2a4b2e5ed69060200160405180910390a25050565b5f612e3c82613584565b612e45426134d5565b612e4f91906142db565b9050612e5b82826132bd565b6040805165ffffffffffff8085168252831660208201527ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b91015b60405180910390a15050565b5f46617a691480612eb4575046610539145b825190915060ff161580612ece57508151601060ff909116115b80612ee8575080158015612ee857506002825f015160ff16105b15612f4f576040517fa8c278dd00000000000000000000000000000000000000000000000000000000815260206004820152600660248201527f71756f72756d000000000000000000000000000000000000000000000000000060448201526064016107c8565b60208201516bffffffffffffffffffffffff161580612f91575080158015612f91575068056bc75e2d6310000082602001516bffffffffffffffffffffffff16105b15612ff8576040517fa8c278dd00000000000000000000000000000000000000000000000000000000815260206004820152600c60248201527f7265706f72746572426f6e64000000000000000000000000000000000000000060448201526064016107c8565b8151600580546020808601805160ff9095167fffffffffffffffffffffffffffffffffffffff0000000000000000000000000090931683176101006bffffffffffffffffffffffff9687160217909355604080519283529251909316928101929092527f9446c4707a9e4633c08463c8c3477b43e12db157c56f179ceca38e4c36be0e8f9101612e96565b60606110027f00000000000000000000000000000000000000000000000000000000000000006135cb565b60606110027f00000000000000000000000000000000000000000000000000000000000000006135cb565b5f6106206130e5613608565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b5f5f5f61312e868686613731565b5090925090505f81600381111561314757613147613cb7565b14613152575f613154565b815b9695505050505050565b6001546001600160a01b03811690600160a01b900465ffffffffffff1680158061319057504265ffffffffffff821610155b156131d1576040517f19ca5ebb00000000000000000000000000000000000000000000000000000000815265ffffffffffff821660048201526024016107c8565b6131ec5f6131e76002546001600160a01b031690565b61348c565b506131f75f83613419565b5050600180547fffffffffffff000000000000000000000000000000000000000000000000000016905550565b5f8281526020819052604090206001015461323e81612280565b611955838361348c565b6122945f5f613507565b5f828152602081815260408083206001600160a01b038516845290915290205460ff16610e62576040517fe2517d3f0000000000000000000000000000000000000000000000000000000081526001600160a01b0382166004820152602481018390526044016107c8565b600254600160d01b900465ffffffffffff168015613352574265ffffffffffff82161015613329576002546001805479ffffffffffffffffffffffffffffffffffffffffffffffffffff16600160a01b90920465ffffffffffff16600160d01b02919091179055613352565b6040517f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec5905f90a15b50600280546001600160a01b0316600160a01b65ffffffffffff9485160279ffffffffffffffffffffffffffffffffffffffffffffffffffff1617600160d01b9290931691909102919091179055565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15612294576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80825d5050565b5f60f882901c600381111561062057610620613cb7565b5f82613482575f6134326002546001600160a01b031690565b6001600160a01b03161461345957604051631fe1e13d60e11b815260040160405180910390fd5b6002805473ffffffffffffffffffffffffffffffffffffffff19166001600160a01b0384161790555b610e338383613778565b5f821580156134a857506002546001600160a01b038381169116145b156134cb576002805473ffffffffffffffffffffffffffffffffffffffff191690555b610e33838361381f565b5f65ffffffffffff821115612cb6576040516306dfcc6560e41b815260306004820152602481018390526044016107c8565b60018054600160a01b65ffffffffffff84811682027fffffffffffff000000000000000000000000000000000000000000000000000084166001600160a01b03881617179093559004168015612dbb576040517f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a9605109905f90a1505050565b5f5f61358e61195b565b90508065ffffffffffff168365ffffffffffff16116135b6576135b183826142f9565b610e33565b610e3365ffffffffffff8416620697806138a0565b60605f6135d7836138af565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561366057507f000000000000000000000000000000000000000000000000000000000000000046145b1561368a57507f000000000000000000000000000000000000000000000000000000000000000090565b611002604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f80806041849003613765578435602086013560408701355f1a613757898285856138ef565b95509550955050505061376f565b505f915060029050825b93509350939050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16613818575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556137d03390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610620565b505f610620565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1615613818575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610620565b5f828218828410028218610e33565b5f60ff8216601f811115610620576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561392857505f915060039050826139ad565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015613979573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b0381166139a457505f9250600191508290506139ad565b92505f91508190505b9450945094915050565b5f602082840312156139c7575f5ffd5b81356001600160e01b031981168114610e33575f5ffd5b5f602082840312156139ee575f5ffd5b5035919050565b5f60a08284031215613a05575f5ffd5b50919050565b5f5f5f60c08486031215613a1d575f5ffd5b613a2785856139f5565b925060a084013567ffffffffffffffff811115613a42575f5ffd5b8401601f81018613613a52575f5ffd5b803567ffffffffffffffff811115613a68575f5ffd5b8660208260051b8401011115613a7c575f5ffd5b939660209190910195509293505050565b6001600160a01b0381168114610638575f5ffd5b5f5f60408385031215613ab2575f5ffd5b823591506020830135613ac481613a8d565b809150509250929050565b5f60208284031215613adf575f5ffd5b8135610e3381613a8d565b5f60208284031215613afa575f5ffd5b813565ffffffffffff81168114610e33575f5ffd5b5f60408284031215613a05575f5ffd5b5f60408284031215613b2f575f5ffd5b610e338383613b0f565b5f60a08284031215613b49575f5ffd5b610e3383836139f5565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f613bbb60e0830189613b53565b8281036040840152613bcd8189613b53565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015613c22578351835260209384019390920191600101613c04565b50909b9a5050505050505050505050565b5f5f5f5f60808587031215613c46575f5ffd5b84359350613c578660208701613b0f565b9250606085013567ffffffffffffffff811115613c72575f5ffd5b8501601f81018713613c82575f5ffd5b803567ffffffffffffffff811115613c98575f5ffd5b876020828401011115613ca9575f5ffd5b949793965060200194505050565b634e487b7160e01b5f52602160045260245ffd5b60048110613ce757634e487b7160e01b5f52602160045260245ffd5b9052565b5f8151808452602084019350602083015f5b82811015613d245781516001600160a01b0316865260209586019590910190600101613cfd565b5093949350505050565b60208152613d486020820183516001600160a01b03169052565b5f6020830151613d60604084018263ffffffff169052565b50604083015163ffffffff81166060840152506060830151613d856080840182613ccb565b50608083015162ffffff811660a08401525060a08301516001600160a01b03811660c08401525060c08301516bffffffffffffffffffffffff811660e08401525060e08301516bffffffffffffffffffffffff8116610100840152506101008301516bffffffffffffffffffffffff81166101208401525061012083015163ffffffff81166101408401525061014083015163ffffffff8116610160840152506101608301516101808301526101808301516101a08301526101a08301516101c080840152613e586101e0840182613ceb565b949350505050565b634e487b7160e01b5f52601160045260245ffd5b5f60018201613e8557613e85613e60565b5060010190565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215613eb0575f5ffd5b5051919050565b808202811582820484141761062057610620613e60565b8082018082111561062057610620613e60565b634e487b7160e01b5f52604160045260245ffd5b815167ffffffffffffffff811115613f0f57613f0f613ee1565b68010000000000000000811115613f2857613f28613ee1565b815481835580821015613f5c57825f528160205f20018282035f5b81811015613f58575f83820155600101613f43565b5050505b5060208301613f70835f9081526020902090565b5f5b83811015613f975782516001600160a01b031681830155602090920191600101613f72565b505050505050565b8681528560208201526bffffffffffffffffffffffff851660408201526bffffffffffffffffffffffff8416606082015263ffffffff8316608082015260c060a08201525f613ff160c0830184613ceb565b98975050505050505050565b6bffffffffffffffffffffffff81168114610638575f5ffd5b5f6040828403128015614027575f5ffd5b506040805190810167ffffffffffffffff8111828210171561404b5761404b613ee1565b604052823560ff8116811461405e575f5ffd5b8152602083013561406e81613ffd565b60208201529392505050565b82815260408101610e336020830184613ccb565b5f6020828403121561409e575f5ffd5b81518015158114610e33575f5ffd5b805161ffff811681146140be575f5ffd5b919050565b805163ffffffff811681146140be575f5ffd5b5f5f5f5f5f5f5f60e0888a0312156140ec575f5ffd5b87516140f781613a8d565b9650614105602089016140ad565b9550614113604089016140ad565b9450614121606089016140c3565b935061412f608089016140c3565b925061413d60a089016140c3565b915060c088015161414d81613ffd565b8091505092959891949750929550565b8181038181111561062057610620613e60565b5f5f60408385031215614181575f5ffd5b505080516020909101519092909150565b5f5f82840360c08112156141a4575f5ffd5b83516141af81613a8d565b925060a0601f19820112156141c2575f5ffd5b5060405160a0810167ffffffffffffffff811182821017156141e6576141e6613ee1565b6040526141f5602085016140ad565b8152614203604085016140ad565b6020820152614214606085016140c3565b6040820152614225608085016140c3565b606082015261423660a085016140c3565b6080820152809150509250929050565b5f5f60408385031215614257575f5ffd5b825161426281613a8d565b6020840151909250613ac481613ffd565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe18436030181126142a6575f5ffd5b83018035915067ffffffffffffffff8211156142c0575f5ffd5b6020019150368190038213156142d4575f5ffd5b9250929050565b65ffffffffffff818116838216019081111561062057610620613e60565b65ffffffffffff828116828216039081111561062057610620613e6056",
}

// FaultDisputes is an auto generated Go binding around an Ethereum contract.
type FaultDisputes struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *FaultDisputes) GetABI() abi.ABI {
	return c.abi
}

// NewFaultDisputes creates a new instance of FaultDisputes.
func NewFaultDisputes() *FaultDisputes {
	parsed, err := FaultDisputesMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &FaultDisputes{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *FaultDisputes) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address escrow_, address staking_, address admin, uint48 adminTransferDelay, (uint8,uint96) params_) returns()
func (faultDisputes *FaultDisputes) PackConstructor(escrow_ common.Address, staking_ common.Address, admin common.Address, adminTransferDelay *big.Int, params_ FaultDisputesParams) []byte {
	enc, err := faultDisputes.abi.Pack("", escrow_, staking_, admin, adminTransferDelay, params_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (faultDisputes *FaultDisputes) PackDEFAULTADMINROLE() []byte {
	enc, err := faultDisputes.abi.Pack("DEFAULT_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (faultDisputes *FaultDisputes) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return faultDisputes.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (faultDisputes *FaultDisputes) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := faultDisputes.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackFAULTREPORTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc9f7db4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FAULT_REPORT_TYPEHASH() view returns(bytes32)
func (faultDisputes *FaultDisputes) PackFAULTREPORTTYPEHASH() []byte {
	enc, err := faultDisputes.abi.Pack("FAULT_REPORT_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFAULTREPORTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc9f7db4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FAULT_REPORT_TYPEHASH() view returns(bytes32)
func (faultDisputes *FaultDisputes) TryPackFAULTREPORTTYPEHASH() ([]byte, error) {
	return faultDisputes.abi.Pack("FAULT_REPORT_TYPEHASH")
}

// UnpackFAULTREPORTTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc9f7db4.
//
// Solidity: function FAULT_REPORT_TYPEHASH() view returns(bytes32)
func (faultDisputes *FaultDisputes) UnpackFAULTREPORTTYPEHASH(data []byte) ([32]byte, error) {
	out, err := faultDisputes.abi.Unpack("FAULT_REPORT_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHEARTBEATACKTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa6710b48.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function HEARTBEAT_ACK_TYPEHASH() view returns(bytes32)
func (faultDisputes *FaultDisputes) PackHEARTBEATACKTYPEHASH() []byte {
	enc, err := faultDisputes.abi.Pack("HEARTBEAT_ACK_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHEARTBEATACKTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa6710b48.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function HEARTBEAT_ACK_TYPEHASH() view returns(bytes32)
func (faultDisputes *FaultDisputes) TryPackHEARTBEATACKTYPEHASH() ([]byte, error) {
	return faultDisputes.abi.Pack("HEARTBEAT_ACK_TYPEHASH")
}

// UnpackHEARTBEATACKTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa6710b48.
//
// Solidity: function HEARTBEAT_ACK_TYPEHASH() view returns(bytes32)
func (faultDisputes *FaultDisputes) UnpackHEARTBEATACKTYPEHASH(data []byte) ([32]byte, error) {
	out, err := faultDisputes.abi.Unpack("HEARTBEAT_ACK_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXQUORUM is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2cbc867.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_QUORUM() view returns(uint8)
func (faultDisputes *FaultDisputes) PackMAXQUORUM() []byte {
	enc, err := faultDisputes.abi.Pack("MAX_QUORUM")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXQUORUM is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2cbc867.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_QUORUM() view returns(uint8)
func (faultDisputes *FaultDisputes) TryPackMAXQUORUM() ([]byte, error) {
	return faultDisputes.abi.Pack("MAX_QUORUM")
}

// UnpackMAXQUORUM is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd2cbc867.
//
// Solidity: function MAX_QUORUM() view returns(uint8)
func (faultDisputes *FaultDisputes) UnpackMAXQUORUM(data []byte) (uint8, error) {
	out, err := faultDisputes.abi.Unpack("MAX_QUORUM", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackAcceptDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcefc1429.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptDefaultAdminTransfer() returns()
func (faultDisputes *FaultDisputes) PackAcceptDefaultAdminTransfer() []byte {
	enc, err := faultDisputes.abi.Pack("acceptDefaultAdminTransfer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcefc1429.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptDefaultAdminTransfer() returns()
func (faultDisputes *FaultDisputes) TryPackAcceptDefaultAdminTransfer() ([]byte, error) {
	return faultDisputes.abi.Pack("acceptDefaultAdminTransfer")
}

// PackAckDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad32ed2b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ackDigest((address,uint256) ack) view returns(bytes32)
func (faultDisputes *FaultDisputes) PackAckDigest(ack FaultDisputesHeartbeatAck) []byte {
	enc, err := faultDisputes.abi.Pack("ackDigest", ack)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAckDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad32ed2b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ackDigest((address,uint256) ack) view returns(bytes32)
func (faultDisputes *FaultDisputes) TryPackAckDigest(ack FaultDisputesHeartbeatAck) ([]byte, error) {
	return faultDisputes.abi.Pack("ackDigest", ack)
}

// UnpackAckDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad32ed2b.
//
// Solidity: function ackDigest((address,uint256) ack) view returns(bytes32)
func (faultDisputes *FaultDisputes) UnpackAckDigest(data []byte) ([32]byte, error) {
	out, err := faultDisputes.abi.Unpack("ackDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackBeginDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x634e93da.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function beginDefaultAdminTransfer(address newAdmin) returns()
func (faultDisputes *FaultDisputes) PackBeginDefaultAdminTransfer(newAdmin common.Address) []byte {
	enc, err := faultDisputes.abi.Pack("beginDefaultAdminTransfer", newAdmin)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBeginDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x634e93da.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function beginDefaultAdminTransfer(address newAdmin) returns()
func (faultDisputes *FaultDisputes) TryPackBeginDefaultAdminTransfer(newAdmin common.Address) ([]byte, error) {
	return faultDisputes.abi.Pack("beginDefaultAdminTransfer", newAdmin)
}

// PackCancelDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd602b9fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelDefaultAdminTransfer() returns()
func (faultDisputes *FaultDisputes) PackCancelDefaultAdminTransfer() []byte {
	enc, err := faultDisputes.abi.Pack("cancelDefaultAdminTransfer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd602b9fd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelDefaultAdminTransfer() returns()
func (faultDisputes *FaultDisputes) TryPackCancelDefaultAdminTransfer() ([]byte, error) {
	return faultDisputes.abi.Pack("cancelDefaultAdminTransfer")
}

// PackChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5bd66f1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challenge(uint256 id, (address,uint256) ack, bytes signature) returns()
func (faultDisputes *FaultDisputes) PackChallenge(id *big.Int, ack FaultDisputesHeartbeatAck, signature []byte) []byte {
	enc, err := faultDisputes.abi.Pack("challenge", id, ack, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5bd66f1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challenge(uint256 id, (address,uint256) ack, bytes signature) returns()
func (faultDisputes *FaultDisputes) TryPackChallenge(id *big.Int, ack FaultDisputesHeartbeatAck, signature []byte) ([]byte, error) {
	return faultDisputes.abi.Pack("challenge", id, ack, signature)
}

// PackChangeDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x649a5ec7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function changeDefaultAdminDelay(uint48 newDelay) returns()
func (faultDisputes *FaultDisputes) PackChangeDefaultAdminDelay(newDelay *big.Int) []byte {
	enc, err := faultDisputes.abi.Pack("changeDefaultAdminDelay", newDelay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChangeDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x649a5ec7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function changeDefaultAdminDelay(uint48 newDelay) returns()
func (faultDisputes *FaultDisputes) TryPackChangeDefaultAdminDelay(newDelay *big.Int) ([]byte, error) {
	return faultDisputes.abi.Pack("changeDefaultAdminDelay", newDelay)
}

// PackDefaultAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84ef8ffc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function defaultAdmin() view returns(address)
func (faultDisputes *FaultDisputes) PackDefaultAdmin() []byte {
	enc, err := faultDisputes.abi.Pack("defaultAdmin")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDefaultAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84ef8ffc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function defaultAdmin() view returns(address)
func (faultDisputes *FaultDisputes) TryPackDefaultAdmin() ([]byte, error) {
	return faultDisputes.abi.Pack("defaultAdmin")
}

// UnpackDefaultAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84ef8ffc.
//
// Solidity: function defaultAdmin() view returns(address)
func (faultDisputes *FaultDisputes) UnpackDefaultAdmin(data []byte) (common.Address, error) {
	out, err := faultDisputes.abi.Unpack("defaultAdmin", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc8463c8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function defaultAdminDelay() view returns(uint48)
func (faultDisputes *FaultDisputes) PackDefaultAdminDelay() []byte {
	enc, err := faultDisputes.abi.Pack("defaultAdminDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc8463c8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function defaultAdminDelay() view returns(uint48)
func (faultDisputes *FaultDisputes) TryPackDefaultAdminDelay() ([]byte, error) {
	return faultDisputes.abi.Pack("defaultAdminDelay")
}

// UnpackDefaultAdminDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcc8463c8.
//
// Solidity: function defaultAdminDelay() view returns(uint48)
func (faultDisputes *FaultDisputes) UnpackDefaultAdminDelay(data []byte) (*big.Int, error) {
	out, err := faultDisputes.abi.Unpack("defaultAdminDelay", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDefaultAdminDelayIncreaseWait is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x022d63fb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function defaultAdminDelayIncreaseWait() view returns(uint48)
func (faultDisputes *FaultDisputes) PackDefaultAdminDelayIncreaseWait() []byte {
	enc, err := faultDisputes.abi.Pack("defaultAdminDelayIncreaseWait")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDefaultAdminDelayIncreaseWait is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x022d63fb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function defaultAdminDelayIncreaseWait() view returns(uint48)
func (faultDisputes *FaultDisputes) TryPackDefaultAdminDelayIncreaseWait() ([]byte, error) {
	return faultDisputes.abi.Pack("defaultAdminDelayIncreaseWait")
}

// UnpackDefaultAdminDelayIncreaseWait is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x022d63fb.
//
// Solidity: function defaultAdminDelayIncreaseWait() view returns(uint48)
func (faultDisputes *FaultDisputes) UnpackDefaultAdminDelayIncreaseWait(data []byte) (*big.Int, error) {
	out, err := faultDisputes.abi.Unpack("defaultAdminDelayIncreaseWait", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDisputeOfRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25c4e2ec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputeOfRound(bytes32 roundKey) view returns(uint256)
func (faultDisputes *FaultDisputes) PackDisputeOfRound(roundKey [32]byte) []byte {
	enc, err := faultDisputes.abi.Pack("disputeOfRound", roundKey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputeOfRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25c4e2ec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputeOfRound(bytes32 roundKey) view returns(uint256)
func (faultDisputes *FaultDisputes) TryPackDisputeOfRound(roundKey [32]byte) ([]byte, error) {
	return faultDisputes.abi.Pack("disputeOfRound", roundKey)
}

// UnpackDisputeOfRound is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x25c4e2ec.
//
// Solidity: function disputeOfRound(bytes32 roundKey) view returns(uint256)
func (faultDisputes *FaultDisputes) UnpackDisputeOfRound(data []byte) (*big.Int, error) {
	out, err := faultDisputes.abi.Unpack("disputeOfRound", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (faultDisputes *FaultDisputes) PackEip712Domain() []byte {
	enc, err := faultDisputes.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (faultDisputes *FaultDisputes) TryPackEip712Domain() ([]byte, error) {
	return faultDisputes.abi.Pack("eip712Domain")
}

// Eip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type Eip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (faultDisputes *FaultDisputes) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := faultDisputes.abi.Unpack("eip712Domain", data)
	outstruct := new(Eip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2fdcc17.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function escrow() view returns(address)
func (faultDisputes *FaultDisputes) PackEscrow() []byte {
	enc, err := faultDisputes.abi.Pack("escrow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2fdcc17.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function escrow() view returns(address)
func (faultDisputes *FaultDisputes) TryPackEscrow() ([]byte, error) {
	return faultDisputes.abi.Pack("escrow")
}

// UnpackEscrow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe2fdcc17.
//
// Solidity: function escrow() view returns(address)
func (faultDisputes *FaultDisputes) UnpackEscrow(data []byte) (common.Address, error) {
	out, err := faultDisputes.abi.Unpack("escrow", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe0d94c1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function execute(uint256 id) returns()
func (faultDisputes *FaultDisputes) PackExecute(id *big.Int) []byte {
	enc, err := faultDisputes.abi.Pack("execute", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe0d94c1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function execute(uint256 id) returns()
func (faultDisputes *FaultDisputes) TryPackExecute(id *big.Int) ([]byte, error) {
	return faultDisputes.abi.Pack("execute", id)
}

// PackGetDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3a96cbd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getDispute(uint256 id) view returns((address,uint32,uint32,uint8,uint24,address,uint96,uint96,uint96,uint32,uint32,uint256,uint256,address[]))
func (faultDisputes *FaultDisputes) PackGetDispute(id *big.Int) []byte {
	enc, err := faultDisputes.abi.Pack("getDispute", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3a96cbd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getDispute(uint256 id) view returns((address,uint32,uint32,uint8,uint24,address,uint96,uint96,uint96,uint32,uint32,uint256,uint256,address[]))
func (faultDisputes *FaultDisputes) TryPackGetDispute(id *big.Int) ([]byte, error) {
	return faultDisputes.abi.Pack("getDispute", id)
}

// UnpackGetDispute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe3a96cbd.
//
// Solidity: function getDispute(uint256 id) view returns((address,uint32,uint32,uint8,uint24,address,uint96,uint96,uint96,uint32,uint32,uint256,uint256,address[]))
func (faultDisputes *FaultDisputes) UnpackGetDispute(data []byte) (FaultDisputesDispute, error) {
	out, err := faultDisputes.abi.Unpack("getDispute", data)
	if err != nil {
		return *new(FaultDisputesDispute), err
	}
	out0 := *abi.ConvertType(out[0], new(FaultDisputesDispute)).(*FaultDisputesDispute)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (faultDisputes *FaultDisputes) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := faultDisputes.abi.Pack("getRoleAdmin", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (faultDisputes *FaultDisputes) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return faultDisputes.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (faultDisputes *FaultDisputes) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := faultDisputes.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (faultDisputes *FaultDisputes) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := faultDisputes.abi.Pack("grantRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (faultDisputes *FaultDisputes) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return faultDisputes.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (faultDisputes *FaultDisputes) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := faultDisputes.abi.Pack("hasRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (faultDisputes *FaultDisputes) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return faultDisputes.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (faultDisputes *FaultDisputes) UnpackHasRole(data []byte) (bool, error) {
	out, err := faultDisputes.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIncidentUntil is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb60390d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function incidentUntil(address provider) view returns(uint256)
func (faultDisputes *FaultDisputes) PackIncidentUntil(provider common.Address) []byte {
	enc, err := faultDisputes.abi.Pack("incidentUntil", provider)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIncidentUntil is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb60390d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function incidentUntil(address provider) view returns(uint256)
func (faultDisputes *FaultDisputes) TryPackIncidentUntil(provider common.Address) ([]byte, error) {
	return faultDisputes.abi.Pack("incidentUntil", provider)
}

// UnpackIncidentUntil is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb60390d0.
//
// Solidity: function incidentUntil(address provider) view returns(uint256)
func (faultDisputes *FaultDisputes) UnpackIncidentUntil(data []byte) (*big.Int, error) {
	out, err := faultDisputes.abi.Unpack("incidentUntil", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNextDisputeId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0db39934.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextDisputeId() view returns(uint256)
func (faultDisputes *FaultDisputes) PackNextDisputeId() []byte {
	enc, err := faultDisputes.abi.Pack("nextDisputeId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNextDisputeId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0db39934.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nextDisputeId() view returns(uint256)
func (faultDisputes *FaultDisputes) TryPackNextDisputeId() ([]byte, error) {
	return faultDisputes.abi.Pack("nextDisputeId")
}

// UnpackNextDisputeId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0db39934.
//
// Solidity: function nextDisputeId() view returns(uint256)
func (faultDisputes *FaultDisputes) UnpackNextDisputeId(data []byte) (*big.Int, error) {
	out, err := faultDisputes.abi.Unpack("nextDisputeId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (faultDisputes *FaultDisputes) PackOwner() []byte {
	enc, err := faultDisputes.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (faultDisputes *FaultDisputes) TryPackOwner() ([]byte, error) {
	return faultDisputes.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (faultDisputes *FaultDisputes) UnpackOwner(data []byte) (common.Address, error) {
	out, err := faultDisputes.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcff0ab96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function params() view returns(uint8 quorum, uint96 reporterBond)
func (faultDisputes *FaultDisputes) PackParams() []byte {
	enc, err := faultDisputes.abi.Pack("params")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcff0ab96.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function params() view returns(uint8 quorum, uint96 reporterBond)
func (faultDisputes *FaultDisputes) TryPackParams() ([]byte, error) {
	return faultDisputes.abi.Pack("params")
}

// ParamsOutput serves as a container for the return parameters of contract
// method Params.
type ParamsOutput struct {
	Quorum       uint8
	ReporterBond *big.Int
}

// UnpackParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcff0ab96.
//
// Solidity: function params() view returns(uint8 quorum, uint96 reporterBond)
func (faultDisputes *FaultDisputes) UnpackParams(data []byte) (ParamsOutput, error) {
	out, err := faultDisputes.abi.Unpack("params", data)
	outstruct := new(ParamsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Quorum = *abi.ConvertType(out[0], new(uint8)).(*uint8)
	outstruct.ReporterBond = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackPendingDefaultAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf6eefb7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingDefaultAdmin() view returns(address newAdmin, uint48 schedule)
func (faultDisputes *FaultDisputes) PackPendingDefaultAdmin() []byte {
	enc, err := faultDisputes.abi.Pack("pendingDefaultAdmin")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingDefaultAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf6eefb7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingDefaultAdmin() view returns(address newAdmin, uint48 schedule)
func (faultDisputes *FaultDisputes) TryPackPendingDefaultAdmin() ([]byte, error) {
	return faultDisputes.abi.Pack("pendingDefaultAdmin")
}

// PendingDefaultAdminOutput serves as a container for the return parameters of contract
// method PendingDefaultAdmin.
type PendingDefaultAdminOutput struct {
	NewAdmin common.Address
	Schedule *big.Int
}

// UnpackPendingDefaultAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcf6eefb7.
//
// Solidity: function pendingDefaultAdmin() view returns(address newAdmin, uint48 schedule)
func (faultDisputes *FaultDisputes) UnpackPendingDefaultAdmin(data []byte) (PendingDefaultAdminOutput, error) {
	out, err := faultDisputes.abi.Unpack("pendingDefaultAdmin", data)
	outstruct := new(PendingDefaultAdminOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.NewAdmin = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Schedule = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackPendingDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1eda53c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingDefaultAdminDelay() view returns(uint48 newDelay, uint48 schedule)
func (faultDisputes *FaultDisputes) PackPendingDefaultAdminDelay() []byte {
	enc, err := faultDisputes.abi.Pack("pendingDefaultAdminDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1eda53c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingDefaultAdminDelay() view returns(uint48 newDelay, uint48 schedule)
func (faultDisputes *FaultDisputes) TryPackPendingDefaultAdminDelay() ([]byte, error) {
	return faultDisputes.abi.Pack("pendingDefaultAdminDelay")
}

// PendingDefaultAdminDelayOutput serves as a container for the return parameters of contract
// method PendingDefaultAdminDelay.
type PendingDefaultAdminDelayOutput struct {
	NewDelay *big.Int
	Schedule *big.Int
}

// UnpackPendingDefaultAdminDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa1eda53c.
//
// Solidity: function pendingDefaultAdminDelay() view returns(uint48 newDelay, uint48 schedule)
func (faultDisputes *FaultDisputes) UnpackPendingDefaultAdminDelay(data []byte) (PendingDefaultAdminDelayOutput, error) {
	out, err := faultDisputes.abi.Unpack("pendingDefaultAdminDelay", data)
	outstruct := new(PendingDefaultAdminDelayOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.NewDelay = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Schedule = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address account) returns()
func (faultDisputes *FaultDisputes) PackRenounceRole(role [32]byte, account common.Address) []byte {
	enc, err := faultDisputes.abi.Pack("renounceRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address account) returns()
func (faultDisputes *FaultDisputes) TryPackRenounceRole(role [32]byte, account common.Address) ([]byte, error) {
	return faultDisputes.abi.Pack("renounceRole", role, account)
}

// PackReportDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7814c867.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reportDigest((uint256,uint256,address,uint256,uint256) r) view returns(bytes32)
func (faultDisputes *FaultDisputes) PackReportDigest(r FaultDisputesFaultReport) []byte {
	enc, err := faultDisputes.abi.Pack("reportDigest", r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReportDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7814c867.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reportDigest((uint256,uint256,address,uint256,uint256) r) view returns(bytes32)
func (faultDisputes *FaultDisputes) TryPackReportDigest(r FaultDisputesFaultReport) ([]byte, error) {
	return faultDisputes.abi.Pack("reportDigest", r)
}

// UnpackReportDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7814c867.
//
// Solidity: function reportDigest((uint256,uint256,address,uint256,uint256) r) view returns(bytes32)
func (faultDisputes *FaultDisputes) UnpackReportDigest(data []byte) ([32]byte, error) {
	out, err := faultDisputes.abi.Unpack("reportDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackReportFault is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25b77951.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reportFault((uint256,uint256,address,uint256,uint256) r, bytes[] signatures) returns(uint256 id)
func (faultDisputes *FaultDisputes) PackReportFault(r FaultDisputesFaultReport, signatures [][]byte) []byte {
	enc, err := faultDisputes.abi.Pack("reportFault", r, signatures)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReportFault is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25b77951.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reportFault((uint256,uint256,address,uint256,uint256) r, bytes[] signatures) returns(uint256 id)
func (faultDisputes *FaultDisputes) TryPackReportFault(r FaultDisputesFaultReport, signatures [][]byte) ([]byte, error) {
	return faultDisputes.abi.Pack("reportFault", r, signatures)
}

// UnpackReportFault is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x25b77951.
//
// Solidity: function reportFault((uint256,uint256,address,uint256,uint256) r, bytes[] signatures) returns(uint256 id)
func (faultDisputes *FaultDisputes) UnpackReportFault(data []byte) (*big.Int, error) {
	out, err := faultDisputes.abi.Unpack("reportFault", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (faultDisputes *FaultDisputes) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := faultDisputes.abi.Pack("revokeRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (faultDisputes *FaultDisputes) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return faultDisputes.abi.Pack("revokeRole", role, account)
}

// PackRollbackDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0aa6220b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rollbackDefaultAdminDelay() returns()
func (faultDisputes *FaultDisputes) PackRollbackDefaultAdminDelay() []byte {
	enc, err := faultDisputes.abi.Pack("rollbackDefaultAdminDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRollbackDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0aa6220b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rollbackDefaultAdminDelay() returns()
func (faultDisputes *FaultDisputes) TryPackRollbackDefaultAdminDelay() ([]byte, error) {
	return faultDisputes.abi.Pack("rollbackDefaultAdminDelay")
}

// PackSetParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ff7eb64.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setParams((uint8,uint96) p) returns()
func (faultDisputes *FaultDisputes) PackSetParams(p FaultDisputesParams) []byte {
	enc, err := faultDisputes.abi.Pack("setParams", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ff7eb64.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setParams((uint8,uint96) p) returns()
func (faultDisputes *FaultDisputes) TryPackSetParams(p FaultDisputesParams) ([]byte, error) {
	return faultDisputes.abi.Pack("setParams", p)
}

// PackStaking is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cf088d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function staking() view returns(address)
func (faultDisputes *FaultDisputes) PackStaking() []byte {
	enc, err := faultDisputes.abi.Pack("staking")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStaking is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cf088d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function staking() view returns(address)
func (faultDisputes *FaultDisputes) TryPackStaking() ([]byte, error) {
	return faultDisputes.abi.Pack("staking")
}

// UnpackStaking is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4cf088d9.
//
// Solidity: function staking() view returns(address)
func (faultDisputes *FaultDisputes) UnpackStaking(data []byte) (common.Address, error) {
	out, err := faultDisputes.abi.Unpack("staking", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (faultDisputes *FaultDisputes) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := faultDisputes.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (faultDisputes *FaultDisputes) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return faultDisputes.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (faultDisputes *FaultDisputes) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := faultDisputes.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// FaultDisputesDefaultAdminDelayChangeCanceled represents a DefaultAdminDelayChangeCanceled event raised by the FaultDisputes contract.
type FaultDisputesDefaultAdminDelayChangeCanceled struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const FaultDisputesDefaultAdminDelayChangeCanceledEventName = "DefaultAdminDelayChangeCanceled"

// ContractEventName returns the user-defined event name.
func (FaultDisputesDefaultAdminDelayChangeCanceled) ContractEventName() string {
	return FaultDisputesDefaultAdminDelayChangeCanceledEventName
}

// UnpackDefaultAdminDelayChangeCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminDelayChangeCanceled()
func (faultDisputes *FaultDisputes) UnpackDefaultAdminDelayChangeCanceledEvent(log *types.Log) (*FaultDisputesDefaultAdminDelayChangeCanceled, error) {
	event := "DefaultAdminDelayChangeCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != faultDisputes.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FaultDisputesDefaultAdminDelayChangeCanceled)
	if len(log.Data) > 0 {
		if err := faultDisputes.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range faultDisputes.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// FaultDisputesDefaultAdminDelayChangeScheduled represents a DefaultAdminDelayChangeScheduled event raised by the FaultDisputes contract.
type FaultDisputesDefaultAdminDelayChangeScheduled struct {
	NewDelay       *big.Int
	EffectSchedule *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const FaultDisputesDefaultAdminDelayChangeScheduledEventName = "DefaultAdminDelayChangeScheduled"

// ContractEventName returns the user-defined event name.
func (FaultDisputesDefaultAdminDelayChangeScheduled) ContractEventName() string {
	return FaultDisputesDefaultAdminDelayChangeScheduledEventName
}

// UnpackDefaultAdminDelayChangeScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminDelayChangeScheduled(uint48 newDelay, uint48 effectSchedule)
func (faultDisputes *FaultDisputes) UnpackDefaultAdminDelayChangeScheduledEvent(log *types.Log) (*FaultDisputesDefaultAdminDelayChangeScheduled, error) {
	event := "DefaultAdminDelayChangeScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != faultDisputes.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FaultDisputesDefaultAdminDelayChangeScheduled)
	if len(log.Data) > 0 {
		if err := faultDisputes.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range faultDisputes.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// FaultDisputesDefaultAdminTransferCanceled represents a DefaultAdminTransferCanceled event raised by the FaultDisputes contract.
type FaultDisputesDefaultAdminTransferCanceled struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const FaultDisputesDefaultAdminTransferCanceledEventName = "DefaultAdminTransferCanceled"

// ContractEventName returns the user-defined event name.
func (FaultDisputesDefaultAdminTransferCanceled) ContractEventName() string {
	return FaultDisputesDefaultAdminTransferCanceledEventName
}

// UnpackDefaultAdminTransferCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminTransferCanceled()
func (faultDisputes *FaultDisputes) UnpackDefaultAdminTransferCanceledEvent(log *types.Log) (*FaultDisputesDefaultAdminTransferCanceled, error) {
	event := "DefaultAdminTransferCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != faultDisputes.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FaultDisputesDefaultAdminTransferCanceled)
	if len(log.Data) > 0 {
		if err := faultDisputes.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range faultDisputes.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// FaultDisputesDefaultAdminTransferScheduled represents a DefaultAdminTransferScheduled event raised by the FaultDisputes contract.
type FaultDisputesDefaultAdminTransferScheduled struct {
	NewAdmin       common.Address
	AcceptSchedule *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const FaultDisputesDefaultAdminTransferScheduledEventName = "DefaultAdminTransferScheduled"

// ContractEventName returns the user-defined event name.
func (FaultDisputesDefaultAdminTransferScheduled) ContractEventName() string {
	return FaultDisputesDefaultAdminTransferScheduledEventName
}

// UnpackDefaultAdminTransferScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminTransferScheduled(address indexed newAdmin, uint48 acceptSchedule)
func (faultDisputes *FaultDisputes) UnpackDefaultAdminTransferScheduledEvent(log *types.Log) (*FaultDisputesDefaultAdminTransferScheduled, error) {
	event := "DefaultAdminTransferScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != faultDisputes.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FaultDisputesDefaultAdminTransferScheduled)
	if len(log.Data) > 0 {
		if err := faultDisputes.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range faultDisputes.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// FaultDisputesEIP712DomainChanged represents a EIP712DomainChanged event raised by the FaultDisputes contract.
type FaultDisputesEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const FaultDisputesEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (FaultDisputesEIP712DomainChanged) ContractEventName() string {
	return FaultDisputesEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (faultDisputes *FaultDisputes) UnpackEIP712DomainChangedEvent(log *types.Log) (*FaultDisputesEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != faultDisputes.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FaultDisputesEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := faultDisputes.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range faultDisputes.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// FaultDisputesFaultReported represents a FaultReported event raised by the FaultDisputes contract.
type FaultDisputesFaultReported struct {
	DisputeId    *big.Int
	JobId        *big.Int
	Provider     common.Address
	Round        *big.Int
	SilentSince  *big.Int
	Amount       *big.Int
	Compensation *big.Int
	ExecuteAfter *big.Int
	Reporters    []common.Address
	Raw          *types.Log // Blockchain specific contextual infos
}

const FaultDisputesFaultReportedEventName = "FaultReported"

// ContractEventName returns the user-defined event name.
func (FaultDisputesFaultReported) ContractEventName() string {
	return FaultDisputesFaultReportedEventName
}

// UnpackFaultReportedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FaultReported(uint256 indexed disputeId, uint256 indexed jobId, address indexed provider, uint256 round, uint256 silentSince, uint256 amount, uint256 compensation, uint256 executeAfter, address[] reporters)
func (faultDisputes *FaultDisputes) UnpackFaultReportedEvent(log *types.Log) (*FaultDisputesFaultReported, error) {
	event := "FaultReported"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != faultDisputes.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FaultDisputesFaultReported)
	if len(log.Data) > 0 {
		if err := faultDisputes.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range faultDisputes.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// FaultDisputesFaultSlashed represents a FaultSlashed event raised by the FaultDisputes contract.
type FaultDisputesFaultSlashed struct {
	DisputeId  *big.Int
	Provider   common.Address
	ToClient   *big.Int
	ToTreasury *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const FaultDisputesFaultSlashedEventName = "FaultSlashed"

// ContractEventName returns the user-defined event name.
func (FaultDisputesFaultSlashed) ContractEventName() string {
	return FaultDisputesFaultSlashedEventName
}

// UnpackFaultSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FaultSlashed(uint256 indexed disputeId, address indexed provider, uint256 toClient, uint256 toTreasury)
func (faultDisputes *FaultDisputes) UnpackFaultSlashedEvent(log *types.Log) (*FaultDisputesFaultSlashed, error) {
	event := "FaultSlashed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != faultDisputes.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FaultDisputesFaultSlashed)
	if len(log.Data) > 0 {
		if err := faultDisputes.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range faultDisputes.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// FaultDisputesFaultVoided represents a FaultVoided event raised by the FaultDisputes contract.
type FaultDisputesFaultVoided struct {
	DisputeId  *big.Int
	AckSigner  common.Address
	AckTime    *big.Int
	BondsTaken *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const FaultDisputesFaultVoidedEventName = "FaultVoided"

// ContractEventName returns the user-defined event name.
func (FaultDisputesFaultVoided) ContractEventName() string {
	return FaultDisputesFaultVoidedEventName
}

// UnpackFaultVoidedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FaultVoided(uint256 indexed disputeId, address indexed ackSigner, uint256 ackTime, uint256 bondsTaken)
func (faultDisputes *FaultDisputes) UnpackFaultVoidedEvent(log *types.Log) (*FaultDisputesFaultVoided, error) {
	event := "FaultVoided"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != faultDisputes.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FaultDisputesFaultVoided)
	if len(log.Data) > 0 {
		if err := faultDisputes.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range faultDisputes.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// FaultDisputesParamsSet represents a ParamsSet event raised by the FaultDisputes contract.
type FaultDisputesParamsSet struct {
	Params FaultDisputesParams
	Raw    *types.Log // Blockchain specific contextual infos
}

const FaultDisputesParamsSetEventName = "ParamsSet"

// ContractEventName returns the user-defined event name.
func (FaultDisputesParamsSet) ContractEventName() string {
	return FaultDisputesParamsSetEventName
}

// UnpackParamsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ParamsSet((uint8,uint96) params)
func (faultDisputes *FaultDisputes) UnpackParamsSetEvent(log *types.Log) (*FaultDisputesParamsSet, error) {
	event := "ParamsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != faultDisputes.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FaultDisputesParamsSet)
	if len(log.Data) > 0 {
		if err := faultDisputes.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range faultDisputes.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// FaultDisputesRoleAdminChanged represents a RoleAdminChanged event raised by the FaultDisputes contract.
type FaultDisputesRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const FaultDisputesRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (FaultDisputesRoleAdminChanged) ContractEventName() string {
	return FaultDisputesRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (faultDisputes *FaultDisputes) UnpackRoleAdminChangedEvent(log *types.Log) (*FaultDisputesRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != faultDisputes.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FaultDisputesRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := faultDisputes.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range faultDisputes.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// FaultDisputesRoleGranted represents a RoleGranted event raised by the FaultDisputes contract.
type FaultDisputesRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const FaultDisputesRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (FaultDisputesRoleGranted) ContractEventName() string {
	return FaultDisputesRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (faultDisputes *FaultDisputes) UnpackRoleGrantedEvent(log *types.Log) (*FaultDisputesRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != faultDisputes.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FaultDisputesRoleGranted)
	if len(log.Data) > 0 {
		if err := faultDisputes.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range faultDisputes.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// FaultDisputesRoleRevoked represents a RoleRevoked event raised by the FaultDisputes contract.
type FaultDisputesRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const FaultDisputesRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (FaultDisputesRoleRevoked) ContractEventName() string {
	return FaultDisputesRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (faultDisputes *FaultDisputes) UnpackRoleRevokedEvent(log *types.Log) (*FaultDisputesRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != faultDisputes.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FaultDisputesRoleRevoked)
	if len(log.Data) > 0 {
		if err := faultDisputes.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range faultDisputes.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (faultDisputes *FaultDisputes) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], faultDisputes.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return faultDisputes.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], faultDisputes.abi.Errors["AccessControlEnforcedDefaultAdminDelay"].ID.Bytes()[:4]) {
		return faultDisputes.UnpackAccessControlEnforcedDefaultAdminDelayError(raw[4:])
	}
	if bytes.Equal(raw[:4], faultDisputes.abi.Errors["AccessControlEnforcedDefaultAdminRules"].ID.Bytes()[:4]) {
		return faultDisputes.UnpackAccessControlEnforcedDefaultAdminRulesError(raw[4:])
	}
	if bytes.Equal(raw[:4], faultDisputes.abi.Errors["AccessControlInvalidDefaultAdmin"].ID.Bytes()[:4]) {
		return faultDisputes.UnpackAccessControlInvalidDefaultAdminError(raw[4:])
	}
	if bytes.Equal(raw[:4], faultDisputes.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return faultDisputes.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], faultDisputes.abi.Errors["BondUnavailable"].ID.Bytes()[:4]) {
		return faultDisputes.UnpackBondUnavailableError(raw[4:])
	}
	if bytes.Equal(raw[:4], faultDisputes.abi.Errors["ChallengeWindow"].ID.Bytes()[:4]) {
		return faultDisputes.UnpackChallengeWindowError(raw[4:])
	}
	if bytes.Equal(raw[:4], faultDisputes.abi.Errors["InvalidEvidence"].ID.Bytes()[:4]) {
		return faultDisputes.UnpackInvalidEvidenceError(raw[4:])
	}
	if bytes.Equal(raw[:4], faultDisputes.abi.Errors["InvalidParams"].ID.Bytes()[:4]) {
		return faultDisputes.UnpackInvalidParamsError(raw[4:])
	}
	if bytes.Equal(raw[:4], faultDisputes.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return faultDisputes.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], faultDisputes.abi.Errors["NoQuorum"].ID.Bytes()[:4]) {
		return faultDisputes.UnpackNoQuorumError(raw[4:])
	}
	if bytes.Equal(raw[:4], faultDisputes.abi.Errors["NotReportable"].ID.Bytes()[:4]) {
		return faultDisputes.UnpackNotReportableError(raw[4:])
	}
	if bytes.Equal(raw[:4], faultDisputes.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return faultDisputes.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], faultDisputes.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return faultDisputes.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], faultDisputes.abi.Errors["SameIncident"].ID.Bytes()[:4]) {
		return faultDisputes.UnpackSameIncidentError(raw[4:])
	}
	if bytes.Equal(raw[:4], faultDisputes.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return faultDisputes.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], faultDisputes.abi.Errors["WrongState"].ID.Bytes()[:4]) {
		return faultDisputes.UnpackWrongStateError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// FaultDisputesAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the FaultDisputes contract.
type FaultDisputesAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func FaultDisputesAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (faultDisputes *FaultDisputes) UnpackAccessControlBadConfirmationError(raw []byte) (*FaultDisputesAccessControlBadConfirmation, error) {
	out := new(FaultDisputesAccessControlBadConfirmation)
	if err := faultDisputes.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FaultDisputesAccessControlEnforcedDefaultAdminDelay represents a AccessControlEnforcedDefaultAdminDelay error raised by the FaultDisputes contract.
type FaultDisputesAccessControlEnforcedDefaultAdminDelay struct {
	Schedule *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlEnforcedDefaultAdminDelay(uint48 schedule)
func FaultDisputesAccessControlEnforcedDefaultAdminDelayErrorID() common.Hash {
	return common.HexToHash("0x19ca5ebb8fb33f00e502c9392eddab1501674629178bf69b853cf037aaf4bb5d")
}

// UnpackAccessControlEnforcedDefaultAdminDelayError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlEnforcedDefaultAdminDelay(uint48 schedule)
func (faultDisputes *FaultDisputes) UnpackAccessControlEnforcedDefaultAdminDelayError(raw []byte) (*FaultDisputesAccessControlEnforcedDefaultAdminDelay, error) {
	out := new(FaultDisputesAccessControlEnforcedDefaultAdminDelay)
	if err := faultDisputes.abi.UnpackIntoInterface(out, "AccessControlEnforcedDefaultAdminDelay", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FaultDisputesAccessControlEnforcedDefaultAdminRules represents a AccessControlEnforcedDefaultAdminRules error raised by the FaultDisputes contract.
type FaultDisputesAccessControlEnforcedDefaultAdminRules struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlEnforcedDefaultAdminRules()
func FaultDisputesAccessControlEnforcedDefaultAdminRulesErrorID() common.Hash {
	return common.HexToHash("0x3fc3c27ae3db78c81b8f6e685172134623efa268ee8cd8d54be38ad2a74fc13b")
}

// UnpackAccessControlEnforcedDefaultAdminRulesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlEnforcedDefaultAdminRules()
func (faultDisputes *FaultDisputes) UnpackAccessControlEnforcedDefaultAdminRulesError(raw []byte) (*FaultDisputesAccessControlEnforcedDefaultAdminRules, error) {
	out := new(FaultDisputesAccessControlEnforcedDefaultAdminRules)
	if err := faultDisputes.abi.UnpackIntoInterface(out, "AccessControlEnforcedDefaultAdminRules", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FaultDisputesAccessControlInvalidDefaultAdmin represents a AccessControlInvalidDefaultAdmin error raised by the FaultDisputes contract.
type FaultDisputesAccessControlInvalidDefaultAdmin struct {
	DefaultAdmin common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlInvalidDefaultAdmin(address defaultAdmin)
func FaultDisputesAccessControlInvalidDefaultAdminErrorID() common.Hash {
	return common.HexToHash("0xc22c8022f2a840d6b6a9f113407715f5bbd4e88c1b0dd9434dc00700ba609ed4")
}

// UnpackAccessControlInvalidDefaultAdminError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlInvalidDefaultAdmin(address defaultAdmin)
func (faultDisputes *FaultDisputes) UnpackAccessControlInvalidDefaultAdminError(raw []byte) (*FaultDisputesAccessControlInvalidDefaultAdmin, error) {
	out := new(FaultDisputesAccessControlInvalidDefaultAdmin)
	if err := faultDisputes.abi.UnpackIntoInterface(out, "AccessControlInvalidDefaultAdmin", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FaultDisputesAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the FaultDisputes contract.
type FaultDisputesAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func FaultDisputesAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (faultDisputes *FaultDisputes) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*FaultDisputesAccessControlUnauthorizedAccount, error) {
	out := new(FaultDisputesAccessControlUnauthorizedAccount)
	if err := faultDisputes.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FaultDisputesBondUnavailable represents a BondUnavailable error raised by the FaultDisputes contract.
type FaultDisputesBondUnavailable struct {
	Reporter common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BondUnavailable(address reporter)
func FaultDisputesBondUnavailableErrorID() common.Hash {
	return common.HexToHash("0x0de3223100e9f5f5253eec9c984795e6d78daedfed29fc8db58b08f8cbfd3420")
}

// UnpackBondUnavailableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BondUnavailable(address reporter)
func (faultDisputes *FaultDisputes) UnpackBondUnavailableError(raw []byte) (*FaultDisputesBondUnavailable, error) {
	out := new(FaultDisputesBondUnavailable)
	if err := faultDisputes.abi.UnpackIntoInterface(out, "BondUnavailable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FaultDisputesChallengeWindow represents a ChallengeWindow error raised by the FaultDisputes contract.
type FaultDisputesChallengeWindow struct {
	Time *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChallengeWindow(uint256 time)
func FaultDisputesChallengeWindowErrorID() common.Hash {
	return common.HexToHash("0x0432933fc4f91d7d46ccc990f0478c4f36be6652bbb3c10b47139d6482a07638")
}

// UnpackChallengeWindowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChallengeWindow(uint256 time)
func (faultDisputes *FaultDisputes) UnpackChallengeWindowError(raw []byte) (*FaultDisputesChallengeWindow, error) {
	out := new(FaultDisputesChallengeWindow)
	if err := faultDisputes.abi.UnpackIntoInterface(out, "ChallengeWindow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FaultDisputesInvalidEvidence represents a InvalidEvidence error raised by the FaultDisputes contract.
type FaultDisputesInvalidEvidence struct {
	Why string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidEvidence(string why)
func FaultDisputesInvalidEvidenceErrorID() common.Hash {
	return common.HexToHash("0xdaf0730733b0dcf291590b462b6ad67b6b5ce07a0ef4e8fe80dc0a150df4fbb1")
}

// UnpackInvalidEvidenceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidEvidence(string why)
func (faultDisputes *FaultDisputes) UnpackInvalidEvidenceError(raw []byte) (*FaultDisputesInvalidEvidence, error) {
	out := new(FaultDisputesInvalidEvidence)
	if err := faultDisputes.abi.UnpackIntoInterface(out, "InvalidEvidence", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FaultDisputesInvalidParams represents a InvalidParams error raised by the FaultDisputes contract.
type FaultDisputesInvalidParams struct {
	What string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidParams(string what)
func FaultDisputesInvalidParamsErrorID() common.Hash {
	return common.HexToHash("0xa8c278dd678025fcd1ba899b5c9701b4f3cde35c26cff3abbdc63ff5ceeeb107")
}

// UnpackInvalidParamsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidParams(string what)
func (faultDisputes *FaultDisputes) UnpackInvalidParamsError(raw []byte) (*FaultDisputesInvalidParams, error) {
	out := new(FaultDisputesInvalidParams)
	if err := faultDisputes.abi.UnpackIntoInterface(out, "InvalidParams", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FaultDisputesInvalidShortString represents a InvalidShortString error raised by the FaultDisputes contract.
type FaultDisputesInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func FaultDisputesInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (faultDisputes *FaultDisputes) UnpackInvalidShortStringError(raw []byte) (*FaultDisputesInvalidShortString, error) {
	out := new(FaultDisputesInvalidShortString)
	if err := faultDisputes.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FaultDisputesNoQuorum represents a NoQuorum error raised by the FaultDisputes contract.
type FaultDisputesNoQuorum struct {
	Valid  *big.Int
	Quorum *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoQuorum(uint256 valid, uint256 quorum)
func FaultDisputesNoQuorumErrorID() common.Hash {
	return common.HexToHash("0xa07c49af08b421a301c72d9d0dd4ebec6a52f25fd56250523cef4fe70de605e4")
}

// UnpackNoQuorumError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoQuorum(uint256 valid, uint256 quorum)
func (faultDisputes *FaultDisputes) UnpackNoQuorumError(raw []byte) (*FaultDisputesNoQuorum, error) {
	out := new(FaultDisputesNoQuorum)
	if err := faultDisputes.abi.UnpackIntoInterface(out, "NoQuorum", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FaultDisputesNotReportable represents a NotReportable error raised by the FaultDisputes contract.
type FaultDisputesNotReportable struct {
	Why string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotReportable(string why)
func FaultDisputesNotReportableErrorID() common.Hash {
	return common.HexToHash("0x5375276805156804da900da57db81076782b9241791473541f50cc101228bd43")
}

// UnpackNotReportableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotReportable(string why)
func (faultDisputes *FaultDisputes) UnpackNotReportableError(raw []byte) (*FaultDisputesNotReportable, error) {
	out := new(FaultDisputesNotReportable)
	if err := faultDisputes.abi.UnpackIntoInterface(out, "NotReportable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FaultDisputesReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the FaultDisputes contract.
type FaultDisputesReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func FaultDisputesReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (faultDisputes *FaultDisputes) UnpackReentrancyGuardReentrantCallError(raw []byte) (*FaultDisputesReentrancyGuardReentrantCall, error) {
	out := new(FaultDisputesReentrancyGuardReentrantCall)
	if err := faultDisputes.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FaultDisputesSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the FaultDisputes contract.
type FaultDisputesSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func FaultDisputesSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (faultDisputes *FaultDisputes) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*FaultDisputesSafeCastOverflowedUintDowncast, error) {
	out := new(FaultDisputesSafeCastOverflowedUintDowncast)
	if err := faultDisputes.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FaultDisputesSameIncident represents a SameIncident error raised by the FaultDisputes contract.
type FaultDisputesSameIncident struct {
	Provider      common.Address
	IncidentUntil *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SameIncident(address provider, uint256 incidentUntil)
func FaultDisputesSameIncidentErrorID() common.Hash {
	return common.HexToHash("0xc47b14f5761c83f79814f7c2ae7525509ce3db0584f1b7a22021086bcfe5c0d9")
}

// UnpackSameIncidentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SameIncident(address provider, uint256 incidentUntil)
func (faultDisputes *FaultDisputes) UnpackSameIncidentError(raw []byte) (*FaultDisputesSameIncident, error) {
	out := new(FaultDisputesSameIncident)
	if err := faultDisputes.abi.UnpackIntoInterface(out, "SameIncident", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FaultDisputesStringTooLong represents a StringTooLong error raised by the FaultDisputes contract.
type FaultDisputesStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func FaultDisputesStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (faultDisputes *FaultDisputes) UnpackStringTooLongError(raw []byte) (*FaultDisputesStringTooLong, error) {
	out := new(FaultDisputesStringTooLong)
	if err := faultDisputes.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FaultDisputesWrongState represents a WrongState error raised by the FaultDisputes contract.
type FaultDisputesWrongState struct {
	DisputeId *big.Int
	State     uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongState(uint256 disputeId, uint8 state)
func FaultDisputesWrongStateErrorID() common.Hash {
	return common.HexToHash("0x800b061518cbf2095c1b1778c2e3202c0e88a5711a68b4d0ca85bbcbf3523260")
}

// UnpackWrongStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongState(uint256 disputeId, uint8 state)
func (faultDisputes *FaultDisputes) UnpackWrongStateError(raw []byte) (*FaultDisputesWrongState, error) {
	out := new(FaultDisputesWrongState)
	if err := faultDisputes.abi.UnpackIntoInterface(out, "WrongState", raw); err != nil {
		return nil, err
	}
	return out, nil
}
