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
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"token_\",\"type\":\"address\",\"internalType\":\"contractIERC20\"},{\"name\":\"admin\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"adminTransferDelay\",\"type\":\"uint48\",\"internalType\":\"uint48\"},{\"name\":\"minStake_\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"unbondingDelay_\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_UNBONDING_DELAY\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"SLASHER_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"acceptDefaultAdminTransfer\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"beginDefaultAdminTransfer\",\"inputs\":[{\"name\":\"newAdmin\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"cancelDefaultAdminTransfer\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"changeDefaultAdminDelay\",\"inputs\":[{\"name\":\"newDelay\",\"type\":\"uint48\",\"internalType\":\"uint48\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"defaultAdmin\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"defaultAdminDelay\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint48\",\"internalType\":\"uint48\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"defaultAdminDelayIncreaseWait\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint48\",\"internalType\":\"uint48\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isEligible\",\"inputs\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"jobMinimum\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"minStake\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pause\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"paused\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingDefaultAdmin\",\"inputs\":[],\"outputs\":[{\"name\":\"newAdmin\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"schedule\",\"type\":\"uint48\",\"internalType\":\"uint48\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingDefaultAdminDelay\",\"inputs\":[],\"outputs\":[{\"name\":\"newDelay\",\"type\":\"uint48\",\"internalType\":\"uint48\"},{\"name\":\"schedule\",\"type\":\"uint48\",\"internalType\":\"uint48\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"requestUnstake\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"rollbackDefaultAdminDelay\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setMinStake\",\"inputs\":[{\"name\":\"minStake_\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setUnbondingDelay\",\"inputs\":[{\"name\":\"delay\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"slash\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"beneficiary\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"reason\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[{\"name\":\"slashed\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"slashableOf\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"stake\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"stakeOf\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"stakeWithPermit\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"v\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"r\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"token\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIERC20\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"totalActive\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"totalUnbonding\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"unbondingDelay\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"unbondingOf\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"unlockAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"unpause\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"withdraw\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"DefaultAdminDelayChangeCanceled\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DefaultAdminDelayChangeScheduled\",\"inputs\":[{\"name\":\"newDelay\",\"type\":\"uint48\",\"indexed\":false,\"internalType\":\"uint48\"},{\"name\":\"effectSchedule\",\"type\":\"uint48\",\"indexed\":false,\"internalType\":\"uint48\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DefaultAdminTransferCanceled\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DefaultAdminTransferScheduled\",\"inputs\":[{\"name\":\"newAdmin\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"acceptSchedule\",\"type\":\"uint48\",\"indexed\":false,\"internalType\":\"uint48\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"MinStakeSet\",\"inputs\":[{\"name\":\"minStake\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Paused\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Slashed\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"beneficiary\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"fromActive\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"fromUnbonding\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"reason\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"StakeWithdrawn\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Staked\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"UnbondingDelaySet\",\"inputs\":[{\"name\":\"delay\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Unpaused\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"UnstakeRequested\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"unlockAt\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlEnforcedDefaultAdminDelay\",\"inputs\":[{\"name\":\"schedule\",\"type\":\"uint48\",\"internalType\":\"uint48\"}]},{\"type\":\"error\",\"name\":\"AccessControlEnforcedDefaultAdminRules\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlInvalidDefaultAdmin\",\"inputs\":[{\"name\":\"defaultAdmin\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"DelayTooLong\",\"inputs\":[{\"name\":\"delay\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"EnforcedPause\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ExpectedPause\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InsufficientStake\",\"inputs\":[{\"name\":\"available\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"requested\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NothingToSlash\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NothingUnbonding\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"PermitFailed\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SafeCastOverflowedUintDowncast\",\"inputs\":[{\"name\":\"bits\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"StillUnbonding\",\"inputs\":[{\"name\":\"unlockAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroAmount\",\"inputs\":[]}]",
	ID:  "ProviderStaking",
	Bin: "0x60a060405234801561000f575f5ffd5b5060405161296c38038061296c83398101604081905261002e916102e7565b82846001600160a01b03811661005e57604051636116401160e11b81525f60048201526024015b60405180910390fd5b600180546001600160d01b0316600160d01b65ffffffffffff8516021790556100875f826101ba565b5050506001600160a01b0385166100b15760405163d92e233d60e01b815260040160405180910390fd5b6276a7006001600160401b03821611156100e957604051631e443d8d60e31b81526001600160401b0382166004820152602401610055565b6001600160a01b0385166080526004829055600580546001600160401b0319166001600160401b0383161790556101407f12b42e8a160f6064dc959c6f251e3af0750ad213dbecf573b4710d67d6c28e39856101ba565b506040518281527fa70bd512f7108f78a924d05836f49963c6d8583e3d39f5b6412eb5be70e8432a9060200160405180910390a16040516001600160401b03821681527f16cc46df77405a1d0dc35ad78dd0c55bb42dc30a45c21ccff578f3cd6d3b25de9060200160405180910390a15050505050610363565b5f82610216575f6101d36002546001600160a01b031690565b6001600160a01b0316146101fa57604051631fe1e13d60e11b815260040160405180910390fd5b600280546001600160a01b0319166001600160a01b0384161790555b6102208383610229565b90505b92915050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166102c9575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556102813390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610223565b505f610223565b6001600160a01b03811681146102e4575f5ffd5b50565b5f5f5f5f5f60a086880312156102fb575f5ffd5b8551610306816102d0565b6020870151909550610317816102d0565b604087015190945065ffffffffffff81168114610332575f5ffd5b6060870151608088015191945092506001600160401b0381168114610355575f5ffd5b809150509295509295909350565b6080516125ce61039e5f395f818161065a01528181610bea015281816112880152818161138101528181611415015261196101526125ce5ff3fe608060405234801561000f575f5ffd5b506004361061029d575f3560e01c80638456cb5911610171578063cc8463c8116100d2578063d80a843411610088578063ea2494801161006e578063ea2494801461062f578063ecd9ba8214610642578063fc0c546a14610655575f5ffd5b8063d80a843414610608578063db7dd35a1461061b575f5ffd5b8063cf6eefb7116100b8578063cf6eefb7146105ae578063d547741f146105ed578063d602b9fd14610600575f5ffd5b8063cc8463c81461059e578063cefc1429146105a6575f5ffd5b8063a1eda53c11610127578063a694fc3a1161010d578063a694fc3a146104e7578063acf09912146104fa578063c65d8b731461057b575f5ffd5b8063a1eda53c146104b9578063a217fddf146104e0575f5ffd5b80638c80fd90116101575780638c80fd90146104685780638da5cb5b1461047b57806391d1485414610483575f5ffd5b80638456cb591461043b57806384ef8ffc14610443575f5ffd5b8063375b3c0a1161021b5780635095af64116101d15780635c975abb116101b75780635c975abb1461040a578063634e93da14610415578063649a5ec714610428575f5ffd5b80635095af64146103da5780635775960014610401575f5ffd5b80633f4ba83a116102015780633f4ba83a14610385578063426233601461038d578063429e03b2146103c7575f5ffd5b8063375b3c0a146103745780633ccfd60b1461037d575f5ffd5b806323095721116102705780632f2ff15d116102565780632f2ff15d14610345578063350fd0be1461035857806336568abe14610361575f5ffd5b80632309572114610310578063248a9ca314610323575f5ffd5b806301ffc9a7146102a1578063022d63fb146102c95780630aa6220b146102e55780631129ee37146102ef575b5f5ffd5b6102b46102af366004612250565b61067c565b60405190151581526020015b60405180910390f35b620697805b60405165ffffffffffff90911681526020016102c0565b6102ed6106d7565b005b6103026102fd3660046122aa565b6106ec565b6040519081526020016102c0565b6102ed61031e3660046122c3565b61073e565b6103026103313660046122c3565b5f9081526020819052604090206001015490565b6102ed6103533660046122da565b61097e565b61030260075481565b6102ed61036f3660046122da565b6109c3565b61030260045481565b6102ed610aae565b6102ed610c52565b61030261039b3660046122aa565b6001600160a01b03165f908152600860205260409020546fffffffffffffffffffffffffffffffff1690565b6102ed6103d5366004612304565b610c64565b6103027f12b42e8a160f6064dc959c6f251e3af0750ad213dbecf573b4710d67d6c28e3981565b61030260065481565b60035460ff166102b4565b6102ed6104233660046122aa565b610d30565b6102ed61043636600461232b565b610d43565b6102ed610d56565b6002546001600160a01b03165b6040516001600160a01b0390911681526020016102c0565b6102ed6104763660046122c3565b610d68565b610450610da7565b6102b46104913660046122da565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b6104c1610dbf565b6040805165ffffffffffff9384168152929091166020830152016102c0565b6103025f81565b6102ed6104f53660046122c3565b610e39565b61055d6105083660046122aa565b6001600160a01b03165f90815260086020526040902080546001909101547001000000000000000000000000000000009091046fffffffffffffffffffffffffffffffff169167ffffffffffffffff90911690565b6040805192835267ffffffffffffffff9091166020830152016102c0565b6105856276a70081565b60405167ffffffffffffffff90911681526020016102c0565b6102ce610e5b565b6102ed610ef8565b600154604080516001600160a01b03831681527401000000000000000000000000000000000000000090920465ffffffffffff166020830152016102c0565b6102ed6105fb3660046122da565b610f47565b6102ed610f88565b6102b4610616366004612350565b610f9a565b6005546105859067ffffffffffffffff1681565b61030261063d366004612378565b610ff4565b6102ed61065036600461240d565b611318565b6104507f000000000000000000000000000000000000000000000000000000000000000081565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f314987860000000000000000000000000000000000000000000000000000000014806106d157506106d1826114d7565b92915050565b5f6106e18161156d565b6106e9611577565b50565b6001600160a01b0381165f9081526008602052604081208054610737906fffffffffffffffffffffffffffffffff700100000000000000000000000000000000820481169116612484565b9392505050565b610746611581565b805f0361077f576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f90815260086020526040902080546fffffffffffffffffffffffffffffffff168211156107fd5780546040517f45be0a260000000000000000000000000000000000000000000000000000000081526fffffffffffffffffffffffffffffffff9091166004820152602481018390526044015b60405180910390fd5b6005545f906108169067ffffffffffffffff1642612497565b8254909150839083905f9061083e9084906fffffffffffffffffffffffffffffffff166124b7565b92506101000a8154816fffffffffffffffffffffffffffffffff02191690836fffffffffffffffffffffffffffffffff16021790555082825f0160108282829054906101000a90046fffffffffffffffffffffffffffffffff166108a291906124df565b92506101000a8154816fffffffffffffffffffffffffffffffff02191690836fffffffffffffffffffffffffffffffff16021790555080826001015f6101000a81548167ffffffffffffffff021916908367ffffffffffffffff1602179055508260065f8282546109139190612507565b925050819055508260075f82825461092b9190612484565b90915550506040805184815267ffffffffffffffff8316602082015233917f21020437c0e4b58b34bd7ac1f1cef55e7820d1bcd93824ceb273cad96eea704c910160405180910390a250506106e96115b6565b816109b5576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6109bf82826115e0565b5050565b811580156109de57506002546001600160a01b038281169116145b15610aa4576001546001600160a01b0381169074010000000000000000000000000000000000000000900465ffffffffffff1681151580610a25575065ffffffffffff8116155b80610a3857504265ffffffffffff821610155b15610a79576040517f19ca5ebb00000000000000000000000000000000000000000000000000000000815265ffffffffffff821660048201526024016107f4565b5050600180547fffffffffffff000000000000ffffffffffffffffffffffffffffffffffffffff1690555b6109bf828261160a565b610ab6611581565b335f908152600860205260408120805490917001000000000000000000000000000000009091046fffffffffffffffffffffffffffffffff1690819003610b29576040517f262b9d7400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600182015467ffffffffffffffff16421015610b835760018201546040517fbe8a527b00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff90911660048201526024016107f4565b81546fffffffffffffffffffffffffffffffff1682556001820180547fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000169055600780548291905f90610bd7908490612507565b90915550610c1190506001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016338361165b565b60405181815233907f8108595eb6bad3acefa9da467d90cc2217686d5c5ac85460f8b7849c840645fc9060200160405180910390a25050610c506115b6565b565b5f610c5c8161156d565b6106e96116a9565b5f610c6e8161156d565b6276a70067ffffffffffffffff83161115610cc1576040517ff221ec6800000000000000000000000000000000000000000000000000000000815267ffffffffffffffff831660048201526024016107f4565b600580547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff84169081179091556040519081527f16cc46df77405a1d0dc35ad78dd0c55bb42dc30a45c21ccff578f3cd6d3b25de906020015b60405180910390a15050565b5f610d3a8161156d565b6109bf82611719565b5f610d4d8161156d565b6109bf8261178b565b5f610d608161156d565b6106e96117f3565b5f610d728161156d565b60048290556040518281527fa70bd512f7108f78a924d05836f49963c6d8583e3d39f5b6412eb5be70e8432a90602001610d24565b5f610dba6002546001600160a01b031690565b905090565b6002545f907a010000000000000000000000000000000000000000000000000000900465ffffffffffff168015158015610e0157504265ffffffffffff821610155b610e0c575f5f610e31565b60025474010000000000000000000000000000000000000000900465ffffffffffff16815b915091509091565b610e4161184e565b610e49611581565b610e53338261188b565b6106e96115b6565b6002545f907a010000000000000000000000000000000000000000000000000000900465ffffffffffff168015158015610e9c57504265ffffffffffff8216105b610ece576001547a010000000000000000000000000000000000000000000000000000900465ffffffffffff16610ef2565b60025474010000000000000000000000000000000000000000900465ffffffffffff165b91505090565b6001546001600160a01b0316338114610f3f576040517fc22c80220000000000000000000000000000000000000000000000000000000081523360048201526024016107f4565b6106e96119d1565b81610f7e576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6109bf8282611aa8565b5f610f928161156d565b6106e9611acc565b5f5f6004548311610fad57600454610faf565b825b6001600160a01b0385165f908152600860205260409020549091506fffffffffffffffffffffffffffffffff168015801590610feb5750818110155b95945050505050565b5f7f12b42e8a160f6064dc959c6f251e3af0750ad213dbecf573b4710d67d6c28e3961101f8161156d565b611027611581565b855f03611060576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b0385166110a0576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b0387165f90815260086020526040812080549091906110ee906fffffffffffffffffffffffffffffffff700100000000000000000000000000000000820481169116612484565b9050805f03611134576040517fea5329600000000000000000000000000000000000000000000000000000000081526001600160a01b038a1660048201526024016107f4565b8088106111415780611143565b875b82549094505f906fffffffffffffffffffffffffffffffff16851061117b5782546fffffffffffffffffffffffffffffffff1661117d565b845b90505f61118a8287612507565b8454909150829085905f906111b29084906fffffffffffffffffffffffffffffffff166124b7565b92506101000a8154816fffffffffffffffffffffffffffffffff02191690836fffffffffffffffffffffffffffffffff16021790555080845f0160108282829054906101000a90046fffffffffffffffffffffffffffffffff1661121691906124b7565b92506101000a8154816fffffffffffffffffffffffffffffffff02191690836fffffffffffffffffffffffffffffffff1602179055508160065f82825461125d9190612507565b925050819055508060075f8282546112759190612507565b909155506112af90506001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168a8861165b565b886001600160a01b03168b6001600160a01b03167ff15352ab9b908010f35e80a4af20e5c13c9a2a885b57f6f0c413c7db7a6f2f598885858d8d6040516112fa95949392919061251a565b60405180910390a35050505061130e6115b6565b5095945050505050565b61132061184e565b611328611581565b6040517fd505accf000000000000000000000000000000000000000000000000000000008152336004820152306024820152604481018690526064810185905260ff8416608482015260a4810183905260c481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063d505accf9060e4015f604051808303815f87803b1580156113ca575f5ffd5b505af19250505080156113db575060015b6114be576040517fdd62ed3e00000000000000000000000000000000000000000000000000000000815233600482015230602482015285907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063dd62ed3e90604401602060405180830381865afa158015611462573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611486919061257b565b10156114be576040517fb78cb0dd00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6114c8338661188b565b6114d06115b6565b5050505050565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b0000000000000000000000000000000000000000000000000000000014806106d157507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316146106d1565b6106e98133611ad6565b610c505f5f611b41565b611589611c8d565b610c5060017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90611ce6565b610c505f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006115b0565b5f828152602081905260409020600101546115fa8161156d565b6116048383611ced565b50505050565b6001600160a01b038116331461164c576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6116568282611d84565b505050565b6116688383836001611dd8565b611656576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b03841660048201526024016107f4565b6116b1611e53565b600380547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b5f611722610e5b565b61172b42611e8f565b6117359190612592565b90506117418282611ede565b60405165ffffffffffff821681526001600160a01b038316907f3377dc44241e779dd06afab5b788a35ca5f3b778836e2990bdb26a2a4b2e5ed69060200160405180910390a25050565b5f61179582611f6c565b61179e42611e8f565b6117a89190612592565b90506117b48282611b41565b6040805165ffffffffffff8085168252831660208201527ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b9101610d24565b6117fb61184e565b600380547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a2586116fc3390565b60035460ff1615610c50576040517fd93c066500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b805f036118c4576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b0382165f9081526008602052604090206118e482611fb3565b815482905f906119079084906fffffffffffffffffffffffffffffffff166124df565b92506101000a8154816fffffffffffffffffffffffffffffffff02191690836fffffffffffffffffffffffffffffffff1602179055508160065f82825461194e9190612484565b9091555061198990506001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016843085612008565b826001600160a01b03167f9e71bc8eea02a63969f509818f2dafb9254532904319f9dbda79b67bd34a5f3d836040516119c491815260200190565b60405180910390a2505050565b6001546001600160a01b0381169074010000000000000000000000000000000000000000900465ffffffffffff16801580611a1457504265ffffffffffff821610155b15611a55576040517f19ca5ebb00000000000000000000000000000000000000000000000000000000815265ffffffffffff821660048201526024016107f4565b611a705f611a6b6002546001600160a01b031690565b611d84565b50611a7b5f83611ced565b5050600180547fffffffffffff000000000000000000000000000000000000000000000000000016905550565b5f82815260208190526040902060010154611ac28161156d565b6116048383611d84565b610c505f5f611ede565b5f828152602081815260408083206001600160a01b038516845290915290205460ff166109bf576040517fe2517d3f0000000000000000000000000000000000000000000000000000000081526001600160a01b0382166004820152602481018390526044016107f4565b6002547a010000000000000000000000000000000000000000000000000000900465ffffffffffff168015611c15574265ffffffffffff82161015611bec576002546001805479ffffffffffffffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000090920465ffffffffffff167a01000000000000000000000000000000000000000000000000000002919091179055611c15565b6040517f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec5905f90a15b50600280546001600160a01b03167401000000000000000000000000000000000000000065ffffffffffff9485160279ffffffffffffffffffffffffffffffffffffffffffffffffffff16177a0100000000000000000000000000000000000000000000000000009290931691909102919091179055565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15610c50576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80825d5050565b5f82611d7a575f611d066002546001600160a01b031690565b6001600160a01b031614611d46576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600280547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0384161790555b6107378383612057565b5f82158015611da057506002546001600160a01b038381169116145b15611dce57600280547fffffffffffffffffffffffff00000000000000000000000000000000000000001690555b610737838361211c565b6040517fa9059cbb000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316611e47578383151615611e3b573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b60035460ff16610c50576040517f8dfc202b00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f65ffffffffffff821115611eda576040517f6dfcc65000000000000000000000000000000000000000000000000000000000815260306004820152602481018390526044016107f4565b5090565b600180547401000000000000000000000000000000000000000065ffffffffffff84811682027fffffffffffff000000000000000000000000000000000000000000000000000084166001600160a01b03881617179093559004168015611656576040517f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a9605109905f90a1505050565b5f5f611f76610e5b565b90508065ffffffffffff168365ffffffffffff1611611f9e57611f9983826125b0565b610737565b61073765ffffffffffff8416620697806121bb565b5f6fffffffffffffffffffffffffffffffff821115611eda576040517f6dfcc65000000000000000000000000000000000000000000000000000000000815260806004820152602481018390526044016107f4565b6120168484848460016121ca565b611604576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b03851660048201526024016107f4565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16612115575f838152602081815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790556120cd3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016106d1565b505f6106d1565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1615612115575f838152602081815260408083206001600160a01b038616808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016106d1565b5f828218828410028218610737565b6040517f23b872dd000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f5114831661223f578383151615612233573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f60208284031215612260575f5ffd5b81357fffffffff0000000000000000000000000000000000000000000000000000000081168114610737575f5ffd5b80356001600160a01b03811681146122a5575f5ffd5b919050565b5f602082840312156122ba575f5ffd5b6107378261228f565b5f602082840312156122d3575f5ffd5b5035919050565b5f5f604083850312156122eb575f5ffd5b823591506122fb6020840161228f565b90509250929050565b5f60208284031215612314575f5ffd5b813567ffffffffffffffff81168114610737575f5ffd5b5f6020828403121561233b575f5ffd5b813565ffffffffffff81168114610737575f5ffd5b5f5f60408385031215612361575f5ffd5b61236a8361228f565b946020939093013593505050565b5f5f5f5f5f6080868803121561238c575f5ffd5b6123958661228f565b9450602086013593506123aa6040870161228f565b9250606086013567ffffffffffffffff8111156123c5575f5ffd5b8601601f810188136123d5575f5ffd5b803567ffffffffffffffff8111156123eb575f5ffd5b8860208284010111156123fc575f5ffd5b959894975092955050506020019190565b5f5f5f5f5f60a08688031215612421575f5ffd5b8535945060208601359350604086013560ff8116811461243f575f5ffd5b94979396509394606081013594506080013592915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b808201808211156106d1576106d1612457565b67ffffffffffffffff81811683821601908111156106d1576106d1612457565b6fffffffffffffffffffffffffffffffff82811682821603908111156106d1576106d1612457565b6fffffffffffffffffffffffffffffffff81811683821601908111156106d1576106d1612457565b818103818111156106d1576106d1612457565b85815284602082015283604082015260806060820152816080820152818360a08301375f81830160a090810191909152601f9092017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0160101949350505050565b5f6020828403121561258b575f5ffd5b5051919050565b65ffffffffffff81811683821601908111156106d1576106d1612457565b65ffffffffffff82811682821603908111156106d1576106d161245756",
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
// Solidity: constructor(address token_, address admin, uint48 adminTransferDelay, uint256 minStake_, uint64 unbondingDelay_) returns()
func (providerStaking *ProviderStaking) PackConstructor(token_ common.Address, admin common.Address, adminTransferDelay *big.Int, minStake_ *big.Int, unbondingDelay_ uint64) []byte {
	enc, err := providerStaking.abi.Pack("", token_, admin, adminTransferDelay, minStake_, unbondingDelay_)
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
