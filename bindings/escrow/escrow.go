// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package escrow

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

// AuctionEscrowBid is an auto generated low-level Go binding around an user-defined struct.
type AuctionEscrowBid struct {
	JobId             *big.Int
	Provider          common.Address
	PricePerGpuSecond *big.Int
	Expiry            *big.Int
	Nonce             *big.Int
}

// AuctionEscrowJob is an auto generated low-level Go binding around an user-defined struct.
type AuctionEscrowJob struct {
	Client            common.Address
	Provider          common.Address
	State             uint8
	Round             uint8
	GpuCount          uint16
	BiddingDeadline   *big.Int
	StartedAt         *big.Int
	EndedAt           *big.Int
	MaxPrice          *big.Int
	Budget            *big.Int
	MinProviderStake  *big.Int
	Price             *big.Int
	SettledGpuSeconds *big.Int
	Remaining         *big.Int
	SpecHash          [32]byte
}

// AuctionEscrowParams is an auto generated low-level Go binding around an user-defined struct.
type AuctionEscrowParams struct {
	Treasury           common.Address
	FeeBps             uint16
	SlashBps           uint16
	SettlementWindow   uint32
	FailoverWindow     uint32
	ControllerMinStake *big.Int
}

// AuctionEscrowUsage is an auto generated low-level Go binding around an user-defined struct.
type AuctionEscrowUsage struct {
	JobId                *big.Int
	Round                *big.Int
	CumulativeGpuSeconds *big.Int
}

// AuctionEscrowUsageReport is an auto generated low-level Go binding around an user-defined struct.
type AuctionEscrowUsageReport struct {
	Provider  common.Address
	Usages    []AuctionEscrowUsage
	Signature []byte
}

// AuctionEscrowMetaData contains all meta data concerning the AuctionEscrow contract.
var AuctionEscrowMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"token_\",\"type\":\"address\",\"internalType\":\"contractIERC20\"},{\"name\":\"staking_\",\"type\":\"address\",\"internalType\":\"contractIProviderStaking\"},{\"name\":\"admin\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"adminTransferDelay\",\"type\":\"uint48\",\"internalType\":\"uint48\"},{\"name\":\"params_\",\"type\":\"tuple\",\"internalType\":\"structAuctionEscrow.Params\",\"components\":[{\"name\":\"treasury\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"feeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"slashBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"settlementWindow\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"failoverWindow\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"controllerMinStake\",\"type\":\"uint96\",\"internalType\":\"uint96\"}]}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"BID_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"CONTROLLER_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_FEE_BPS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_GPUS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"USAGE_REPORT_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"USAGE_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"acceptDefaultAdminTransfer\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"award\",\"inputs\":[{\"name\":\"bid\",\"type\":\"tuple\",\"internalType\":\"structAuctionEscrow.Bid\",\"components\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"pricePerGpuSecond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"expiry\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"nonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"signature\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"awardBackup\",\"inputs\":[{\"name\":\"bid\",\"type\":\"tuple\",\"internalType\":\"structAuctionEscrow.Bid\",\"components\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"pricePerGpuSecond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"expiry\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"nonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"signature\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"beginDefaultAdminTransfer\",\"inputs\":[{\"name\":\"newAdmin\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"bidDigest\",\"inputs\":[{\"name\":\"bid\",\"type\":\"tuple\",\"internalType\":\"structAuctionEscrow.Bid\",\"components\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"pricePerGpuSecond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"expiry\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"nonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"bidNonceUsed\",\"inputs\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"nonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"cancelBidNonce\",\"inputs\":[{\"name\":\"nonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"cancelDefaultAdminTransfer\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"changeDefaultAdminDelay\",\"inputs\":[{\"name\":\"newDelay\",\"type\":\"uint48\",\"internalType\":\"uint48\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"claimableOf\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"completeJob\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"createJob\",\"inputs\":[{\"name\":\"specHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"maxPricePerGpuSecond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"gpuCount\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"budget\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"biddingDeadline\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"minProviderStake\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"defaultAdmin\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"defaultAdminDelay\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint48\",\"internalType\":\"uint48\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"defaultAdminDelayIncreaseWait\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint48\",\"internalType\":\"uint48\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"deposit\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"depositWithPermit\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"v\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"r\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"eip712Domain\",\"inputs\":[],\"outputs\":[{\"name\":\"fields\",\"type\":\"bytes1\",\"internalType\":\"bytes1\"},{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"version\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"chainId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"verifyingContract\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"extensions\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"feesOwed\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"finalizeJob\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"freeBalanceOf\",\"inputs\":[{\"name\":\"client\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getJob\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"job\",\"type\":\"tuple\",\"internalType\":\"structAuctionEscrow.Job\",\"components\":[{\"name\":\"client\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"state\",\"type\":\"uint8\",\"internalType\":\"enumAuctionEscrow.JobState\"},{\"name\":\"round\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"gpuCount\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"biddingDeadline\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"startedAt\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"endedAt\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"maxPrice\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"budget\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minProviderStake\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"price\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"settledGpuSeconds\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"remaining\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"specHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"nextJobId\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"params\",\"inputs\":[],\"outputs\":[{\"name\":\"treasury\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"feeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"slashBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"settlementWindow\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"failoverWindow\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"controllerMinStake\",\"type\":\"uint96\",\"internalType\":\"uint96\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pause\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"paused\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingDefaultAdmin\",\"inputs\":[],\"outputs\":[{\"name\":\"newAdmin\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"schedule\",\"type\":\"uint48\",\"internalType\":\"uint48\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingDefaultAdminDelay\",\"inputs\":[],\"outputs\":[{\"name\":\"newDelay\",\"type\":\"uint48\",\"internalType\":\"uint48\"},{\"name\":\"schedule\",\"type\":\"uint48\",\"internalType\":\"uint48\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"reportFailure\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"reason\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"rollbackDefaultAdminDelay\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setParams\",\"inputs\":[{\"name\":\"params_\",\"type\":\"tuple\",\"internalType\":\"structAuctionEscrow.Params\",\"components\":[{\"name\":\"treasury\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"feeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"slashBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"settlementWindow\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"failoverWindow\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"controllerMinStake\",\"type\":\"uint96\",\"internalType\":\"uint96\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"settle\",\"inputs\":[{\"name\":\"report\",\"type\":\"tuple\",\"internalType\":\"structAuctionEscrow.UsageReport\",\"components\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"usages\",\"type\":\"tuple[]\",\"internalType\":\"structAuctionEscrow.Usage[]\",\"components\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"cumulativeGpuSeconds\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"signature\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"settleBatch\",\"inputs\":[{\"name\":\"reports\",\"type\":\"tuple[]\",\"internalType\":\"structAuctionEscrow.UsageReport[]\",\"components\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"usages\",\"type\":\"tuple[]\",\"internalType\":\"structAuctionEscrow.Usage[]\",\"components\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"cumulativeGpuSeconds\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"signature\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"staking\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIProviderStaking\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"stopJob\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"sweepFees\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"token\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIERC20\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"totalFree\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"totalLocked\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"unpause\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"usageReportDigest\",\"inputs\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"usages\",\"type\":\"tuple[]\",\"internalType\":\"structAuctionEscrow.Usage[]\",\"components\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"cumulativeGpuSeconds\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"withdraw\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"BidNonceCancelled\",\"inputs\":[{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"nonce\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DefaultAdminDelayChangeCanceled\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DefaultAdminDelayChangeScheduled\",\"inputs\":[{\"name\":\"newDelay\",\"type\":\"uint48\",\"indexed\":false,\"internalType\":\"uint48\"},{\"name\":\"effectSchedule\",\"type\":\"uint48\",\"indexed\":false,\"internalType\":\"uint48\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DefaultAdminTransferCanceled\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DefaultAdminTransferScheduled\",\"inputs\":[{\"name\":\"newAdmin\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"acceptSchedule\",\"type\":\"uint48\",\"indexed\":false,\"internalType\":\"uint48\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Deposited\",\"inputs\":[{\"name\":\"client\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EIP712DomainChanged\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"FeesSwept\",\"inputs\":[{\"name\":\"treasury\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"JobAwarded\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"round\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"pricePerGpuSecond\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"bidNonce\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"JobCancelled\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"JobClosed\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"JobCreated\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"client\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"specHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"maxPricePerGpuSecond\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"gpuCount\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"budget\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"biddingDeadline\",\"type\":\"uint40\",\"indexed\":false,\"internalType\":\"uint40\"},{\"name\":\"minProviderStake\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"JobEnded\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"by\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"endedAt\",\"type\":\"uint40\",\"indexed\":false,\"internalType\":\"uint40\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"JobFailed\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"round\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"slashed\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"reason\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ParamsSet\",\"inputs\":[{\"name\":\"params\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structAuctionEscrow.Params\",\"components\":[{\"name\":\"treasury\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"feeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"slashBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"settlementWindow\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"failoverWindow\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"controllerMinStake\",\"type\":\"uint96\",\"internalType\":\"uint96\"}]}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Paused\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ProviderPaid\",\"inputs\":[{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"gross\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"fee\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Refunded\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"client\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Unpaused\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"UsageRejected\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"reason\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumAuctionEscrow.Rejection\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"UsageSettled\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"cumulativeGpuSeconds\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Withdrawn\",\"inputs\":[{\"name\":\"client\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlEnforcedDefaultAdminDelay\",\"inputs\":[{\"name\":\"schedule\",\"type\":\"uint48\",\"internalType\":\"uint48\"}]},{\"type\":\"error\",\"name\":\"AccessControlEnforcedDefaultAdminRules\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlInvalidDefaultAdmin\",\"inputs\":[{\"name\":\"defaultAdmin\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"BidExpired\",\"inputs\":[{\"name\":\"expiry\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"BidNonceAlreadyUsed\",\"inputs\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"nonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"BidPriceOutOfRange\",\"inputs\":[{\"name\":\"price\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxPrice\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"BiddingClosed\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deadline\",\"type\":\"uint40\",\"internalType\":\"uint40\"}]},{\"type\":\"error\",\"name\":\"EmptyReport\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"EnforcedPause\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ExpectedPause\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InsufficientBalance\",\"inputs\":[{\"name\":\"available\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"requested\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidJob\",\"inputs\":[{\"name\":\"what\",\"type\":\"string\",\"internalType\":\"string\"}]},{\"type\":\"error\",\"name\":\"InvalidParams\",\"inputs\":[{\"name\":\"what\",\"type\":\"string\",\"internalType\":\"string\"}]},{\"type\":\"error\",\"name\":\"InvalidShortString\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidSignature\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"PermitFailed\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ProviderNotEligible\",\"inputs\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SafeCastOverflowedUintDowncast\",\"inputs\":[{\"name\":\"bits\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SameProvider\",\"inputs\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"StringTooLong\",\"inputs\":[{\"name\":\"str\",\"type\":\"string\",\"internalType\":\"string\"}]},{\"type\":\"error\",\"name\":\"TooManyRounds\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Unauthorized\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"WindowOpen\",\"inputs\":[{\"name\":\"until\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"WrongState\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"state\",\"type\":\"uint8\",\"internalType\":\"enumAuctionEscrow.JobState\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroAmount\",\"inputs\":[]}]",
	ID:  "AuctionEscrow",
	Bin: "0x6101a06040526001600855348015610015575f5ffd5b5060405161626b38038061626b833981016040819052610034916105a1565b604080518082018252601681527f47696e746f6e69632041756374696f6e457363726f7700000000000000000000602080830191909152825180840190935260018352603160f81b908301529083856001600160a01b0381166100b157604051636116401160e11b81525f60048201526024015b60405180910390fd5b600180546001600160d01b0316600160d01b65ffffffffffff8516021790556100da5f826101f1565b5050506100ec8261026060201b60201c565b610120526100f981610260565b61014052815160208084019190912060e052815190820120610100524660a05261018560e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b03851615806101ab57506001600160a01b038416155b156101c95760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b03808616610160528416610180526101e78161029d565b5050505050610712565b5f8261024d575f61020a6002546001600160a01b031690565b6001600160a01b03161461023157604051631fe1e13d60e11b815260040160405180910390fd5b600280546001600160a01b0319166001600160a01b0384161790555b6102578383610499565b90505b92915050565b5f5f829050601f8151111561028a578260405163305a27a960e01b81526004016100a891906106b7565b8051610295826106ec565b179392505050565b80516001600160a01b03166102e05760405163a8c278dd60e01b8152602060048201526008602482015267747265617375727960c01b60448201526064016100a8565b6107d061ffff16816020015161ffff1611156103285760405163a8c278dd60e01b815260206004820152600660248201526566656542707360d01b60448201526064016100a8565b61271061ffff16816040015161ffff1611156103725760405163a8c278dd60e01b8152602060048201526008602482015267736c61736842707360c01b60448201526064016100a8565b80516006805460208085018051604080880180516060808b0180516080808e0180516001600160a01b03909e166001600160b01b0319909c168c17600160a01b61ffff9a8b16021765ffffffffffff60b01b1916600160b01b968a169690960263ffffffff60c01b191695909517600160c01b63ffffffff93841602176001600160e01b0316600160e01b9d83169d909d029c909c17909a5560a0808d018051600780546001600160601b0319166001600160601b0392831617905587519b8c5298518816998b0199909952935190951693880193909352925187169186019190915290519094169483019490945251909216908201527f4a1fdd00ca291478713caac3eb5ab6915aeb47c8377cdcee632fcde34f2b4e649060c00160405180910390a150565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610539575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556104f13390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161025a565b505f61025a565b6001600160a01b0381168114610554575f5ffd5b50565b805161056281610540565b919050565b805161ffff81168114610562575f5ffd5b805163ffffffff81168114610562575f5ffd5b80516001600160601b0381168114610562575f5ffd5b5f5f5f5f5f8587036101408112156105b7575f5ffd5b86516105c281610540565b60208801519096506105d381610540565b60408801519095506105e481610540565b606088015190945065ffffffffffff811681146105ff575f5ffd5b925060c0607f1982011215610612575f5ffd5b5060405160c081016001600160401b038111828210171561064157634e487b7160e01b5f52604160045260245ffd5b60405261065060808801610557565b815261065e60a08801610567565b602082015261066f60c08801610567565b604082015261068060e08801610578565b60608201526106926101008801610578565b60808201526106a4610120880161058b565b60a0820152809150509295509295909350565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b8051602080830151919081101561070c575f198160200360031b1b821691505b50919050565b60805160a05160c05160e0516101005161012051610140516101605161018051615aae6107bd5f395f818161050101528181610fc7015281816110c301528181612e1d015261323501525f818161090d01528181610a79015281816112cb0152818161135f015281816128a9015281816133cb01526135ad01525f61397c01525f61395101525f61446801525f61444001525f61439b01525f6143c501525f6143ef0152615aae5ff3fe608060405234801561000f575f5ffd5b5060043610610367575f3560e01c80638456cb59116101c9578063bf22c457116100fe578063d113b95c1161009e578063d602b9fd11610079578063d602b9fd146108da578063d8650577146108e2578063dab12a8e146108f5578063fc0c546a14610908575f5ffd5b8063d113b95c146108b6578063d547741f146108be578063d55be8c6146108d1575f5ffd5b8063cdd85de5116100d9578063cdd85de514610780578063cefc142914610793578063cf6eefb71461079b578063cff0ab96146107c9575f5ffd5b8063bf22c45714610745578063c65eb18214610765578063cc8463c814610778575f5ffd5b8063a1eda53c11610169578063a8f6c6dd11610144578063a8f6c6dd14610703578063b0c2aa5e14610716578063b3cf96421461071f578063b6b55f2514610732575f5ffd5b8063a1eda53c146106a8578063a217fddf146106cf578063a568ac04146106d6575f5ffd5b80638da5cb5b116101a45780638da5cb5b1461063057806391d148541461063857806395e7ca4c1461066e578063a1c0d32f14610695575f5ffd5b80638456cb59146105fc57806384b0196e1461060457806384ef8ffc1461061f575f5ffd5b8063411f09031161029f578063543e99541161023f5780635c975abb1161021a5780635c975abb146105b8578063634e93da146105c3578063649a5ec7146105d6578063832a153d146105e9575f5ffd5b8063543e99541461057557806356891412146105945780635778ac841461059d575f5ffd5b80634ab7435f1161027a5780634ab7435f146104e95780634cf088d9146104fc578063513bed121461053b57806351bb9b1e1461054e575f5ffd5b8063411f0903146104b05780634a96a1ae146104c35780634a970be7146104d6575f5ffd5b80632f2ff15d1161030a578063333e44e6116102e5578063333e44e61461047957806336568abe146104825780633e091be1146104955780633f4ba83a146104a8575f5ffd5b80632f2ff15d1461044a5780632f61cb091461045d578063326e7a8514610470575f5ffd5b80630a4fc0f5116103455780630a4fc0f5146103e45780630aa6220b1461040b578063248a9ca3146104155780632e1a7d4d14610437575f5ffd5b806301ffc9a71461036b578063022d63fb14610393578063092c5b3b146103af575b5f5ffd5b61037e610379366004614fb9565b61092f565b60405190151581526020015b60405180910390f35b620697805b60405165ffffffffffff909116815260200161038a565b6103d67f7b765e0e932d348852a6f810bfa1ab891e259123f02db8cdcde614c57022335781565b60405190815260200161038a565b6103d67f1ae85c1d99da4f94cfe580285888bc6b5210640ebf3504aaf4974643fcab652a81565b61041361098a565b005b6103d6610423366004614ff8565b5f9081526020819052604090206001015490565b610413610445366004614ff8565b61099f565b61041361045836600461502a565b610ade565b6103d661046b36600461506a565b610b23565b6103d6600b5481565b6103d660095481565b61041361049036600461502a565b610bbc565b6104136104a33660046150c9565b610c96565b610413610dcd565b6104136104be366004615119565b610ddf565b6104136104d1366004614ff8565b6111ac565b6104136104e4366004615148565b611262565b6104136104f7366004615192565b611420565b6105237f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161038a565b6103d6610549366004614ff8565b6114a9565b6103d67f048031fa980230248c30b9e041f6e5a1e86a273b60212dfda0e6e89d129fd79981565b6103d6610583366004615203565b600c6020525f908152604090205481565b6103d6600a5481565b6105a560ff81565b60405161ffff909116815260200161038a565b60035460ff1661037e565b6104136105d1366004615203565b611571565b6104136105e436600461521c565b611584565b6104136105f7366004614ff8565b611597565b61041361195a565b61060c61196c565b60405161038a979695949392919061528d565b6002546001600160a01b0316610523565b6105236119ca565b61037e61064636600461502a565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b6103d67fac03d16f45906c87e70580ca145aaddac91f4daa5c74c80ce0c71f212ddbbece81565b6104136106a3366004614ff8565b6119e2565b6106b0611abf565b6040805165ffffffffffff93841681529290911660208301520161038a565b6103d65f81565b61037e6106e436600461533f565b600d60209081525f928352604080842090915290825290205460ff1681565b6104136107113660046150c9565b611b28565b6103d660085481565b6103d661072d366004615378565b611ce7565b610413610740366004614ff8565b61222b565b610758610753366004614ff8565b61224c565b60405161038a919061541a565b610413610773366004614ff8565b612525565b6103986126ce565b6103d661078e36600461552a565b61275a565b6104136127fc565b600154604080516001600160a01b0383168152600160a01b90920465ffffffffffff1660208301520161038a565b600654600754610860916001600160a01b0381169161ffff600160a01b830481169276010000000000000000000000000000000000000000000081049091169163ffffffff780100000000000000000000000000000000000000000000000083048116927c0100000000000000000000000000000000000000000000000000000000900416906bffffffffffffffffffffffff1686565b604080516001600160a01b0397909716875261ffff9586166020880152939094169285019290925263ffffffff90811660608501521660808301526bffffffffffffffffffffffff1660a082015260c00161038a565b61041361284b565b6104136108cc36600461502a565b61291f565b6105a56107d081565b610413612960565b6104136108f03660046155ab565b612972565b6104136109033660046155e2565b61299b565b6105237f000000000000000000000000000000000000000000000000000000000000000081565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f314987860000000000000000000000000000000000000000000000000000000014806109845750610984826129bc565b92915050565b5f61099481612a52565b61099c612a5c565b50565b6109a7612a66565b805f036109e0576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f908152600c602052604090205481811015610a38576040517fcf47918100000000000000000000000000000000000000000000000000000000815260048101829052602481018390526044015b60405180910390fd5b610a428282615628565b335f908152600c602052604081209190915560098054849290610a66908490615628565b90915550610aa090506001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163384612a9b565b60405182815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a25061099c612ae9565b81610b15576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610b1f8282612b13565b5050565b5f6109847f048031fa980230248c30b9e041f6e5a1e86a273b60212dfda0e6e89d129fd7998335610b5a6040860160208701615203565b604080516020810194909452838101929092526001600160a01b0316606083810191909152908501356080838101919091529085013560a083015284013560c082015260e0015b60405160208183030381529060405280519060200120612b3d565b81158015610bd757506002546001600160a01b038281169116145b15610c8c576001546001600160a01b03811690600160a01b900465ffffffffffff1681151580610c0d575065ffffffffffff8116155b80610c2057504265ffffffffffff821610155b15610c61576040517f19ca5ebb00000000000000000000000000000000000000000000000000000000815265ffffffffffff82166004820152602401610a2f565b5050600180547fffffffffffff000000000000ffffffffffffffffffffffffffffffffffffffff1690555b610b1f8282612b84565b610c9e612bd0565b610ca6612a66565b82355f908152600e6020526040902060018154600160a01b900460ff166006811115610cd457610cd46153d9565b14610d1c5780546040517f800b0615000000000000000000000000000000000000000000000000000000008152610a2f91863591600160a01b90910460ff169060040161563b565b80547801000000000000000000000000000000000000000000000000900463ffffffff16421115610da65780546040517f9109827700000000000000000000000000000000000000000000000000000000815285356004820152780100000000000000000000000000000000000000000000000090910463ffffffff166024820152604401610a2f565b610db1843582612c0d565b610dbf818585856001612c9a565b50610dc8612ae9565b505050565b5f610dd781612a52565b61099c613169565b610de7612a66565b610def6131bb565b5f838152600e6020526040902060028154600160a01b900460ff166006811115610e1b57610e1b6153d9565b14610e625780546040517f800b0615000000000000000000000000000000000000000000000000000000008152610a2f918691600160a01b90910460ff169060040161563b565b6001810154815460408051878152750100000000000000000000000000000000000000000090920460ff1660208301526001600160a01b03909216918101829052606090205f905f818152600f6020526040902054909150610ee960037fffffffffffffffffffffffffffffffffffffffff00000000000000000000000083165b90613307565b5f838152600f60205260409020556bffffffffffffffffffffffff81166001850180546bffffffffffffffffffffffff92909216600160a01b026001600160a01b03928316179055845463ffffffff42167c0100000000000000000000000000000000000000000000000000000000027bffffffffffffff00ffffffffffffffffffffffffffffffffffffffff90911617740300000000000000000000000000000000000000001785556040517f1129ee3700000000000000000000000000000000000000000000000000000000815284821660048201525f9182917f000000000000000000000000000000000000000000000000000000000000000090911690631129ee3790602401602060405180830381865afa15801561100e573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611032919061564f565b6006549091505f9061271090600190829061106b90760100000000000000000000000000000000000000000000900461ffff1686615666565b611075919061567d565b61107f9190615628565b6110899190615690565b905080156111455786546040517fea2494800000000000000000000000000000000000000000000000000000000081526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081169263ea24948092611102928b9287929116908f908f9060040161570f565b6020604051808303815f875af115801561111e573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611142919061564f565b92505b856001600160a01b03168a7f7bf093423594797d91cfdb8786c53055cff0ded5b1fd4bbc561cf1cd4d175c5d895f0160159054906101000a900460ff16868d8d6040516111959493929190615746565b60405180910390a350505050505050610dc8612ae9565b335f908152600d6020908152604080832084845290915290205460ff1615611209576040517fb988f27f00000000000000000000000000000000000000000000000000000000815233600482015260248101829052604401610a2f565b335f818152600d60209081526040808320858452825291829020805460ff1916600117905590518381527fbb0ccc7c7fa13adb3fc1c8b161cd2ee8ff5df39b54aeb6fd23b6a62383746f3991015b60405180910390a250565b61126a612bd0565b611272612a66565b6040517fd505accf000000000000000000000000000000000000000000000000000000008152336004820152306024820152604481018690526064810185905260ff8416608482015260a4810183905260c481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063d505accf9060e4015f604051808303815f87803b158015611314575f5ffd5b505af1925050508015611325575060015b611408576040517fdd62ed3e00000000000000000000000000000000000000000000000000000000815233600482015230602482015285907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063dd62ed3e90604401602060405180830381865afa1580156113ac573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906113d0919061564f565b1015611408576040517fb78cb0dd00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61141185613349565b611419612ae9565b5050505050565b611428612bd0565b611430612a66565b5f5f5f5b83811015611494575f5f61146a87878581811061145357611453615768565b90506020028101906114659190615795565b613425565b9092509050611479828661567d565b9450611485818561567d565b93505050806001019050611434565b5061149f8282613622565b5050610b1f612ae9565b5f818152600e6020526040812060028154600160a01b900460ff1660068111156114d5576114d56153d9565b14158015611500575060048154600160a01b900460ff1660068111156114fd576114fd6153d9565b14155b1561150d57505f92915050565b8054600182015460408051868152750100000000000000000000000000000000000000000090930460ff166020808501919091526001600160a01b039092168382015260609092205f908152600f909152205461156a904261365f565b9392505050565b5f61157b81612a52565b610b1f82613737565b5f61158e81612a52565b610b1f826137a9565b61159f612a66565b5f818152600e602052604090208054600160a01b900460ff1660048160068111156115cc576115cc6153d9565b036116875760065482545f916116289163ffffffff78010000000000000000000000000000000000000000000000009092048216917c01000000000000000000000000000000000000000000000000000000009091041661567d565b60018401549091506001600160a01b0316331480159061164757508042105b15611681576040517fb317256b00000000000000000000000000000000000000000000000000000000815260048101829052602401610a2f565b506118bc565b600381600681111561169b5761169b6153d9565b036117335760065482545f916116de9163ffffffff7c0100000000000000000000000000000000000000000000000000000000928390048116929091041661567d565b83549091506001600160a01b03163314801590611647575080421015611681576040517fb317256b00000000000000000000000000000000000000000000000000000000815260048101829052602401610a2f565b6002816006811115611747576117476153d9565b03611886578154600183015460408051868152750100000000000000000000000000000000000000000090930460ff1660208401526001600160a01b0390911690820152606090206117b790600f905f9081526020019081526020015f20546bffffffffffffffffffffffff1690565b156117f25782816040517f800b0615000000000000000000000000000000000000000000000000000000008152600401610a2f92919061563b565b81547bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167c01000000000000000000000000000000000000000000000000000000004263ffffffff81169190910291909117835560405164ffffffffff9091168152339084907f3850e3ce552902af3f6eb58eded23784b46424569ee26900fb7c629aee9d6b1f9060200160405180910390a36118bc565b82816040517f800b0615000000000000000000000000000000000000000000000000000000008152600401610a2f92919061563b565b81547fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff167405000000000000000000000000000000000000000017825560405183907f6edf0875f8a9ed26275e4e52f2355d96ea7fd96625d6992a9733be603136fa6e905f90a26003816006811115611937576119376153d9565b14611946576119468383613818565b61195083836138d3565b505061099c612ae9565b5f61196481612a52565b61099c61390d565b5f6060805f5f5f606061197d61394a565b611985613975565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b5f6119dd6002546001600160a01b031690565b905090565b6119ea612a66565b5f818152600e6020526040902060018101546001600160a01b03163314611a46576040517f589e27a100000000000000000000000000000000000000000000000000000000815260048101839052336024820152604401610a2f565b60028154600160a01b900460ff166006811115611a6557611a656153d9565b14611aac5780546040517f800b0615000000000000000000000000000000000000000000000000000000008152610a2f918491600160a01b90910460ff169060040161563b565b611ab682826139a0565b5061099c612ae9565b6002545f907a010000000000000000000000000000000000000000000000000000900465ffffffffffff168015158015611b0157504265ffffffffffff821610155b611b0c575f5f611b20565b600254600160a01b900465ffffffffffff16815b915091509091565b611b30612bd0565b611b38612a66565b82355f908152600e6020526040902060038154600160a01b900460ff166006811115611b6657611b666153d9565b14611bae5780546040517f800b0615000000000000000000000000000000000000000000000000000000008152610a2f91863591600160a01b90910460ff169060040161563b565b60018101546001600160a01b0316611bcc6040860160208701615203565b6001600160a01b031603611c2857611bea6040850160208601615203565b6040517ff8f490120000000000000000000000000000000000000000000000000000000081526001600160a01b039091166004820152602401610a2f565b80547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff01750100000000000000000000000000000000000000000090910460ff1601611ca2576040517f707de85200000000000000000000000000000000000000000000000000000000815284356004820152602401610a2f565b611cad843582612c0d565b8054610dbf908290869086908690611ce2907501000000000000000000000000000000000000000000900460ff1660016157fe565b612c9a565b5f611cf0612bd0565b611cf8612a66565b61ffff85161580611d0d575060ff61ffff8616115b15611d74576040517f67323a9200000000000000000000000000000000000000000000000000000000815260206004820152600860248201527f677075436f756e740000000000000000000000000000000000000000000000006044820152606401610a2f565b851580611d88575067ffffffffffffffff86115b15611def576040517f67323a9200000000000000000000000000000000000000000000000000000000815260206004820152600860248201527f6d617850726963650000000000000000000000000000000000000000000000006044820152606401610a2f565b835f03611e58576040517f67323a9200000000000000000000000000000000000000000000000000000000815260206004820152600660248201527f62756467657400000000000000000000000000000000000000000000000000006044820152606401610a2f565b428364ffffffffff16111580611e78575063ffffffff64ffffffffff8416115b15611edf576040517f67323a9200000000000000000000000000000000000000000000000000000000815260206004820152600f60248201527f62696464696e67446561646c696e6500000000000000000000000000000000006044820152606401610a2f565b6bffffffffffffffffffffffff821115611f55576040517f67323a9200000000000000000000000000000000000000000000000000000000815260206004820152601060248201527f6d696e50726f76696465725374616b65000000000000000000000000000000006044820152606401610a2f565b335f908152600c602052604090205484811015611fa8576040517fcf4791810000000000000000000000000000000000000000000000000000000081526004810182905260248101869052604401610a2f565b611fb28582615628565b335f908152600c602052604081209190915560098054879290611fd6908490615628565b9250508190555084600a5f828254611fee919061567d565b909155505060088054905f61200283615817565b909155505f818152600e6020526040902080547fffffffffffffffffffffffff00000000000000000000000000000000000000008116339081178355929450909160019183917fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff167fffffffffffffffffffffff00000000000000000000000000000000000000000090911617600160a01b83021790555080547fffffffff000000000000ffffffffffffffffffffffffffffffffffffffffffff1676010000000000000000000000000000000000000000000061ffff89169081027fffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffff1691909117780100000000000000000000000000000000000000000000000063ffffffff8816021782556001820180546001600160a01b03908116600160a01b6bffffffffffffffffffffffff8b81168281029390931790945560028601805467ffffffffffffffff8f167fffffffffffffffffffffffff0000000000000000000000000000000000000000909116176801000000000000000090930292909217909216928816909102919091179055600382018a9055604080518b8152602081018b9052908101919091526060810187905264ffffffffff8616608082015260a08101859052339084907f445c25f6f82008aa5b5493cb52aa667318c46091490470973e0a9c4d11fa16079060c00160405180910390a35050612221612ae9565b9695505050505050565b612233612bd0565b61223b612a66565b61224481613349565b61099c612ae9565b6122d4604080516101e0810182525f80825260208201819052909182019081526020015f60ff1681526020015f61ffff1681526020015f64ffffffffff1681526020015f64ffffffffff1681526020015f64ffffffffff1681526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b5f828152600e6020526040812080549091907501000000000000000000000000000000000000000000900460ff1615612362578154600183015460408051878152750100000000000000000000000000000000000000000090930460ff1660208401526001600160a01b039091169082015260609020600f905f9081526020019081526020015f2054612364565b5f5b604080516101e08101825284546001600160a01b03808216835260018701541660208301529293509190820190600160a01b900460ff1660068111156123ac576123ac6153d9565b8152835460ff7501000000000000000000000000000000000000000000820416602083015261ffff760100000000000000000000000000000000000000000000820416604083015263ffffffff780100000000000000000000000000000000000000000000000090910416606082015260800161242f8360d01c63ffffffff1690565b64ffffffffff168152835463ffffffff7c0100000000000000000000000000000000000000000000000000000000909104166020820152600284015467ffffffffffffffff811660408301526bffffffffffffffffffffffff68010000000000000000820481166060840152600160a01b90910416608082015260a0016124c08360601c67ffffffffffffffff1690565b81526020016124d78360a01c65ffffffffffff1690565b81526020016bffffffffffffffffffffffff8316600185015461250f9190600160a01b90046bffffffffffffffffffffffff1661567d565b8152602001836003015481525092505050919050565b61252d612a66565b5f818152600e6020526040902080546001600160a01b03163314612586576040517f589e27a100000000000000000000000000000000000000000000000000000000815260048101839052336024820152604401610a2f565b8054600160a01b900460ff1660018160068111156125a6576125a66153d9565b036126215781547fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff167406000000000000000000000000000000000000000017825560405183907f58243f872c550ad02802199ade99eb4250f6bb19e9abbf2d3de7b969c0eb5e4f905f90a261261c83836138d3565b611950565b6002816006811115612635576126356153d9565b036126445761261c83836139a0565b6003816006811115612658576126586153d9565b036118865781547fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff167405000000000000000000000000000000000000000017825560405183907f6edf0875f8a9ed26275e4e52f2355d96ea7fd96625d6992a9733be603136fa6e905f90a261261c83836138d3565b6002545f907a010000000000000000000000000000000000000000000000000000900465ffffffffffff16801515801561270f57504265ffffffffffff8216105b612741576001547a010000000000000000000000000000000000000000000000000000900465ffffffffffff16612754565b600254600160a01b900465ffffffffffff165b91505090565b5f81818167ffffffffffffffff811115612776576127766157d1565b60405190808252806020026020018201604052801561279f578160200160208202803683370190505b5090505f5b828110156127f1576127cc8686838181106127c1576127c1615768565b905060600201613b9e565b8282815181106127de576127de615768565b60209081029190910101526001016127a4565b506122218682613bda565b6001546001600160a01b0316338114612843576040517fc22c8022000000000000000000000000000000000000000000000000000000008152336004820152602401610a2f565b61099c613c53565b612853612a66565b600b545f819003612890576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f600b556006546001600160a01b03908116906128d0907f0000000000000000000000000000000000000000000000000000000000000000168284612a9b565b806001600160a01b03167fb6c81b526e1bd55a3845d8caa6fe0c1ce87b3c9e534eec43f43b3c1849d4e2e88360405161290b91815260200190565b60405180910390a2505061291d612ae9565b565b81612956576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610b1f8282613d19565b5f61296a81612a52565b61099c613d3d565b61297a612bd0565b612982612a66565b5f5f61298d83613425565b915091506119508282613622565b5f6129a581612a52565b610b1f6129b73684900384018461587c565b613d47565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b00000000000000000000000000000000000000000000000000000000148061098457507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff00000000000000000000000000000000000000000000000000000000831614610984565b61099c8133614088565b61291d5f5f6140f3565b612a6e61421d565b61291d60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90614276565b612aa8838383600161427d565b610dc8576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610a2f565b61291d5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00612a95565b5f82815260208190526040902060010154612b2d81612a52565b612b3783836142f8565b50505050565b5f610984612b4961438f565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b6001600160a01b0381163314612bc6576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610dc882826144b8565b60035460ff161561291d576040517fd93c066500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80546001600160a01b03163303612c22575050565b335f9081527fd4b1ef424fcb83dce82b8e6790fbd9bbcd76978bd34427cec18daa7ab2167543602052604090205460ff16612c92576040517f589e27a100000000000000000000000000000000000000000000000000000000815260048101839052336024820152604401610a2f565b610b1f6131bb565b8360600135421115612cde576040517fe4a665ec00000000000000000000000000000000000000000000000000000000815260608501356004820152602401610a2f565b60408401351580612d005750600285015467ffffffffffffffff166040850135115b15612d53576002850154604080517f265bf10600000000000000000000000000000000000000000000000000000000815290860135600482015267ffffffffffffffff9091166024820152604401610a2f565b600d5f612d666040870160208801615203565b6001600160a01b0316815260208082019290925260409081015f9081206080880135825290925290205460ff1615612df057612da86040850160208601615203565b6040517fb988f27f0000000000000000000000000000000000000000000000000000000081526001600160a01b03909116600482015260808501356024820152604401610a2f565b612e13612dfc85610b23565b8484612e0e6040890160208a01615203565b61450c565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663d80a8434612e526040870160208801615203565b600288015460405160e084901b7fffffffff000000000000000000000000000000000000000000000000000000001681526001600160a01b039092166004830152600160a01b90046bffffffffffffffffffffffff166024820152604401602060405180830381865afa158015612ecb573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612eef9190615940565b612f4157612f036040850160208601615203565b6040517fa64181520000000000000000000000000000000000000000000000000000000081526001600160a01b039091166004820152602401610a2f565b6001600d5f612f566040880160208901615203565b6001600160a01b0316815260208082019290925260409081015f90812060808901358252909252808220805460ff1916931515939093179092556001878101548854612fde94600160a01b9092046bffffffffffffffffffffffff169391890135924291760100000000000000000000000000000000000000000000900461ffff169061459a565b600f5f613014873560ff8616612ffa60408b0160208c01615203565b604080519384526020840192909252908201526060902090565b815260208082019290925260409081015f20929092556001870180546001600160a01b03169055613049918601908601615203565b6001860180547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b03929092169190911790558454740200000000000000000000000000000000000000007bffffffffffff0000ffffffffffffffffffffffffffffffffffffffff909116750100000000000000000000000000000000000000000060ff8416027bffffffffffffffffffffffffffffffffffffffffffffffffffffffff16171785556131096040850160208601615203565b6040805160ff8416815286820135602082015260808701358183015290516001600160a01b0392909216918635917fe7ee3fd5e56bd1b8c2cd9b8333cc426a8ea01eb7190c12f50facb64cb15a3f75919081900360600190a35050505050565b613171614600565b6003805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b335f9081527fd4b1ef424fcb83dce82b8e6790fbd9bbcd76978bd34427cec18daa7ab2167543602052604090205460ff1615806132a857506007546040517f426233600000000000000000000000000000000000000000000000000000000081523360048201526bffffffffffffffffffffffff909116907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690634262336090602401602060405180830381865afa158015613282573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906132a6919061564f565b105b1561291d576040517fe2517d3f0000000000000000000000000000000000000000000000000000000081523360048201527f7b765e0e932d348852a6f810bfa1ab891e259123f02db8cdcde614c5702233576024820152604401610a2f565b5f60f882600381111561331c5761331c6153d9565b7effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8516911b17905092915050565b805f03613382576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f908152600c6020526040812080548392906133a090849061567d565b925050819055508060095f8282546133b8919061567d565b909155506133f390506001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633308461463c565b60405181815233907f2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c490602001611257565b5f803681613436602086018661595f565b9092509050805f819003613475576040517ebf199700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6134836020880188615203565b90505f8267ffffffffffffffff81111561349f5761349f6157d1565b6040519080825280602002602001820160405280156134c8578160200160208202803683370190505b5090505f5b8381101561353657368686838181106134e8576134e8615768565b90506060020190506134f981613b9e565b83838151811061350b5761350b615768565b602002602001018181525050613521848261468b565b61352b908a61567d565b9850506001016134cd565b506135576135448383613bda565b61355160408b018b6159c2565b8561450c565b865f0361356d57505f9788975095505050505050565b6006546127109061358990600160a01b900461ffff1689615666565b6135939190615690565b95506135d4826135a3888a615628565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169190612a9b565b60408051888152602081018890526001600160a01b038416917ff98523616928d1bf6df4ca7f7ba5e65b317b55df50ccc1ab79c24f7dcdb8acd2910160405180910390a25050505050915091565b815f0361362d575050565b81600a5f82825461363e9190615628565b9250508190555080600b5f828254613656919061567d565b90915550505050565b5f6bffffffffffffffffffffffff8316600161367a8561494c565b600381111561368b5761368b6153d9565b14613697579050610984565b5f6136a88560d01c63ffffffff1690565b6136b29085615628565b6136bf8660f01c60ff1690565b6136c99190615666565b90505f6136de8660a01c65ffffffffffff1690565b90508082116136f2575f9350505050610984565b5f6137078760601c67ffffffffffffffff1690565b6137118385615628565b61371b9190615666565b905083811061372a578361372c565b805b979650505050505050565b5f6137406126ce565b61374942614963565b6137539190615a23565b905061375f82826149b2565b60405165ffffffffffff821681526001600160a01b038316907f3377dc44241e779dd06afab5b788a35ca5f3b778836e2990bdb26a2a4b2e5ed69060200160405180910390a25050565b5f6137b382614a2f565b6137bc42614963565b6137c69190615a23565b90506137d282826140f3565b6040805165ffffffffffff8085168252831660208201527ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b910160405180910390a15050565b8054600182015460408051858152750100000000000000000000000000000000000000000090930460ff1660208401526001600160a01b0390911690820152606090205f905f818152600f602052604090205490915061389b60037fffffffffffffffffffffffffffffffffffffffff0000000000000000000000008316610ee3565b5f838152600f60205260409020558254612b379085906001600160a01b03166bffffffffffffffffffffffff8416614a76565b614a76565b6001810180546001600160a01b038082169092558254600160a01b9091046bffffffffffffffffffffffff1691610dc89185911683614a76565b613915612bd0565b6003805460ff191660011790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25861319e3390565b60606119dd7f0000000000000000000000000000000000000000000000000000000000000000614b23565b60606119dd7f0000000000000000000000000000000000000000000000000000000000000000614b23565b8054600182015460408051858152750100000000000000000000000000000000000000000090930460ff1660208401526001600160a01b0390911690820152606090205f905f818152600f6020526040812054919250613a00824261365f565b90508015613a4e81613a13576002613a16565b60035b7fffffffffffffffffffffffffffffffffffffffff00000000000000000000000085166bffffffffffffffffffffffff851617610ee3565b5f858152600f602052604090205580613a68576004613a6b565b60055b855486907fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff16600160a01b836006811115613aa857613aa86153d9565b021790555084547bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167c01000000000000000000000000000000000000000000000000000000004263ffffffff81169190910291909117865560405164ffffffffff9091168152339087907f3850e3ce552902af3f6eb58eded23784b46424569ee26900fb7c629aee9d6b1f9060200160405180910390a38015613b6d5760405186907f6edf0875f8a9ed26275e4e52f2355d96ea7fd96625d6992a9733be603136fa6e905f90a25b8454613b969087906001600160a01b03166138ce856bffffffffffffffffffffffff8816615628565b505050505050565b6040517f1ae85c1d99da4f94cfe580285888bc6b5210640ebf3504aaf4974643fcab652a8082525f916060846020830137608090209392505050565b5f61156a7fac03d16f45906c87e70580ca145aaddac91f4daa5c74c80ce0c71f212ddbbece8484604051602001613c119190615a41565b60405160208183030381529060405280519060200120604051602001610ba1939291909283526001600160a01b03919091166020830152604082015260600190565b6001546001600160a01b03811690600160a01b900465ffffffffffff16801580613c8557504265ffffffffffff821610155b15613cc6576040517f19ca5ebb00000000000000000000000000000000000000000000000000000000815265ffffffffffff82166004820152602401610a2f565b613ce15f613cdc6002546001600160a01b031690565b6144b8565b50613cec5f836142f8565b5050600180547fffffffffffff000000000000000000000000000000000000000000000000000016905550565b5f82815260208190526040902060010154613d3381612a52565b612b3783836144b8565b61291d5f5f6149b2565b80516001600160a01b0316613db8576040517fa8c278dd00000000000000000000000000000000000000000000000000000000815260206004820152600860248201527f74726561737572790000000000000000000000000000000000000000000000006044820152606401610a2f565b6107d061ffff16816020015161ffff161115613e30576040517fa8c278dd00000000000000000000000000000000000000000000000000000000815260206004820152600660248201527f66656542707300000000000000000000000000000000000000000000000000006044820152606401610a2f565b61271061ffff16816040015161ffff161115613ea8576040517fa8c278dd00000000000000000000000000000000000000000000000000000000815260206004820152600860248201527f736c6173684270730000000000000000000000000000000000000000000000006044820152606401610a2f565b80516006805460208085018051604080880180516060808b0180516080808e0180516001600160a01b03909e167fffffffffffffffffffff00000000000000000000000000000000000000000000909c168c17600160a01b61ffff9a8b1602177fffffffff000000000000ffffffffffffffffffffffffffffffffffffffffffff16760100000000000000000000000000000000000000000000968a16969096027fffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffff1695909517780100000000000000000000000000000000000000000000000063ffffffff93841602177bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167c01000000000000000000000000000000000000000000000000000000009d83169d909d029c909c17909a5560a0808d018051600780547fffffffffffffffffffffffffffffffffffffffff000000000000000000000000166bffffffffffffffffffffffff92831617905587519b8c5298518816998b0199909952935190951693880193909352925187169186019190915290519094169483019490945251909216908201527f4a1fdd00ca291478713caac3eb5ab6915aeb47c8377cdcee632fcde34f2b4e649060c00160405180910390a150565b5f828152602081815260408083206001600160a01b038516845290915290205460ff16610b1f576040517fe2517d3f0000000000000000000000000000000000000000000000000000000081526001600160a01b038216600482015260248101839052604401610a2f565b6002547a010000000000000000000000000000000000000000000000000000900465ffffffffffff1680156141b6574265ffffffffffff8216101561418d576002546001805479ffffffffffffffffffffffffffffffffffffffffffffffffffff16600160a01b90920465ffffffffffff167a010000000000000000000000000000000000000000000000000000029190911790556141b6565b6040517f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec5905f90a15b50600280546001600160a01b0316600160a01b65ffffffffffff9485160279ffffffffffffffffffffffffffffffffffffffffffffffffffff16177a0100000000000000000000000000000000000000000000000000009290931691909102919091179055565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561291d576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80825d5050565b6040517fa9059cbb000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f511483166142ec5783831516156142e0573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f82614385575f6143116002546001600160a01b031690565b6001600160a01b031614614351576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600280547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0384161790555b61156a8383614b60565b5f306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480156143e757507f000000000000000000000000000000000000000000000000000000000000000046145b1561441157507f000000000000000000000000000000000000000000000000000000000000000090565b6119dd604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f821580156144d457506002546001600160a01b038381169116145b1561450257600280547fffffffffffffffffffffffff00000000000000000000000000000000000000001690555b61156a8383614c07565b5f5f614519868686614c88565b5090925090505f816003811115614532576145326153d9565b1415806145515750826001600160a01b0316826001600160a01b031614155b8061456357506001600160a01b038216155b15613b96576040517f8baa579f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f60f88260038111156145af576145af6153d9565b901b60f060ff8516901b60d063ffffffff8716901b60a065ffffffffffff8916901b606067ffffffffffffffff8b16901b6bffffffffffffffffffffffff8c16171717171790509695505050505050565b60035460ff1661291d576040517f8dfc202b00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61464a848484846001614ccf565b612b37576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610a2f565b5f8135816146b382602086013587604080519384526020840192909252908201526060902090565b5f818152600f60205260408120549192506146cd8261494c565b9050604086013560018260038111156146e8576146e86153d9565b03614733575f6146fe8460d01c63ffffffff1690565b6147089042615628565b6147158560f01c60ff1690565b61471f9190615666565b90508082111561472d578091505b506147da565b6002826003811115614747576147476153d9565b036147bf575f6147618460601c67ffffffffffffffff1690565b60016147778660601c67ffffffffffffffff1690565b61478f906bffffffffffffffffffffffff881661567d565b6147999190615628565b6147a39190615690565b6147b58560a01c65ffffffffffff1690565b61471f919061567d565b6147ce8588602001358a614d55565b95505050505050610984565b5f6147ed8460a01c65ffffffffffff1690565b905080821161484757886001600160a01b0316867f8dedcb1fcf56d7155dff117a3813104e59260950a8438f00964febc07b06f79960036040516148319190615a76565b60405180910390a35f9650505050505050610984565b61485b8460601c67ffffffffffffffff1690565b6148658284615628565b61486f9190615666565b96506bffffffffffffffffffffffff84168088111561488c578097505b6148f26148998983615628565b60a085901b79ffffffffffff0000000000000000000000000000000000000000166bffffffffffffffffffffffff9091167fffffffffffff000000000000ffffffffffffffff0000000000000000000000008816171790565b5f878152600f60209081526040918290209290925580518581529182018a905288917fd03d12e1ad8364f3d22f8633800f95b3ded5f3a5b3e13f97e24222c75dd32739910160405180910390a25050505050505092915050565b5f60f882901c6003811115610984576109846153d9565b5f65ffffffffffff8211156149ae576040517f6dfcc6500000000000000000000000000000000000000000000000000000000081526030600482015260248101839052604401610a2f565b5090565b60018054600160a01b65ffffffffffff84811682027fffffffffffff000000000000000000000000000000000000000000000000000084166001600160a01b03881617179093559004168015610dc8576040517f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a9605109905f90a1505050565b5f5f614a396126ce565b90508065ffffffffffff168365ffffffffffff1611614a6157614a5c8382615a90565b61156a565b61156a65ffffffffffff841662069780614e84565b805f03614a8257505050565b6001600160a01b0382165f908152600c602052604081208054839290614aa990849061567d565b9250508190555080600a5f828254614ac19190615628565b925050819055508060095f828254614ad9919061567d565b90915550506040518181526001600160a01b0383169084907f7ca5472b7ea78c2c0141c5a12ee6d170cf4ce8ed06be3d22c8252ddfc7a6a2c49060200160405180910390a3505050565b60605f614b2f83614e93565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16614c00575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055614bb83390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610984565b505f610984565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1615614c00575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610984565b5f80806041849003614cbc578435602086013560408701355f1a614cae89828585614ed3565b955095509550505050614cc6565b505f915060029050825b93509350939050565b6040517f23b872dd000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f51148316614d44578383151615614d38573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f838152600e60205260408120805482907501000000000000000000000000000000000000000000900460ff1685148015614da0575060018201546001600160a01b03858116911614155b15614dac57505f614e37565b81547501000000000000000000000000000000000000000000900460ff168514801590614dfb575060408051878152602080820188905281830187905260609091205f908152600f9091522054155b15614e0757505f614e37565b81547501000000000000000000000000000000000000000000900460ff168514614e3357506002614e37565b5060015b836001600160a01b0316867f8dedcb1fcf56d7155dff117a3813104e59260950a8438f00964febc07b06f79983604051614e719190615a76565b60405180910390a3505f95945050505050565b5f82821882841002821861156a565b5f60ff8216601f811115610984576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115614f0c57505f91506003905082614faf565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015614f5d573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe001519150506001600160a01b038116614fa657505f925060019150829050614faf565b92505f91508190505b9450945094915050565b5f60208284031215614fc9575f5ffd5b81357fffffffff000000000000000000000000000000000000000000000000000000008116811461156a575f5ffd5b5f60208284031215615008575f5ffd5b5035919050565b80356001600160a01b0381168114615025575f5ffd5b919050565b5f5f6040838503121561503b575f5ffd5b8235915061504b6020840161500f565b90509250929050565b5f60a08284031215615064575f5ffd5b50919050565b5f60a0828403121561507a575f5ffd5b61156a8383615054565b5f5f83601f840112615094575f5ffd5b50813567ffffffffffffffff8111156150ab575f5ffd5b6020830191508360208285010111156150c2575f5ffd5b9250929050565b5f5f5f60c084860312156150db575f5ffd5b6150e58585615054565b925060a084013567ffffffffffffffff811115615100575f5ffd5b61510c86828701615084565b9497909650939450505050565b5f5f5f6040848603121561512b575f5ffd5b83359250602084013567ffffffffffffffff811115615100575f5ffd5b5f5f5f5f5f60a0868803121561515c575f5ffd5b8535945060208601359350604086013560ff8116811461517a575f5ffd5b94979396509394606081013594506080013592915050565b5f5f602083850312156151a3575f5ffd5b823567ffffffffffffffff8111156151b9575f5ffd5b8301601f810185136151c9575f5ffd5b803567ffffffffffffffff8111156151df575f5ffd5b8560208260051b84010111156151f3575f5ffd5b6020919091019590945092505050565b5f60208284031215615213575f5ffd5b61156a8261500f565b5f6020828403121561522c575f5ffd5b813565ffffffffffff8116811461156a575f5ffd5b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f6152c760e0830189615241565b82810360408401526152d98189615241565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b8181101561532e578351835260209384019390920191600101615310565b50909b9a5050505050505050505050565b5f5f60408385031215615350575f5ffd5b6153598361500f565b946020939093013593505050565b803561ffff81168114615025575f5ffd5b5f5f5f5f5f5f60c0878903121561538d575f5ffd5b86359550602087013594506153a460408801615367565b935060608701359250608087013564ffffffffff811681146153c4575f5ffd5b9598949750929591949360a090920135925050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b60078110615416576154166153d9565b9052565b81516001600160a01b031681526101e08101602083015161544660208401826001600160a01b03169052565b5060408301516154596040840182615406565b50606083015161546e606084018260ff169052565b506080830151615484608084018261ffff169052565b5060a083015161549d60a084018264ffffffffff169052565b5060c08301516154b660c084018264ffffffffff169052565b5060e08301516154cf60e084018264ffffffffff169052565b506101008301516101008301526101208301516101208301526101408301516101408301526101608301516101608301526101808301516101808301526101a08301516101a08301526101c08301516101c083015292915050565b5f5f5f6040848603121561553c575f5ffd5b6155458461500f565b9250602084013567ffffffffffffffff811115615560575f5ffd5b8401601f81018613615570575f5ffd5b803567ffffffffffffffff811115615586575f5ffd5b86602060608302840101111561559a575f5ffd5b939660209190910195509293505050565b5f602082840312156155bb575f5ffd5b813567ffffffffffffffff8111156155d1575f5ffd5b82016060818503121561156a575f5ffd5b5f60c08284031280156155f3575f5ffd5b509092915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b81810381811115610984576109846155fb565b8281526040810161156a6020830184615406565b5f6020828403121561565f575f5ffd5b5051919050565b8082028115828204841417610984576109846155fb565b80820180821115610984576109846155fb565b5f826156c3577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b6001600160a01b03861681528460208201526001600160a01b0384166040820152608060608201525f61372c6080830184866156c8565b60ff85168152836020820152606060408201525f6122216060830184866156c8565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f82357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa18336030181126157c7575f5ffd5b9190910192915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b60ff8181168382160190811115610984576109846155fb565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8203615847576158476155fb565b5060010190565b803563ffffffff81168114615025575f5ffd5b80356bffffffffffffffffffffffff81168114615025575f5ffd5b5f60c082840312801561588d575f5ffd5b5060405160c0810167ffffffffffffffff811182821017156158d6577f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b6040526158e28361500f565b81526158f060208401615367565b602082015261590160408401615367565b60408201526159126060840161584e565b60608201526159236080840161584e565b608082015261593460a08401615861565b60a08201529392505050565b5f60208284031215615950575f5ffd5b8151801515811461156a575f5ffd5b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112615992575f5ffd5b83018035915067ffffffffffffffff8211156159ac575f5ffd5b60200191506060810236038213156150c2575f5ffd5b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe18436030181126159f5575f5ffd5b83018035915067ffffffffffffffff821115615a0f575f5ffd5b6020019150368190038213156150c2575f5ffd5b65ffffffffffff8181168382160190811115610984576109846155fb565b81515f90829060208501835b82811015615a6b578151845260209384019390910190600101615a4d565b509195945050505050565b6020810160048310615a8a57615a8a6153d9565b91905290565b65ffffffffffff8281168282160390811115610984576109846155fb56",
}

// AuctionEscrow is an auto generated Go binding around an Ethereum contract.
type AuctionEscrow struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AuctionEscrow) GetABI() abi.ABI {
	return c.abi
}

// NewAuctionEscrow creates a new instance of AuctionEscrow.
func NewAuctionEscrow() *AuctionEscrow {
	parsed, err := AuctionEscrowMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AuctionEscrow{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AuctionEscrow) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_, address staking_, address admin, uint48 adminTransferDelay, (address,uint16,uint16,uint32,uint32,uint96) params_) returns()
func (auctionEscrow *AuctionEscrow) PackConstructor(token_ common.Address, staking_ common.Address, admin common.Address, adminTransferDelay *big.Int, params_ AuctionEscrowParams) []byte {
	enc, err := auctionEscrow.abi.Pack("", token_, staking_, admin, adminTransferDelay, params_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBIDTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51bb9b1e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BID_TYPEHASH() view returns(bytes32)
func (auctionEscrow *AuctionEscrow) PackBIDTYPEHASH() []byte {
	enc, err := auctionEscrow.abi.Pack("BID_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBIDTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51bb9b1e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BID_TYPEHASH() view returns(bytes32)
func (auctionEscrow *AuctionEscrow) TryPackBIDTYPEHASH() ([]byte, error) {
	return auctionEscrow.abi.Pack("BID_TYPEHASH")
}

// UnpackBIDTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x51bb9b1e.
//
// Solidity: function BID_TYPEHASH() view returns(bytes32)
func (auctionEscrow *AuctionEscrow) UnpackBIDTYPEHASH(data []byte) ([32]byte, error) {
	out, err := auctionEscrow.abi.Unpack("BID_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCONTROLLERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x092c5b3b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CONTROLLER_ROLE() view returns(bytes32)
func (auctionEscrow *AuctionEscrow) PackCONTROLLERROLE() []byte {
	enc, err := auctionEscrow.abi.Pack("CONTROLLER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCONTROLLERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x092c5b3b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CONTROLLER_ROLE() view returns(bytes32)
func (auctionEscrow *AuctionEscrow) TryPackCONTROLLERROLE() ([]byte, error) {
	return auctionEscrow.abi.Pack("CONTROLLER_ROLE")
}

// UnpackCONTROLLERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x092c5b3b.
//
// Solidity: function CONTROLLER_ROLE() view returns(bytes32)
func (auctionEscrow *AuctionEscrow) UnpackCONTROLLERROLE(data []byte) ([32]byte, error) {
	out, err := auctionEscrow.abi.Unpack("CONTROLLER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (auctionEscrow *AuctionEscrow) PackDEFAULTADMINROLE() []byte {
	enc, err := auctionEscrow.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (auctionEscrow *AuctionEscrow) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return auctionEscrow.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (auctionEscrow *AuctionEscrow) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := auctionEscrow.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd55be8c6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_FEE_BPS() view returns(uint16)
func (auctionEscrow *AuctionEscrow) PackMAXFEEBPS() []byte {
	enc, err := auctionEscrow.abi.Pack("MAX_FEE_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd55be8c6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_FEE_BPS() view returns(uint16)
func (auctionEscrow *AuctionEscrow) TryPackMAXFEEBPS() ([]byte, error) {
	return auctionEscrow.abi.Pack("MAX_FEE_BPS")
}

// UnpackMAXFEEBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd55be8c6.
//
// Solidity: function MAX_FEE_BPS() view returns(uint16)
func (auctionEscrow *AuctionEscrow) UnpackMAXFEEBPS(data []byte) (uint16, error) {
	out, err := auctionEscrow.abi.Unpack("MAX_FEE_BPS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackMAXGPUS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5778ac84.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_GPUS() view returns(uint16)
func (auctionEscrow *AuctionEscrow) PackMAXGPUS() []byte {
	enc, err := auctionEscrow.abi.Pack("MAX_GPUS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXGPUS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5778ac84.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_GPUS() view returns(uint16)
func (auctionEscrow *AuctionEscrow) TryPackMAXGPUS() ([]byte, error) {
	return auctionEscrow.abi.Pack("MAX_GPUS")
}

// UnpackMAXGPUS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5778ac84.
//
// Solidity: function MAX_GPUS() view returns(uint16)
func (auctionEscrow *AuctionEscrow) UnpackMAXGPUS(data []byte) (uint16, error) {
	out, err := auctionEscrow.abi.Unpack("MAX_GPUS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackUSAGEREPORTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95e7ca4c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function USAGE_REPORT_TYPEHASH() view returns(bytes32)
func (auctionEscrow *AuctionEscrow) PackUSAGEREPORTTYPEHASH() []byte {
	enc, err := auctionEscrow.abi.Pack("USAGE_REPORT_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUSAGEREPORTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95e7ca4c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function USAGE_REPORT_TYPEHASH() view returns(bytes32)
func (auctionEscrow *AuctionEscrow) TryPackUSAGEREPORTTYPEHASH() ([]byte, error) {
	return auctionEscrow.abi.Pack("USAGE_REPORT_TYPEHASH")
}

// UnpackUSAGEREPORTTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95e7ca4c.
//
// Solidity: function USAGE_REPORT_TYPEHASH() view returns(bytes32)
func (auctionEscrow *AuctionEscrow) UnpackUSAGEREPORTTYPEHASH(data []byte) ([32]byte, error) {
	out, err := auctionEscrow.abi.Unpack("USAGE_REPORT_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackUSAGETYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a4fc0f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function USAGE_TYPEHASH() view returns(bytes32)
func (auctionEscrow *AuctionEscrow) PackUSAGETYPEHASH() []byte {
	enc, err := auctionEscrow.abi.Pack("USAGE_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUSAGETYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a4fc0f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function USAGE_TYPEHASH() view returns(bytes32)
func (auctionEscrow *AuctionEscrow) TryPackUSAGETYPEHASH() ([]byte, error) {
	return auctionEscrow.abi.Pack("USAGE_TYPEHASH")
}

// UnpackUSAGETYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0a4fc0f5.
//
// Solidity: function USAGE_TYPEHASH() view returns(bytes32)
func (auctionEscrow *AuctionEscrow) UnpackUSAGETYPEHASH(data []byte) ([32]byte, error) {
	out, err := auctionEscrow.abi.Unpack("USAGE_TYPEHASH", data)
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
func (auctionEscrow *AuctionEscrow) PackAcceptDefaultAdminTransfer() []byte {
	enc, err := auctionEscrow.abi.Pack("acceptDefaultAdminTransfer")
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
func (auctionEscrow *AuctionEscrow) TryPackAcceptDefaultAdminTransfer() ([]byte, error) {
	return auctionEscrow.abi.Pack("acceptDefaultAdminTransfer")
}

// PackAward is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e091be1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function award((uint256,address,uint256,uint256,uint256) bid, bytes signature) returns()
func (auctionEscrow *AuctionEscrow) PackAward(bid AuctionEscrowBid, signature []byte) []byte {
	enc, err := auctionEscrow.abi.Pack("award", bid, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAward is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e091be1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function award((uint256,address,uint256,uint256,uint256) bid, bytes signature) returns()
func (auctionEscrow *AuctionEscrow) TryPackAward(bid AuctionEscrowBid, signature []byte) ([]byte, error) {
	return auctionEscrow.abi.Pack("award", bid, signature)
}

// PackAwardBackup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8f6c6dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function awardBackup((uint256,address,uint256,uint256,uint256) bid, bytes signature) returns()
func (auctionEscrow *AuctionEscrow) PackAwardBackup(bid AuctionEscrowBid, signature []byte) []byte {
	enc, err := auctionEscrow.abi.Pack("awardBackup", bid, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAwardBackup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8f6c6dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function awardBackup((uint256,address,uint256,uint256,uint256) bid, bytes signature) returns()
func (auctionEscrow *AuctionEscrow) TryPackAwardBackup(bid AuctionEscrowBid, signature []byte) ([]byte, error) {
	return auctionEscrow.abi.Pack("awardBackup", bid, signature)
}

// PackBeginDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x634e93da.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function beginDefaultAdminTransfer(address newAdmin) returns()
func (auctionEscrow *AuctionEscrow) PackBeginDefaultAdminTransfer(newAdmin common.Address) []byte {
	enc, err := auctionEscrow.abi.Pack("beginDefaultAdminTransfer", newAdmin)
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
func (auctionEscrow *AuctionEscrow) TryPackBeginDefaultAdminTransfer(newAdmin common.Address) ([]byte, error) {
	return auctionEscrow.abi.Pack("beginDefaultAdminTransfer", newAdmin)
}

// PackBidDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f61cb09.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bidDigest((uint256,address,uint256,uint256,uint256) bid) view returns(bytes32)
func (auctionEscrow *AuctionEscrow) PackBidDigest(bid AuctionEscrowBid) []byte {
	enc, err := auctionEscrow.abi.Pack("bidDigest", bid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBidDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f61cb09.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bidDigest((uint256,address,uint256,uint256,uint256) bid) view returns(bytes32)
func (auctionEscrow *AuctionEscrow) TryPackBidDigest(bid AuctionEscrowBid) ([]byte, error) {
	return auctionEscrow.abi.Pack("bidDigest", bid)
}

// UnpackBidDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2f61cb09.
//
// Solidity: function bidDigest((uint256,address,uint256,uint256,uint256) bid) view returns(bytes32)
func (auctionEscrow *AuctionEscrow) UnpackBidDigest(data []byte) ([32]byte, error) {
	out, err := auctionEscrow.abi.Unpack("bidDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackBidNonceUsed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa568ac04.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bidNonceUsed(address provider, uint256 nonce) view returns(bool)
func (auctionEscrow *AuctionEscrow) PackBidNonceUsed(provider common.Address, nonce *big.Int) []byte {
	enc, err := auctionEscrow.abi.Pack("bidNonceUsed", provider, nonce)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBidNonceUsed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa568ac04.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bidNonceUsed(address provider, uint256 nonce) view returns(bool)
func (auctionEscrow *AuctionEscrow) TryPackBidNonceUsed(provider common.Address, nonce *big.Int) ([]byte, error) {
	return auctionEscrow.abi.Pack("bidNonceUsed", provider, nonce)
}

// UnpackBidNonceUsed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa568ac04.
//
// Solidity: function bidNonceUsed(address provider, uint256 nonce) view returns(bool)
func (auctionEscrow *AuctionEscrow) UnpackBidNonceUsed(data []byte) (bool, error) {
	out, err := auctionEscrow.abi.Unpack("bidNonceUsed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackCancelBidNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a96a1ae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelBidNonce(uint256 nonce) returns()
func (auctionEscrow *AuctionEscrow) PackCancelBidNonce(nonce *big.Int) []byte {
	enc, err := auctionEscrow.abi.Pack("cancelBidNonce", nonce)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelBidNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a96a1ae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelBidNonce(uint256 nonce) returns()
func (auctionEscrow *AuctionEscrow) TryPackCancelBidNonce(nonce *big.Int) ([]byte, error) {
	return auctionEscrow.abi.Pack("cancelBidNonce", nonce)
}

// PackCancelDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd602b9fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelDefaultAdminTransfer() returns()
func (auctionEscrow *AuctionEscrow) PackCancelDefaultAdminTransfer() []byte {
	enc, err := auctionEscrow.abi.Pack("cancelDefaultAdminTransfer")
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
func (auctionEscrow *AuctionEscrow) TryPackCancelDefaultAdminTransfer() ([]byte, error) {
	return auctionEscrow.abi.Pack("cancelDefaultAdminTransfer")
}

// PackChangeDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x649a5ec7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function changeDefaultAdminDelay(uint48 newDelay) returns()
func (auctionEscrow *AuctionEscrow) PackChangeDefaultAdminDelay(newDelay *big.Int) []byte {
	enc, err := auctionEscrow.abi.Pack("changeDefaultAdminDelay", newDelay)
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
func (auctionEscrow *AuctionEscrow) TryPackChangeDefaultAdminDelay(newDelay *big.Int) ([]byte, error) {
	return auctionEscrow.abi.Pack("changeDefaultAdminDelay", newDelay)
}

// PackClaimableOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x513bed12.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimableOf(uint256 jobId) view returns(uint256)
func (auctionEscrow *AuctionEscrow) PackClaimableOf(jobId *big.Int) []byte {
	enc, err := auctionEscrow.abi.Pack("claimableOf", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimableOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x513bed12.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimableOf(uint256 jobId) view returns(uint256)
func (auctionEscrow *AuctionEscrow) TryPackClaimableOf(jobId *big.Int) ([]byte, error) {
	return auctionEscrow.abi.Pack("claimableOf", jobId)
}

// UnpackClaimableOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x513bed12.
//
// Solidity: function claimableOf(uint256 jobId) view returns(uint256)
func (auctionEscrow *AuctionEscrow) UnpackClaimableOf(data []byte) (*big.Int, error) {
	out, err := auctionEscrow.abi.Unpack("claimableOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCompleteJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1c0d32f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function completeJob(uint256 jobId) returns()
func (auctionEscrow *AuctionEscrow) PackCompleteJob(jobId *big.Int) []byte {
	enc, err := auctionEscrow.abi.Pack("completeJob", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCompleteJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1c0d32f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function completeJob(uint256 jobId) returns()
func (auctionEscrow *AuctionEscrow) TryPackCompleteJob(jobId *big.Int) ([]byte, error) {
	return auctionEscrow.abi.Pack("completeJob", jobId)
}

// PackCreateJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3cf9642.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createJob(bytes32 specHash, uint256 maxPricePerGpuSecond, uint16 gpuCount, uint256 budget, uint40 biddingDeadline, uint256 minProviderStake) returns(uint256 jobId)
func (auctionEscrow *AuctionEscrow) PackCreateJob(specHash [32]byte, maxPricePerGpuSecond *big.Int, gpuCount uint16, budget *big.Int, biddingDeadline *big.Int, minProviderStake *big.Int) []byte {
	enc, err := auctionEscrow.abi.Pack("createJob", specHash, maxPricePerGpuSecond, gpuCount, budget, biddingDeadline, minProviderStake)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3cf9642.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createJob(bytes32 specHash, uint256 maxPricePerGpuSecond, uint16 gpuCount, uint256 budget, uint40 biddingDeadline, uint256 minProviderStake) returns(uint256 jobId)
func (auctionEscrow *AuctionEscrow) TryPackCreateJob(specHash [32]byte, maxPricePerGpuSecond *big.Int, gpuCount uint16, budget *big.Int, biddingDeadline *big.Int, minProviderStake *big.Int) ([]byte, error) {
	return auctionEscrow.abi.Pack("createJob", specHash, maxPricePerGpuSecond, gpuCount, budget, biddingDeadline, minProviderStake)
}

// UnpackCreateJob is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb3cf9642.
//
// Solidity: function createJob(bytes32 specHash, uint256 maxPricePerGpuSecond, uint16 gpuCount, uint256 budget, uint40 biddingDeadline, uint256 minProviderStake) returns(uint256 jobId)
func (auctionEscrow *AuctionEscrow) UnpackCreateJob(data []byte) (*big.Int, error) {
	out, err := auctionEscrow.abi.Unpack("createJob", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDefaultAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84ef8ffc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function defaultAdmin() view returns(address)
func (auctionEscrow *AuctionEscrow) PackDefaultAdmin() []byte {
	enc, err := auctionEscrow.abi.Pack("defaultAdmin")
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
func (auctionEscrow *AuctionEscrow) TryPackDefaultAdmin() ([]byte, error) {
	return auctionEscrow.abi.Pack("defaultAdmin")
}

// UnpackDefaultAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84ef8ffc.
//
// Solidity: function defaultAdmin() view returns(address)
func (auctionEscrow *AuctionEscrow) UnpackDefaultAdmin(data []byte) (common.Address, error) {
	out, err := auctionEscrow.abi.Unpack("defaultAdmin", data)
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
func (auctionEscrow *AuctionEscrow) PackDefaultAdminDelay() []byte {
	enc, err := auctionEscrow.abi.Pack("defaultAdminDelay")
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
func (auctionEscrow *AuctionEscrow) TryPackDefaultAdminDelay() ([]byte, error) {
	return auctionEscrow.abi.Pack("defaultAdminDelay")
}

// UnpackDefaultAdminDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcc8463c8.
//
// Solidity: function defaultAdminDelay() view returns(uint48)
func (auctionEscrow *AuctionEscrow) UnpackDefaultAdminDelay(data []byte) (*big.Int, error) {
	out, err := auctionEscrow.abi.Unpack("defaultAdminDelay", data)
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
func (auctionEscrow *AuctionEscrow) PackDefaultAdminDelayIncreaseWait() []byte {
	enc, err := auctionEscrow.abi.Pack("defaultAdminDelayIncreaseWait")
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
func (auctionEscrow *AuctionEscrow) TryPackDefaultAdminDelayIncreaseWait() ([]byte, error) {
	return auctionEscrow.abi.Pack("defaultAdminDelayIncreaseWait")
}

// UnpackDefaultAdminDelayIncreaseWait is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x022d63fb.
//
// Solidity: function defaultAdminDelayIncreaseWait() view returns(uint48)
func (auctionEscrow *AuctionEscrow) UnpackDefaultAdminDelayIncreaseWait(data []byte) (*big.Int, error) {
	out, err := auctionEscrow.abi.Unpack("defaultAdminDelayIncreaseWait", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6b55f25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(uint256 amount) returns()
func (auctionEscrow *AuctionEscrow) PackDeposit(amount *big.Int) []byte {
	enc, err := auctionEscrow.abi.Pack("deposit", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6b55f25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(uint256 amount) returns()
func (auctionEscrow *AuctionEscrow) TryPackDeposit(amount *big.Int) ([]byte, error) {
	return auctionEscrow.abi.Pack("deposit", amount)
}

// PackDepositWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a970be7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositWithPermit(uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (auctionEscrow *AuctionEscrow) PackDepositWithPermit(amount *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := auctionEscrow.abi.Pack("depositWithPermit", amount, deadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a970be7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositWithPermit(uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (auctionEscrow *AuctionEscrow) TryPackDepositWithPermit(amount *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return auctionEscrow.abi.Pack("depositWithPermit", amount, deadline, v, r, s)
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (auctionEscrow *AuctionEscrow) PackEip712Domain() []byte {
	enc, err := auctionEscrow.abi.Pack("eip712Domain")
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
func (auctionEscrow *AuctionEscrow) TryPackEip712Domain() ([]byte, error) {
	return auctionEscrow.abi.Pack("eip712Domain")
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
func (auctionEscrow *AuctionEscrow) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := auctionEscrow.abi.Unpack("eip712Domain", data)
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

// PackFeesOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x326e7a85.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feesOwed() view returns(uint256)
func (auctionEscrow *AuctionEscrow) PackFeesOwed() []byte {
	enc, err := auctionEscrow.abi.Pack("feesOwed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeesOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x326e7a85.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feesOwed() view returns(uint256)
func (auctionEscrow *AuctionEscrow) TryPackFeesOwed() ([]byte, error) {
	return auctionEscrow.abi.Pack("feesOwed")
}

// UnpackFeesOwed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x326e7a85.
//
// Solidity: function feesOwed() view returns(uint256)
func (auctionEscrow *AuctionEscrow) UnpackFeesOwed(data []byte) (*big.Int, error) {
	out, err := auctionEscrow.abi.Unpack("feesOwed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFinalizeJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x832a153d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalizeJob(uint256 jobId) returns()
func (auctionEscrow *AuctionEscrow) PackFinalizeJob(jobId *big.Int) []byte {
	enc, err := auctionEscrow.abi.Pack("finalizeJob", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalizeJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x832a153d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalizeJob(uint256 jobId) returns()
func (auctionEscrow *AuctionEscrow) TryPackFinalizeJob(jobId *big.Int) ([]byte, error) {
	return auctionEscrow.abi.Pack("finalizeJob", jobId)
}

// PackFreeBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x543e9954.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function freeBalanceOf(address client) view returns(uint256)
func (auctionEscrow *AuctionEscrow) PackFreeBalanceOf(client common.Address) []byte {
	enc, err := auctionEscrow.abi.Pack("freeBalanceOf", client)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFreeBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x543e9954.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function freeBalanceOf(address client) view returns(uint256)
func (auctionEscrow *AuctionEscrow) TryPackFreeBalanceOf(client common.Address) ([]byte, error) {
	return auctionEscrow.abi.Pack("freeBalanceOf", client)
}

// UnpackFreeBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x543e9954.
//
// Solidity: function freeBalanceOf(address client) view returns(uint256)
func (auctionEscrow *AuctionEscrow) UnpackFreeBalanceOf(data []byte) (*big.Int, error) {
	out, err := auctionEscrow.abi.Unpack("freeBalanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf22c457.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getJob(uint256 jobId) view returns((address,address,uint8,uint8,uint16,uint40,uint40,uint40,uint256,uint256,uint256,uint256,uint256,uint256,bytes32) job)
func (auctionEscrow *AuctionEscrow) PackGetJob(jobId *big.Int) []byte {
	enc, err := auctionEscrow.abi.Pack("getJob", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf22c457.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getJob(uint256 jobId) view returns((address,address,uint8,uint8,uint16,uint40,uint40,uint40,uint256,uint256,uint256,uint256,uint256,uint256,bytes32) job)
func (auctionEscrow *AuctionEscrow) TryPackGetJob(jobId *big.Int) ([]byte, error) {
	return auctionEscrow.abi.Pack("getJob", jobId)
}

// UnpackGetJob is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbf22c457.
//
// Solidity: function getJob(uint256 jobId) view returns((address,address,uint8,uint8,uint16,uint40,uint40,uint40,uint256,uint256,uint256,uint256,uint256,uint256,bytes32) job)
func (auctionEscrow *AuctionEscrow) UnpackGetJob(data []byte) (AuctionEscrowJob, error) {
	out, err := auctionEscrow.abi.Unpack("getJob", data)
	if err != nil {
		return *new(AuctionEscrowJob), err
	}
	out0 := *abi.ConvertType(out[0], new(AuctionEscrowJob)).(*AuctionEscrowJob)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (auctionEscrow *AuctionEscrow) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := auctionEscrow.abi.Pack("getRoleAdmin", role)
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
func (auctionEscrow *AuctionEscrow) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return auctionEscrow.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (auctionEscrow *AuctionEscrow) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := auctionEscrow.abi.Unpack("getRoleAdmin", data)
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
func (auctionEscrow *AuctionEscrow) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := auctionEscrow.abi.Pack("grantRole", role, account)
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
func (auctionEscrow *AuctionEscrow) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return auctionEscrow.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (auctionEscrow *AuctionEscrow) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := auctionEscrow.abi.Pack("hasRole", role, account)
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
func (auctionEscrow *AuctionEscrow) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return auctionEscrow.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (auctionEscrow *AuctionEscrow) UnpackHasRole(data []byte) (bool, error) {
	out, err := auctionEscrow.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackNextJobId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0c2aa5e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextJobId() view returns(uint256)
func (auctionEscrow *AuctionEscrow) PackNextJobId() []byte {
	enc, err := auctionEscrow.abi.Pack("nextJobId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNextJobId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0c2aa5e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nextJobId() view returns(uint256)
func (auctionEscrow *AuctionEscrow) TryPackNextJobId() ([]byte, error) {
	return auctionEscrow.abi.Pack("nextJobId")
}

// UnpackNextJobId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb0c2aa5e.
//
// Solidity: function nextJobId() view returns(uint256)
func (auctionEscrow *AuctionEscrow) UnpackNextJobId(data []byte) (*big.Int, error) {
	out, err := auctionEscrow.abi.Unpack("nextJobId", data)
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
func (auctionEscrow *AuctionEscrow) PackOwner() []byte {
	enc, err := auctionEscrow.abi.Pack("owner")
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
func (auctionEscrow *AuctionEscrow) TryPackOwner() ([]byte, error) {
	return auctionEscrow.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (auctionEscrow *AuctionEscrow) UnpackOwner(data []byte) (common.Address, error) {
	out, err := auctionEscrow.abi.Unpack("owner", data)
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
// Solidity: function params() view returns(address treasury, uint16 feeBps, uint16 slashBps, uint32 settlementWindow, uint32 failoverWindow, uint96 controllerMinStake)
func (auctionEscrow *AuctionEscrow) PackParams() []byte {
	enc, err := auctionEscrow.abi.Pack("params")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcff0ab96.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function params() view returns(address treasury, uint16 feeBps, uint16 slashBps, uint32 settlementWindow, uint32 failoverWindow, uint96 controllerMinStake)
func (auctionEscrow *AuctionEscrow) TryPackParams() ([]byte, error) {
	return auctionEscrow.abi.Pack("params")
}

// ParamsOutput serves as a container for the return parameters of contract
// method Params.
type ParamsOutput struct {
	Treasury           common.Address
	FeeBps             uint16
	SlashBps           uint16
	SettlementWindow   uint32
	FailoverWindow     uint32
	ControllerMinStake *big.Int
}

// UnpackParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcff0ab96.
//
// Solidity: function params() view returns(address treasury, uint16 feeBps, uint16 slashBps, uint32 settlementWindow, uint32 failoverWindow, uint96 controllerMinStake)
func (auctionEscrow *AuctionEscrow) UnpackParams(data []byte) (ParamsOutput, error) {
	out, err := auctionEscrow.abi.Unpack("params", data)
	outstruct := new(ParamsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Treasury = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.FeeBps = *abi.ConvertType(out[1], new(uint16)).(*uint16)
	outstruct.SlashBps = *abi.ConvertType(out[2], new(uint16)).(*uint16)
	outstruct.SettlementWindow = *abi.ConvertType(out[3], new(uint32)).(*uint32)
	outstruct.FailoverWindow = *abi.ConvertType(out[4], new(uint32)).(*uint32)
	outstruct.ControllerMinStake = abi.ConvertType(out[5], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause() returns()
func (auctionEscrow *AuctionEscrow) PackPause() []byte {
	enc, err := auctionEscrow.abi.Pack("pause")
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
func (auctionEscrow *AuctionEscrow) TryPackPause() ([]byte, error) {
	return auctionEscrow.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (auctionEscrow *AuctionEscrow) PackPaused() []byte {
	enc, err := auctionEscrow.abi.Pack("paused")
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
func (auctionEscrow *AuctionEscrow) TryPackPaused() ([]byte, error) {
	return auctionEscrow.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (auctionEscrow *AuctionEscrow) UnpackPaused(data []byte) (bool, error) {
	out, err := auctionEscrow.abi.Unpack("paused", data)
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
func (auctionEscrow *AuctionEscrow) PackPendingDefaultAdmin() []byte {
	enc, err := auctionEscrow.abi.Pack("pendingDefaultAdmin")
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
func (auctionEscrow *AuctionEscrow) TryPackPendingDefaultAdmin() ([]byte, error) {
	return auctionEscrow.abi.Pack("pendingDefaultAdmin")
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
func (auctionEscrow *AuctionEscrow) UnpackPendingDefaultAdmin(data []byte) (PendingDefaultAdminOutput, error) {
	out, err := auctionEscrow.abi.Unpack("pendingDefaultAdmin", data)
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
func (auctionEscrow *AuctionEscrow) PackPendingDefaultAdminDelay() []byte {
	enc, err := auctionEscrow.abi.Pack("pendingDefaultAdminDelay")
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
func (auctionEscrow *AuctionEscrow) TryPackPendingDefaultAdminDelay() ([]byte, error) {
	return auctionEscrow.abi.Pack("pendingDefaultAdminDelay")
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
func (auctionEscrow *AuctionEscrow) UnpackPendingDefaultAdminDelay(data []byte) (PendingDefaultAdminDelayOutput, error) {
	out, err := auctionEscrow.abi.Unpack("pendingDefaultAdminDelay", data)
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
func (auctionEscrow *AuctionEscrow) PackRenounceRole(role [32]byte, account common.Address) []byte {
	enc, err := auctionEscrow.abi.Pack("renounceRole", role, account)
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
func (auctionEscrow *AuctionEscrow) TryPackRenounceRole(role [32]byte, account common.Address) ([]byte, error) {
	return auctionEscrow.abi.Pack("renounceRole", role, account)
}

// PackReportFailure is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x411f0903.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reportFailure(uint256 jobId, string reason) returns()
func (auctionEscrow *AuctionEscrow) PackReportFailure(jobId *big.Int, reason string) []byte {
	enc, err := auctionEscrow.abi.Pack("reportFailure", jobId, reason)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReportFailure is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x411f0903.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reportFailure(uint256 jobId, string reason) returns()
func (auctionEscrow *AuctionEscrow) TryPackReportFailure(jobId *big.Int, reason string) ([]byte, error) {
	return auctionEscrow.abi.Pack("reportFailure", jobId, reason)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (auctionEscrow *AuctionEscrow) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := auctionEscrow.abi.Pack("revokeRole", role, account)
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
func (auctionEscrow *AuctionEscrow) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return auctionEscrow.abi.Pack("revokeRole", role, account)
}

// PackRollbackDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0aa6220b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rollbackDefaultAdminDelay() returns()
func (auctionEscrow *AuctionEscrow) PackRollbackDefaultAdminDelay() []byte {
	enc, err := auctionEscrow.abi.Pack("rollbackDefaultAdminDelay")
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
func (auctionEscrow *AuctionEscrow) TryPackRollbackDefaultAdminDelay() ([]byte, error) {
	return auctionEscrow.abi.Pack("rollbackDefaultAdminDelay")
}

// PackSetParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdab12a8e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setParams((address,uint16,uint16,uint32,uint32,uint96) params_) returns()
func (auctionEscrow *AuctionEscrow) PackSetParams(params AuctionEscrowParams) []byte {
	enc, err := auctionEscrow.abi.Pack("setParams", params)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdab12a8e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setParams((address,uint16,uint16,uint32,uint32,uint96) params_) returns()
func (auctionEscrow *AuctionEscrow) TryPackSetParams(params AuctionEscrowParams) ([]byte, error) {
	return auctionEscrow.abi.Pack("setParams", params)
}

// PackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8650577.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settle((address,(uint256,uint256,uint256)[],bytes) report) returns()
func (auctionEscrow *AuctionEscrow) PackSettle(report AuctionEscrowUsageReport) []byte {
	enc, err := auctionEscrow.abi.Pack("settle", report)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8650577.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settle((address,(uint256,uint256,uint256)[],bytes) report) returns()
func (auctionEscrow *AuctionEscrow) TryPackSettle(report AuctionEscrowUsageReport) ([]byte, error) {
	return auctionEscrow.abi.Pack("settle", report)
}

// PackSettleBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ab7435f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleBatch((address,(uint256,uint256,uint256)[],bytes)[] reports) returns()
func (auctionEscrow *AuctionEscrow) PackSettleBatch(reports []AuctionEscrowUsageReport) []byte {
	enc, err := auctionEscrow.abi.Pack("settleBatch", reports)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettleBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ab7435f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settleBatch((address,(uint256,uint256,uint256)[],bytes)[] reports) returns()
func (auctionEscrow *AuctionEscrow) TryPackSettleBatch(reports []AuctionEscrowUsageReport) ([]byte, error) {
	return auctionEscrow.abi.Pack("settleBatch", reports)
}

// PackStaking is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cf088d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function staking() view returns(address)
func (auctionEscrow *AuctionEscrow) PackStaking() []byte {
	enc, err := auctionEscrow.abi.Pack("staking")
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
func (auctionEscrow *AuctionEscrow) TryPackStaking() ([]byte, error) {
	return auctionEscrow.abi.Pack("staking")
}

// UnpackStaking is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4cf088d9.
//
// Solidity: function staking() view returns(address)
func (auctionEscrow *AuctionEscrow) UnpackStaking(data []byte) (common.Address, error) {
	out, err := auctionEscrow.abi.Unpack("staking", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackStopJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc65eb182.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stopJob(uint256 jobId) returns()
func (auctionEscrow *AuctionEscrow) PackStopJob(jobId *big.Int) []byte {
	enc, err := auctionEscrow.abi.Pack("stopJob", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStopJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc65eb182.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stopJob(uint256 jobId) returns()
func (auctionEscrow *AuctionEscrow) TryPackStopJob(jobId *big.Int) ([]byte, error) {
	return auctionEscrow.abi.Pack("stopJob", jobId)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (auctionEscrow *AuctionEscrow) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := auctionEscrow.abi.Pack("supportsInterface", interfaceId)
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
func (auctionEscrow *AuctionEscrow) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return auctionEscrow.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (auctionEscrow *AuctionEscrow) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := auctionEscrow.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSweepFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd113b95c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sweepFees() returns()
func (auctionEscrow *AuctionEscrow) PackSweepFees() []byte {
	enc, err := auctionEscrow.abi.Pack("sweepFees")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSweepFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd113b95c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sweepFees() returns()
func (auctionEscrow *AuctionEscrow) TryPackSweepFees() ([]byte, error) {
	return auctionEscrow.abi.Pack("sweepFees")
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (auctionEscrow *AuctionEscrow) PackToken() []byte {
	enc, err := auctionEscrow.abi.Pack("token")
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
func (auctionEscrow *AuctionEscrow) TryPackToken() ([]byte, error) {
	return auctionEscrow.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (auctionEscrow *AuctionEscrow) UnpackToken(data []byte) (common.Address, error) {
	out, err := auctionEscrow.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTotalFree is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x333e44e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalFree() view returns(uint256)
func (auctionEscrow *AuctionEscrow) PackTotalFree() []byte {
	enc, err := auctionEscrow.abi.Pack("totalFree")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalFree is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x333e44e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalFree() view returns(uint256)
func (auctionEscrow *AuctionEscrow) TryPackTotalFree() ([]byte, error) {
	return auctionEscrow.abi.Pack("totalFree")
}

// UnpackTotalFree is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x333e44e6.
//
// Solidity: function totalFree() view returns(uint256)
func (auctionEscrow *AuctionEscrow) UnpackTotalFree(data []byte) (*big.Int, error) {
	out, err := auctionEscrow.abi.Unpack("totalFree", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalLocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56891412.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalLocked() view returns(uint256)
func (auctionEscrow *AuctionEscrow) PackTotalLocked() []byte {
	enc, err := auctionEscrow.abi.Pack("totalLocked")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalLocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56891412.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalLocked() view returns(uint256)
func (auctionEscrow *AuctionEscrow) TryPackTotalLocked() ([]byte, error) {
	return auctionEscrow.abi.Pack("totalLocked")
}

// UnpackTotalLocked is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x56891412.
//
// Solidity: function totalLocked() view returns(uint256)
func (auctionEscrow *AuctionEscrow) UnpackTotalLocked(data []byte) (*big.Int, error) {
	out, err := auctionEscrow.abi.Unpack("totalLocked", data)
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
func (auctionEscrow *AuctionEscrow) PackUnpause() []byte {
	enc, err := auctionEscrow.abi.Pack("unpause")
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
func (auctionEscrow *AuctionEscrow) TryPackUnpause() ([]byte, error) {
	return auctionEscrow.abi.Pack("unpause")
}

// PackUsageReportDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcdd85de5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function usageReportDigest(address provider, (uint256,uint256,uint256)[] usages) view returns(bytes32)
func (auctionEscrow *AuctionEscrow) PackUsageReportDigest(provider common.Address, usages []AuctionEscrowUsage) []byte {
	enc, err := auctionEscrow.abi.Pack("usageReportDigest", provider, usages)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUsageReportDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcdd85de5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function usageReportDigest(address provider, (uint256,uint256,uint256)[] usages) view returns(bytes32)
func (auctionEscrow *AuctionEscrow) TryPackUsageReportDigest(provider common.Address, usages []AuctionEscrowUsage) ([]byte, error) {
	return auctionEscrow.abi.Pack("usageReportDigest", provider, usages)
}

// UnpackUsageReportDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcdd85de5.
//
// Solidity: function usageReportDigest(address provider, (uint256,uint256,uint256)[] usages) view returns(bytes32)
func (auctionEscrow *AuctionEscrow) UnpackUsageReportDigest(data []byte) ([32]byte, error) {
	out, err := auctionEscrow.abi.Unpack("usageReportDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e1a7d4d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(uint256 amount) returns()
func (auctionEscrow *AuctionEscrow) PackWithdraw(amount *big.Int) []byte {
	enc, err := auctionEscrow.abi.Pack("withdraw", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e1a7d4d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(uint256 amount) returns()
func (auctionEscrow *AuctionEscrow) TryPackWithdraw(amount *big.Int) ([]byte, error) {
	return auctionEscrow.abi.Pack("withdraw", amount)
}

// AuctionEscrowBidNonceCancelled represents a BidNonceCancelled event raised by the AuctionEscrow contract.
type AuctionEscrowBidNonceCancelled struct {
	Provider common.Address
	Nonce    *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const AuctionEscrowBidNonceCancelledEventName = "BidNonceCancelled"

// ContractEventName returns the user-defined event name.
func (AuctionEscrowBidNonceCancelled) ContractEventName() string {
	return AuctionEscrowBidNonceCancelledEventName
}

// UnpackBidNonceCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BidNonceCancelled(address indexed provider, uint256 nonce)
func (auctionEscrow *AuctionEscrow) UnpackBidNonceCancelledEvent(log *types.Log) (*AuctionEscrowBidNonceCancelled, error) {
	event := "BidNonceCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionEscrowBidNonceCancelled)
	if len(log.Data) > 0 {
		if err := auctionEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionEscrow.abi.Events[event].Inputs {
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

// AuctionEscrowDefaultAdminDelayChangeCanceled represents a DefaultAdminDelayChangeCanceled event raised by the AuctionEscrow contract.
type AuctionEscrowDefaultAdminDelayChangeCanceled struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const AuctionEscrowDefaultAdminDelayChangeCanceledEventName = "DefaultAdminDelayChangeCanceled"

// ContractEventName returns the user-defined event name.
func (AuctionEscrowDefaultAdminDelayChangeCanceled) ContractEventName() string {
	return AuctionEscrowDefaultAdminDelayChangeCanceledEventName
}

// UnpackDefaultAdminDelayChangeCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminDelayChangeCanceled()
func (auctionEscrow *AuctionEscrow) UnpackDefaultAdminDelayChangeCanceledEvent(log *types.Log) (*AuctionEscrowDefaultAdminDelayChangeCanceled, error) {
	event := "DefaultAdminDelayChangeCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionEscrowDefaultAdminDelayChangeCanceled)
	if len(log.Data) > 0 {
		if err := auctionEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionEscrow.abi.Events[event].Inputs {
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

// AuctionEscrowDefaultAdminDelayChangeScheduled represents a DefaultAdminDelayChangeScheduled event raised by the AuctionEscrow contract.
type AuctionEscrowDefaultAdminDelayChangeScheduled struct {
	NewDelay       *big.Int
	EffectSchedule *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const AuctionEscrowDefaultAdminDelayChangeScheduledEventName = "DefaultAdminDelayChangeScheduled"

// ContractEventName returns the user-defined event name.
func (AuctionEscrowDefaultAdminDelayChangeScheduled) ContractEventName() string {
	return AuctionEscrowDefaultAdminDelayChangeScheduledEventName
}

// UnpackDefaultAdminDelayChangeScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminDelayChangeScheduled(uint48 newDelay, uint48 effectSchedule)
func (auctionEscrow *AuctionEscrow) UnpackDefaultAdminDelayChangeScheduledEvent(log *types.Log) (*AuctionEscrowDefaultAdminDelayChangeScheduled, error) {
	event := "DefaultAdminDelayChangeScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionEscrowDefaultAdminDelayChangeScheduled)
	if len(log.Data) > 0 {
		if err := auctionEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionEscrow.abi.Events[event].Inputs {
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

// AuctionEscrowDefaultAdminTransferCanceled represents a DefaultAdminTransferCanceled event raised by the AuctionEscrow contract.
type AuctionEscrowDefaultAdminTransferCanceled struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const AuctionEscrowDefaultAdminTransferCanceledEventName = "DefaultAdminTransferCanceled"

// ContractEventName returns the user-defined event name.
func (AuctionEscrowDefaultAdminTransferCanceled) ContractEventName() string {
	return AuctionEscrowDefaultAdminTransferCanceledEventName
}

// UnpackDefaultAdminTransferCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminTransferCanceled()
func (auctionEscrow *AuctionEscrow) UnpackDefaultAdminTransferCanceledEvent(log *types.Log) (*AuctionEscrowDefaultAdminTransferCanceled, error) {
	event := "DefaultAdminTransferCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionEscrowDefaultAdminTransferCanceled)
	if len(log.Data) > 0 {
		if err := auctionEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionEscrow.abi.Events[event].Inputs {
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

// AuctionEscrowDefaultAdminTransferScheduled represents a DefaultAdminTransferScheduled event raised by the AuctionEscrow contract.
type AuctionEscrowDefaultAdminTransferScheduled struct {
	NewAdmin       common.Address
	AcceptSchedule *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const AuctionEscrowDefaultAdminTransferScheduledEventName = "DefaultAdminTransferScheduled"

// ContractEventName returns the user-defined event name.
func (AuctionEscrowDefaultAdminTransferScheduled) ContractEventName() string {
	return AuctionEscrowDefaultAdminTransferScheduledEventName
}

// UnpackDefaultAdminTransferScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminTransferScheduled(address indexed newAdmin, uint48 acceptSchedule)
func (auctionEscrow *AuctionEscrow) UnpackDefaultAdminTransferScheduledEvent(log *types.Log) (*AuctionEscrowDefaultAdminTransferScheduled, error) {
	event := "DefaultAdminTransferScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionEscrowDefaultAdminTransferScheduled)
	if len(log.Data) > 0 {
		if err := auctionEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionEscrow.abi.Events[event].Inputs {
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

// AuctionEscrowDeposited represents a Deposited event raised by the AuctionEscrow contract.
type AuctionEscrowDeposited struct {
	Client common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const AuctionEscrowDepositedEventName = "Deposited"

// ContractEventName returns the user-defined event name.
func (AuctionEscrowDeposited) ContractEventName() string {
	return AuctionEscrowDepositedEventName
}

// UnpackDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposited(address indexed client, uint256 amount)
func (auctionEscrow *AuctionEscrow) UnpackDepositedEvent(log *types.Log) (*AuctionEscrowDeposited, error) {
	event := "Deposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionEscrowDeposited)
	if len(log.Data) > 0 {
		if err := auctionEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionEscrow.abi.Events[event].Inputs {
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

// AuctionEscrowEIP712DomainChanged represents a EIP712DomainChanged event raised by the AuctionEscrow contract.
type AuctionEscrowEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const AuctionEscrowEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (AuctionEscrowEIP712DomainChanged) ContractEventName() string {
	return AuctionEscrowEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (auctionEscrow *AuctionEscrow) UnpackEIP712DomainChangedEvent(log *types.Log) (*AuctionEscrowEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionEscrowEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := auctionEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionEscrow.abi.Events[event].Inputs {
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

// AuctionEscrowFeesSwept represents a FeesSwept event raised by the AuctionEscrow contract.
type AuctionEscrowFeesSwept struct {
	Treasury common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const AuctionEscrowFeesSweptEventName = "FeesSwept"

// ContractEventName returns the user-defined event name.
func (AuctionEscrowFeesSwept) ContractEventName() string {
	return AuctionEscrowFeesSweptEventName
}

// UnpackFeesSweptEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeesSwept(address indexed treasury, uint256 amount)
func (auctionEscrow *AuctionEscrow) UnpackFeesSweptEvent(log *types.Log) (*AuctionEscrowFeesSwept, error) {
	event := "FeesSwept"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionEscrowFeesSwept)
	if len(log.Data) > 0 {
		if err := auctionEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionEscrow.abi.Events[event].Inputs {
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

// AuctionEscrowJobAwarded represents a JobAwarded event raised by the AuctionEscrow contract.
type AuctionEscrowJobAwarded struct {
	JobId             *big.Int
	Provider          common.Address
	Round             uint8
	PricePerGpuSecond *big.Int
	BidNonce          *big.Int
	Raw               *types.Log // Blockchain specific contextual infos
}

const AuctionEscrowJobAwardedEventName = "JobAwarded"

// ContractEventName returns the user-defined event name.
func (AuctionEscrowJobAwarded) ContractEventName() string {
	return AuctionEscrowJobAwardedEventName
}

// UnpackJobAwardedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobAwarded(uint256 indexed jobId, address indexed provider, uint8 round, uint256 pricePerGpuSecond, uint256 bidNonce)
func (auctionEscrow *AuctionEscrow) UnpackJobAwardedEvent(log *types.Log) (*AuctionEscrowJobAwarded, error) {
	event := "JobAwarded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionEscrowJobAwarded)
	if len(log.Data) > 0 {
		if err := auctionEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionEscrow.abi.Events[event].Inputs {
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

// AuctionEscrowJobCancelled represents a JobCancelled event raised by the AuctionEscrow contract.
type AuctionEscrowJobCancelled struct {
	JobId *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const AuctionEscrowJobCancelledEventName = "JobCancelled"

// ContractEventName returns the user-defined event name.
func (AuctionEscrowJobCancelled) ContractEventName() string {
	return AuctionEscrowJobCancelledEventName
}

// UnpackJobCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobCancelled(uint256 indexed jobId)
func (auctionEscrow *AuctionEscrow) UnpackJobCancelledEvent(log *types.Log) (*AuctionEscrowJobCancelled, error) {
	event := "JobCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionEscrowJobCancelled)
	if len(log.Data) > 0 {
		if err := auctionEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionEscrow.abi.Events[event].Inputs {
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

// AuctionEscrowJobClosed represents a JobClosed event raised by the AuctionEscrow contract.
type AuctionEscrowJobClosed struct {
	JobId *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const AuctionEscrowJobClosedEventName = "JobClosed"

// ContractEventName returns the user-defined event name.
func (AuctionEscrowJobClosed) ContractEventName() string {
	return AuctionEscrowJobClosedEventName
}

// UnpackJobClosedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobClosed(uint256 indexed jobId)
func (auctionEscrow *AuctionEscrow) UnpackJobClosedEvent(log *types.Log) (*AuctionEscrowJobClosed, error) {
	event := "JobClosed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionEscrowJobClosed)
	if len(log.Data) > 0 {
		if err := auctionEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionEscrow.abi.Events[event].Inputs {
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

// AuctionEscrowJobCreated represents a JobCreated event raised by the AuctionEscrow contract.
type AuctionEscrowJobCreated struct {
	JobId                *big.Int
	Client               common.Address
	SpecHash             [32]byte
	MaxPricePerGpuSecond *big.Int
	GpuCount             uint16
	Budget               *big.Int
	BiddingDeadline      *big.Int
	MinProviderStake     *big.Int
	Raw                  *types.Log // Blockchain specific contextual infos
}

const AuctionEscrowJobCreatedEventName = "JobCreated"

// ContractEventName returns the user-defined event name.
func (AuctionEscrowJobCreated) ContractEventName() string {
	return AuctionEscrowJobCreatedEventName
}

// UnpackJobCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobCreated(uint256 indexed jobId, address indexed client, bytes32 specHash, uint256 maxPricePerGpuSecond, uint16 gpuCount, uint256 budget, uint40 biddingDeadline, uint256 minProviderStake)
func (auctionEscrow *AuctionEscrow) UnpackJobCreatedEvent(log *types.Log) (*AuctionEscrowJobCreated, error) {
	event := "JobCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionEscrowJobCreated)
	if len(log.Data) > 0 {
		if err := auctionEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionEscrow.abi.Events[event].Inputs {
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

// AuctionEscrowJobEnded represents a JobEnded event raised by the AuctionEscrow contract.
type AuctionEscrowJobEnded struct {
	JobId   *big.Int
	By      common.Address
	EndedAt *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AuctionEscrowJobEndedEventName = "JobEnded"

// ContractEventName returns the user-defined event name.
func (AuctionEscrowJobEnded) ContractEventName() string {
	return AuctionEscrowJobEndedEventName
}

// UnpackJobEndedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobEnded(uint256 indexed jobId, address indexed by, uint40 endedAt)
func (auctionEscrow *AuctionEscrow) UnpackJobEndedEvent(log *types.Log) (*AuctionEscrowJobEnded, error) {
	event := "JobEnded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionEscrowJobEnded)
	if len(log.Data) > 0 {
		if err := auctionEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionEscrow.abi.Events[event].Inputs {
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

// AuctionEscrowJobFailed represents a JobFailed event raised by the AuctionEscrow contract.
type AuctionEscrowJobFailed struct {
	JobId    *big.Int
	Provider common.Address
	Round    uint8
	Slashed  *big.Int
	Reason   string
	Raw      *types.Log // Blockchain specific contextual infos
}

const AuctionEscrowJobFailedEventName = "JobFailed"

// ContractEventName returns the user-defined event name.
func (AuctionEscrowJobFailed) ContractEventName() string {
	return AuctionEscrowJobFailedEventName
}

// UnpackJobFailedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobFailed(uint256 indexed jobId, address indexed provider, uint8 round, uint256 slashed, string reason)
func (auctionEscrow *AuctionEscrow) UnpackJobFailedEvent(log *types.Log) (*AuctionEscrowJobFailed, error) {
	event := "JobFailed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionEscrowJobFailed)
	if len(log.Data) > 0 {
		if err := auctionEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionEscrow.abi.Events[event].Inputs {
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

// AuctionEscrowParamsSet represents a ParamsSet event raised by the AuctionEscrow contract.
type AuctionEscrowParamsSet struct {
	Params AuctionEscrowParams
	Raw    *types.Log // Blockchain specific contextual infos
}

const AuctionEscrowParamsSetEventName = "ParamsSet"

// ContractEventName returns the user-defined event name.
func (AuctionEscrowParamsSet) ContractEventName() string {
	return AuctionEscrowParamsSetEventName
}

// UnpackParamsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ParamsSet((address,uint16,uint16,uint32,uint32,uint96) params)
func (auctionEscrow *AuctionEscrow) UnpackParamsSetEvent(log *types.Log) (*AuctionEscrowParamsSet, error) {
	event := "ParamsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionEscrowParamsSet)
	if len(log.Data) > 0 {
		if err := auctionEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionEscrow.abi.Events[event].Inputs {
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

// AuctionEscrowPaused represents a Paused event raised by the AuctionEscrow contract.
type AuctionEscrowPaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const AuctionEscrowPausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (AuctionEscrowPaused) ContractEventName() string {
	return AuctionEscrowPausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (auctionEscrow *AuctionEscrow) UnpackPausedEvent(log *types.Log) (*AuctionEscrowPaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionEscrowPaused)
	if len(log.Data) > 0 {
		if err := auctionEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionEscrow.abi.Events[event].Inputs {
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

// AuctionEscrowProviderPaid represents a ProviderPaid event raised by the AuctionEscrow contract.
type AuctionEscrowProviderPaid struct {
	Provider common.Address
	Gross    *big.Int
	Fee      *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const AuctionEscrowProviderPaidEventName = "ProviderPaid"

// ContractEventName returns the user-defined event name.
func (AuctionEscrowProviderPaid) ContractEventName() string {
	return AuctionEscrowProviderPaidEventName
}

// UnpackProviderPaidEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProviderPaid(address indexed provider, uint256 gross, uint256 fee)
func (auctionEscrow *AuctionEscrow) UnpackProviderPaidEvent(log *types.Log) (*AuctionEscrowProviderPaid, error) {
	event := "ProviderPaid"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionEscrowProviderPaid)
	if len(log.Data) > 0 {
		if err := auctionEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionEscrow.abi.Events[event].Inputs {
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

// AuctionEscrowRefunded represents a Refunded event raised by the AuctionEscrow contract.
type AuctionEscrowRefunded struct {
	JobId  *big.Int
	Client common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const AuctionEscrowRefundedEventName = "Refunded"

// ContractEventName returns the user-defined event name.
func (AuctionEscrowRefunded) ContractEventName() string {
	return AuctionEscrowRefundedEventName
}

// UnpackRefundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Refunded(uint256 indexed jobId, address indexed client, uint256 amount)
func (auctionEscrow *AuctionEscrow) UnpackRefundedEvent(log *types.Log) (*AuctionEscrowRefunded, error) {
	event := "Refunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionEscrowRefunded)
	if len(log.Data) > 0 {
		if err := auctionEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionEscrow.abi.Events[event].Inputs {
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

// AuctionEscrowRoleAdminChanged represents a RoleAdminChanged event raised by the AuctionEscrow contract.
type AuctionEscrowRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const AuctionEscrowRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (AuctionEscrowRoleAdminChanged) ContractEventName() string {
	return AuctionEscrowRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (auctionEscrow *AuctionEscrow) UnpackRoleAdminChangedEvent(log *types.Log) (*AuctionEscrowRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionEscrowRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := auctionEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionEscrow.abi.Events[event].Inputs {
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

// AuctionEscrowRoleGranted represents a RoleGranted event raised by the AuctionEscrow contract.
type AuctionEscrowRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const AuctionEscrowRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (AuctionEscrowRoleGranted) ContractEventName() string {
	return AuctionEscrowRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (auctionEscrow *AuctionEscrow) UnpackRoleGrantedEvent(log *types.Log) (*AuctionEscrowRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionEscrowRoleGranted)
	if len(log.Data) > 0 {
		if err := auctionEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionEscrow.abi.Events[event].Inputs {
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

// AuctionEscrowRoleRevoked represents a RoleRevoked event raised by the AuctionEscrow contract.
type AuctionEscrowRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const AuctionEscrowRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (AuctionEscrowRoleRevoked) ContractEventName() string {
	return AuctionEscrowRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (auctionEscrow *AuctionEscrow) UnpackRoleRevokedEvent(log *types.Log) (*AuctionEscrowRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionEscrowRoleRevoked)
	if len(log.Data) > 0 {
		if err := auctionEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionEscrow.abi.Events[event].Inputs {
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

// AuctionEscrowUnpaused represents a Unpaused event raised by the AuctionEscrow contract.
type AuctionEscrowUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const AuctionEscrowUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (AuctionEscrowUnpaused) ContractEventName() string {
	return AuctionEscrowUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (auctionEscrow *AuctionEscrow) UnpackUnpausedEvent(log *types.Log) (*AuctionEscrowUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionEscrowUnpaused)
	if len(log.Data) > 0 {
		if err := auctionEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionEscrow.abi.Events[event].Inputs {
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

// AuctionEscrowUsageRejected represents a UsageRejected event raised by the AuctionEscrow contract.
type AuctionEscrowUsageRejected struct {
	JobId    *big.Int
	Provider common.Address
	Reason   uint8
	Raw      *types.Log // Blockchain specific contextual infos
}

const AuctionEscrowUsageRejectedEventName = "UsageRejected"

// ContractEventName returns the user-defined event name.
func (AuctionEscrowUsageRejected) ContractEventName() string {
	return AuctionEscrowUsageRejectedEventName
}

// UnpackUsageRejectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UsageRejected(uint256 indexed jobId, address indexed provider, uint8 reason)
func (auctionEscrow *AuctionEscrow) UnpackUsageRejectedEvent(log *types.Log) (*AuctionEscrowUsageRejected, error) {
	event := "UsageRejected"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionEscrowUsageRejected)
	if len(log.Data) > 0 {
		if err := auctionEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionEscrow.abi.Events[event].Inputs {
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

// AuctionEscrowUsageSettled represents a UsageSettled event raised by the AuctionEscrow contract.
type AuctionEscrowUsageSettled struct {
	JobId                *big.Int
	CumulativeGpuSeconds *big.Int
	Amount               *big.Int
	Raw                  *types.Log // Blockchain specific contextual infos
}

const AuctionEscrowUsageSettledEventName = "UsageSettled"

// ContractEventName returns the user-defined event name.
func (AuctionEscrowUsageSettled) ContractEventName() string {
	return AuctionEscrowUsageSettledEventName
}

// UnpackUsageSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UsageSettled(uint256 indexed jobId, uint256 cumulativeGpuSeconds, uint256 amount)
func (auctionEscrow *AuctionEscrow) UnpackUsageSettledEvent(log *types.Log) (*AuctionEscrowUsageSettled, error) {
	event := "UsageSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionEscrowUsageSettled)
	if len(log.Data) > 0 {
		if err := auctionEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionEscrow.abi.Events[event].Inputs {
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

// AuctionEscrowWithdrawn represents a Withdrawn event raised by the AuctionEscrow contract.
type AuctionEscrowWithdrawn struct {
	Client common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const AuctionEscrowWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (AuctionEscrowWithdrawn) ContractEventName() string {
	return AuctionEscrowWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed client, uint256 amount)
func (auctionEscrow *AuctionEscrow) UnpackWithdrawnEvent(log *types.Log) (*AuctionEscrowWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionEscrowWithdrawn)
	if len(log.Data) > 0 {
		if err := auctionEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionEscrow.abi.Events[event].Inputs {
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
func (auctionEscrow *AuctionEscrow) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["AccessControlEnforcedDefaultAdminDelay"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackAccessControlEnforcedDefaultAdminDelayError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["AccessControlEnforcedDefaultAdminRules"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackAccessControlEnforcedDefaultAdminRulesError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["AccessControlInvalidDefaultAdmin"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackAccessControlInvalidDefaultAdminError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["BidExpired"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackBidExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["BidNonceAlreadyUsed"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackBidNonceAlreadyUsedError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["BidPriceOutOfRange"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackBidPriceOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["BiddingClosed"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackBiddingClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["EmptyReport"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackEmptyReportError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["InsufficientBalance"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackInsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["InvalidJob"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackInvalidJobError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["InvalidParams"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackInvalidParamsError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["InvalidSignature"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["PermitFailed"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackPermitFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["ProviderNotEligible"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackProviderNotEligibleError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["SameProvider"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackSameProviderError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["TooManyRounds"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackTooManyRoundsError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["Unauthorized"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackUnauthorizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["WindowOpen"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackWindowOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["WrongState"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackWrongStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AuctionEscrowAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the AuctionEscrow contract.
type AuctionEscrowAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func AuctionEscrowAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (auctionEscrow *AuctionEscrow) UnpackAccessControlBadConfirmationError(raw []byte) (*AuctionEscrowAccessControlBadConfirmation, error) {
	out := new(AuctionEscrowAccessControlBadConfirmation)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowAccessControlEnforcedDefaultAdminDelay represents a AccessControlEnforcedDefaultAdminDelay error raised by the AuctionEscrow contract.
type AuctionEscrowAccessControlEnforcedDefaultAdminDelay struct {
	Schedule *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlEnforcedDefaultAdminDelay(uint48 schedule)
func AuctionEscrowAccessControlEnforcedDefaultAdminDelayErrorID() common.Hash {
	return common.HexToHash("0x19ca5ebb8fb33f00e502c9392eddab1501674629178bf69b853cf037aaf4bb5d")
}

// UnpackAccessControlEnforcedDefaultAdminDelayError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlEnforcedDefaultAdminDelay(uint48 schedule)
func (auctionEscrow *AuctionEscrow) UnpackAccessControlEnforcedDefaultAdminDelayError(raw []byte) (*AuctionEscrowAccessControlEnforcedDefaultAdminDelay, error) {
	out := new(AuctionEscrowAccessControlEnforcedDefaultAdminDelay)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "AccessControlEnforcedDefaultAdminDelay", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowAccessControlEnforcedDefaultAdminRules represents a AccessControlEnforcedDefaultAdminRules error raised by the AuctionEscrow contract.
type AuctionEscrowAccessControlEnforcedDefaultAdminRules struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlEnforcedDefaultAdminRules()
func AuctionEscrowAccessControlEnforcedDefaultAdminRulesErrorID() common.Hash {
	return common.HexToHash("0x3fc3c27ae3db78c81b8f6e685172134623efa268ee8cd8d54be38ad2a74fc13b")
}

// UnpackAccessControlEnforcedDefaultAdminRulesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlEnforcedDefaultAdminRules()
func (auctionEscrow *AuctionEscrow) UnpackAccessControlEnforcedDefaultAdminRulesError(raw []byte) (*AuctionEscrowAccessControlEnforcedDefaultAdminRules, error) {
	out := new(AuctionEscrowAccessControlEnforcedDefaultAdminRules)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "AccessControlEnforcedDefaultAdminRules", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowAccessControlInvalidDefaultAdmin represents a AccessControlInvalidDefaultAdmin error raised by the AuctionEscrow contract.
type AuctionEscrowAccessControlInvalidDefaultAdmin struct {
	DefaultAdmin common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlInvalidDefaultAdmin(address defaultAdmin)
func AuctionEscrowAccessControlInvalidDefaultAdminErrorID() common.Hash {
	return common.HexToHash("0xc22c8022f2a840d6b6a9f113407715f5bbd4e88c1b0dd9434dc00700ba609ed4")
}

// UnpackAccessControlInvalidDefaultAdminError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlInvalidDefaultAdmin(address defaultAdmin)
func (auctionEscrow *AuctionEscrow) UnpackAccessControlInvalidDefaultAdminError(raw []byte) (*AuctionEscrowAccessControlInvalidDefaultAdmin, error) {
	out := new(AuctionEscrowAccessControlInvalidDefaultAdmin)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "AccessControlInvalidDefaultAdmin", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the AuctionEscrow contract.
type AuctionEscrowAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func AuctionEscrowAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (auctionEscrow *AuctionEscrow) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*AuctionEscrowAccessControlUnauthorizedAccount, error) {
	out := new(AuctionEscrowAccessControlUnauthorizedAccount)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowBidExpired represents a BidExpired error raised by the AuctionEscrow contract.
type AuctionEscrowBidExpired struct {
	Expiry *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BidExpired(uint256 expiry)
func AuctionEscrowBidExpiredErrorID() common.Hash {
	return common.HexToHash("0xe4a665ec813e099b35b687815be1ffd9b8db7e44f02617ecc392612f52956f39")
}

// UnpackBidExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BidExpired(uint256 expiry)
func (auctionEscrow *AuctionEscrow) UnpackBidExpiredError(raw []byte) (*AuctionEscrowBidExpired, error) {
	out := new(AuctionEscrowBidExpired)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "BidExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowBidNonceAlreadyUsed represents a BidNonceAlreadyUsed error raised by the AuctionEscrow contract.
type AuctionEscrowBidNonceAlreadyUsed struct {
	Provider common.Address
	Nonce    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BidNonceAlreadyUsed(address provider, uint256 nonce)
func AuctionEscrowBidNonceAlreadyUsedErrorID() common.Hash {
	return common.HexToHash("0xb988f27fa0cdf1c420c7aded8197f9af0146ef778e609022fae9fcbb65cbc963")
}

// UnpackBidNonceAlreadyUsedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BidNonceAlreadyUsed(address provider, uint256 nonce)
func (auctionEscrow *AuctionEscrow) UnpackBidNonceAlreadyUsedError(raw []byte) (*AuctionEscrowBidNonceAlreadyUsed, error) {
	out := new(AuctionEscrowBidNonceAlreadyUsed)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "BidNonceAlreadyUsed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowBidPriceOutOfRange represents a BidPriceOutOfRange error raised by the AuctionEscrow contract.
type AuctionEscrowBidPriceOutOfRange struct {
	Price    *big.Int
	MaxPrice *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BidPriceOutOfRange(uint256 price, uint256 maxPrice)
func AuctionEscrowBidPriceOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x265bf1067c5a9b2a42127922fb8fe14ce4dab4a05cdf6811cfa7e446f5593582")
}

// UnpackBidPriceOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BidPriceOutOfRange(uint256 price, uint256 maxPrice)
func (auctionEscrow *AuctionEscrow) UnpackBidPriceOutOfRangeError(raw []byte) (*AuctionEscrowBidPriceOutOfRange, error) {
	out := new(AuctionEscrowBidPriceOutOfRange)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "BidPriceOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowBiddingClosed represents a BiddingClosed error raised by the AuctionEscrow contract.
type AuctionEscrowBiddingClosed struct {
	JobId    *big.Int
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BiddingClosed(uint256 jobId, uint40 deadline)
func AuctionEscrowBiddingClosedErrorID() common.Hash {
	return common.HexToHash("0x91098277e9e1911aa91da019b66c7508a4a2161d0d684df1c0fadc779be28028")
}

// UnpackBiddingClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BiddingClosed(uint256 jobId, uint40 deadline)
func (auctionEscrow *AuctionEscrow) UnpackBiddingClosedError(raw []byte) (*AuctionEscrowBiddingClosed, error) {
	out := new(AuctionEscrowBiddingClosed)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "BiddingClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowEmptyReport represents a EmptyReport error raised by the AuctionEscrow contract.
type AuctionEscrowEmptyReport struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyReport()
func AuctionEscrowEmptyReportErrorID() common.Hash {
	return common.HexToHash("0x00bf1997c444a58426e1a53db20549e311bb6d0dc08580426cf0c9372e43dc89")
}

// UnpackEmptyReportError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyReport()
func (auctionEscrow *AuctionEscrow) UnpackEmptyReportError(raw []byte) (*AuctionEscrowEmptyReport, error) {
	out := new(AuctionEscrowEmptyReport)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "EmptyReport", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowEnforcedPause represents a EnforcedPause error raised by the AuctionEscrow contract.
type AuctionEscrowEnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func AuctionEscrowEnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (auctionEscrow *AuctionEscrow) UnpackEnforcedPauseError(raw []byte) (*AuctionEscrowEnforcedPause, error) {
	out := new(AuctionEscrowEnforcedPause)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowExpectedPause represents a ExpectedPause error raised by the AuctionEscrow contract.
type AuctionEscrowExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func AuctionEscrowExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (auctionEscrow *AuctionEscrow) UnpackExpectedPauseError(raw []byte) (*AuctionEscrowExpectedPause, error) {
	out := new(AuctionEscrowExpectedPause)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowInsufficientBalance represents a InsufficientBalance error raised by the AuctionEscrow contract.
type AuctionEscrowInsufficientBalance struct {
	Available *big.Int
	Requested *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBalance(uint256 available, uint256 requested)
func AuctionEscrowInsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xcf4791818fba6e019216eb4864093b4947f674afada5d305e57d598b641dad1d")
}

// UnpackInsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBalance(uint256 available, uint256 requested)
func (auctionEscrow *AuctionEscrow) UnpackInsufficientBalanceError(raw []byte) (*AuctionEscrowInsufficientBalance, error) {
	out := new(AuctionEscrowInsufficientBalance)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowInvalidJob represents a InvalidJob error raised by the AuctionEscrow contract.
type AuctionEscrowInvalidJob struct {
	What string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidJob(string what)
func AuctionEscrowInvalidJobErrorID() common.Hash {
	return common.HexToHash("0x67323a92dba964fe582a1a64ca5caec156cf2dfe0fd0210bf628c49befea1609")
}

// UnpackInvalidJobError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidJob(string what)
func (auctionEscrow *AuctionEscrow) UnpackInvalidJobError(raw []byte) (*AuctionEscrowInvalidJob, error) {
	out := new(AuctionEscrowInvalidJob)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "InvalidJob", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowInvalidParams represents a InvalidParams error raised by the AuctionEscrow contract.
type AuctionEscrowInvalidParams struct {
	What string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidParams(string what)
func AuctionEscrowInvalidParamsErrorID() common.Hash {
	return common.HexToHash("0xa8c278dd678025fcd1ba899b5c9701b4f3cde35c26cff3abbdc63ff5ceeeb107")
}

// UnpackInvalidParamsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidParams(string what)
func (auctionEscrow *AuctionEscrow) UnpackInvalidParamsError(raw []byte) (*AuctionEscrowInvalidParams, error) {
	out := new(AuctionEscrowInvalidParams)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "InvalidParams", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowInvalidShortString represents a InvalidShortString error raised by the AuctionEscrow contract.
type AuctionEscrowInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func AuctionEscrowInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (auctionEscrow *AuctionEscrow) UnpackInvalidShortStringError(raw []byte) (*AuctionEscrowInvalidShortString, error) {
	out := new(AuctionEscrowInvalidShortString)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowInvalidSignature represents a InvalidSignature error raised by the AuctionEscrow contract.
type AuctionEscrowInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSignature()
func AuctionEscrowInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0x8baa579fce362245063d36f11747a89dd489c54795634fc673cc0e0db51fedc5")
}

// UnpackInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSignature()
func (auctionEscrow *AuctionEscrow) UnpackInvalidSignatureError(raw []byte) (*AuctionEscrowInvalidSignature, error) {
	out := new(AuctionEscrowInvalidSignature)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "InvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowPermitFailed represents a PermitFailed error raised by the AuctionEscrow contract.
type AuctionEscrowPermitFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PermitFailed()
func AuctionEscrowPermitFailedErrorID() common.Hash {
	return common.HexToHash("0xb78cb0ddbbb832b9eefe30a6705fce9117289a7e8fbf7ad4ec5d8b8879042c3e")
}

// UnpackPermitFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PermitFailed()
func (auctionEscrow *AuctionEscrow) UnpackPermitFailedError(raw []byte) (*AuctionEscrowPermitFailed, error) {
	out := new(AuctionEscrowPermitFailed)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "PermitFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowProviderNotEligible represents a ProviderNotEligible error raised by the AuctionEscrow contract.
type AuctionEscrowProviderNotEligible struct {
	Provider common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProviderNotEligible(address provider)
func AuctionEscrowProviderNotEligibleErrorID() common.Hash {
	return common.HexToHash("0xa641815291feed4586a959761c0a52fca905fae19089b8ef9c537503032dacc7")
}

// UnpackProviderNotEligibleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProviderNotEligible(address provider)
func (auctionEscrow *AuctionEscrow) UnpackProviderNotEligibleError(raw []byte) (*AuctionEscrowProviderNotEligible, error) {
	out := new(AuctionEscrowProviderNotEligible)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "ProviderNotEligible", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the AuctionEscrow contract.
type AuctionEscrowReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func AuctionEscrowReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (auctionEscrow *AuctionEscrow) UnpackReentrancyGuardReentrantCallError(raw []byte) (*AuctionEscrowReentrancyGuardReentrantCall, error) {
	out := new(AuctionEscrowReentrancyGuardReentrantCall)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the AuctionEscrow contract.
type AuctionEscrowSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func AuctionEscrowSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (auctionEscrow *AuctionEscrow) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*AuctionEscrowSafeCastOverflowedUintDowncast, error) {
	out := new(AuctionEscrowSafeCastOverflowedUintDowncast)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the AuctionEscrow contract.
type AuctionEscrowSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func AuctionEscrowSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (auctionEscrow *AuctionEscrow) UnpackSafeERC20FailedOperationError(raw []byte) (*AuctionEscrowSafeERC20FailedOperation, error) {
	out := new(AuctionEscrowSafeERC20FailedOperation)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowSameProvider represents a SameProvider error raised by the AuctionEscrow contract.
type AuctionEscrowSameProvider struct {
	Provider common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SameProvider(address provider)
func AuctionEscrowSameProviderErrorID() common.Hash {
	return common.HexToHash("0xf8f4901207e98a95ae75391cccb2af11d0a4a32f10522e0e44868e679ee747b9")
}

// UnpackSameProviderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SameProvider(address provider)
func (auctionEscrow *AuctionEscrow) UnpackSameProviderError(raw []byte) (*AuctionEscrowSameProvider, error) {
	out := new(AuctionEscrowSameProvider)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "SameProvider", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowStringTooLong represents a StringTooLong error raised by the AuctionEscrow contract.
type AuctionEscrowStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func AuctionEscrowStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (auctionEscrow *AuctionEscrow) UnpackStringTooLongError(raw []byte) (*AuctionEscrowStringTooLong, error) {
	out := new(AuctionEscrowStringTooLong)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowTooManyRounds represents a TooManyRounds error raised by the AuctionEscrow contract.
type AuctionEscrowTooManyRounds struct {
	JobId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyRounds(uint256 jobId)
func AuctionEscrowTooManyRoundsErrorID() common.Hash {
	return common.HexToHash("0x707de852cd8b99fc7c41c41e84a1625125b8380f54e43878aa7c613cb602ed96")
}

// UnpackTooManyRoundsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyRounds(uint256 jobId)
func (auctionEscrow *AuctionEscrow) UnpackTooManyRoundsError(raw []byte) (*AuctionEscrowTooManyRounds, error) {
	out := new(AuctionEscrowTooManyRounds)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "TooManyRounds", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowUnauthorized represents a Unauthorized error raised by the AuctionEscrow contract.
type AuctionEscrowUnauthorized struct {
	JobId  *big.Int
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Unauthorized(uint256 jobId, address caller)
func AuctionEscrowUnauthorizedErrorID() common.Hash {
	return common.HexToHash("0x589e27a124e93e7d84c519ffb8a563ec033d2e7f77cf14295d95b8dfff27ae2e")
}

// UnpackUnauthorizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Unauthorized(uint256 jobId, address caller)
func (auctionEscrow *AuctionEscrow) UnpackUnauthorizedError(raw []byte) (*AuctionEscrowUnauthorized, error) {
	out := new(AuctionEscrowUnauthorized)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "Unauthorized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowWindowOpen represents a WindowOpen error raised by the AuctionEscrow contract.
type AuctionEscrowWindowOpen struct {
	Until *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WindowOpen(uint256 until)
func AuctionEscrowWindowOpenErrorID() common.Hash {
	return common.HexToHash("0xb317256bb83d3a0e7c565067a7c67553969518b9977a3d2d318c3e3fb33ef1e2")
}

// UnpackWindowOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WindowOpen(uint256 until)
func (auctionEscrow *AuctionEscrow) UnpackWindowOpenError(raw []byte) (*AuctionEscrowWindowOpen, error) {
	out := new(AuctionEscrowWindowOpen)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "WindowOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowWrongState represents a WrongState error raised by the AuctionEscrow contract.
type AuctionEscrowWrongState struct {
	JobId *big.Int
	State uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongState(uint256 jobId, uint8 state)
func AuctionEscrowWrongStateErrorID() common.Hash {
	return common.HexToHash("0x800b061518cbf2095c1b1778c2e3202c0e88a5711a68b4d0ca85bbcbf3523260")
}

// UnpackWrongStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongState(uint256 jobId, uint8 state)
func (auctionEscrow *AuctionEscrow) UnpackWrongStateError(raw []byte) (*AuctionEscrowWrongState, error) {
	out := new(AuctionEscrowWrongState)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "WrongState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowZeroAddress represents a ZeroAddress error raised by the AuctionEscrow contract.
type AuctionEscrowZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func AuctionEscrowZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (auctionEscrow *AuctionEscrow) UnpackZeroAddressError(raw []byte) (*AuctionEscrowZeroAddress, error) {
	out := new(AuctionEscrowZeroAddress)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowZeroAmount represents a ZeroAmount error raised by the AuctionEscrow contract.
type AuctionEscrowZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func AuctionEscrowZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (auctionEscrow *AuctionEscrow) UnpackZeroAmountError(raw []byte) (*AuctionEscrowZeroAmount, error) {
	out := new(AuctionEscrowZeroAmount)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
