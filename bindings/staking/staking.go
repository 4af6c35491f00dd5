// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package staking

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

// ProviderStakingMetaData contains all meta data concerning the ProviderStaking contract.
var ProviderStakingMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"token_\",\"type\":\"address\",\"internalType\":\"contractIERC20\"},{\"name\":\"admin\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"adminTransferDelay\",\"type\":\"uint48\",\"internalType\":\"uint48\"},{\"name\":\"minStake_\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"unbondingDelay_\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"escrow\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"disputes\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"LOCKER_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_UNBONDING_DELAY\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"SLASHER_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"acceptDefaultAdminTransfer\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"beginDefaultAdminTransfer\",\"inputs\":[{\"name\":\"newAdmin\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"cancelDefaultAdminTransfer\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"changeDefaultAdminDelay\",\"inputs\":[{\"name\":\"newDelay\",\"type\":\"uint48\",\"internalType\":\"uint48\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"defaultAdmin\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"defaultAdminDelay\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint48\",\"internalType\":\"uint48\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"defaultAdminDelayIncreaseWait\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint48\",\"internalType\":\"uint48\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isEligible\",\"inputs\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"jobMinimum\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"lock\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"key\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"lockedStakeOf\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"locks\",\"inputs\":[{\"name\":\"key\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint96\",\"internalType\":\"uint96\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"minStake\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"operatorOf\",\"inputs\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pause\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"paused\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingDefaultAdmin\",\"inputs\":[],\"outputs\":[{\"name\":\"newAdmin\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"schedule\",\"type\":\"uint48\",\"internalType\":\"uint48\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingDefaultAdminDelay\",\"inputs\":[],\"outputs\":[{\"name\":\"newDelay\",\"type\":\"uint48\",\"internalType\":\"uint48\"},{\"name\":\"schedule\",\"type\":\"uint48\",\"internalType\":\"uint48\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"providerOf\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"requestUnstake\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"rollbackDefaultAdminDelay\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setMinStake\",\"inputs\":[{\"name\":\"minStake_\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setOperator\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setUnbondingDelay\",\"inputs\":[{\"name\":\"delay\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"signsFor\",\"inputs\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"slash\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"beneficiary\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"reason\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[{\"name\":\"slashed\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"slashableOf\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"stake\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"stakeOf\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"stakeWithPermit\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"v\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"r\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"token\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIERC20\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"totalActive\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"totalUnbonding\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"unbondingDelay\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"unbondingOf\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"unlockAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"unlock\",\"inputs\":[{\"name\":\"key\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"unlockedStakeOf\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"unpause\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"withdraw\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"DefaultAdminDelayChangeCanceled\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DefaultAdminDelayChangeScheduled\",\"inputs\":[{\"name\":\"newDelay\",\"type\":\"uint48\",\"indexed\":false,\"internalType\":\"uint48\"},{\"name\":\"effectSchedule\",\"type\":\"uint48\",\"indexed\":false,\"internalType\":\"uint48\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DefaultAdminTransferCanceled\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DefaultAdminTransferScheduled\",\"inputs\":[{\"name\":\"newAdmin\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"acceptSchedule\",\"type\":\"uint48\",\"indexed\":false,\"internalType\":\"uint48\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"MinStakeSet\",\"inputs\":[{\"name\":\"minStake\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OperatorSet\",\"inputs\":[{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Paused\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Slashed\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"beneficiary\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"fromActive\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"fromUnbonding\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"reason\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"StakeLocked\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"key\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"StakeUnlocked\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"key\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"StakeWithdrawn\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Staked\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"UnbondingDelaySet\",\"inputs\":[{\"name\":\"delay\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Unpaused\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"UnstakeRequested\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"unlockAt\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlEnforcedDefaultAdminDelay\",\"inputs\":[{\"name\":\"schedule\",\"type\":\"uint48\",\"internalType\":\"uint48\"}]},{\"type\":\"error\",\"name\":\"AccessControlEnforcedDefaultAdminRules\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlInvalidDefaultAdmin\",\"inputs\":[{\"name\":\"defaultAdmin\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"BadLock\",\"inputs\":[{\"name\":\"key\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"DelayTooLong\",\"inputs\":[{\"name\":\"delay\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"EnforcedPause\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ExpectedPause\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InsufficientStake\",\"inputs\":[{\"name\":\"available\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"requested\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidOperator\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NothingToSlash\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NothingUnbonding\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"PermitFailed\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SafeCastOverflowedUintDowncast\",\"inputs\":[{\"name\":\"bits\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"StakeLockedUp\",\"inputs\":[{\"name\":\"unlocked\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"requested\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"StillUnbonding\",\"inputs\":[{\"name\":\"unlockAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroAmount\",\"inputs\":[]}]",
	ID:  "ProviderStaking",
	Bin: "0x60a060405234801561000f575f5ffd5b50604051612b9d380380612b9d83398101604081905261002e9161033f565b84866001600160a01b03811661005e57604051636116401160e11b81525f60048201526024015b60405180910390fd5b600180546001600160d01b0316600160d01b65ffffffffffff8516021790556100875f82610212565b5050506001600160a01b03871615806100a757506001600160a01b038216155b806100b957506001600160a01b038116155b156100d75760405163d92e233d60e01b815260040160405180910390fd5b6276a7006001600160401b038416111561010f57604051631e443d8d60e31b81526001600160401b0384166004820152602401610055565b6001600160a01b0387166080526004849055600580546001600160401b0319166001600160401b0385161790556101535f516020612b7d5f395f51905f5283610212565b5061016b5f516020612b7d5f395f51905f5282610212565b506101967f12b42e8a160f6064dc959c6f251e3af0750ad213dbecf573b4710d67d6c28e3982610212565b506040518481527fa70bd512f7108f78a924d05836f49963c6d8583e3d39f5b6412eb5be70e8432a9060200160405180910390a16040516001600160401b03841681527f16cc46df77405a1d0dc35ad78dd0c55bb42dc30a45c21ccff578f3cd6d3b25de9060200160405180910390a1505050505050506103e1565b5f8261026e575f61022b6002546001600160a01b031690565b6001600160a01b03161461025257604051631fe1e13d60e11b815260040160405180910390fd5b600280546001600160a01b0319166001600160a01b0384161790555b6102788383610281565b90505b92915050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610321575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556102d93390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161027b565b505f61027b565b6001600160a01b038116811461033c575f5ffd5b50565b5f5f5f5f5f5f5f60e0888a031215610355575f5ffd5b875161036081610328565b602089015190975061037181610328565b604089015190965065ffffffffffff8116811461038c575f5ffd5b606089015160808a015191965094506001600160401b03811681146103af575f5ffd5b60a08901519093506103c081610328565b60c08901519092506103d181610328565b8091505092959891949750929550565b60805161276161041c5f395f818161078d01528181610c15015281816115fb0152818161187e015281816118f90152611d4c01526127615ff3fe608060405234801561000f575f5ffd5b50600436106102b1575f3560e01c806384ef8ffc1161017b578063cc8463c8116100e4578063db7dd35a1161009e578063ecd9ba8211610079578063ecd9ba82146106ed578063ed5e843714610700578063f362136714610761578063fc0c546a14610788575f5ffd5b8063db7dd35a146106b4578063ea249480146106c7578063ec9b5b3a146106da575f5ffd5b8063cc8463c814610648578063cefc142914610650578063cf6eefb714610658578063d547741f14610686578063d602b9fd14610699578063d80a8434146106a1575f5ffd5b8063a694fc3a11610135578063a694fc3a14610549578063a80de0e81461055c578063acf099121461056f578063b3ab15fb146105d8578063c634b093146105eb578063c65d8b7314610626575f5ffd5b806384ef8ffc146104dc5780638c80fd90146104ed5780638da5cb5b1461050057806391d1485414610508578063a1eda53c1461051b578063a217fddf14610542575f5ffd5b80633f4ba83a1161021d5780635c975abb116101d75780635c975abb14610468578063631de7d114610473578063634e93da14610486578063636f35d314610499578063649a5ec7146104c15780638456cb59146104d4575f5ffd5b80633f4ba83a146103d957806342623360146103e1578063429e03b2146104125780634e6211f4146104255780635095af6414610438578063577596001461045f575f5ffd5b8063248a9ca31161026e578063248a9ca3146103775780632f2ff15d14610399578063350fd0be146103ac57806336568abe146103b5578063375b3c0a146103c85780633ccfd60b146103d1575f5ffd5b806301ffc9a7146102b5578063022d63fb146102dd5780630aa6220b146102f95780631129ee371461030357806321338b38146103245780632309572114610364575b5f5ffd5b6102c86102c33660046123f0565b6107af565b60405190151581526020015b60405180910390f35b620697805b60405165ffffffffffff90911681526020016102d4565b6103016107d9565b005b610316610311366004612432565b6107ee565b6040519081526020016102d4565b61034c610332366004612432565b600b6020525f90815260409020546001600160a01b031681565b6040516001600160a01b0390911681526020016102d4565b61030161037236600461244b565b61082a565b61031661038536600461244b565b5f9081526020819052604090206001015490565b6103016103a7366004612462565b610a71565b61031660075481565b6103016103c3366004612462565b610a9d565b61031660045481565b610301610b43565b610301610c7d565b6103166103ef366004612432565b6001600160a01b03165f908152600860205260409020546001600160801b031690565b61030161042036600461248c565b610c8f565b6102c86104333660046124b2565b610d28565b6103167f12b42e8a160f6064dc959c6f251e3af0750ad213dbecf573b4710d67d6c28e3981565b61031660065481565b60035460ff166102c8565b610316610481366004612432565b610d79565b610301610494366004612432565b610db4565b61034c6104a7366004612432565b600a6020525f90815260409020546001600160a01b031681565b6103016104cf3660046124da565b610dc7565b610301610dda565b6002546001600160a01b031661034c565b6103016104fb36600461244b565b610dec565b61034c610e2b565b6102c8610516366004612462565b610e43565b610523610e6b565b6040805165ffffffffffff9384168152929091166020830152016102d4565b6103165f81565b61030161055736600461244b565b610ebd565b61030161056a3660046124ff565b610edf565b6105bb61057d366004612432565b6001600160a01b03165f9081526008602052604090208054600190910154600160801b9091046001600160801b0316916001600160401b0390911690565b604080519283526001600160401b039091166020830152016102d4565b6103016105e6366004612432565b6110a3565b6103166105f9366004612432565b6001600160a01b03165f90815260086020526040902060010154600160401b90046001600160801b031690565b6106306276a70081565b6040516001600160401b0390911681526020016102d4565b6102e2611255565b6103016112b3565b6106606112f2565b604080516001600160a01b03909316835265ffffffffffff9091166020830152016102d4565b610301610694366004612462565b611313565b61030161133b565b6102c86106af36600461252f565b61134d565b600554610630906001600160401b031681565b6103166106d5366004612557565b6113bd565b6103166106e836600461244b565b61168b565b6103016106fb3660046125ea565b61182e565b61073a61070e36600461244b565b60096020525f90815260409020546001600160a01b03811690600160a01b90046001600160601b031682565b604080516001600160a01b0390931683526001600160601b039091166020830152016102d4565b6103167faf9a8bb3cbd6b84fbccefa71ff73e26e798553c6914585a84886212a46a9027981565b61034c7f000000000000000000000000000000000000000000000000000000000000000081565b5f6001600160e01b031982166318a4c3c360e11b14806107d357506107d3826119a2565b92915050565b5f6107e3816119d6565b6107eb6119e0565b50565b6001600160a01b0381165f9081526008602052604081208054610823906001600160801b03600160801b820481169116612648565b9392505050565b6108326119ea565b805f0361085257604051631f2a200560e01b815260040160405180910390fd5b335f90815260086020526040902080546001600160801b03168211156108a55780546040516322df051360e11b81526001600160801b039091166004820152602481018390526044015b60405180910390fd5b6001810154815483916108cb916001600160801b03600160401b9092048216911661265b565b6001600160801b0316101561092a57600181015481546108fe916001600160801b03600160401b9091048116911661265b565b604051638390868d60e01b81526001600160801b0390911660048201526024810183905260440161089c565b6005545f90610942906001600160401b03164261267a565b8254909150839083905f906109619084906001600160801b031661265b565b92506101000a8154816001600160801b0302191690836001600160801b0316021790555082825f0160108282829054906101000a90046001600160801b03166109aa9190612699565b92506101000a8154816001600160801b0302191690836001600160801b0316021790555080826001015f6101000a8154816001600160401b0302191690836001600160401b031602179055508260065f828254610a0791906126b8565b925050819055508260075f828254610a1f9190612648565b9091555050604080518481526001600160401b038316602082015233917f21020437c0e4b58b34bd7ac1f1cef55e7820d1bcd93824ceb273cad96eea704c910160405180910390a250506107eb611a1f565b81610a8f57604051631fe1e13d60e11b815260040160405180910390fd5b610a998282611a49565b5050565b81158015610ab857506002546001600160a01b038281169116145b15610b39575f5f610ac76112f2565b90925090506001600160a01b038216151580610ae9575065ffffffffffff8116155b80610afc57504265ffffffffffff821610155b15610b24576040516319ca5ebb60e01b815265ffffffffffff8216600482015260240161089c565b50506001805465ffffffffffff60a01b191690555b610a998282611a6d565b610b4b6119ea565b335f90815260086020526040812080549091600160801b9091046001600160801b031690819003610b8f5760405163098ae75d60e21b815260040160405180910390fd5b60018201546001600160401b0316421015610bce57600182015460405163be8a527b60e01b81526001600160401b03909116600482015260240161089c565b81546001600160801b0316825560018201805467ffffffffffffffff19169055600780548291905f90610c029084906126b8565b90915550610c3c90506001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163383611aa5565b60405181815233907f8108595eb6bad3acefa9da467d90cc2217686d5c5ac85460f8b7849c840645fc9060200160405180910390a25050610c7b611a1f565b565b5f610c87816119d6565b6107eb611ada565b5f610c99816119d6565b6276a7006001600160401b0383161115610cd157604051631e443d8d60e31b81526001600160401b038316600482015260240161089c565b6005805467ffffffffffffffff19166001600160401b0384169081179091556040519081527f16cc46df77405a1d0dc35ad78dd0c55bb42dc30a45c21ccff578f3cd6d3b25de906020015b60405180910390a15050565b5f6001600160a01b038216158015906108235750826001600160a01b0316826001600160a01b031614806108235750506001600160a01b039182165f908152600a6020526040902054821691161490565b6001600160a01b0381165f90815260086020526040812060018101548154610823916001600160801b03600160401b909104811691166126b8565b5f610dbe816119d6565b610a9982611b2c565b5f610dd1816119d6565b610a9982611b9e565b5f610de4816119d6565b6107eb611c06565b5f610df6816119d6565b60048290556040518281527fa70bd512f7108f78a924d05836f49963c6d8583e3d39f5b6412eb5be70e8432a90602001610d1c565b5f610e3e6002546001600160a01b031690565b905090565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b6002545f90600160d01b900465ffffffffffff168015158015610e9657504265ffffffffffff821610155b610ea1575f5f610eb5565b600254600160a01b900465ffffffffffff16815b915091509091565b610ec5611c43565b610ecd6119ea565b610ed73382611c67565b6107eb611a1f565b7faf9a8bb3cbd6b84fbccefa71ff73e26e798553c6914585a84886212a46a90279610f09816119d6565b5f838152600960205260409020546001600160a01b031615610f415760405163e79103b160e01b81526004810184905260240161089c565b811561109d576001600160a01b0384165f90815260086020526040812060018101548154919291610f85916001600160801b03600160401b909104811691166126b8565b905083811015610fb257604051638390868d60e01b8152600481018290526024810185905260440161089c565b838260010160088282829054906101000a90046001600160801b0316610fd89190612699565b92506101000a8154816001600160801b0302191690836001600160801b031602179055506040518060400160405280876001600160a01b0316815260200161101f86611dbc565b6001600160601b039081169091525f8781526009602090815260409182902084519490910151909216600160a01b026001600160a01b03938416179091555186918816907fff88c0639dfd5805c28287efa83ab295ba188cb063cce13f32ee627dd07b50f0906110929088815260200190565b60405180910390a350505b50505050565b335f908152600b60205260409020546001600160a01b0316156110db57604051633eaa03e360e01b815233600482015260240161089c565b6001600160a01b03811615611181576001600160a01b0381165f8181526008602052604090209033148061112757506001600160a01b038281165f908152600b60205260409020541615155b8061113b575080546001600160801b031615155b8061115657508054600160801b90046001600160801b031615155b1561117f57604051633eaa03e360e01b81526001600160a01b038316600482015260240161089c565b505b335f908152600a60205260409020546001600160a01b031680156111c5576001600160a01b0381165f908152600b6020526040902080546001600160a01b03191690555b335f908152600a6020526040902080546001600160a01b0319166001600160a01b0384169081179091551561121c576001600160a01b0382165f908152600b6020526040902080546001600160a01b031916331790555b6040516001600160a01b0383169033907ffd489696792cc4c5d5b226c46f008e459c8ec9b746c49191d74bb92c19fd1867905f90a35050565b6002545f90600160d01b900465ffffffffffff16801515801561127f57504265ffffffffffff8216105b61129a57600154600160d01b900465ffffffffffff166112ad565b600254600160a01b900465ffffffffffff165b91505090565b5f6112bc6112f2565b509050336001600160a01b038216146112ea57604051636116401160e11b815233600482015260240161089c565b6107eb611df3565b6001546001600160a01b03811691600160a01b90910465ffffffffffff1690565b8161133157604051631fe1e13d60e11b815260040160405180910390fd5b610a998282611e89565b5f611345816119d6565b6107eb611ead565b5f5f600454831161136057600454611362565b825b6001600160a01b0385165f9081526008602052604081206001810154815493945090926113a2916001600160801b03600160401b909104811691166126b8565b90505f811180156113b35750828110155b9695505050505050565b5f7f12b42e8a160f6064dc959c6f251e3af0750ad213dbecf573b4710d67d6c28e396113e8816119d6565b6113f06119ea565b855f0361141057604051631f2a200560e01b815260040160405180910390fd5b6001600160a01b0385166114375760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0387165f908152600860205260408120805490919061146f906001600160801b03600160801b820481169116612648565b9050805f0361149c57604051630752994b60e51b81526001600160a01b038a16600482015260240161089c565b8088106114a957806114ab565b875b82549094505f906001600160801b031685106114d15782546001600160801b03166114d3565b845b90505f6114e082876126b8565b8454909150829085905f906114ff9084906001600160801b031661265b565b82546101009290920a6001600160801b0381810219909316918316021790915585546001870154908216600160401b9091049091161115905061157757835460018501805477ffffffffffffffffffffffffffffffff000000000000000019166001600160801b03909216600160401b029190911790555b83548190859060109061159b908490600160801b90046001600160801b031661265b565b92506101000a8154816001600160801b0302191690836001600160801b031602179055508160065f8282546115d091906126b8565b925050819055508060075f8282546115e891906126b8565b9091555061162290506001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168a88611aa5565b886001600160a01b03168b6001600160a01b03167ff15352ab9b908010f35e80a4af20e5c13c9a2a885b57f6f0c413c7db7a6f2f598885858d8d60405161166d9594939291906126cb565b60405180910390a350505050611681611a1f565b5095945050505050565b5f7faf9a8bb3cbd6b84fbccefa71ff73e26e798553c6914585a84886212a46a902796116b6816119d6565b5f838152600960209081526040918290208251808401909352546001600160a01b038116808452600160a01b9091046001600160601b0316918301919091526117155760405163e79103b160e01b81526004810185905260240161089c565b5f84815260096020908152604080832083905583516001600160a01b03168352600882529091206001810154918301519091600160401b90046001600160801b03166001600160601b0390911610611781576001810154600160401b90046001600160801b0316611790565b81602001516001600160601b03165b6001820180546001600160801b03928316965086926008916117bb918591600160401b90041661265b565b92506101000a8154816001600160801b0302191690836001600160801b0316021790555084825f01516001600160a01b03167f192dd10bc50dc4ab7aeddb8a5da5a38a6e54aa0e5d4012f6b2ca05c606b6cad58660405161181e91815260200190565b60405180910390a3505050919050565b611836611c43565b61183e6119ea565b60405163d505accf60e01b8152336004820152306024820152604481018690526064810185905260ff8416608482015260a4810183905260c481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063d505accf9060e4015f604051808303815f87803b1580156118c7575f5ffd5b505af19250505080156118d8575060015b61198957604051636eb1769f60e11b815233600482015230602482015285907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063dd62ed3e90604401602060405180830381865afa158015611946573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061196a919061270e565b10156119895760405163b78cb0dd60e01b815260040160405180910390fd5b6119933386611c67565b61199b611a1f565b5050505050565b5f6001600160e01b03198216637965db0b60e01b14806107d357506301ffc9a760e01b6001600160e01b03198316146107d3565b6107eb8133611eb7565b610c7b5f5f611ef0565b6119f2611faf565b610c7b60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90611fef565b610c7b5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611a19565b5f82815260208190526040902060010154611a63816119d6565b61109d8383611ff6565b6001600160a01b0381163314611a965760405163334bd91960e11b815260040160405180910390fd5b611aa0828261205c565b505050565b611ab28383836001612098565b611aa057604051635274afe760e01b81526001600160a01b038416600482015260240161089c565b611ae26120fa565b6003805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b5f611b35611255565b611b3e4261211d565b611b489190612725565b9050611b54828261214f565b60405165ffffffffffff821681526001600160a01b038316907f3377dc44241e779dd06afab5b788a35ca5f3b778836e2990bdb26a2a4b2e5ed69060200160405180910390a25050565b5f611ba8826121cc565b611bb14261211d565b611bbb9190612725565b9050611bc78282611ef0565b6040805165ffffffffffff8085168252831660208201527ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b9101610d1c565b611c0e611c43565b6003805460ff191660011790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258611b0f3390565b60035460ff1615610c7b5760405163d93c066560e01b815260040160405180910390fd5b805f03611c8757604051631f2a200560e01b815260040160405180910390fd5b6001600160a01b038281165f908152600b60205260409020541615611cca57604051633eaa03e360e01b81526001600160a01b038316600482015260240161089c565b6001600160a01b0382165f908152600860205260409020611cea82612213565b815482905f90611d049084906001600160801b0316612699565b92506101000a8154816001600160801b0302191690836001600160801b031602179055508160065f828254611d399190612648565b90915550611d7490506001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016843085612246565b826001600160a01b03167f9e71bc8eea02a63969f509818f2dafb9254532904319f9dbda79b67bd34a5f3d83604051611daf91815260200190565b60405180910390a2505050565b5f6001600160601b03821115611def576040516306dfcc6560e41b8152606060048201526024810183905260440161089c565b5090565b5f5f611dfd6112f2565b91509150611e128165ffffffffffff16151590565b1580611e2657504265ffffffffffff821610155b15611e4e576040516319ca5ebb60e01b815265ffffffffffff8216600482015260240161089c565b611e695f611e646002546001600160a01b031690565b61205c565b50611e745f83611ff6565b5050600180546001600160d01b031916905550565b5f82815260208190526040902060010154611ea3816119d6565b61109d838361205c565b610c7b5f5f61214f565b611ec18282610e43565b610a995760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161089c565b600254600160d01b900465ffffffffffff168015611f72574265ffffffffffff82161015611f4957600254600180546001600160d01b0316600160a01b90920465ffffffffffff16600160d01b02919091179055611f72565b6040517f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec5905f90a15b50600280546001600160a01b0316600160a01b65ffffffffffff948516026001600160d01b031617600160d01b9290931691909102919091179055565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15610c7b57604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b5f82612052575f61200f6002546001600160a01b031690565b6001600160a01b03161461203657604051631fe1e13d60e11b815260040160405180910390fd5b600280546001600160a01b0319166001600160a01b0384161790555b610823838361227c565b5f8215801561207857506002546001600160a01b038381169116145b1561208e57600280546001600160a01b03191690555b610823838361230b565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f511483166120ee5783831516156120e2573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b60035460ff16610c7b57604051638dfc202b60e01b815260040160405180910390fd5b5f65ffffffffffff821115611def576040516306dfcc6560e41b8152603060048201526024810183905260440161089c565b5f6121586112f2565b6001805465ffffffffffff8616600160a01b026001600160d01b03199091166001600160a01b03881617179055915061219a90508165ffffffffffff16151590565b15611aa0576040517f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a9605109905f90a1505050565b5f5f6121d6611255565b90508065ffffffffffff168365ffffffffffff16116121fe576121f98382612743565b610823565b61082365ffffffffffff841662069780612374565b5f6001600160801b03821115611def576040516306dfcc6560e41b8152608060048201526024810183905260440161089c565b612254848484846001612383565b61109d57604051635274afe760e01b81526001600160a01b038516600482015260240161089c565b5f6122878383610e43565b612304575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556122bc3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016107d3565b505f6107d3565b5f6123168383610e43565b15612304575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016107d3565b5f828218828410028218610823565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f511483166123df5783831516156123d3573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f60208284031215612400575f5ffd5b81356001600160e01b031981168114610823575f5ffd5b80356001600160a01b038116811461242d575f5ffd5b919050565b5f60208284031215612442575f5ffd5b61082382612417565b5f6020828403121561245b575f5ffd5b5035919050565b5f5f60408385031215612473575f5ffd5b8235915061248360208401612417565b90509250929050565b5f6020828403121561249c575f5ffd5b81356001600160401b0381168114610823575f5ffd5b5f5f604083850312156124c3575f5ffd5b6124cc83612417565b915061248360208401612417565b5f602082840312156124ea575f5ffd5b813565ffffffffffff81168114610823575f5ffd5b5f5f5f60608486031215612511575f5ffd5b61251a84612417565b95602085013595506040909401359392505050565b5f5f60408385031215612540575f5ffd5b61254983612417565b946020939093013593505050565b5f5f5f5f5f6080868803121561256b575f5ffd5b61257486612417565b94506020860135935061258960408701612417565b925060608601356001600160401b038111156125a3575f5ffd5b8601601f810188136125b3575f5ffd5b80356001600160401b038111156125c8575f5ffd5b8860208284010111156125d9575f5ffd5b959894975092955050506020019190565b5f5f5f5f5f60a086880312156125fe575f5ffd5b8535945060208601359350604086013560ff8116811461261c575f5ffd5b94979396509394606081013594506080013592915050565b634e487b7160e01b5f52601160045260245ffd5b808201808211156107d3576107d3612634565b6001600160801b0382811682821603908111156107d3576107d3612634565b6001600160401b0381811683821601908111156107d3576107d3612634565b6001600160801b0381811683821601908111156107d3576107d3612634565b818103818111156107d3576107d3612634565b85815284602082015283604082015260806060820152816080820152818360a08301375f81830160a090810191909152601f909201601f19160101949350505050565b5f6020828403121561271e575f5ffd5b5051919050565b65ffffffffffff81811683821601908111156107d3576107d3612634565b65ffffffffffff82811682821603908111156107d3576107d361263456af9a8bb3cbd6b84fbccefa71ff73e26e798553c6914585a84886212a46a90279",
}

// ProviderStaking is an auto generated Go binding around an Ethereum contract.
type ProviderStaking struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ProviderStaking) GetABI() abi.ABI {
	return c.abi
}

// NewProviderStaking creates a new instance of ProviderStaking.
func NewProviderStaking() *ProviderStaking {
	parsed, err := ProviderStakingMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ProviderStaking{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ProviderStaking) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_, address admin, uint48 adminTransferDelay, uint256 minStake_, uint64 unbondingDelay_, address escrow, address disputes) returns()
func (providerStaking *ProviderStaking) PackConstructor(token_ common.Address, admin common.Address, adminTransferDelay *big.Int, minStake_ *big.Int, unbondingDelay_ uint64, escrow common.Address, disputes common.Address) []byte {
	enc, err := providerStaking.abi.Pack("", token_, admin, adminTransferDelay, minStake_, unbondingDelay_, escrow, disputes)
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
func (providerStaking *ProviderStaking) PackDEFAULTADMINROLE() []byte {
	enc, err := providerStaking.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (providerStaking *ProviderStaking) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return providerStaking.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (providerStaking *ProviderStaking) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := providerStaking.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackLOCKERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf3621367.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function LOCKER_ROLE() view returns(bytes32)
func (providerStaking *ProviderStaking) PackLOCKERROLE() []byte {
	enc, err := providerStaking.abi.Pack("LOCKER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLOCKERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf3621367.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function LOCKER_ROLE() view returns(bytes32)
func (providerStaking *ProviderStaking) TryPackLOCKERROLE() ([]byte, error) {
	return providerStaking.abi.Pack("LOCKER_ROLE")
}

// UnpackLOCKERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf3621367.
//
// Solidity: function LOCKER_ROLE() view returns(bytes32)
func (providerStaking *ProviderStaking) UnpackLOCKERROLE(data []byte) ([32]byte, error) {
	out, err := providerStaking.abi.Unpack("LOCKER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXUNBONDINGDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc65d8b73.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_UNBONDING_DELAY() view returns(uint64)
func (providerStaking *ProviderStaking) PackMAXUNBONDINGDELAY() []byte {
	enc, err := providerStaking.abi.Pack("MAX_UNBONDING_DELAY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXUNBONDINGDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc65d8b73.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_UNBONDING_DELAY() view returns(uint64)
func (providerStaking *ProviderStaking) TryPackMAXUNBONDINGDELAY() ([]byte, error) {
	return providerStaking.abi.Pack("MAX_UNBONDING_DELAY")
}

// UnpackMAXUNBONDINGDELAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc65d8b73.
//
// Solidity: function MAX_UNBONDING_DELAY() view returns(uint64)
func (providerStaking *ProviderStaking) UnpackMAXUNBONDINGDELAY(data []byte) (uint64, error) {
	out, err := providerStaking.abi.Unpack("MAX_UNBONDING_DELAY", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackSLASHERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5095af64.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SLASHER_ROLE() view returns(bytes32)
func (providerStaking *ProviderStaking) PackSLASHERROLE() []byte {
	enc, err := providerStaking.abi.Pack("SLASHER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSLASHERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5095af64.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SLASHER_ROLE() view returns(bytes32)
func (providerStaking *ProviderStaking) TryPackSLASHERROLE() ([]byte, error) {
	return providerStaking.abi.Pack("SLASHER_ROLE")
}

// UnpackSLASHERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5095af64.
//
// Solidity: function SLASHER_ROLE() view returns(bytes32)
func (providerStaking *ProviderStaking) UnpackSLASHERROLE(data []byte) ([32]byte, error) {
	out, err := providerStaking.abi.Unpack("SLASHER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAcceptDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcefc1429.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptDefaultAdminTransfer() returns()
func (providerStaking *ProviderStaking) PackAcceptDefaultAdminTransfer() []byte {
	enc, err := providerStaking.abi.Pack("acceptDefaultAdminTransfer")
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
func (providerStaking *ProviderStaking) TryPackAcceptDefaultAdminTransfer() ([]byte, error) {
	return providerStaking.abi.Pack("acceptDefaultAdminTransfer")
}

// PackBeginDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x634e93da.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function beginDefaultAdminTransfer(address newAdmin) returns()
func (providerStaking *ProviderStaking) PackBeginDefaultAdminTransfer(newAdmin common.Address) []byte {
	enc, err := providerStaking.abi.Pack("beginDefaultAdminTransfer", newAdmin)
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
func (providerStaking *ProviderStaking) TryPackBeginDefaultAdminTransfer(newAdmin common.Address) ([]byte, error) {
	return providerStaking.abi.Pack("beginDefaultAdminTransfer", newAdmin)
}

// PackCancelDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd602b9fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelDefaultAdminTransfer() returns()
func (providerStaking *ProviderStaking) PackCancelDefaultAdminTransfer() []byte {
	enc, err := providerStaking.abi.Pack("cancelDefaultAdminTransfer")
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
func (providerStaking *ProviderStaking) TryPackCancelDefaultAdminTransfer() ([]byte, error) {
	return providerStaking.abi.Pack("cancelDefaultAdminTransfer")
}

// PackChangeDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x649a5ec7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function changeDefaultAdminDelay(uint48 newDelay) returns()
func (providerStaking *ProviderStaking) PackChangeDefaultAdminDelay(newDelay *big.Int) []byte {
	enc, err := providerStaking.abi.Pack("changeDefaultAdminDelay", newDelay)
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
func (providerStaking *ProviderStaking) TryPackChangeDefaultAdminDelay(newDelay *big.Int) ([]byte, error) {
	return providerStaking.abi.Pack("changeDefaultAdminDelay", newDelay)
}

// PackDefaultAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84ef8ffc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function defaultAdmin() view returns(address)
func (providerStaking *ProviderStaking) PackDefaultAdmin() []byte {
	enc, err := providerStaking.abi.Pack("defaultAdmin")
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
func (providerStaking *ProviderStaking) TryPackDefaultAdmin() ([]byte, error) {
	return providerStaking.abi.Pack("defaultAdmin")
}

// UnpackDefaultAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84ef8ffc.
//
// Solidity: function defaultAdmin() view returns(address)
func (providerStaking *ProviderStaking) UnpackDefaultAdmin(data []byte) (common.Address, error) {
	out, err := providerStaking.abi.Unpack("defaultAdmin", data)
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
func (providerStaking *ProviderStaking) PackDefaultAdminDelay() []byte {
	enc, err := providerStaking.abi.Pack("defaultAdminDelay")
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
func (providerStaking *ProviderStaking) TryPackDefaultAdminDelay() ([]byte, error) {
	return providerStaking.abi.Pack("defaultAdminDelay")
}

// UnpackDefaultAdminDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcc8463c8.
//
// Solidity: function defaultAdminDelay() view returns(uint48)
func (providerStaking *ProviderStaking) UnpackDefaultAdminDelay(data []byte) (*big.Int, error) {
	out, err := providerStaking.abi.Unpack("defaultAdminDelay", data)
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
func (providerStaking *ProviderStaking) PackDefaultAdminDelayIncreaseWait() []byte {
	enc, err := providerStaking.abi.Pack("defaultAdminDelayIncreaseWait")
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
func (providerStaking *ProviderStaking) TryPackDefaultAdminDelayIncreaseWait() ([]byte, error) {
	return providerStaking.abi.Pack("defaultAdminDelayIncreaseWait")
}

// UnpackDefaultAdminDelayIncreaseWait is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x022d63fb.
//
// Solidity: function defaultAdminDelayIncreaseWait() view returns(uint48)
func (providerStaking *ProviderStaking) UnpackDefaultAdminDelayIncreaseWait(data []byte) (*big.Int, error) {
	out, err := providerStaking.abi.Unpack("defaultAdminDelayIncreaseWait", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (providerStaking *ProviderStaking) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := providerStaking.abi.Pack("getRoleAdmin", role)
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
func (providerStaking *ProviderStaking) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return providerStaking.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (providerStaking *ProviderStaking) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := providerStaking.abi.Unpack("getRoleAdmin", data)
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
func (providerStaking *ProviderStaking) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := providerStaking.abi.Pack("grantRole", role, account)
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
func (providerStaking *ProviderStaking) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return providerStaking.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (providerStaking *ProviderStaking) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := providerStaking.abi.Pack("hasRole", role, account)
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
func (providerStaking *ProviderStaking) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return providerStaking.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (providerStaking *ProviderStaking) UnpackHasRole(data []byte) (bool, error) {
	out, err := providerStaking.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsEligible is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd80a8434.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isEligible(address provider, uint256 jobMinimum) view returns(bool)
func (providerStaking *ProviderStaking) PackIsEligible(provider common.Address, jobMinimum *big.Int) []byte {
	enc, err := providerStaking.abi.Pack("isEligible", provider, jobMinimum)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsEligible is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd80a8434.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isEligible(address provider, uint256 jobMinimum) view returns(bool)
func (providerStaking *ProviderStaking) TryPackIsEligible(provider common.Address, jobMinimum *big.Int) ([]byte, error) {
	return providerStaking.abi.Pack("isEligible", provider, jobMinimum)
}

// UnpackIsEligible is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd80a8434.
//
// Solidity: function isEligible(address provider, uint256 jobMinimum) view returns(bool)
func (providerStaking *ProviderStaking) UnpackIsEligible(data []byte) (bool, error) {
	out, err := providerStaking.abi.Unpack("isEligible", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa80de0e8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lock(address account, bytes32 key, uint256 amount) returns()
func (providerStaking *ProviderStaking) PackLock(account common.Address, key [32]byte, amount *big.Int) []byte {
	enc, err := providerStaking.abi.Pack("lock", account, key, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa80de0e8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lock(address account, bytes32 key, uint256 amount) returns()
func (providerStaking *ProviderStaking) TryPackLock(account common.Address, key [32]byte, amount *big.Int) ([]byte, error) {
	return providerStaking.abi.Pack("lock", account, key, amount)
}

// PackLockedStakeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc634b093.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lockedStakeOf(address account) view returns(uint256)
func (providerStaking *ProviderStaking) PackLockedStakeOf(account common.Address) []byte {
	enc, err := providerStaking.abi.Pack("lockedStakeOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLockedStakeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc634b093.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lockedStakeOf(address account) view returns(uint256)
func (providerStaking *ProviderStaking) TryPackLockedStakeOf(account common.Address) ([]byte, error) {
	return providerStaking.abi.Pack("lockedStakeOf", account)
}

// UnpackLockedStakeOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc634b093.
//
// Solidity: function lockedStakeOf(address account) view returns(uint256)
func (providerStaking *ProviderStaking) UnpackLockedStakeOf(data []byte) (*big.Int, error) {
	out, err := providerStaking.abi.Unpack("lockedStakeOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLocks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed5e8437.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function locks(bytes32 key) view returns(address account, uint96 amount)
func (providerStaking *ProviderStaking) PackLocks(key [32]byte) []byte {
	enc, err := providerStaking.abi.Pack("locks", key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLocks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed5e8437.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function locks(bytes32 key) view returns(address account, uint96 amount)
func (providerStaking *ProviderStaking) TryPackLocks(key [32]byte) ([]byte, error) {
	return providerStaking.abi.Pack("locks", key)
}

// LocksOutput serves as a container for the return parameters of contract
// method Locks.
type LocksOutput struct {
	Account common.Address
	Amount  *big.Int
}

// UnpackLocks is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xed5e8437.
//
// Solidity: function locks(bytes32 key) view returns(address account, uint96 amount)
func (providerStaking *ProviderStaking) UnpackLocks(data []byte) (LocksOutput, error) {
	out, err := providerStaking.abi.Unpack("locks", data)
	outstruct := new(LocksOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Account = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Amount = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x375b3c0a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minStake() view returns(uint256)
func (providerStaking *ProviderStaking) PackMinStake() []byte {
	enc, err := providerStaking.abi.Pack("minStake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x375b3c0a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minStake() view returns(uint256)
func (providerStaking *ProviderStaking) TryPackMinStake() ([]byte, error) {
	return providerStaking.abi.Pack("minStake")
}

// UnpackMinStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x375b3c0a.
//
// Solidity: function minStake() view returns(uint256)
func (providerStaking *ProviderStaking) UnpackMinStake(data []byte) (*big.Int, error) {
	out, err := providerStaking.abi.Unpack("minStake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOperatorOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x636f35d3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function operatorOf(address provider) view returns(address operator)
func (providerStaking *ProviderStaking) PackOperatorOf(provider common.Address) []byte {
	enc, err := providerStaking.abi.Pack("operatorOf", provider)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOperatorOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x636f35d3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function operatorOf(address provider) view returns(address operator)
func (providerStaking *ProviderStaking) TryPackOperatorOf(provider common.Address) ([]byte, error) {
	return providerStaking.abi.Pack("operatorOf", provider)
}

// UnpackOperatorOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x636f35d3.
//
// Solidity: function operatorOf(address provider) view returns(address operator)
func (providerStaking *ProviderStaking) UnpackOperatorOf(data []byte) (common.Address, error) {
	out, err := providerStaking.abi.Unpack("operatorOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (providerStaking *ProviderStaking) PackOwner() []byte {
	enc, err := providerStaking.abi.Pack("owner")
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
func (providerStaking *ProviderStaking) TryPackOwner() ([]byte, error) {
	return providerStaking.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (providerStaking *ProviderStaking) UnpackOwner(data []byte) (common.Address, error) {
	out, err := providerStaking.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause() returns()
func (providerStaking *ProviderStaking) PackPause() []byte {
	enc, err := providerStaking.abi.Pack("pause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pause() returns()
func (providerStaking *ProviderStaking) TryPackPause() ([]byte, error) {
	return providerStaking.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (providerStaking *ProviderStaking) PackPaused() []byte {
	enc, err := providerStaking.abi.Pack("paused")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paused() view returns(bool)
func (providerStaking *ProviderStaking) TryPackPaused() ([]byte, error) {
	return providerStaking.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (providerStaking *ProviderStaking) UnpackPaused(data []byte) (bool, error) {
	out, err := providerStaking.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackPendingDefaultAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf6eefb7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingDefaultAdmin() view returns(address newAdmin, uint48 schedule)
func (providerStaking *ProviderStaking) PackPendingDefaultAdmin() []byte {
	enc, err := providerStaking.abi.Pack("pendingDefaultAdmin")
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
func (providerStaking *ProviderStaking) TryPackPendingDefaultAdmin() ([]byte, error) {
	return providerStaking.abi.Pack("pendingDefaultAdmin")
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
func (providerStaking *ProviderStaking) UnpackPendingDefaultAdmin(data []byte) (PendingDefaultAdminOutput, error) {
	out, err := providerStaking.abi.Unpack("pendingDefaultAdmin", data)
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
func (providerStaking *ProviderStaking) PackPendingDefaultAdminDelay() []byte {
	enc, err := providerStaking.abi.Pack("pendingDefaultAdminDelay")
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
func (providerStaking *ProviderStaking) TryPackPendingDefaultAdminDelay() ([]byte, error) {
	return providerStaking.abi.Pack("pendingDefaultAdminDelay")
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
func (providerStaking *ProviderStaking) UnpackPendingDefaultAdminDelay(data []byte) (PendingDefaultAdminDelayOutput, error) {
	out, err := providerStaking.abi.Unpack("pendingDefaultAdminDelay", data)
	outstruct := new(PendingDefaultAdminDelayOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.NewDelay = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Schedule = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackProviderOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21338b38.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function providerOf(address operator) view returns(address provider)
func (providerStaking *ProviderStaking) PackProviderOf(operator common.Address) []byte {
	enc, err := providerStaking.abi.Pack("providerOf", operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProviderOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21338b38.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function providerOf(address operator) view returns(address provider)
func (providerStaking *ProviderStaking) TryPackProviderOf(operator common.Address) ([]byte, error) {
	return providerStaking.abi.Pack("providerOf", operator)
}

// UnpackProviderOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x21338b38.
//
// Solidity: function providerOf(address operator) view returns(address provider)
func (providerStaking *ProviderStaking) UnpackProviderOf(data []byte) (common.Address, error) {
	out, err := providerStaking.abi.Unpack("providerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address account) returns()
func (providerStaking *ProviderStaking) PackRenounceRole(role [32]byte, account common.Address) []byte {
	enc, err := providerStaking.abi.Pack("renounceRole", role, account)
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
func (providerStaking *ProviderStaking) TryPackRenounceRole(role [32]byte, account common.Address) ([]byte, error) {
	return providerStaking.abi.Pack("renounceRole", role, account)
}

// PackRequestUnstake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23095721.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestUnstake(uint256 amount) returns()
func (providerStaking *ProviderStaking) PackRequestUnstake(amount *big.Int) []byte {
	enc, err := providerStaking.abi.Pack("requestUnstake", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestUnstake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23095721.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestUnstake(uint256 amount) returns()
func (providerStaking *ProviderStaking) TryPackRequestUnstake(amount *big.Int) ([]byte, error) {
	return providerStaking.abi.Pack("requestUnstake", amount)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (providerStaking *ProviderStaking) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := providerStaking.abi.Pack("revokeRole", role, account)
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
func (providerStaking *ProviderStaking) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return providerStaking.abi.Pack("revokeRole", role, account)
}

// PackRollbackDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0aa6220b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rollbackDefaultAdminDelay() returns()
func (providerStaking *ProviderStaking) PackRollbackDefaultAdminDelay() []byte {
	enc, err := providerStaking.abi.Pack("rollbackDefaultAdminDelay")
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
func (providerStaking *ProviderStaking) TryPackRollbackDefaultAdminDelay() ([]byte, error) {
	return providerStaking.abi.Pack("rollbackDefaultAdminDelay")
}

// PackSetMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c80fd90.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMinStake(uint256 minStake_) returns()
func (providerStaking *ProviderStaking) PackSetMinStake(minStake *big.Int) []byte {
	enc, err := providerStaking.abi.Pack("setMinStake", minStake)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c80fd90.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMinStake(uint256 minStake_) returns()
func (providerStaking *ProviderStaking) TryPackSetMinStake(minStake *big.Int) ([]byte, error) {
	return providerStaking.abi.Pack("setMinStake", minStake)
}

// PackSetOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3ab15fb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setOperator(address operator) returns()
func (providerStaking *ProviderStaking) PackSetOperator(operator common.Address) []byte {
	enc, err := providerStaking.abi.Pack("setOperator", operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3ab15fb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setOperator(address operator) returns()
func (providerStaking *ProviderStaking) TryPackSetOperator(operator common.Address) ([]byte, error) {
	return providerStaking.abi.Pack("setOperator", operator)
}

// PackSetUnbondingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x429e03b2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setUnbondingDelay(uint64 delay) returns()
func (providerStaking *ProviderStaking) PackSetUnbondingDelay(delay uint64) []byte {
	enc, err := providerStaking.abi.Pack("setUnbondingDelay", delay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetUnbondingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x429e03b2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setUnbondingDelay(uint64 delay) returns()
func (providerStaking *ProviderStaking) TryPackSetUnbondingDelay(delay uint64) ([]byte, error) {
	return providerStaking.abi.Pack("setUnbondingDelay", delay)
}

// PackSignsFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e6211f4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function signsFor(address provider, address signer) view returns(bool)
func (providerStaking *ProviderStaking) PackSignsFor(provider common.Address, signer common.Address) []byte {
	enc, err := providerStaking.abi.Pack("signsFor", provider, signer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSignsFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e6211f4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function signsFor(address provider, address signer) view returns(bool)
func (providerStaking *ProviderStaking) TryPackSignsFor(provider common.Address, signer common.Address) ([]byte, error) {
	return providerStaking.abi.Pack("signsFor", provider, signer)
}

// UnpackSignsFor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4e6211f4.
//
// Solidity: function signsFor(address provider, address signer) view returns(bool)
func (providerStaking *ProviderStaking) UnpackSignsFor(data []byte) (bool, error) {
	out, err := providerStaking.abi.Unpack("signsFor", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea249480.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slash(address account, uint256 amount, address beneficiary, string reason) returns(uint256 slashed)
func (providerStaking *ProviderStaking) PackSlash(account common.Address, amount *big.Int, beneficiary common.Address, reason string) []byte {
	enc, err := providerStaking.abi.Pack("slash", account, amount, beneficiary, reason)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea249480.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slash(address account, uint256 amount, address beneficiary, string reason) returns(uint256 slashed)
func (providerStaking *ProviderStaking) TryPackSlash(account common.Address, amount *big.Int, beneficiary common.Address, reason string) ([]byte, error) {
	return providerStaking.abi.Pack("slash", account, amount, beneficiary, reason)
}

// UnpackSlash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xea249480.
//
// Solidity: function slash(address account, uint256 amount, address beneficiary, string reason) returns(uint256 slashed)
func (providerStaking *ProviderStaking) UnpackSlash(data []byte) (*big.Int, error) {
	out, err := providerStaking.abi.Unpack("slash", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSlashableOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1129ee37.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slashableOf(address account) view returns(uint256)
func (providerStaking *ProviderStaking) PackSlashableOf(account common.Address) []byte {
	enc, err := providerStaking.abi.Pack("slashableOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlashableOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1129ee37.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slashableOf(address account) view returns(uint256)
func (providerStaking *ProviderStaking) TryPackSlashableOf(account common.Address) ([]byte, error) {
	return providerStaking.abi.Pack("slashableOf", account)
}

// UnpackSlashableOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1129ee37.
//
// Solidity: function slashableOf(address account) view returns(uint256)
func (providerStaking *ProviderStaking) UnpackSlashableOf(data []byte) (*big.Int, error) {
	out, err := providerStaking.abi.Unpack("slashableOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa694fc3a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stake(uint256 amount) returns()
func (providerStaking *ProviderStaking) PackStake(amount *big.Int) []byte {
	enc, err := providerStaking.abi.Pack("stake", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa694fc3a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stake(uint256 amount) returns()
func (providerStaking *ProviderStaking) TryPackStake(amount *big.Int) ([]byte, error) {
	return providerStaking.abi.Pack("stake", amount)
}

// PackStakeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42623360.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stakeOf(address account) view returns(uint256)
func (providerStaking *ProviderStaking) PackStakeOf(account common.Address) []byte {
	enc, err := providerStaking.abi.Pack("stakeOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStakeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42623360.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stakeOf(address account) view returns(uint256)
func (providerStaking *ProviderStaking) TryPackStakeOf(account common.Address) ([]byte, error) {
	return providerStaking.abi.Pack("stakeOf", account)
}

// UnpackStakeOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x42623360.
//
// Solidity: function stakeOf(address account) view returns(uint256)
func (providerStaking *ProviderStaking) UnpackStakeOf(data []byte) (*big.Int, error) {
	out, err := providerStaking.abi.Unpack("stakeOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackStakeWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xecd9ba82.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stakeWithPermit(uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (providerStaking *ProviderStaking) PackStakeWithPermit(amount *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := providerStaking.abi.Pack("stakeWithPermit", amount, deadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStakeWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xecd9ba82.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stakeWithPermit(uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (providerStaking *ProviderStaking) TryPackStakeWithPermit(amount *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return providerStaking.abi.Pack("stakeWithPermit", amount, deadline, v, r, s)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (providerStaking *ProviderStaking) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := providerStaking.abi.Pack("supportsInterface", interfaceId)
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
func (providerStaking *ProviderStaking) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return providerStaking.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (providerStaking *ProviderStaking) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := providerStaking.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (providerStaking *ProviderStaking) PackToken() []byte {
	enc, err := providerStaking.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (providerStaking *ProviderStaking) TryPackToken() ([]byte, error) {
	return providerStaking.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (providerStaking *ProviderStaking) UnpackToken(data []byte) (common.Address, error) {
	out, err := providerStaking.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTotalActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57759600.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalActive() view returns(uint256)
func (providerStaking *ProviderStaking) PackTotalActive() []byte {
	enc, err := providerStaking.abi.Pack("totalActive")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57759600.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalActive() view returns(uint256)
func (providerStaking *ProviderStaking) TryPackTotalActive() ([]byte, error) {
	return providerStaking.abi.Pack("totalActive")
}

// UnpackTotalActive is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x57759600.
//
// Solidity: function totalActive() view returns(uint256)
func (providerStaking *ProviderStaking) UnpackTotalActive(data []byte) (*big.Int, error) {
	out, err := providerStaking.abi.Unpack("totalActive", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalUnbonding is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x350fd0be.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalUnbonding() view returns(uint256)
func (providerStaking *ProviderStaking) PackTotalUnbonding() []byte {
	enc, err := providerStaking.abi.Pack("totalUnbonding")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalUnbonding is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x350fd0be.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalUnbonding() view returns(uint256)
func (providerStaking *ProviderStaking) TryPackTotalUnbonding() ([]byte, error) {
	return providerStaking.abi.Pack("totalUnbonding")
}

// UnpackTotalUnbonding is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x350fd0be.
//
// Solidity: function totalUnbonding() view returns(uint256)
func (providerStaking *ProviderStaking) UnpackTotalUnbonding(data []byte) (*big.Int, error) {
	out, err := providerStaking.abi.Unpack("totalUnbonding", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUnbondingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb7dd35a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbondingDelay() view returns(uint64)
func (providerStaking *ProviderStaking) PackUnbondingDelay() []byte {
	enc, err := providerStaking.abi.Pack("unbondingDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbondingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb7dd35a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbondingDelay() view returns(uint64)
func (providerStaking *ProviderStaking) TryPackUnbondingDelay() ([]byte, error) {
	return providerStaking.abi.Pack("unbondingDelay")
}

// UnpackUnbondingDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdb7dd35a.
//
// Solidity: function unbondingDelay() view returns(uint64)
func (providerStaking *ProviderStaking) UnpackUnbondingDelay(data []byte) (uint64, error) {
	out, err := providerStaking.abi.Unpack("unbondingDelay", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackUnbondingOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xacf09912.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbondingOf(address account) view returns(uint256 amount, uint64 unlockAt)
func (providerStaking *ProviderStaking) PackUnbondingOf(account common.Address) []byte {
	enc, err := providerStaking.abi.Pack("unbondingOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbondingOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xacf09912.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbondingOf(address account) view returns(uint256 amount, uint64 unlockAt)
func (providerStaking *ProviderStaking) TryPackUnbondingOf(account common.Address) ([]byte, error) {
	return providerStaking.abi.Pack("unbondingOf", account)
}

// UnbondingOfOutput serves as a container for the return parameters of contract
// method UnbondingOf.
type UnbondingOfOutput struct {
	Amount   *big.Int
	UnlockAt uint64
}

// UnpackUnbondingOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xacf09912.
//
// Solidity: function unbondingOf(address account) view returns(uint256 amount, uint64 unlockAt)
func (providerStaking *ProviderStaking) UnpackUnbondingOf(data []byte) (UnbondingOfOutput, error) {
	out, err := providerStaking.abi.Unpack("unbondingOf", data)
	outstruct := new(UnbondingOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Amount = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.UnlockAt = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackUnlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec9b5b3a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unlock(bytes32 key) returns(uint256 amount)
func (providerStaking *ProviderStaking) PackUnlock(key [32]byte) []byte {
	enc, err := providerStaking.abi.Pack("unlock", key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec9b5b3a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unlock(bytes32 key) returns(uint256 amount)
func (providerStaking *ProviderStaking) TryPackUnlock(key [32]byte) ([]byte, error) {
	return providerStaking.abi.Pack("unlock", key)
}

// UnpackUnlock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xec9b5b3a.
//
// Solidity: function unlock(bytes32 key) returns(uint256 amount)
func (providerStaking *ProviderStaking) UnpackUnlock(data []byte) (*big.Int, error) {
	out, err := providerStaking.abi.Unpack("unlock", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUnlockedStakeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x631de7d1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unlockedStakeOf(address account) view returns(uint256)
func (providerStaking *ProviderStaking) PackUnlockedStakeOf(account common.Address) []byte {
	enc, err := providerStaking.abi.Pack("unlockedStakeOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnlockedStakeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x631de7d1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unlockedStakeOf(address account) view returns(uint256)
func (providerStaking *ProviderStaking) TryPackUnlockedStakeOf(account common.Address) ([]byte, error) {
	return providerStaking.abi.Pack("unlockedStakeOf", account)
}

// UnpackUnlockedStakeOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x631de7d1.
//
// Solidity: function unlockedStakeOf(address account) view returns(uint256)
func (providerStaking *ProviderStaking) UnpackUnlockedStakeOf(data []byte) (*big.Int, error) {
	out, err := providerStaking.abi.Unpack("unlockedStakeOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (providerStaking *ProviderStaking) PackUnpause() []byte {
	enc, err := providerStaking.abi.Pack("unpause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unpause() returns()
func (providerStaking *ProviderStaking) TryPackUnpause() ([]byte, error) {
	return providerStaking.abi.Pack("unpause")
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (providerStaking *ProviderStaking) PackWithdraw() []byte {
	enc, err := providerStaking.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns()
func (providerStaking *ProviderStaking) TryPackWithdraw() ([]byte, error) {
	return providerStaking.abi.Pack("withdraw")
}

// ProviderStakingDefaultAdminDelayChangeCanceled represents a DefaultAdminDelayChangeCanceled event raised by the ProviderStaking contract.
type ProviderStakingDefaultAdminDelayChangeCanceled struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const ProviderStakingDefaultAdminDelayChangeCanceledEventName = "DefaultAdminDelayChangeCanceled"

// ContractEventName returns the user-defined event name.
func (ProviderStakingDefaultAdminDelayChangeCanceled) ContractEventName() string {
	return ProviderStakingDefaultAdminDelayChangeCanceledEventName
}

// UnpackDefaultAdminDelayChangeCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminDelayChangeCanceled()
func (providerStaking *ProviderStaking) UnpackDefaultAdminDelayChangeCanceledEvent(log *types.Log) (*ProviderStakingDefaultAdminDelayChangeCanceled, error) {
	event := "DefaultAdminDelayChangeCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != providerStaking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProviderStakingDefaultAdminDelayChangeCanceled)
	if len(log.Data) > 0 {
		if err := providerStaking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range providerStaking.abi.Events[event].Inputs {
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

// ProviderStakingDefaultAdminDelayChangeScheduled represents a DefaultAdminDelayChangeScheduled event raised by the ProviderStaking contract.
type ProviderStakingDefaultAdminDelayChangeScheduled struct {
	NewDelay       *big.Int
	EffectSchedule *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const ProviderStakingDefaultAdminDelayChangeScheduledEventName = "DefaultAdminDelayChangeScheduled"

// ContractEventName returns the user-defined event name.
func (ProviderStakingDefaultAdminDelayChangeScheduled) ContractEventName() string {
	return ProviderStakingDefaultAdminDelayChangeScheduledEventName
}

// UnpackDefaultAdminDelayChangeScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminDelayChangeScheduled(uint48 newDelay, uint48 effectSchedule)
func (providerStaking *ProviderStaking) UnpackDefaultAdminDelayChangeScheduledEvent(log *types.Log) (*ProviderStakingDefaultAdminDelayChangeScheduled, error) {
	event := "DefaultAdminDelayChangeScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != providerStaking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProviderStakingDefaultAdminDelayChangeScheduled)
	if len(log.Data) > 0 {
		if err := providerStaking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range providerStaking.abi.Events[event].Inputs {
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

// ProviderStakingDefaultAdminTransferCanceled represents a DefaultAdminTransferCanceled event raised by the ProviderStaking contract.
type ProviderStakingDefaultAdminTransferCanceled struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const ProviderStakingDefaultAdminTransferCanceledEventName = "DefaultAdminTransferCanceled"

// ContractEventName returns the user-defined event name.
func (ProviderStakingDefaultAdminTransferCanceled) ContractEventName() string {
	return ProviderStakingDefaultAdminTransferCanceledEventName
}

// UnpackDefaultAdminTransferCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminTransferCanceled()
func (providerStaking *ProviderStaking) UnpackDefaultAdminTransferCanceledEvent(log *types.Log) (*ProviderStakingDefaultAdminTransferCanceled, error) {
	event := "DefaultAdminTransferCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != providerStaking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProviderStakingDefaultAdminTransferCanceled)
	if len(log.Data) > 0 {
		if err := providerStaking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range providerStaking.abi.Events[event].Inputs {
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

// ProviderStakingDefaultAdminTransferScheduled represents a DefaultAdminTransferScheduled event raised by the ProviderStaking contract.
type ProviderStakingDefaultAdminTransferScheduled struct {
	NewAdmin       common.Address
	AcceptSchedule *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const ProviderStakingDefaultAdminTransferScheduledEventName = "DefaultAdminTransferScheduled"

// ContractEventName returns the user-defined event name.
func (ProviderStakingDefaultAdminTransferScheduled) ContractEventName() string {
	return ProviderStakingDefaultAdminTransferScheduledEventName
}

// UnpackDefaultAdminTransferScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminTransferScheduled(address indexed newAdmin, uint48 acceptSchedule)
func (providerStaking *ProviderStaking) UnpackDefaultAdminTransferScheduledEvent(log *types.Log) (*ProviderStakingDefaultAdminTransferScheduled, error) {
	event := "DefaultAdminTransferScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != providerStaking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProviderStakingDefaultAdminTransferScheduled)
	if len(log.Data) > 0 {
		if err := providerStaking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range providerStaking.abi.Events[event].Inputs {
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

// ProviderStakingMinStakeSet represents a MinStakeSet event raised by the ProviderStaking contract.
type ProviderStakingMinStakeSet struct {
	MinStake *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const ProviderStakingMinStakeSetEventName = "MinStakeSet"

// ContractEventName returns the user-defined event name.
func (ProviderStakingMinStakeSet) ContractEventName() string {
	return ProviderStakingMinStakeSetEventName
}

// UnpackMinStakeSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MinStakeSet(uint256 minStake)
func (providerStaking *ProviderStaking) UnpackMinStakeSetEvent(log *types.Log) (*ProviderStakingMinStakeSet, error) {
	event := "MinStakeSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != providerStaking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProviderStakingMinStakeSet)
	if len(log.Data) > 0 {
		if err := providerStaking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range providerStaking.abi.Events[event].Inputs {
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

// ProviderStakingOperatorSet represents a OperatorSet event raised by the ProviderStaking contract.
type ProviderStakingOperatorSet struct {
	Provider common.Address
	Operator common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const ProviderStakingOperatorSetEventName = "OperatorSet"

// ContractEventName returns the user-defined event name.
func (ProviderStakingOperatorSet) ContractEventName() string {
	return ProviderStakingOperatorSetEventName
}

// UnpackOperatorSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OperatorSet(address indexed provider, address indexed operator)
func (providerStaking *ProviderStaking) UnpackOperatorSetEvent(log *types.Log) (*ProviderStakingOperatorSet, error) {
	event := "OperatorSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != providerStaking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProviderStakingOperatorSet)
	if len(log.Data) > 0 {
		if err := providerStaking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range providerStaking.abi.Events[event].Inputs {
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

// ProviderStakingPaused represents a Paused event raised by the ProviderStaking contract.
type ProviderStakingPaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ProviderStakingPausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (ProviderStakingPaused) ContractEventName() string {
	return ProviderStakingPausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (providerStaking *ProviderStaking) UnpackPausedEvent(log *types.Log) (*ProviderStakingPaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != providerStaking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProviderStakingPaused)
	if len(log.Data) > 0 {
		if err := providerStaking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range providerStaking.abi.Events[event].Inputs {
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

// ProviderStakingRoleAdminChanged represents a RoleAdminChanged event raised by the ProviderStaking contract.
type ProviderStakingRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const ProviderStakingRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (ProviderStakingRoleAdminChanged) ContractEventName() string {
	return ProviderStakingRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (providerStaking *ProviderStaking) UnpackRoleAdminChangedEvent(log *types.Log) (*ProviderStakingRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != providerStaking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProviderStakingRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := providerStaking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range providerStaking.abi.Events[event].Inputs {
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

// ProviderStakingRoleGranted represents a RoleGranted event raised by the ProviderStaking contract.
type ProviderStakingRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ProviderStakingRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (ProviderStakingRoleGranted) ContractEventName() string {
	return ProviderStakingRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (providerStaking *ProviderStaking) UnpackRoleGrantedEvent(log *types.Log) (*ProviderStakingRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != providerStaking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProviderStakingRoleGranted)
	if len(log.Data) > 0 {
		if err := providerStaking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range providerStaking.abi.Events[event].Inputs {
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

// ProviderStakingRoleRevoked represents a RoleRevoked event raised by the ProviderStaking contract.
type ProviderStakingRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ProviderStakingRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (ProviderStakingRoleRevoked) ContractEventName() string {
	return ProviderStakingRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (providerStaking *ProviderStaking) UnpackRoleRevokedEvent(log *types.Log) (*ProviderStakingRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != providerStaking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProviderStakingRoleRevoked)
	if len(log.Data) > 0 {
		if err := providerStaking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range providerStaking.abi.Events[event].Inputs {
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

// ProviderStakingSlashed represents a Slashed event raised by the ProviderStaking contract.
type ProviderStakingSlashed struct {
	Account       common.Address
	Beneficiary   common.Address
	Amount        *big.Int
	FromActive    *big.Int
	FromUnbonding *big.Int
	Reason        string
	Raw           *types.Log // Blockchain specific contextual infos
}

const ProviderStakingSlashedEventName = "Slashed"

// ContractEventName returns the user-defined event name.
func (ProviderStakingSlashed) ContractEventName() string {
	return ProviderStakingSlashedEventName
}

// UnpackSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Slashed(address indexed account, address indexed beneficiary, uint256 amount, uint256 fromActive, uint256 fromUnbonding, string reason)
func (providerStaking *ProviderStaking) UnpackSlashedEvent(log *types.Log) (*ProviderStakingSlashed, error) {
	event := "Slashed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != providerStaking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProviderStakingSlashed)
	if len(log.Data) > 0 {
		if err := providerStaking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range providerStaking.abi.Events[event].Inputs {
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

// ProviderStakingStakeLocked represents a StakeLocked event raised by the ProviderStaking contract.
type ProviderStakingStakeLocked struct {
	Account common.Address
	Key     [32]byte
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ProviderStakingStakeLockedEventName = "StakeLocked"

// ContractEventName returns the user-defined event name.
func (ProviderStakingStakeLocked) ContractEventName() string {
	return ProviderStakingStakeLockedEventName
}

// UnpackStakeLockedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StakeLocked(address indexed account, bytes32 indexed key, uint256 amount)
func (providerStaking *ProviderStaking) UnpackStakeLockedEvent(log *types.Log) (*ProviderStakingStakeLocked, error) {
	event := "StakeLocked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != providerStaking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProviderStakingStakeLocked)
	if len(log.Data) > 0 {
		if err := providerStaking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range providerStaking.abi.Events[event].Inputs {
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

// ProviderStakingStakeUnlocked represents a StakeUnlocked event raised by the ProviderStaking contract.
type ProviderStakingStakeUnlocked struct {
	Account common.Address
	Key     [32]byte
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ProviderStakingStakeUnlockedEventName = "StakeUnlocked"

// ContractEventName returns the user-defined event name.
func (ProviderStakingStakeUnlocked) ContractEventName() string {
	return ProviderStakingStakeUnlockedEventName
}

// UnpackStakeUnlockedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StakeUnlocked(address indexed account, bytes32 indexed key, uint256 amount)
func (providerStaking *ProviderStaking) UnpackStakeUnlockedEvent(log *types.Log) (*ProviderStakingStakeUnlocked, error) {
	event := "StakeUnlocked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != providerStaking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProviderStakingStakeUnlocked)
	if len(log.Data) > 0 {
		if err := providerStaking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range providerStaking.abi.Events[event].Inputs {
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

// ProviderStakingStakeWithdrawn represents a StakeWithdrawn event raised by the ProviderStaking contract.
type ProviderStakingStakeWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ProviderStakingStakeWithdrawnEventName = "StakeWithdrawn"

// ContractEventName returns the user-defined event name.
func (ProviderStakingStakeWithdrawn) ContractEventName() string {
	return ProviderStakingStakeWithdrawnEventName
}

// UnpackStakeWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StakeWithdrawn(address indexed account, uint256 amount)
func (providerStaking *ProviderStaking) UnpackStakeWithdrawnEvent(log *types.Log) (*ProviderStakingStakeWithdrawn, error) {
	event := "StakeWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != providerStaking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProviderStakingStakeWithdrawn)
	if len(log.Data) > 0 {
		if err := providerStaking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range providerStaking.abi.Events[event].Inputs {
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

// ProviderStakingStaked represents a Staked event raised by the ProviderStaking contract.
type ProviderStakingStaked struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ProviderStakingStakedEventName = "Staked"

// ContractEventName returns the user-defined event name.
func (ProviderStakingStaked) ContractEventName() string {
	return ProviderStakingStakedEventName
}

// UnpackStakedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Staked(address indexed account, uint256 amount)
func (providerStaking *ProviderStaking) UnpackStakedEvent(log *types.Log) (*ProviderStakingStaked, error) {
	event := "Staked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != providerStaking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProviderStakingStaked)
	if len(log.Data) > 0 {
		if err := providerStaking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range providerStaking.abi.Events[event].Inputs {
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

// ProviderStakingUnbondingDelaySet represents a UnbondingDelaySet event raised by the ProviderStaking contract.
type ProviderStakingUnbondingDelaySet struct {
	Delay uint64
	Raw   *types.Log // Blockchain specific contextual infos
}

const ProviderStakingUnbondingDelaySetEventName = "UnbondingDelaySet"

// ContractEventName returns the user-defined event name.
func (ProviderStakingUnbondingDelaySet) ContractEventName() string {
	return ProviderStakingUnbondingDelaySetEventName
}

// UnpackUnbondingDelaySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UnbondingDelaySet(uint64 delay)
func (providerStaking *ProviderStaking) UnpackUnbondingDelaySetEvent(log *types.Log) (*ProviderStakingUnbondingDelaySet, error) {
	event := "UnbondingDelaySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != providerStaking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProviderStakingUnbondingDelaySet)
	if len(log.Data) > 0 {
		if err := providerStaking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range providerStaking.abi.Events[event].Inputs {
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

// ProviderStakingUnpaused represents a Unpaused event raised by the ProviderStaking contract.
type ProviderStakingUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ProviderStakingUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (ProviderStakingUnpaused) ContractEventName() string {
	return ProviderStakingUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (providerStaking *ProviderStaking) UnpackUnpausedEvent(log *types.Log) (*ProviderStakingUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != providerStaking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProviderStakingUnpaused)
	if len(log.Data) > 0 {
		if err := providerStaking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range providerStaking.abi.Events[event].Inputs {
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

// ProviderStakingUnstakeRequested represents a UnstakeRequested event raised by the ProviderStaking contract.
type ProviderStakingUnstakeRequested struct {
	Account  common.Address
	Amount   *big.Int
	UnlockAt uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const ProviderStakingUnstakeRequestedEventName = "UnstakeRequested"

// ContractEventName returns the user-defined event name.
func (ProviderStakingUnstakeRequested) ContractEventName() string {
	return ProviderStakingUnstakeRequestedEventName
}

// UnpackUnstakeRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UnstakeRequested(address indexed account, uint256 amount, uint64 unlockAt)
func (providerStaking *ProviderStaking) UnpackUnstakeRequestedEvent(log *types.Log) (*ProviderStakingUnstakeRequested, error) {
	event := "UnstakeRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != providerStaking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProviderStakingUnstakeRequested)
	if len(log.Data) > 0 {
		if err := providerStaking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range providerStaking.abi.Events[event].Inputs {
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
func (providerStaking *ProviderStaking) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], providerStaking.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return providerStaking.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerStaking.abi.Errors["AccessControlEnforcedDefaultAdminDelay"].ID.Bytes()[:4]) {
		return providerStaking.UnpackAccessControlEnforcedDefaultAdminDelayError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerStaking.abi.Errors["AccessControlEnforcedDefaultAdminRules"].ID.Bytes()[:4]) {
		return providerStaking.UnpackAccessControlEnforcedDefaultAdminRulesError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerStaking.abi.Errors["AccessControlInvalidDefaultAdmin"].ID.Bytes()[:4]) {
		return providerStaking.UnpackAccessControlInvalidDefaultAdminError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerStaking.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return providerStaking.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerStaking.abi.Errors["BadLock"].ID.Bytes()[:4]) {
		return providerStaking.UnpackBadLockError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerStaking.abi.Errors["DelayTooLong"].ID.Bytes()[:4]) {
		return providerStaking.UnpackDelayTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerStaking.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return providerStaking.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerStaking.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return providerStaking.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerStaking.abi.Errors["InsufficientStake"].ID.Bytes()[:4]) {
		return providerStaking.UnpackInsufficientStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerStaking.abi.Errors["InvalidOperator"].ID.Bytes()[:4]) {
		return providerStaking.UnpackInvalidOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerStaking.abi.Errors["NothingToSlash"].ID.Bytes()[:4]) {
		return providerStaking.UnpackNothingToSlashError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerStaking.abi.Errors["NothingUnbonding"].ID.Bytes()[:4]) {
		return providerStaking.UnpackNothingUnbondingError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerStaking.abi.Errors["PermitFailed"].ID.Bytes()[:4]) {
		return providerStaking.UnpackPermitFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerStaking.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return providerStaking.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerStaking.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return providerStaking.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerStaking.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return providerStaking.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerStaking.abi.Errors["StakeLockedUp"].ID.Bytes()[:4]) {
		return providerStaking.UnpackStakeLockedUpError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerStaking.abi.Errors["StillUnbonding"].ID.Bytes()[:4]) {
		return providerStaking.UnpackStillUnbondingError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerStaking.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return providerStaking.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerStaking.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return providerStaking.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ProviderStakingAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the ProviderStaking contract.
type ProviderStakingAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func ProviderStakingAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (providerStaking *ProviderStaking) UnpackAccessControlBadConfirmationError(raw []byte) (*ProviderStakingAccessControlBadConfirmation, error) {
	out := new(ProviderStakingAccessControlBadConfirmation)
	if err := providerStaking.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderStakingAccessControlEnforcedDefaultAdminDelay represents a AccessControlEnforcedDefaultAdminDelay error raised by the ProviderStaking contract.
type ProviderStakingAccessControlEnforcedDefaultAdminDelay struct {
	Schedule *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlEnforcedDefaultAdminDelay(uint48 schedule)
func ProviderStakingAccessControlEnforcedDefaultAdminDelayErrorID() common.Hash {
	return common.HexToHash("0x19ca5ebb8fb33f00e502c9392eddab1501674629178bf69b853cf037aaf4bb5d")
}

// UnpackAccessControlEnforcedDefaultAdminDelayError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlEnforcedDefaultAdminDelay(uint48 schedule)
func (providerStaking *ProviderStaking) UnpackAccessControlEnforcedDefaultAdminDelayError(raw []byte) (*ProviderStakingAccessControlEnforcedDefaultAdminDelay, error) {
	out := new(ProviderStakingAccessControlEnforcedDefaultAdminDelay)
	if err := providerStaking.abi.UnpackIntoInterface(out, "AccessControlEnforcedDefaultAdminDelay", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderStakingAccessControlEnforcedDefaultAdminRules represents a AccessControlEnforcedDefaultAdminRules error raised by the ProviderStaking contract.
type ProviderStakingAccessControlEnforcedDefaultAdminRules struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlEnforcedDefaultAdminRules()
func ProviderStakingAccessControlEnforcedDefaultAdminRulesErrorID() common.Hash {
	return common.HexToHash("0x3fc3c27ae3db78c81b8f6e685172134623efa268ee8cd8d54be38ad2a74fc13b")
}

// UnpackAccessControlEnforcedDefaultAdminRulesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlEnforcedDefaultAdminRules()
func (providerStaking *ProviderStaking) UnpackAccessControlEnforcedDefaultAdminRulesError(raw []byte) (*ProviderStakingAccessControlEnforcedDefaultAdminRules, error) {
	out := new(ProviderStakingAccessControlEnforcedDefaultAdminRules)
	if err := providerStaking.abi.UnpackIntoInterface(out, "AccessControlEnforcedDefaultAdminRules", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderStakingAccessControlInvalidDefaultAdmin represents a AccessControlInvalidDefaultAdmin error raised by the ProviderStaking contract.
type ProviderStakingAccessControlInvalidDefaultAdmin struct {
	DefaultAdmin common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlInvalidDefaultAdmin(address defaultAdmin)
func ProviderStakingAccessControlInvalidDefaultAdminErrorID() common.Hash {
	return common.HexToHash("0xc22c8022f2a840d6b6a9f113407715f5bbd4e88c1b0dd9434dc00700ba609ed4")
}

// UnpackAccessControlInvalidDefaultAdminError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlInvalidDefaultAdmin(address defaultAdmin)
func (providerStaking *ProviderStaking) UnpackAccessControlInvalidDefaultAdminError(raw []byte) (*ProviderStakingAccessControlInvalidDefaultAdmin, error) {
	out := new(ProviderStakingAccessControlInvalidDefaultAdmin)
	if err := providerStaking.abi.UnpackIntoInterface(out, "AccessControlInvalidDefaultAdmin", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderStakingAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the ProviderStaking contract.
type ProviderStakingAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func ProviderStakingAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (providerStaking *ProviderStaking) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*ProviderStakingAccessControlUnauthorizedAccount, error) {
	out := new(ProviderStakingAccessControlUnauthorizedAccount)
	if err := providerStaking.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderStakingBadLock represents a BadLock error raised by the ProviderStaking contract.
type ProviderStakingBadLock struct {
	Key [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadLock(bytes32 key)
func ProviderStakingBadLockErrorID() common.Hash {
	return common.HexToHash("0xe79103b1fcc9020e82d6fa5f7a1988d57db1a84a1a7ee23e9a70a2c1a012d233")
}

// UnpackBadLockError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadLock(bytes32 key)
func (providerStaking *ProviderStaking) UnpackBadLockError(raw []byte) (*ProviderStakingBadLock, error) {
	out := new(ProviderStakingBadLock)
	if err := providerStaking.abi.UnpackIntoInterface(out, "BadLock", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderStakingDelayTooLong represents a DelayTooLong error raised by the ProviderStaking contract.
type ProviderStakingDelayTooLong struct {
	Delay uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DelayTooLong(uint64 delay)
func ProviderStakingDelayTooLongErrorID() common.Hash {
	return common.HexToHash("0xf221ec684f5743b92d9d5dd706d166f8b8e6185c84edac08c728ea9665dd0c9e")
}

// UnpackDelayTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DelayTooLong(uint64 delay)
func (providerStaking *ProviderStaking) UnpackDelayTooLongError(raw []byte) (*ProviderStakingDelayTooLong, error) {
	out := new(ProviderStakingDelayTooLong)
	if err := providerStaking.abi.UnpackIntoInterface(out, "DelayTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderStakingEnforcedPause represents a EnforcedPause error raised by the ProviderStaking contract.
type ProviderStakingEnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func ProviderStakingEnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (providerStaking *ProviderStaking) UnpackEnforcedPauseError(raw []byte) (*ProviderStakingEnforcedPause, error) {
	out := new(ProviderStakingEnforcedPause)
	if err := providerStaking.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderStakingExpectedPause represents a ExpectedPause error raised by the ProviderStaking contract.
type ProviderStakingExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func ProviderStakingExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (providerStaking *ProviderStaking) UnpackExpectedPauseError(raw []byte) (*ProviderStakingExpectedPause, error) {
	out := new(ProviderStakingExpectedPause)
	if err := providerStaking.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderStakingInsufficientStake represents a InsufficientStake error raised by the ProviderStaking contract.
type ProviderStakingInsufficientStake struct {
	Available *big.Int
	Requested *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientStake(uint256 available, uint256 requested)
func ProviderStakingInsufficientStakeErrorID() common.Hash {
	return common.HexToHash("0x45be0a261a88f9fedc41221879f08865d5e8d6053c877967e6e8e39e5697e6d5")
}

// UnpackInsufficientStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientStake(uint256 available, uint256 requested)
func (providerStaking *ProviderStaking) UnpackInsufficientStakeError(raw []byte) (*ProviderStakingInsufficientStake, error) {
	out := new(ProviderStakingInsufficientStake)
	if err := providerStaking.abi.UnpackIntoInterface(out, "InsufficientStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderStakingInvalidOperator represents a InvalidOperator error raised by the ProviderStaking contract.
type ProviderStakingInvalidOperator struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidOperator(address operator)
func ProviderStakingInvalidOperatorErrorID() common.Hash {
	return common.HexToHash("0x3eaa03e38745f9ef282a3d3ae730e428a187a9075ccc2a3b7a1a318fe83d25be")
}

// UnpackInvalidOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidOperator(address operator)
func (providerStaking *ProviderStaking) UnpackInvalidOperatorError(raw []byte) (*ProviderStakingInvalidOperator, error) {
	out := new(ProviderStakingInvalidOperator)
	if err := providerStaking.abi.UnpackIntoInterface(out, "InvalidOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderStakingNothingToSlash represents a NothingToSlash error raised by the ProviderStaking contract.
type ProviderStakingNothingToSlash struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToSlash(address account)
func ProviderStakingNothingToSlashErrorID() common.Hash {
	return common.HexToHash("0xea53296051c9b6c5589470a9aecc521c01574552c7190c8679964112d5636f1c")
}

// UnpackNothingToSlashError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToSlash(address account)
func (providerStaking *ProviderStaking) UnpackNothingToSlashError(raw []byte) (*ProviderStakingNothingToSlash, error) {
	out := new(ProviderStakingNothingToSlash)
	if err := providerStaking.abi.UnpackIntoInterface(out, "NothingToSlash", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderStakingNothingUnbonding represents a NothingUnbonding error raised by the ProviderStaking contract.
type ProviderStakingNothingUnbonding struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingUnbonding()
func ProviderStakingNothingUnbondingErrorID() common.Hash {
	return common.HexToHash("0x262b9d748fda20db08b6aa78cd2783ad16f83036900561f929b0d4a942a89706")
}

// UnpackNothingUnbondingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingUnbonding()
func (providerStaking *ProviderStaking) UnpackNothingUnbondingError(raw []byte) (*ProviderStakingNothingUnbonding, error) {
	out := new(ProviderStakingNothingUnbonding)
	if err := providerStaking.abi.UnpackIntoInterface(out, "NothingUnbonding", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderStakingPermitFailed represents a PermitFailed error raised by the ProviderStaking contract.
type ProviderStakingPermitFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PermitFailed()
func ProviderStakingPermitFailedErrorID() common.Hash {
	return common.HexToHash("0xb78cb0ddbbb832b9eefe30a6705fce9117289a7e8fbf7ad4ec5d8b8879042c3e")
}

// UnpackPermitFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PermitFailed()
func (providerStaking *ProviderStaking) UnpackPermitFailedError(raw []byte) (*ProviderStakingPermitFailed, error) {
	out := new(ProviderStakingPermitFailed)
	if err := providerStaking.abi.UnpackIntoInterface(out, "PermitFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderStakingReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the ProviderStaking contract.
type ProviderStakingReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func ProviderStakingReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (providerStaking *ProviderStaking) UnpackReentrancyGuardReentrantCallError(raw []byte) (*ProviderStakingReentrancyGuardReentrantCall, error) {
	out := new(ProviderStakingReentrancyGuardReentrantCall)
	if err := providerStaking.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderStakingSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the ProviderStaking contract.
type ProviderStakingSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func ProviderStakingSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (providerStaking *ProviderStaking) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*ProviderStakingSafeCastOverflowedUintDowncast, error) {
	out := new(ProviderStakingSafeCastOverflowedUintDowncast)
	if err := providerStaking.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderStakingSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the ProviderStaking contract.
type ProviderStakingSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func ProviderStakingSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (providerStaking *ProviderStaking) UnpackSafeERC20FailedOperationError(raw []byte) (*ProviderStakingSafeERC20FailedOperation, error) {
	out := new(ProviderStakingSafeERC20FailedOperation)
	if err := providerStaking.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderStakingStakeLockedUp represents a StakeLockedUp error raised by the ProviderStaking contract.
type ProviderStakingStakeLockedUp struct {
	Unlocked  *big.Int
	Requested *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StakeLockedUp(uint256 unlocked, uint256 requested)
func ProviderStakingStakeLockedUpErrorID() common.Hash {
	return common.HexToHash("0x8390868d0e4c16690d04a00e1e312873ffef6443c463432e23f23b0e0e5cac06")
}

// UnpackStakeLockedUpError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StakeLockedUp(uint256 unlocked, uint256 requested)
func (providerStaking *ProviderStaking) UnpackStakeLockedUpError(raw []byte) (*ProviderStakingStakeLockedUp, error) {
	out := new(ProviderStakingStakeLockedUp)
	if err := providerStaking.abi.UnpackIntoInterface(out, "StakeLockedUp", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderStakingStillUnbonding represents a StillUnbonding error raised by the ProviderStaking contract.
type ProviderStakingStillUnbonding struct {
	UnlockAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StillUnbonding(uint64 unlockAt)
func ProviderStakingStillUnbondingErrorID() common.Hash {
	return common.HexToHash("0xbe8a527b36e3a85424bdbcbe45bc0c9bc214cdd0608b4b49f3c6d9c19da3611c")
}

// UnpackStillUnbondingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StillUnbonding(uint64 unlockAt)
func (providerStaking *ProviderStaking) UnpackStillUnbondingError(raw []byte) (*ProviderStakingStillUnbonding, error) {
	out := new(ProviderStakingStillUnbonding)
	if err := providerStaking.abi.UnpackIntoInterface(out, "StillUnbonding", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderStakingZeroAddress represents a ZeroAddress error raised by the ProviderStaking contract.
type ProviderStakingZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func ProviderStakingZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (providerStaking *ProviderStaking) UnpackZeroAddressError(raw []byte) (*ProviderStakingZeroAddress, error) {
	out := new(ProviderStakingZeroAddress)
	if err := providerStaking.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderStakingZeroAmount represents a ZeroAmount error raised by the ProviderStaking contract.
type ProviderStakingZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func ProviderStakingZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (providerStaking *ProviderStaking) UnpackZeroAmountError(raw []byte) (*ProviderStakingZeroAmount, error) {
	out := new(ProviderStakingZeroAmount)
	if err := providerStaking.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
