from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.analyser_exchange import AnalyserExchange, check_analyser_exchange
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analyser_contract import AnalyserContract
    from ..models.analyser_leg import AnalyserLeg


T = TypeVar("T", bound="ContractsAnalyserRequest")
_CONTRACTSANALYSERREQUEST_FIELDS = frozenset(
    {
        "exchange",
        "targetDate",
        "contracts",
        "legs",
    }
)


@_attrs_define
class ContractsAnalyserRequest:
    """Docs / Java / Node shape: `exchange`, `targetDate`, `contracts[]`. The Python README
    sends only `{"legs": [...]}`. Neither can be verified, so both are accepted: with `legs`
    nothing else is required, otherwise the docs' three fields are.

        Attributes:
            exchange (AnalyserExchange | Unset): Exchanges supported by the contracts analyser.
            target_date (str | Unset): A calendar date, format `yyyy-MM-dd`.
            contracts (list[AnalyserContract] | Unset):
            legs (list[AnalyserLeg] | Unset): Python README alternative to `contracts` (UNSURE).
    """

    exchange: AnalyserExchange | Unset = UNSET
    target_date: str | Unset = UNSET
    contracts: list[AnalyserContract] | Unset = UNSET
    legs: list[AnalyserLeg] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exchange: str | Unset = UNSET
        if not isinstance(self.exchange, Unset):
            exchange = self.exchange

        target_date = self.target_date

        contracts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contracts, Unset):
            contracts = []
            for contracts_item_data in self.contracts:
                contracts_item = contracts_item_data.to_dict()
                contracts.append(contracts_item)

        legs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.legs, Unset):
            legs = []
            for legs_item_data in self.legs:
                legs_item = legs_item_data.to_dict()
                legs.append(legs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if target_date is not UNSET:
            field_dict["targetDate"] = target_date
        if contracts is not UNSET:
            field_dict["contracts"] = contracts
        if legs is not UNSET:
            field_dict["legs"] = legs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analyser_contract import AnalyserContract  # noqa: PLC0415
        from ..models.analyser_leg import AnalyserLeg  # noqa: PLC0415

        get = src_dict.get
        contracts_analyser_request = cls.__new__(cls)
        _exchange = get("exchange", UNSET)
        exchange: AnalyserExchange | Unset
        if isinstance(_exchange, Unset):
            exchange = UNSET
        else:
            exchange = check_analyser_exchange(_exchange)

        contracts_analyser_request.exchange = exchange

        contracts_analyser_request.target_date = get("targetDate", UNSET)

        _contracts = get("contracts", UNSET)
        contracts: list[AnalyserContract] | Unset = UNSET
        if _contracts is not UNSET:
            contracts = []
            for contracts_item_data in _contracts:
                contracts_item = AnalyserContract.from_dict(contracts_item_data)

                contracts.append(contracts_item)

        contracts_analyser_request.contracts = contracts

        _legs = get("legs", UNSET)
        legs: list[AnalyserLeg] | Unset = UNSET
        if _legs is not UNSET:
            legs = []
            for legs_item_data in _legs:
                legs_item = AnalyserLeg.from_dict(legs_item_data)

                legs.append(legs_item)

        contracts_analyser_request.legs = legs

        contracts_analyser_request.additional_properties = (
            {}
            if _CONTRACTSANALYSERREQUEST_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _CONTRACTSANALYSERREQUEST_FIELDS}
        )
        return contracts_analyser_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
