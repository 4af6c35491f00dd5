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
	Bin: "0x60a060405234801561000f575f5ffd5b5060405161307e38038061307e83398101604081905261002e9161033f565b84866001600160a01b03811661005e57604051636116401160e11b81525f60048201526024015b60405180910390fd5b600180546001600160d01b0316600160d01b65ffffffffffff8516021790556100875f82610212565b5050506001600160a01b03871615806100a757506001600160a01b038216155b806100b957506001600160a01b038116155b156100d75760405163d92e233d60e01b815260040160405180910390fd5b6276a7006001600160401b038416111561010f57604051631e443d8d60e31b81526001600160401b0384166004820152602401610055565b6001600160a01b0387166080526004849055600580546001600160401b0319166001600160401b0385161790556101535f51602061305e5f395f51905f5283610212565b5061016b5f51602061305e5f395f51905f5282610212565b506101967f12b42e8a160f6064dc959c6f251e3af0750ad213dbecf573b4710d67d6c28e3982610212565b506040518481527fa70bd512f7108f78a924d05836f49963c6d8583e3d39f5b6412eb5be70e8432a9060200160405180910390a16040516001600160401b03841681527f16cc46df77405a1d0dc35ad78dd0c55bb42dc30a45c21ccff578f3cd6d3b25de9060200160405180910390a1505050505050506103e1565b5f8261026e575f61022b6002546001600160a01b031690565b6001600160a01b03161461025257604051631fe1e13d60e11b815260040160405180910390fd5b600280546001600160a01b0319166001600160a01b0384161790555b6102788383610281565b90505b92915050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610321575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556102d93390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161027b565b505f61027b565b6001600160a01b038116811461033c575f5ffd5b50565b5f5f5f5f5f5f5f60e0888a031215610355575f5ffd5b875161036081610328565b602089015190975061037181610328565b604089015190965065ffffffffffff8116811461038c575f5ffd5b606089015160808a015191965094506001600160401b03811681146103af575f5ffd5b60a08901519093506103c081610328565b60c08901519092506103d181610328565b8091505092959891949750929550565b608051612c4261041c5f395f818161082c01528181610d8d0152818161180601528181611ad901528181611b6d01526120860152612c425ff3fe608060405234801561000f575f5ffd5b506004361061031a575f3560e01c806384ef8ffc116101a8578063cc8463c8116100f3578063db7dd35a1161009e578063ecd9ba8211610079578063ecd9ba8214610782578063ed5e843714610795578063f362136714610800578063fc0c546a14610827575f5ffd5b8063db7dd35a14610748578063ea2494801461075c578063ec9b5b3a1461076f575f5ffd5b8063d547741f116100ce578063d547741f1461071a578063d602b9fd1461072d578063d80a843414610735575f5ffd5b8063cc8463c8146106dc578063cefc1429146106e4578063cf6eefb7146106ec575f5ffd5b8063a694fc3a11610153578063b3ab15fb1161012e578063b3ab15fb14610666578063c634b09314610679578063c65d8b73146106b9575f5ffd5b8063a694fc3a146105d5578063a80de0e8146105e8578063acf09912146105fb575f5ffd5b806391d148541161018357806391d1485414610571578063a1eda53c146105a7578063a217fddf146105ce575f5ffd5b806384ef8ffc146105455780638c80fd90146105565780638da5cb5b14610569575f5ffd5b80633f4ba83a116102685780635c975abb11610213578063636f35d3116101ee578063636f35d314610502578063649a5ec71461052a5780638456cb591461053d575f5ffd5b80635c975abb146104d1578063631de7d1146104dc578063634e93da146104ef575f5ffd5b80634e6211f4116102435780634e6211f41461048e5780635095af64146104a157806357759600146104c8575f5ffd5b80633f4ba83a14610442578063426233601461044a578063429e03b21461047b575f5ffd5b8063248a9ca3116102c857806336568abe116102a357806336568abe1461041e578063375b3c0a146104315780633ccfd60b1461043a575f5ffd5b8063248a9ca3146103e05780632f2ff15d14610402578063350fd0be14610415575f5ffd5b80631129ee37116102f85780631129ee371461036c57806321338b381461038d57806323095721146103cd575f5ffd5b806301ffc9a71461031e578063022d63fb146103465780630aa6220b14610362575b5f5ffd5b61033161032c36600461287e565b61084e565b60405190151581526020015b60405180910390f35b620697805b60405165ffffffffffff909116815260200161033d565b61036a6108a9565b005b61037f61037a3660046128d8565b6108be565b60405190815260200161033d565b6103b561039b3660046128d8565b600b6020525f90815260409020546001600160a01b031681565b6040516001600160a01b03909116815260200161033d565b61036a6103db3660046128f1565b6108fa565b61037f6103ee3660046128f1565b5f9081526020819052604090206001015490565b61036a610410366004612908565b610b81565b61037f60075481565b61036a61042c366004612908565b610bad565b61037f60045481565b61036a610c87565b61036a610df5565b61037f6104583660046128d8565b6001600160a01b03165f908152600860205260409020546001600160801b031690565b61036a610489366004612932565b610e07565b61033161049c366004612959565b610ebc565b61037f7f12b42e8a160f6064dc959c6f251e3af0750ad213dbecf573b4710d67d6c28e3981565b61037f60065481565b60035460ff16610331565b61037f6104ea3660046128d8565b610f0d565b61036a6104fd3660046128d8565b610f4d565b6103b56105103660046128d8565b600a6020525f90815260409020546001600160a01b031681565b61036a610538366004612981565b610f60565b61036a610f73565b6002546001600160a01b03166103b5565b61036a6105643660046128f1565b610f85565b6103b5610fc4565b61033161057f366004612908565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b6105af610fdc565b6040805165ffffffffffff93841681529290911660208301520161033d565b61037f5f81565b61036a6105e33660046128f1565b61102e565b61036a6105f63660046129a6565b611050565b6106486106093660046128d8565b6001600160a01b03165f9081526008602052604090208054600190910154600160801b9091046001600160801b03169167ffffffffffffffff90911690565b6040805192835267ffffffffffffffff90911660208301520161033d565b61036a6106743660046128d8565b611250565b61037f6106873660046128d8565b6001600160a01b03165f908152600860205260409020600101546801000000000000000090046001600160801b031690565b6106c36276a70081565b60405167ffffffffffffffff909116815260200161033d565b61034b611429565b61036a611487565b600154604080516001600160a01b0383168152600160a01b90920465ffffffffffff1660208301520161033d565b61036a610728366004612908565b6114d6565b61036a6114fe565b6103316107433660046129d6565b611510565b6005546106c39067ffffffffffffffff1681565b61037f61076a3660046129fe565b611585565b61037f61077d3660046128f1565b611896565b61036a610790366004612a93565b611a70565b6107d46107a33660046128f1565b60096020525f90815260409020546001600160a01b03811690600160a01b90046bffffffffffffffffffffffff1682565b604080516001600160a01b0390931683526bffffffffffffffffffffffff90911660208301520161033d565b61037f7faf9a8bb3cbd6b84fbccefa71ff73e26e798553c6914585a84886212a46a9027981565b6103b57f000000000000000000000000000000000000000000000000000000000000000081565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f314987860000000000000000000000000000000000000000000000000000000014806108a357506108a382611c2f565b92915050565b5f6108b381611cc5565b6108bb611ccf565b50565b6001600160a01b0381165f90815260086020526040812080546108f3906001600160801b03600160801b820481169116612b0a565b9392505050565b610902611cd9565b805f0361092257604051631f2a200560e01b815260040160405180910390fd5b335f90815260086020526040902080546001600160801b031682111561098e5780546040517f45be0a260000000000000000000000000000000000000000000000000000000081526001600160801b039091166004820152602481018390526044015b60405180910390fd5b6001810154815483916109b9916001600160801b036801000000000000000090920482169116612b1d565b6001600160801b03161015610a3657600181015481546109f1916001600160801b036801000000000000000090910481169116612b1d565b6040517f8390868d0000000000000000000000000000000000000000000000000000000081526001600160801b03909116600482015260248101839052604401610985565b6005545f90610a4f9067ffffffffffffffff1642612b3c565b8254909150839083905f90610a6e9084906001600160801b0316612b1d565b92506101000a8154816001600160801b0302191690836001600160801b0316021790555082825f0160108282829054906101000a90046001600160801b0316610ab79190612b5c565b92506101000a8154816001600160801b0302191690836001600160801b0316021790555080826001015f6101000a81548167ffffffffffffffff021916908367ffffffffffffffff1602179055508260065f828254610b169190612b7b565b925050819055508260075f828254610b2e9190612b0a565b90915550506040805184815267ffffffffffffffff8316602082015233917f21020437c0e4b58b34bd7ac1f1cef55e7820d1bcd93824ceb273cad96eea704c910160405180910390a250506108bb611d0e565b81610b9f57604051631fe1e13d60e11b815260040160405180910390fd5b610ba98282611d38565b5050565b81158015610bc857506002546001600160a01b038281169116145b15610c7d576001546001600160a01b03811690600160a01b900465ffffffffffff1681151580610bfe575065ffffffffffff8116155b80610c1157504265ffffffffffff821610155b15610c52576040517f19ca5ebb00000000000000000000000000000000000000000000000000000000815265ffffffffffff82166004820152602401610985565b5050600180547fffffffffffff000000000000ffffffffffffffffffffffffffffffffffffffff1690555b610ba98282611d5c565b610c8f611cd9565b335f90815260086020526040812080549091600160801b9091046001600160801b031690819003610cec576040517f262b9d7400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600182015467ffffffffffffffff16421015610d465760018201546040517fbe8a527b00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9091166004820152602401610985565b81546001600160801b0316825560018201805467ffffffffffffffff19169055600780548291905f90610d7a908490612b7b565b90915550610db490506001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163383611dad565b60405181815233907f8108595eb6bad3acefa9da467d90cc2217686d5c5ac85460f8b7849c840645fc9060200160405180910390a25050610df3611d0e565b565b5f610dff81611cc5565b6108bb611dfb565b5f610e1181611cc5565b6276a70067ffffffffffffffff83161115610e64576040517ff221ec6800000000000000000000000000000000000000000000000000000000815267ffffffffffffffff83166004820152602401610985565b6005805467ffffffffffffffff191667ffffffffffffffff84169081179091556040519081527f16cc46df77405a1d0dc35ad78dd0c55bb42dc30a45c21ccff578f3cd6d3b25de906020015b60405180910390a15050565b5f6001600160a01b038216158015906108f35750826001600160a01b0316826001600160a01b031614806108f35750506001600160a01b039182165f908152600a6020526040902054821691161490565b6001600160a01b0381165f908152600860205260408120600181015481546108f3916001600160801b036801000000000000000090910481169116612b7b565b5f610f5781611cc5565b610ba982611e4d565b5f610f6a81611cc5565b610ba982611ebf565b5f610f7d81611cc5565b6108bb611f27565b5f610f8f81611cc5565b60048290556040518281527fa70bd512f7108f78a924d05836f49963c6d8583e3d39f5b6412eb5be70e8432a90602001610eb0565b5f610fd76002546001600160a01b031690565b905090565b6002545f90600160d01b900465ffffffffffff16801515801561100757504265ffffffffffff821610155b611012575f5f611026565b600254600160a01b900465ffffffffffff16815b915091509091565b611036611f64565b61103e611cd9565b6110483382611fa1565b6108bb611d0e565b7faf9a8bb3cbd6b84fbccefa71ff73e26e798553c6914585a84886212a46a9027961107a81611cc5565b5f838152600960205260409020546001600160a01b0316156110cb576040517fe79103b100000000000000000000000000000000000000000000000000000000815260048101849052602401610985565b811561124a576001600160a01b0384165f90815260086020526040812060018101548154919291611114916001600160801b036801000000000000000090910481169116612b7b565b90508381101561115a576040517f8390868d0000000000000000000000000000000000000000000000000000000081526004810182905260248101859052604401610985565b838260010160088282829054906101000a90046001600160801b03166111809190612b5c565b92506101000a8154816001600160801b0302191690836001600160801b031602179055506040518060400160405280876001600160a01b031681526020016111c7866120f6565b6bffffffffffffffffffffffff9081169091525f8781526009602090815260409182902084519490910151909216600160a01b026001600160a01b03938416179091555186918816907fff88c0639dfd5805c28287efa83ab295ba188cb063cce13f32ee627dd07b50f09061123f9088815260200190565b60405180910390a350505b50505050565b335f908152600b60205260409020546001600160a01b03161561128857604051633eaa03e360e01b8152336004820152602401610985565b6001600160a01b0381161561132e576001600160a01b0381165f818152600860205260409020903314806112d457506001600160a01b038281165f908152600b60205260409020541615155b806112e8575080546001600160801b031615155b8061130357508054600160801b90046001600160801b031615155b1561132c57604051633eaa03e360e01b81526001600160a01b0383166004820152602401610985565b505b335f908152600a60205260409020546001600160a01b0316801561137f576001600160a01b0381165f908152600b60205260409020805473ffffffffffffffffffffffffffffffffffffffff191690555b335f908152600a60205260409020805473ffffffffffffffffffffffffffffffffffffffff19166001600160a01b038416908117909155156113f0576001600160a01b0382165f908152600b60205260409020805473ffffffffffffffffffffffffffffffffffffffff1916331790555b6040516001600160a01b0383169033907ffd489696792cc4c5d5b226c46f008e459c8ec9b746c49191d74bb92c19fd1867905f90a35050565b6002545f90600160d01b900465ffffffffffff16801515801561145357504265ffffffffffff8216105b61146e57600154600160d01b900465ffffffffffff16611481565b600254600160a01b900465ffffffffffff165b91505090565b6001546001600160a01b03163381146114ce576040517fc22c8022000000000000000000000000000000000000000000000000000000008152336004820152602401610985565b6108bb612132565b816114f457604051631fe1e13d60e11b815260040160405180910390fd5b610ba982826121f8565b5f61150881611cc5565b6108bb61221c565b5f5f600454831161152357600454611525565b825b6001600160a01b0385165f90815260086020526040812060018101548154939450909261156a916001600160801b036801000000000000000090910481169116612b7b565b90505f8111801561157b5750828110155b9695505050505050565b5f7f12b42e8a160f6064dc959c6f251e3af0750ad213dbecf573b4710d67d6c28e396115b081611cc5565b6115b8611cd9565b855f036115d857604051631f2a200560e01b815260040160405180910390fd5b6001600160a01b038516611618576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b0387165f9081526008602052604081208054909190611650906001600160801b03600160801b820481169116612b0a565b9050805f03611696576040517fea5329600000000000000000000000000000000000000000000000000000000081526001600160a01b038a166004820152602401610985565b8088106116a357806116a5565b875b82549094505f906001600160801b031685106116cb5782546001600160801b03166116cd565b845b90505f6116da8287612b7b565b8454909150829085905f906116f99084906001600160801b0316612b1d565b82546101009290920a6001600160801b038181021990931691831602179091558554600187015490821668010000000000000000909104909116111590506117825783546001850180547fffffffffffffffff00000000000000000000000000000000ffffffffffffffff166001600160801b0390921668010000000000000000029190911790555b8354819085906010906117a6908490600160801b90046001600160801b0316612b1d565b92506101000a8154816001600160801b0302191690836001600160801b031602179055508160065f8282546117db9190612b7b565b925050819055508060075f8282546117f39190612b7b565b9091555061182d90506001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168a88611dad565b886001600160a01b03168b6001600160a01b03167ff15352ab9b908010f35e80a4af20e5c13c9a2a885b57f6f0c413c7db7a6f2f598885858d8d604051611878959493929190612b8e565b60405180910390a35050505061188c611d0e565b5095945050505050565b5f7faf9a8bb3cbd6b84fbccefa71ff73e26e798553c6914585a84886212a46a902796118c181611cc5565b5f838152600960209081526040918290208251808401909352546001600160a01b038116808452600160a01b9091046bffffffffffffffffffffffff169183019190915261193e576040517fe79103b100000000000000000000000000000000000000000000000000000000815260048101859052602401610985565b5f84815260096020908152604080832083905583516001600160a01b031683526008825290912060018101549183015190916801000000000000000090046001600160801b03166bffffffffffffffffffffffff909116106119b95760018101546801000000000000000090046001600160801b03166119cd565b81602001516bffffffffffffffffffffffff165b6001820180546001600160801b03928316965086926008916119fd91859168010000000000000000900416612b1d565b92506101000a8154816001600160801b0302191690836001600160801b0316021790555084825f01516001600160a01b03167f192dd10bc50dc4ab7aeddb8a5da5a38a6e54aa0e5d4012f6b2ca05c606b6cad586604051611a6091815260200190565b60405180910390a3505050919050565b611a78611f64565b611a80611cd9565b6040517fd505accf000000000000000000000000000000000000000000000000000000008152336004820152306024820152604481018690526064810185905260ff8416608482015260a4810183905260c481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063d505accf9060e4015f604051808303815f87803b158015611b22575f5ffd5b505af1925050508015611b33575060015b611c16576040517fdd62ed3e00000000000000000000000000000000000000000000000000000000815233600482015230602482015285907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063dd62ed3e90604401602060405180830381865afa158015611bba573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611bde9190612bef565b1015611c16576040517fb78cb0dd00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b611c203386611fa1565b611c28611d0e565b5050505050565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b0000000000000000000000000000000000000000000000000000000014806108a357507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316146108a3565b6108bb8133612226565b610df35f5f612291565b611ce1612376565b610df360017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b906123cf565b610df35f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611d08565b5f82815260208190526040902060010154611d5281611cc5565b61124a83836123d6565b6001600160a01b0381163314611d9e576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b611da88282612449565b505050565b611dba8383836001612492565b611da8576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610985565b611e0361250d565b6003805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b5f611e56611429565b611e5f42612549565b611e699190612c06565b9050611e75828261257b565b60405165ffffffffffff821681526001600160a01b038316907f3377dc44241e779dd06afab5b788a35ca5f3b778836e2990bdb26a2a4b2e5ed69060200160405180910390a25050565b5f611ec9826125f8565b611ed242612549565b611edc9190612c06565b9050611ee88282612291565b6040805165ffffffffffff8085168252831660208201527ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b9101610eb0565b611f2f611f64565b6003805460ff191660011790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258611e303390565b60035460ff1615610df3576040517fd93c066500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b805f03611fc157604051631f2a200560e01b815260040160405180910390fd5b6001600160a01b038281165f908152600b6020526040902054161561200457604051633eaa03e360e01b81526001600160a01b0383166004820152602401610985565b6001600160a01b0382165f9081526008602052604090206120248261263f565b815482905f9061203e9084906001600160801b0316612b5c565b92506101000a8154816001600160801b0302191690836001600160801b031602179055508160065f8282546120739190612b0a565b909155506120ae90506001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016843085612672565b826001600160a01b03167f9e71bc8eea02a63969f509818f2dafb9254532904319f9dbda79b67bd34a5f3d836040516120e991815260200190565b60405180910390a2505050565b5f6bffffffffffffffffffffffff82111561212e576040516306dfcc6560e41b81526060600482015260248101839052604401610985565b5090565b6001546001600160a01b03811690600160a01b900465ffffffffffff1680158061216457504265ffffffffffff821610155b156121a5576040517f19ca5ebb00000000000000000000000000000000000000000000000000000000815265ffffffffffff82166004820152602401610985565b6121c05f6121bb6002546001600160a01b031690565b612449565b506121cb5f836123d6565b5050600180547fffffffffffff000000000000000000000000000000000000000000000000000016905550565b5f8281526020819052604090206001015461221281611cc5565b61124a8383612449565b610df35f5f61257b565b5f828152602081815260408083206001600160a01b038516845290915290205460ff16610ba9576040517fe2517d3f0000000000000000000000000000000000000000000000000000000081526001600160a01b038216600482015260248101839052604401610985565b600254600160d01b900465ffffffffffff168015612326574265ffffffffffff821610156122fd576002546001805479ffffffffffffffffffffffffffffffffffffffffffffffffffff16600160a01b90920465ffffffffffff16600160d01b02919091179055612326565b6040517f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec5905f90a15b50600280546001600160a01b0316600160a01b65ffffffffffff9485160279ffffffffffffffffffffffffffffffffffffffffffffffffffff1617600160d01b9290931691909102919091179055565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15610df3576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80825d5050565b5f8261243f575f6123ef6002546001600160a01b031690565b6001600160a01b03161461241657604051631fe1e13d60e11b815260040160405180910390fd5b6002805473ffffffffffffffffffffffffffffffffffffffff19166001600160a01b0384161790555b6108f383836126c1565b5f8215801561246557506002546001600160a01b038381169116145b15612488576002805473ffffffffffffffffffffffffffffffffffffffff191690555b6108f38383612768565b6040517fa9059cbb000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f511483166125015783831516156124f5573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b60035460ff16610df3576040517f8dfc202b00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f65ffffffffffff82111561212e576040516306dfcc6560e41b81526030600482015260248101839052604401610985565b60018054600160a01b65ffffffffffff84811682027fffffffffffff000000000000000000000000000000000000000000000000000084166001600160a01b03881617179093559004168015611da8576040517f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a9605109905f90a1505050565b5f5f612602611429565b90508065ffffffffffff168365ffffffffffff161161262a576126258382612c24565b6108f3565b6108f365ffffffffffff8416620697806127e9565b5f6001600160801b0382111561212e576040516306dfcc6560e41b81526080600482015260248101839052604401610985565b6126808484848460016127f8565b61124a576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610985565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16612761575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556127193390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016108a3565b505f6108a3565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1615612761575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016108a3565b5f8282188284100282186108f3565b6040517f23b872dd000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f5114831661286d578383151615612861573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f6020828403121561288e575f5ffd5b81357fffffffff00000000000000000000000000000000000000000000000000000000811681146108f3575f5ffd5b80356001600160a01b03811681146128d3575f5ffd5b919050565b5f602082840312156128e8575f5ffd5b6108f3826128bd565b5f60208284031215612901575f5ffd5b5035919050565b5f5f60408385031215612919575f5ffd5b82359150612929602084016128bd565b90509250929050565b5f60208284031215612942575f5ffd5b813567ffffffffffffffff811681146108f3575f5ffd5b5f5f6040838503121561296a575f5ffd5b612973836128bd565b9150612929602084016128bd565b5f60208284031215612991575f5ffd5b813565ffffffffffff811681146108f3575f5ffd5b5f5f5f606084860312156129b8575f5ffd5b6129c1846128bd565b95602085013595506040909401359392505050565b5f5f604083850312156129e7575f5ffd5b6129f0836128bd565b946020939093013593505050565b5f5f5f5f5f60808688031215612a12575f5ffd5b612a1b866128bd565b945060208601359350612a30604087016128bd565b9250606086013567ffffffffffffffff811115612a4b575f5ffd5b8601601f81018813612a5b575f5ffd5b803567ffffffffffffffff811115612a71575f5ffd5b886020828401011115612a82575f5ffd5b959894975092955050506020019190565b5f5f5f5f5f60a08688031215612aa7575f5ffd5b8535945060208601359350604086013560ff81168114612ac5575f5ffd5b94979396509394606081013594506080013592915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b808201808211156108a3576108a3612add565b6001600160801b0382811682821603908111156108a3576108a3612add565b67ffffffffffffffff81811683821601908111156108a3576108a3612add565b6001600160801b0381811683821601908111156108a3576108a3612add565b818103818111156108a3576108a3612add565b85815284602082015283604082015260806060820152816080820152818360a08301375f81830160a090810191909152601f9092017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0160101949350505050565b5f60208284031215612bff575f5ffd5b5051919050565b65ffffffffffff81811683821601908111156108a3576108a3612add565b65ffffffffffff82811682821603908111156108a3576108a3612add56af9a8bb3cbd6b84fbccefa71ff73e26e798553c6914585a84886212a46a90279",
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
