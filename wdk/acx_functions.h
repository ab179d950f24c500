/*
 * acx_functions.h - the function part of hvcilint's ACX stand-in (see
 * acx.h; acx_config.h includes this file at its end; not an ACX header
 * name): the Acx* routines (with the driver version query parameters) of
 * the driver, device, circuit, pin, stream, element, data format, request,
 * event, object bag, target and manager objects.
 *
 * Written for hvcilint from the public ACX reference pages on
 * learn.microsoft.com (parameter lists in their documented order; a
 * parameter whose page prints no type has the one its description names),
 * not taken from the WDK.  Routines documented as returning STATUS_SUCCESS
 * or an error return NTSTATUS; the getters return what their pages name.
 * None of these routines takes a pool type, a page protection or an MDL
 * mapping priority.
 *
 * Left out: SoundWire/SDCA routines, the ACXEVENT and stream I/O routines,
 * the object bag forms other than the ones below, the ACX version and
 * function-table machinery.
 */
#pragma once
#ifndef _HVCILINT_ACX_FUNCTIONS_H
#define _HVCILINT_ACX_FUNCTIONS_H

#include <acx_config.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Availability queries (acxfuncenum.h).  On the system they ask the
   framework; here they are compile-time checks that the named function,
   structure or field exists, and evaluate to TRUE. */
#define ACX_IS_FUNCTION_AVAILABLE(FunctionName) (sizeof(&(FunctionName)) != 0)
#define ACX_IS_STRUCTURE_AVAILABLE(StructName) (sizeof(StructName) != 0)
#define ACX_IS_FIELD_AVAILABLE(StructName, FieldName) (sizeof(((StructName *)0)->FieldName) != 0)
#define ACX_STRUCTURE_SIZE(StructName) sizeof(StructName)

/* Driver and device. */
/* Driver version query (AcxDriverIsVersionAvailable). */
typedef struct _ACX_DRIVER_VERSION_AVAILABLE_PARAMS {
    ULONG Size;
    ULONG MajorVersion;
    ULONG MinorVersion;
} ACX_DRIVER_VERSION_AVAILABLE_PARAMS, *PACX_DRIVER_VERSION_AVAILABLE_PARAMS;

FORCEINLINE VOID ACX_DRIVER_VERSION_AVAILABLE_PARAMS_INIT(
    _Out_ PACX_DRIVER_VERSION_AVAILABLE_PARAMS Params, _In_ ULONG MajorVersion,
    _In_ ULONG MinorVersion)
{
    RtlZeroMemory(Params, sizeof(*Params));
    Params->Size = sizeof(*Params);
    Params->MajorVersion = MajorVersion;
    Params->MinorVersion = MinorVersion;
}

NTSTATUS AcxDriverInitialize(_In_ WDFDRIVER Driver, _In_ PACX_DRIVER_CONFIG DriverConfig);
BOOLEAN AcxDriverIsVersionAvailable(_In_ WDFDRIVER Driver,
                                    _In_ PACX_DRIVER_VERSION_AVAILABLE_PARAMS VersionAvailableParams);
NTSTATUS AcxDeviceInitInitialize(_In_ PWDFDEVICE_INIT DeviceInit, _In_ PACX_DEVICEINIT_CONFIG Config);
NTSTATUS AcxDeviceInitialize(_In_ WDFDEVICE Device, _In_ PACX_DEVICE_CONFIG DeviceConfig);
NTSTATUS AcxDeviceAddCircuit(_In_ WDFDEVICE Device, _In_ ACXCIRCUIT Circuit);
NTSTATUS AcxDeviceRemoveCircuit(_In_ WDFDEVICE Device, _In_ ACXCIRCUIT Circuit);
NTSTATUS AcxDeviceAddCircuitDevice(_In_ WDFDEVICE ParentDevice, _In_ WDFDEVICE Device);
NTSTATUS AcxDeviceRemoveCircuitDevice(_In_ WDFDEVICE ParentDevice, _In_ WDFDEVICE Device);
NTSTATUS AcxDeviceAddFactoryCircuit(_In_ WDFDEVICE Device, _In_ ACXFACTORYCIRCUIT Factory);
NTSTATUS AcxDeviceRemoveFactoryCircuit(_In_ WDFDEVICE Device, _In_ ACXFACTORYCIRCUIT Factory);
ACX_DX_EXIT_LATENCY AcxDeviceGetCurrentDxExitLatency(_In_ WDFDEVICE Device,
                                                     _In_ POWER_ACTION SystemPowerAction,
                                                     _In_ WDF_POWER_DEVICE_STATE DeviceState);

/* Circuit initialization and circuits. */
PACXCIRCUIT_INIT AcxCircuitInitAllocate(_In_ WDFDEVICE Device);
VOID AcxCircuitInitFree(_In_ PACXCIRCUIT_INIT CircuitInit);
VOID AcxCircuitInitSetCircuitType(_In_ PACXCIRCUIT_INIT CircuitInit, _In_ ACX_CIRCUIT_TYPE CircuitType);
NTSTATUS AcxCircuitInitAssignName(_In_ PACXCIRCUIT_INIT CircuitInit,
                                  _In_ PCUNICODE_STRING CircuitName);
NTSTATUS AcxCircuitInitAssignComponentUri(_In_ PACXCIRCUIT_INIT CircuitInit,
                                          _In_ PCUNICODE_STRING ComponentUri);
VOID AcxCircuitInitSetComponentId(_In_ PACXCIRCUIT_INIT CircuitInit, _In_ const GUID *ComponentId);
NTSTATUS AcxCircuitInitAssignCategories(_In_ PACXCIRCUIT_INIT CircuitInit,
                                        _In_reads_(CategoriesCount) const GUID *Categories,
                                        _In_ ULONG CategoriesCount);
NTSTATUS AcxCircuitInitAssignProperties(_In_ PACXCIRCUIT_INIT CircuitInit,
                                        _In_reads_(PropertiesCount) PACX_PROPERTY_ITEM Properties,
                                        _In_ ULONG PropertiesCount);
VOID AcxCircuitInitSetAcxCircuitPnpPowerCallbacks(
    _In_ PACXCIRCUIT_INIT CircuitInit, _In_ PACX_CIRCUIT_PNPPOWER_CALLBACKS EvtPnpPowerCallbacks);
VOID AcxCircuitInitSetAcxCircuitCompositeCallbacks(
    _In_ PACXCIRCUIT_INIT CircuitInit, _In_ PACX_CIRCUIT_COMPOSITE_CALLBACKS EvtCompositeCallbacks);
NTSTATUS AcxCircuitInitAssignAcxCreateStreamCallback(
    _In_ PACXCIRCUIT_INIT CircuitInit, _In_ PFN_ACX_CIRCUIT_CREATE_STREAM EvtCircuitCreateStream);
NTSTATUS AcxCircuitInitAssignAcxRequestPreprocessCallback(
    _In_ PACXCIRCUIT_INIT CircuitInit,
    _In_ PFN_ACX_OBJECT_PREPROCESS_REQUEST EvtObjectAcxRequestPreprocess,
    _In_opt_ ACXCONTEXT DriverContext, _In_ ACX_REQUEST_TYPE RequestType,
    _In_opt_ const GUID *Set, _In_ ULONG Id);
VOID AcxCircuitInitDisableDefaultStreamBridgeHandling(_In_ PACXCIRCUIT_INIT CircuitInit);
NTSTATUS AcxCircuitCreate(_In_ WDFDEVICE Device, _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
                          _In_ PACXCIRCUIT_INIT *Config, _Out_ ACXCIRCUIT *Circuit);
WDFDEVICE AcxCircuitGetWdfDevice(_In_ ACXCIRCUIT Circuit);
NTSTATUS AcxCircuitAddPins(_In_ ACXCIRCUIT Circuit, _In_reads_(PinsCount) ACXPIN *Pins,
                           _In_ ULONG PinsCount);
NTSTATUS AcxCircuitAddElements(_In_ ACXCIRCUIT Circuit,
                               _In_reads_(ElementsCount) ACXELEMENT *Elements,
                               _In_ ULONG ElementsCount);
NTSTATUS AcxCircuitAddConnections(_In_ ACXCIRCUIT Circuit,
                                  _In_reads_(ConnectionsCount) PACX_CONNECTION Connections,
                                  _In_ ULONG ConnectionsCount);
ACXPIN AcxCircuitGetPinById(_In_ ACXCIRCUIT Circuit, _In_ ULONG PinId);
ACXELEMENT AcxCircuitGetElementById(_In_ ACXCIRCUIT Circuit, _In_ ULONG ElementId);
NTSTATUS AcxCircuitDispatchAcxRequest(_In_ ACXCIRCUIT Circuit, _In_ WDFREQUEST Request);

/* Factory circuits. */
PACXFACTORYCIRCUIT_INIT AcxFactoryCircuitInitAllocate(_In_ WDFDEVICE Device);
NTSTATUS AcxFactoryCircuitInitAssignName(_In_ PACXFACTORYCIRCUIT_INIT FactoryInit,
                                         _In_ PCUNICODE_STRING FactoryName);
NTSTATUS AcxFactoryCircuitInitAssignComponentUri(_In_ PACXFACTORYCIRCUIT_INIT FactoryInit,
                                                 _In_ PCUNICODE_STRING ComponentUri);
VOID AcxFactoryCircuitInitSetOperationCallbacks(
    _In_ PACXFACTORYCIRCUIT_INIT FactoryInit,
    _In_ PACX_FACTORY_CIRCUIT_OPERATION_CALLBACKS EvtOperationCallbacks);
NTSTATUS AcxFactoryCircuitInitAssignAcxRequestPreprocessCallback(
    _In_ PACXFACTORYCIRCUIT_INIT FactoryInit,
    _In_ PFN_ACX_OBJECT_PREPROCESS_REQUEST EvtObjectAcxRequestPreprocess,
    _In_opt_ ACXCONTEXT DriverContext, _In_ ACX_REQUEST_TYPE RequestType,
    _In_opt_ const GUID *Set, _In_ ULONG Id);
NTSTATUS AcxFactoryCircuitCreate(_In_ WDFDEVICE Device, _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
                                 _In_ PACXFACTORYCIRCUIT_INIT *Config,
                                 _Out_ ACXFACTORYCIRCUIT *Factory);

/* Pins and jacks. */
NTSTATUS AcxPinCreate(_In_ ACXCIRCUIT Circuit, _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
                      _In_ PACX_PIN_CONFIG Config, _Out_ ACXPIN *Pin);
ACXCIRCUIT AcxPinGetCircuit(_In_ ACXPIN AcxPin);
ULONG AcxPinGetId(_In_ ACXPIN AcxPin);
ACX_PIN_TYPE AcxPinGetType(_In_ ACXPIN AcxPin);
ACXDATAFORMATLIST AcxPinGetRawDataFormatList(_In_ ACXPIN AcxPin);
NTSTATUS AcxPinRetrieveModeDataFormatList(_In_ ACXPIN AcxPin, _In_ const GUID *SignalProcessingMode,
                                          _Out_ ACXDATAFORMATLIST *DataFormatList);
NTSTATUS AcxPinAssignModeDataFormatList(_In_ ACXPIN AcxPin, _In_ const GUID *SignalProcessingMode,
                                        _In_ ACXDATAFORMATLIST DataFormatList);
NTSTATUS AcxPinAddStreamBridges(_In_ ACXPIN Pin,
                                _In_reads_(StreamBridgesCount) ACXSTREAMBRIDGE *StreamBridges,
                                _In_ ULONG StreamBridgesCount);
NTSTATUS AcxPinAddJacks(_In_ ACXPIN Pin, _In_reads_(jackCount) ACXJACK *Jacks, _In_ ULONG jackCount);
NTSTATUS AcxJackCreate(_In_ ACXPIN AcxPin, _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
                       _In_ PACX_JACK_CONFIG Config, _Out_ ACXJACK *Jack);

/* Streams and stream bridges. */
NTSTATUS AcxStreamInitAssignAcxStreamCallbacks(_In_ PACXSTREAM_INIT StreamInit,
                                               _In_ PACX_STREAM_CALLBACKS StreamCallbacks);
NTSTATUS AcxStreamInitAssignAcxRtStreamCallbacks(_In_ PACXSTREAM_INIT StreamInit,
                                                 _In_ PACX_RT_STREAM_CALLBACKS RtStreamCallbacks);
VOID AcxStreamInitSetAcxRtStreamSupportsNotifications(_In_ PACXSTREAM_INIT StreamInit);
NTSTATUS AcxStreamInitAssignProperties(_In_ PACXSTREAM_INIT StreamInit,
                                       _In_reads_(PropertiesCount) PACX_PROPERTY_ITEM Properties,
                                       _In_ ULONG PropertiesCount);
NTSTATUS AcxStreamInitAssignAcxRequestPreprocessCallback(
    _In_ PACXSTREAM_INIT StreamInit,
    _In_ PFN_ACX_OBJECT_PREPROCESS_REQUEST EvtObjectAcxRequestPreprocess,
    _In_opt_ ACXCONTEXT DriverContext, _In_ ACX_REQUEST_TYPE RequestType,
    _In_opt_ const GUID *Set, _In_ ULONG Id);
NTSTATUS AcxStreamCreate(_In_ WDFDEVICE Device, _In_ ACXCIRCUIT Circuit,
                         _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes, _In_ PACXSTREAM_INIT *Config,
                         _Out_ ACXSTREAM *Stream);
NTSTATUS AcxRtStreamCreate(_In_ WDFDEVICE Device, _In_ ACXCIRCUIT Circuit,
                           _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes, _In_ PACXSTREAM_INIT *Config,
                           _Out_ ACXSTREAM *Stream);
NTSTATUS AcxStreamAddElements(_In_ ACXSTREAM Stream, _In_reads_(ElementsCount) ACXELEMENT *Elements,
                              _In_ ULONG ElementsCount);
NTSTATUS AcxStreamDispatchAcxRequest(_In_ ACXSTREAM Stream, _In_ WDFREQUEST Request);
NTSTATUS AcxRtStreamNotifyPacketComplete(_In_ ACXSTREAM Stream, _In_ ULONGLONG CompletedPacket,
                                         _In_ ULONGLONG QPCCompletion);
NTSTATUS AcxStreamBridgeCreate(_In_ ACXCIRCUIT AcxCircuit, _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
                               _In_ PACX_STREAM_BRIDGE_CONFIG Config,
                               _Out_ ACXSTREAMBRIDGE *StreamBridge);
NTSTATUS AcxStreamBridgeAddStream(_In_ ACXSTREAMBRIDGE Bridge, _In_ ACXSTREAM Stream);

/* Elements. */
NTSTATUS AcxElementCreate(_In_ WDFOBJECT Object, _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
                          _In_ PACX_ELEMENT_CONFIG Config, _Out_ ACXELEMENT *Element);
ULONG AcxElementGetId(_In_ ACXELEMENT Element);
ACXOBJECT AcxElementGetContainer(_In_ ACXELEMENT Element);
NTSTATUS AcxMuteCreate(_In_ WDFOBJECT Object, _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
                       _In_ PACX_MUTE_CONFIG Config, _Out_ ACXMUTE *Mute);
VOID AcxMuteChangeStateNotification(_In_ ACXMUTE Mute);
NTSTATUS AcxVolumeCreate(_In_ WDFOBJECT Object, _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
                         _In_ PACX_VOLUME_CONFIG Config, _Out_ ACXVOLUME *Volume);
VOID AcxVolumeChangeLevelNotification(_In_ ACXVOLUME Volume);
NTSTATUS AcxPeakMeterCreate(_In_ WDFOBJECT Object, _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
                            _In_ PACX_PEAKMETER_CONFIG Config, _Out_ ACXPEAKMETER *PeakMeter);
NTSTATUS AcxAudioEngineCreate(_In_ WDFOBJECT Object, _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
                              _In_ PACX_AUDIOENGINE_CONFIG Config, _Out_ ACXAUDIOENGINE *AudioEngine);
ACXDATAFORMATLIST AcxAudioEngineGetDeviceFormatList(_In_ ACXAUDIOENGINE AudioEngine);
NTSTATUS AcxStreamAudioEngineCreate(_In_ ACXSTREAM Stream, _In_ ACXAUDIOENGINE AudioEngine,
                                    _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
                                    _In_ PACX_STREAMAUDIOENGINE_CONFIG Config,
                                    _Out_ ACXSTREAMAUDIOENGINE *StreamAudioEngine);
ACXSTREAM AcxStreamAudioEngineGetStream(_In_ ACXSTREAMAUDIOENGINE StreamAudioEngine);
NTSTATUS AcxKeywordSpotterCreate(_In_ WDFOBJECT Object, _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
                                 _In_ PACX_KEYWORDSPOTTER_CONFIG Config,
                                 _Out_ ACXKEYWORDSPOTTER *KeywordSpotter);
NTSTATUS AcxAudioModuleCreate(_In_ WDFOBJECT Object, _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
                              _In_ PACX_AUDIOMODULE_CONFIG Config, _Out_ ACXAUDIOMODULE *AudioModule);

/* Data formats and data format lists. */
NTSTATUS AcxDataFormatCreate(_In_ WDFDEVICE Device, _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
                             _In_ PACX_DATAFORMAT_CONFIG Config, _Out_ ACXDATAFORMAT *DataFormat);
PKSDATAFORMAT AcxDataFormatGetKsDataFormat(_In_ ACXDATAFORMAT DataFormat);
PWAVEFORMATEXTENSIBLE AcxDataFormatGetWaveFormatExtensible(_In_ ACXDATAFORMAT DataFormat);
ULONG AcxDataFormatGetBlockAlign(_In_ ACXDATAFORMAT DataFormat);
ULONG AcxDataFormatGetAverageBytesPerSec(_In_ ACXDATAFORMAT DataFormat);
BOOLEAN AcxDataFormatIsEqual(_In_ ACXDATAFORMAT DataFormat1, _In_ ACXDATAFORMAT DataFormat2);
NTSTATUS AcxDataFormatListCreate(_In_ WDFDEVICE Device, _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
                                 _In_ PACX_DATAFORMAT_LIST_CONFIG Config,
                                 _Out_ ACXDATAFORMATLIST *DataFormatList);
NTSTATUS AcxDataFormatListAddDataFormat(_In_ ACXDATAFORMATLIST AcxDataFormatList,
                                        _In_ ACXDATAFORMAT AcxDataFormat);
NTSTATUS AcxDataFormatListRemoveDataFormat(_In_ ACXDATAFORMATLIST AcxDataFormatList,
                                           _In_ ACXDATAFORMAT AcxDataFormat);
NTSTATUS AcxDataFormatListRemoveDataFormats(_In_ ACXDATAFORMATLIST AcxDataFormatList);
NTSTATUS AcxDataFormatListAssignDefaultDataFormat(_In_ ACXDATAFORMATLIST AcxDataFormatList,
                                                  _In_ ACXDATAFORMAT AcxDataFormat);
NTSTATUS AcxDataFormatListRetrieveDefaultDataFormat(_In_ ACXDATAFORMATLIST AcxDataFormatList,
                                                    _Out_ ACXDATAFORMAT *AcxDataFormat);
VOID AcxDataFormatListBeginIteration(_In_ ACXDATAFORMATLIST AcxDataFormatList,
                                     _Inout_ PACX_DATAFORMAT_LIST_ITERATOR Iterator);
NTSTATUS AcxDataFormatListRetrieveNextFormat(_In_ ACXDATAFORMATLIST AcxDataFormatList,
                                             _Inout_ PACX_DATAFORMAT_LIST_ITERATOR Iterator,
                                             _Out_ ACXDATAFORMAT *Format);
VOID AcxDataFormatListEndIteration(_In_ ACXDATAFORMATLIST AcxDataFormatList,
                                   _Inout_ PACX_DATAFORMAT_LIST_ITERATOR Iterator);

/* Requests and PnP events. */
VOID AcxRequestGetParameters(_In_ WDFREQUEST Request, _Out_ PACX_REQUEST_PARAMETERS Parameters);
NTSTATUS AcxPnpEventCreate(_In_ WDFDEVICE Device, _In_ WDFOBJECT Object,
                           _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
                           _In_ PACX_PNPEVENT_CONFIG Config, _Out_ ACXPNPEVENT *Event);
NTSTATUS AcxPnpEventGenerateEvent(_In_ ACXPNPEVENT Event, _In_opt_ PVOID Payload, _In_ ULONG Size);

/* Object bags.  Property names are constant UNICODE_STRINGs whose text
   starts with the documented prefix: drv_<ven>_, sys_, sdca_, hda_, usb_. */
#define DECLARE_CONST_ACXOBJECTBAG_DRIVER_PROPERTY_NAME(ven, name) \
    DECLARE_CONST_UNICODE_STRING(name, L"drv_" L## #ven L"_" L## #name)
#define DECLARE_CONST_ACXOBJECTBAG_SYSTEM_PROPERTY_NAME(name) \
    DECLARE_CONST_UNICODE_STRING(name, L"sys_" L## #name)
#define DECLARE_CONST_ACXOBJECTBAG_SOUNDWIRE_PROPERTY_NAME(name) \
    DECLARE_CONST_UNICODE_STRING(name, L"sdca_" L## #name)
#define DECLARE_CONST_ACXOBJECTBAG_HDAUDIO_PROPERTY_NAME(name) \
    DECLARE_CONST_UNICODE_STRING(name, L"hda_" L## #name)
#define DECLARE_CONST_ACXOBJECTBAG_USB_PROPERTY_NAME(name) \
    DECLARE_CONST_UNICODE_STRING(name, L"usb_" L## #name)

NTSTATUS AcxObjectBagCreate(_In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
                            _In_ PACX_OBJECTBAG_CONFIG Config, _Out_ ACXOBJECTBAG *ObjectBag);
NTSTATUS AcxObjectBagOpen(_In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
                          _In_ PACX_OBJECTBAG_CONFIG Config, _Out_ ACXOBJECTBAG *ObjectBag);
NTSTATUS AcxObjectBagAddUI4(_In_ ACXOBJECTBAG ObjectBag, _In_ PCUNICODE_STRING ValueName,
                            _In_ ULONG Value);
NTSTATUS AcxObjectBagRetrieveUI4(_In_ ACXOBJECTBAG ObjectBag, _In_ PCUNICODE_STRING ValueName,
                                 _Out_ ULONG *Value);
NTSTATUS AcxObjectBagAddGuid(_In_ ACXOBJECTBAG ObjectBag, _In_ PCUNICODE_STRING ValueName,
                             _In_ GUID Value);
NTSTATUS AcxObjectBagRetrieveGuid(_In_ ACXOBJECTBAG ObjectBag, _In_ PCUNICODE_STRING ValueName,
                                  _Out_ GUID *Value);
NTSTATUS AcxObjectBagAddUnicodeString(_In_ ACXOBJECTBAG ObjectBag, _In_ PCUNICODE_STRING ValueName,
                                      _In_ PCUNICODE_STRING Value);
NTSTATUS AcxObjectBagAddBlob(_In_ ACXOBJECTBAG ObjectBag, _In_ PCUNICODE_STRING ValueName,
                             _In_ WDFMEMORY Value);
NTSTATUS AcxObjectBagRetrieveBlob(_In_ ACXOBJECTBAG ObjectBag, _In_ PCUNICODE_STRING ValueName,
                                  _In_opt_ PWDF_OBJECT_ATTRIBUTES ValueAttributes,
                                  _Out_ WDFMEMORY *Value);

/* Targets (a remote circuit, its pins and elements). */
NTSTATUS AcxTargetCircuitCreate(_In_ WDFDEVICE Device, _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
                                _In_ PACX_TARGET_CIRCUIT_CONFIG Config,
                                _Out_ ACXTARGETCIRCUIT *TargetCircuit);
WDFIOTARGET AcxTargetCircuitGetWdfIoTarget(_In_ ACXTARGETCIRCUIT TargetCircuit);
ULONG AcxTargetCircuitGetPinsCount(_In_ ACXTARGETCIRCUIT TargetCircuit);
ULONG AcxTargetCircuitGetElementsCount(_In_ ACXTARGETCIRCUIT TargetCircuit);
ACXTARGETPIN AcxTargetCircuitGetTargetPin(_In_ ACXTARGETCIRCUIT TargetCircuit, _In_ ULONG PinIndex);
ACXTARGETELEMENT AcxTargetCircuitGetTargetElement(_In_ ACXTARGETCIRCUIT TargetCircuit,
                                                  _In_ ULONG ElementIndex);
NTSTATUS AcxTargetCircuitFormatRequestForProperty(_In_ ACXTARGETCIRCUIT TargetCircuit,
                                                  _In_ WDFREQUEST Request,
                                                  _In_ PACX_REQUEST_PARAMETERS Params);
ULONG AcxTargetPinGetId(_In_ ACXTARGETPIN TargetPin);
WDFIOTARGET AcxTargetPinGetWdfIoTarget(_In_ ACXTARGETPIN TargetPin);
NTSTATUS AcxTargetPinFormatRequestForProperty(_In_ ACXTARGETPIN TargetPin, _In_ WDFREQUEST Request,
                                              _In_ PACX_REQUEST_PARAMETERS Params);
NTSTATUS AcxTargetPinRetrieveModeDataFormatList(_In_ ACXTARGETPIN TargetPin,
                                                _In_ const GUID *SignalProcessingMode,
                                                _Out_ ACXDATAFORMATLIST *DataFormatList);
ULONG AcxTargetElementGetId(_In_ ACXTARGETELEMENT TargetElement);
GUID AcxTargetElementGetType(_In_ ACXTARGETELEMENT TargetElement);
WDFIOTARGET AcxTargetElementGetWdfIoTarget(_In_ ACXTARGETELEMENT TargetElement);
NTSTATUS AcxTargetElementFormatRequestForProperty(_In_ ACXTARGETELEMENT TargetElement,
                                                  _In_ WDFREQUEST Request,
                                                  _In_ PACX_REQUEST_PARAMETERS Params);

/* Manager, circuit and composite templates. */
ACXMANAGER AcxGetManager(_In_opt_ PVOID Context);
NTSTATUS AcxCircuitTemplateCreate(_In_ WDFDRIVER Driver, _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
                                  _In_ PACX_CIRCUIT_TEMPLATE_CONFIG Config,
                                  _Out_ ACXCIRCUITTEMPLATE *Template);
NTSTATUS AcxCompositeTemplateCreate(_In_ WDFDRIVER Driver, _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
                                    _In_ PACX_COMPOSITE_TEMPLATE_CONFIG Config,
                                    _Out_ ACXCOMPOSITETEMPLATE *Template);
NTSTATUS AcxCompositeTemplateAssignCircuits(
    _In_ ACXCOMPOSITETEMPLATE CompositeTemplate,
    _In_reads_(CircuitTemplatesCount) ACXCIRCUITTEMPLATE *CircuitTemplates,
    _In_ ULONG CircuitTemplatesCount);
VOID AcxCompositeTemplateSetCoreCircuit(_In_ ACXCOMPOSITETEMPLATE CompositeTemplate,
                                        _In_ ACXCIRCUITTEMPLATE CircuitTemplates);
NTSTATUS AcxManagerAddCompositeTemplate(_In_ ACXMANAGER Manager,
                                        _In_ ACXCOMPOSITETEMPLATE Template);
NTSTATUS AcxManagerRemoveCompositeTemplate(_In_ ACXMANAGER Manager,
                                           _In_ ACXCOMPOSITETEMPLATE Template);

#ifdef __cplusplus
}
#endif

#endif /* _HVCILINT_ACX_FUNCTIONS_H */
